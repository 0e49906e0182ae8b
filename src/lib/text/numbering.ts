/**
 * Item numbering before a label or a line: "三、", "（三）", "1.", "(一)", "①", "第二十条". One
 * definition for the table stage (labels compared without it) and the readers (a number cut from
 * its label by a wide gap in a PDF).
 */

const numbering =
  /^(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳][、.．]?|[（(][一二三四五六七八九十]{1,3}[)）][、.．,，]?|[一二三四五六七八九十]{1,3}[、.．,，]|[（(]?\d{1,2}[)）.．、,，]|第[一二三四五六七八九十]+[项条部分][、.．]?)/
/** Strip every leading numbering prefix ("三、", "（三）", "1.", "(一)") from a label. */
export function stripNumbering(text: string): string {
  let t = text.replace(/\s+/g, '')
  for (let i = 0; i < 4; i++) {
    const next = t.replace(numbering, '')
    if (next === t) break
    t = next
  }
  return t
}

/** Whether `text` is nothing but item numbering ("5." or "（二）" standing alone). */
export function isBareNumbering(text: string): boolean {
  return text.trim() !== '' && stripNumbering(text) === ''
}
