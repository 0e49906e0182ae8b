/**
 * Write the generated engine fixture inputs (run once; inputs are committed, expectations
 * are produced with UPDATE_FIXTURES=1 and reviewed by hand).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gb18030 } from '../../../support/gb18030.ts'
import { frame, render } from './synthetic-report.ts'

const root = 'tests/fixtures'

/** Write `content` as the input of fixture `name`. */
function write(name: string, file: string, content: string | Uint8Array): void {
  mkdirSync(join(root, name), { recursive: true })
  writeFileSync(join(root, name, file), content)
}

const tab = frame(render((cells) => cells.join('\t')))
write('layout-tab-2021', 'input.txt', tab)
write('layout-pipe', 'input.md', frame(render((cells) => `| ${cells.join(' | ')} |`)))
write('layout-one-cell-per-line', 'input.txt', frame(render((cells) => cells.join('\n') + '\n')))
write('layout-pipe-cell-per-line', 'input.md', frame(render((cells) => ['|', ...cells.flatMap((c) => [c, '|'])].join('\n'))))
write('layout-single-spaces', 'input.txt', frame(render((cells) => cells.filter((c) => c !== '').join(' '))))
write(
  'layout-pdftotext',
  'input.txt',
  frame(render((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(30, ' ') : c.padStart(6, ' '))).join('  '))),
)
write(
  'crlf-fullwidth-bom',
  'input.txt',
  '\ufeff' + tab.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\n/g, '\r\n'),
)
write('encoding-utf16le', 'input.txt', utf16le(tab))
write('encoding-gb18030', 'input.txt', gb18030(tab))
write('run-together', 'input.txt', tab.replace('规章\t0\t0\t0', '规章000'))
write(
  'request-balance-broken',
  'input.txt',
  tab.replace('一、本年新收政府信息公开申请数量\t12\t', '一、本年新收政府信息公开申请数量\t13\t'),
)
write('row-cell-missing', 'input.txt', tab.replace('（一）予以公开\t6\t1\t0\t1\t0\t1\t9', '（一）予以公开\t6\t1\t0\t1\t1\t9'))
write(
  'front-matter',
  'input.txt',
  ['---', 'county: 示例县', 'province: 示例省', 'code: "999999101000"', 'year: 2021', '---', tab].join('\n'),
)
write('html-in-text', 'input.txt', tab.replace('存在的主要问题是', '<script>alert("x")</script>存在的主要问题是'))
write('empty-file', 'input.txt', '')
write('binary-garbage', 'input.txt', new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 97 + 13) % 256)))
write(
  'year-from-text',
  'input.txt',
  tab.replace('集安市青石镇人民政府2021年政府信息公开工作年度报告', '集安市青石镇人民政府政府信息公开工作年度报告'),
)
write('table-format-from-sibling', 'input.txt', tab.replace(/\n[^\n]*（六）其他处理[^\n]*\n[^\n]*\n[^\n]*3\.其他[^\n]*/, ''))
write('narrative-count', 'input.txt', tab.replace('全年共受理政府信息公开申请18件', '全年共受理政府信息公开申请19件'))
write('not-a-report', 'input.txt', '会议通知\n\n请各单位于下周一参加会议。\n')

/** Encode text as UTF-16LE with a BOM. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 + i * 2] = c & 0xff
    out[3 + i * 2] = c >> 8
  }
  return out
}
