#!/usr/bin/env node
/**
 * Keep package-lock.json usable by `npm ci`.
 *
 * The registry reachable here does not serve every platform build of some native packages
 * (e.g. @pagefind/darwin-arm64, @astrojs/compiler-binding-win32-x64-msvc: 404). `npm install`
 * then leaves those optional dependencies out of the lockfile, and `npm ci` refuses the lockfile
 * ("Missing: @pagefind/darwin-arm64@ from lock file").
 *
 * This script adds a stub entry for each optional dependency the lockfile lacks: version from the
 * parent's exact pin, and os/cpu/libc read from the package name, so that npm skips it on any other
 * platform without fetching it (and fetches it normally on its own platform).
 *
 *   npm run lock:fix           add the missing entries (after any `npm install`)
 *   npm run lock:fix -- --check  only report them; exit 1 if any
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  linuxmusl: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  android: 'android',
  sunos: 'sunos',
  aix: 'aix',
  openharmony: 'openharmony',
}
const CPU = new Set(['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'])

/** os/cpu/libc of a platform package, from its name (e.g. `@x/binding-linux-arm64-musl`), or null. */
export function platformOf(name) {
  const tokens = name.replace(/^@[^/]+\//, '').split('-')
  const osToken = tokens.find((t) => t in OS)
  const cpu = tokens.find((t) => CPU.has(t))
  if (!cpu || (!osToken && cpu !== 'wasm32')) return null
  const platform = { cpu: [cpu] }
  if (osToken) platform.os = [OS[osToken]]
  if (platform.os?.[0] === 'linux') {
    if (osToken === 'linuxmusl' || tokens.includes('musl')) platform.libc = ['musl']
    else if (tokens.includes('gnu')) platform.libc = ['glibc']
  }
  return platform
}

/** Lockfile key where `name`, wanted by the package at `parentKey`, would be found (npm's lookup). */
function resolveKey(packages, parentKey, name) {
  let base = parentKey
  for (;;) {
    const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (key in packages) return key
    if (!base) return null
    const cut = base.lastIndexOf('/node_modules/')
    base = cut === -1 ? '' : base.slice(0, cut)
  }
}

/** Optional dependencies the lockfile lacks: [{ name, spec, parent, key }] where key is where to add it. */
export function missingOptional(lock) {
  const packages = lock.packages ?? {}
  const missing = []
  for (const [parent, entry] of Object.entries(packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      if (resolveKey(packages, parent, name)) continue
      const key = `node_modules/${name}`
      if (!missing.some((m) => m.key === key)) missing.push({ name, spec, parent, key })
    }
  }
  return missing
}

/** Add stubs for the missing entries to `lock` (in place); returns the problems it could not fix. */
export function addStubs(lock) {
  const problems = []
  for (const { name, spec, parent, key } of missingOptional(lock)) {
    const platform = platformOf(name)
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) problems.push(`${name}@${spec} (from ${parent}): not an exact version`)
    else if (!platform) problems.push(`${name}@${spec} (from ${parent}): no platform in its name`)
    else {
      // The parent's dev/peer flags carry over (as npm writes them), keys in npm's order.
      const from = lock.packages[parent] ?? {}
      const stub = { version: spec, cpu: platform.cpu }
      if (from.dev) stub.dev = true
      if (from.devOptional) stub.devOptional = true
      if (platform.libc) stub.libc = platform.libc
      stub.optional = true
      if (platform.os) stub.os = platform.os
      if (from.peer) stub.peer = true
      lock.packages[key] = stub
    }
  }
  lock.packages = Object.fromEntries(
    // npm's own order for the keys, so that a later `npm install` does not reshuffle them.
    Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')),
  )
  return problems
}

function main() {
  const file = fileURLToPath(new URL('../package-lock.json', import.meta.url))
  const lock = JSON.parse(readFileSync(file, 'utf8'))
  const missing = missingOptional(lock)
  for (const m of missing) console.log(`missing: ${m.name}@${m.spec} (optional dependency of ${m.parent})`)
  if (process.argv.includes('--check')) {
    process.exit(missing.length > 0 ? 1 : 0)
  }
  const problems = addStubs(lock)
  for (const p of problems) console.error(`cannot stub: ${p}`)
  if (missing.length > problems.length) {
    writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
    console.log(
      `added ${missing.length - problems.length} entr${missing.length - problems.length === 1 ? 'y' : 'ies'} to package-lock.json`,
    )
  } else if (missing.length === 0) {
    console.log('package-lock.json has every optional dependency')
  }
  process.exit(problems.length > 0 ? 1 : 0)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
