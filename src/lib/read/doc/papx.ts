/**
 * Paragraph properties of a .doc ([MS-DOC] 2.8.6, 2.9.175): the PlcBtePapx names the FKP pages
 * of the WordDocument stream; each page lists paragraph runs (their ends as stream offsets) and
 * their property modifiers (grpprl). Out-of-range offsets, as in damaged files, are skipped.
 */

/** One paragraph run: where it ends in the WordDocument stream and its property modifiers. */
export interface PapxRun {
  fcEnd: number
  grpprl: Uint8Array
}

const PAGE = 512
/** FibRgFcLcb97.fcPlcfBtePapx / lcbPlcfBtePapx in the FIB of every Word 97+ file. */
const FC_PLCF_BTE_PAPX = 0x0102

/** The property modifiers of the PapxInFkp at byte `at` of an FKP page (without the style index). */
function grpprlAt(page: Buffer, at: number): Uint8Array {
  const cb = page[at]
  const bytes = cb !== 0 ? page.subarray(at + 1, at + 1 + 2 * cb - 1) : page.subarray(at + 2, at + 2 + 2 * page[at + 1])
  return bytes.subarray(2)
}

/** The runs of one PapxFkp page. */
function pageRuns(page: Buffer): PapxRun[] {
  const crun = page[PAGE - 1]
  const runs: PapxRun[] = []
  for (let j = 0; j < crun && (crun + 1) * 4 + j * 13 < PAGE - 1; j++) {
    const fcEnd = page.readUInt32LE((j + 1) * 4)
    const offset = page[(crun + 1) * 4 + j * 13] * 2
    runs.push({ fcEnd, grpprl: offset === 0 || offset >= PAGE - 1 ? new Uint8Array(0) : grpprlAt(page, offset) })
  }
  return runs
}

/** Every paragraph run of the document, from the FIB (`word`, the WordDocument stream) and the table stream. */
export function papxRuns(word: Buffer, table: Buffer): PapxRun[] {
  if (word.length < FC_PLCF_BTE_PAPX + 8) return []
  const fc = word.readUInt32LE(FC_PLCF_BTE_PAPX)
  const lcb = word.readUInt32LE(FC_PLCF_BTE_PAPX + 4)
  if (lcb < 12 || fc + lcb > table.length || (lcb - 4) % 8 !== 0) return []
  const plc = table.subarray(fc, fc + lcb)
  const n = (lcb - 4) / 8
  const runs: PapxRun[] = []
  for (let i = 0; i < n; i++) {
    const pn = plc.readUInt32LE((n + 1) * 4 + i * 4) & 0x3fffff
    if ((pn + 1) * PAGE > word.length) continue
    runs.push(...pageRuns(word.subarray(pn * PAGE, (pn + 1) * PAGE)))
  }
  return runs
}
