/** package-lock.json must stay usable by `npm ci` (see scripts/fix-lock.mjs). */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { addStubs, missingOptional, platformOf } from '../../scripts/fix-lock.mjs'

describe('package-lock.json', () => {
  test('lists every optional dependency, so `npm ci` accepts it (fix: npm run lock:fix)', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'))
    expect(missingOptional(lock).map((m: { name: string }) => m.name)).toEqual([])
  })
})

describe('fix-lock', () => {
  test('reads os, cpu and libc from platform package names', () => {
    expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] })
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] })
    expect(platformOf('@x/binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] })
    expect(platformOf('@x/binding-linux-x64-gnu')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['glibc'] })
    expect(platformOf('@img/sharp-linuxmusl-x64')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] })
    expect(platformOf('@x/binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] })
    expect(platformOf('left-pad')).toBeNull()
  })

  test('stubs a missing optional dependency with its parent’s flags', () => {
    const lock = {
      packages: {
        '': { devDependencies: { tool: '1.0.0' } },
        'node_modules/tool': {
          version: '1.0.0',
          dev: true,
          optionalDependencies: { '@tool/darwin-arm64': '1.0.0', '@tool/linux-x64': '1.0.0' },
        },
        'node_modules/@tool/linux-x64': { version: '1.0.0', cpu: ['x64'], dev: true, optional: true, os: ['linux'] },
      },
    }
    expect(addStubs(lock)).toEqual([])
    expect(lock.packages).toHaveProperty(['node_modules/@tool/darwin-arm64'], {
      version: '1.0.0',
      cpu: ['arm64'],
      dev: true,
      optional: true,
      os: ['darwin'],
    })
    expect(missingOptional(lock)).toEqual([])
  })
})
