import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { docReader } from '../../../../src/lib/read/doc/reader.ts'
import { docxReader } from '../../../../src/lib/read/docx/reader.ts'
import type { Reader } from '../../../../src/lib/read/reader.ts'

const fixture = (name: string, file = 'input.doc'): Uint8Array => readFileSync(`tests/fixtures/${name}/${file}`)

/** Read `bytes` with `reader` as a file named `path`: the source text, grid rows and diagnostics. */
async function read(bytes: Uint8Array, path = 'report.doc', reader: Reader = docReader) {
  const file = new VFile({ path })
  const root = await reader.read(bytes, file)
  const rows = (root?.children ?? []).filter((l) => l.layout === 'grid-row').map((l) => l.cells.map((c) => c.text))
  const messages = file.messages.map((m) => `${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId}: ${m.reason}`)
  return { root, file, rows, messages, text: String(file.value ?? '') }
}

/** `bytes` with the OLE directory entry named `from` renamed `to` (UTF-16LE names, length field at +64). */
function renameStream(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = Uint8Array.from(bytes)
  const name = Buffer.from(`${from}\0`, 'utf16le')
  const at = Buffer.from(out).indexOf(name)
  expect(at).toBeGreaterThan(0)
  out.fill(0, at, at + 64)
  out.set(Buffer.from(`${to}\0`, 'utf16le'), at)
  out[at + 64] = (to.length + 1) * 2
  return out
}

describe('doc reader: seed files', () => {
  it('gives the same source text as the .docx the .doc was saved from', async () => {
    for (const seed of ['002', '004']) {
      const doc = await read(fixture(`doc-seed-${seed}`))
      const docx = await read(fixture(`docx-seed-${seed}`, 'input.docx'), 'report.docx', docxReader)
      expect(doc.messages).toEqual([])
      expect(doc.file.data.encoding).toBeNull()
      expect(doc.text).toBe(docx.text)
    }
  })

  it("finds every row end and rebuilds merged cells from the rows' cell edges", async () => {
    const { rows } = await read(fixture('doc-seed-004'))
    const head = rows.findIndex((r) => r[0].includes('勾稽关系'))
    expect(rows.slice(head, head + 3)).toEqual([
      ['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', '', '', '申请人情况', '', '', '', '', '', ''],
      ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ])
    const requestRows = rows.slice(
      head,
      rows.findIndex((r) => r[0] === '行政复议'),
    )
    expect(requestRows).toHaveLength(28)
    for (const row of requestRows) expect(row).toHaveLength(10)
  })
})

describe('doc reader: files it cannot read', () => {
  it('refuses a password-protected .doc', async () => {
    const { root, text, messages } = await read(fixture('doc-encrypted'))
    expect(root).toBeNull()
    expect(text).toBe('')
    expect(messages).toEqual([
      'error word-unreadable: Word 文件无法读取：文件设置了打开密码（已加密）：请在 Word 或 WPS 中去除密码后重新保存为 .docx',
    ])
  })

  it('refuses a password-protected .docx (an OLE file holding the encrypted package) without calling its name wrong', async () => {
    const locked = renameStream(renameStream(fixture('doc-seed-004'), 'WordDocument', 'EncryptedPackage'), '1Table', 'EncryptionInfo')
    const { root, messages } = await read(locked, 'report.docx', docxReader)
    expect(root).toBeNull()
    expect(messages).toEqual([
      'error word-unreadable: Word 文件无法读取：文件设置了打开密码（已加密）：请在 Word 或 WPS 中去除密码后重新保存为 .docx',
    ])
  })

  it('asks for a .docx when the .doc is RTF', async () => {
    expect((await read(fixture('doc-rtf'))).messages).toEqual([
      'error word-unreadable: Word 文件无法读取：文件实际是 RTF 格式（WPS 或写字板以 .doc 为名保存时常见）：请用 Word 或 WPS 打开后另存为 .docx',
    ])
  })

  it('reports a truncated .doc', async () => {
    const whole = fixture('doc-seed-004')
    const { root, messages } = await read(whole.subarray(0, 20000))
    expect(root).toBeNull()
    expect(messages).toEqual([expect.stringMatching(/^error word-unreadable: Word 文件无法读取：/)])
  })
})

describe('doc reader: files named for the other format', () => {
  it('reads a .docx named .doc as a .docx and says so', async () => {
    const { file, rows, messages } = await read(fixture('docx-seed-004', 'input.docx'))
    expect(file.data.reader).toBe('docx')
    expect(messages).toEqual(['info word-extension: 文件扩展名为 .doc，但内容是Word 文档（.docx），已按 .docx 读取'])
    expect(rows.length).toBeGreaterThan(40)
  })

  it('reads a web page saved as .doc with the HTML reader', async () => {
    const { file, messages } = await read(fixture('doc-web-page'))
    expect(file.data.reader).toBe('html')
    expect(messages[0]).toBe('info word-extension: 文件扩展名为 .doc，但内容是网页（HTML），已按网页读取')
  })
})

describe('doc reader: robustness', () => {
  it('never throws or hangs on damaged bytes, and reads or reports every file', async () => {
    const whole = fixture('doc-seed-004')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(whole.length - 1), fc.nat(255)), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (flips, headerOnly) => {
          const bytes = Uint8Array.from(whole)
          for (const [at, value] of flips) bytes[headerOnly ? at % 4096 : at] = value
          const { root, messages } = await read(bytes)
          if (root === null) expect(messages.some((m) => m.startsWith('error '))).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })
})
