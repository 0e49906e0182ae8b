/** The plain reading of a .docx package finds and inflates the parts jszip finds, or leaves the package to jszip. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fastBytes, fastEntry, fastZip } from '../../../../src/lib/read/docx/zip-fast.ts'

/** Every file entry of `bytes` as jszip reads it: name → bytes. */
async function byJszip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false })
  const out = new Map<string, Uint8Array>()
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'))
  return out
}

/** Check that the plain reading gives jszip's entries and bytes, and looks names up as jszip's reader does. */
async function sameAsJszip(bytes: Uint8Array): Promise<void> {
  const zip = fastZip(bytes)
  expect(zip).not.toBeNull()
  for (const [name, data] of await byJszip(bytes)) {
    const entry = fastEntry(zip!, name)
    expect(entry?.name).toBe(name)
    expect(Buffer.from(fastBytes(zip!, entry!)!).equals(Buffer.from(data))).toBe(true)
    expect(fastEntry(zip!, name.toUpperCase())?.name).toBe(name)
  }
}

describe('fastZip', () => {
  it('reads every .docx fixture as jszip does', async () => {
    const files = readdirSync('tests/fixtures').flatMap((d) =>
      readdirSync(join('tests/fixtures', d))
        .filter((f) => f.endsWith('.docx'))
        .map((f) => join('tests/fixtures', d, f)),
    )
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) await sameAsJszip(readFileSync(file))
  })

  it('reads stored and deflated entries, folders and a comment as jszip does', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document>正文</w:document>'.repeat(50), { compression: 'DEFLATE' })
    zip.file('[Content_Types].xml', '<Types/>', { compression: 'STORE' })
    zip.folder('customXml')
    const bytes = await zip.generateAsync({ type: 'uint8array', comment: 'made by a test' })
    await sameAsJszip(bytes)
    expect(fastEntry(fastZip(bytes)!, 'customXml/')).toBeNull()
  })

  it('leaves to jszip an encrypted entry, a zip64 field, a shifted or truncated package and an end record inside the comment', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document/>')
    const plain = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    const central = Buffer.from(plain).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    const encrypted = Uint8Array.from(plain)
    encrypted[central + 8] |= 1
    expect(fastZip(encrypted)).toBeNull()
    const shifted = new Uint8Array([0, ...plain])
    expect(fastZip(shifted)).toBeNull()
    expect(fastZip(plain.subarray(0, plain.length - 1))).toBeNull()
    const commented = await zip.generateAsync({ type: 'uint8array', comment: 'PK\x05\x06 fake end record inside' })
    expect(fastZip(commented)).toBeNull()
    const sixtyFour = Uint8Array.from(plain)
    new DataView(sixtyFour.buffer).setUint32(central + 20, 0xffffffff, true)
    expect(fastZip(sixtyFour)).toBeNull()
  })
})
