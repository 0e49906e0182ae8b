/**
 * Automatic list numbers. Word and WPS turn a typed "一、" or "（一）" into a numbered list, and
 * the number is then not in the text at all: rebuild it from numbering.xml (levels, formats,
 * start values, overrides) and the paragraph style's numbering, counting in document order.
 */
import { formatNumber } from './number-format.ts'
import { attr, childElements, intAttr, isW, wChild, type XmlElement } from './xml.ts'

/** One level of a list: its start value, number format, label pattern (`%1、`) and legal flag. */
interface Level {
  start: number
  format: string
  text: string
  legal: boolean
}

/** A numbering instance (`w:num`): its abstract list and per-level overrides. */
interface Num {
  abstractId: string
  overrides: Map<number, Partial<Level>>
}

/** A numbering reference: list instance and level. */
interface NumRef {
  numId: string | null
  ilvl: number | null
}

/** The levels of an abstract list or level override. */
function levelsOf(el: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const lvl of childElements(el).filter((c) => isW(c, 'lvl'))) {
    levels.set(intAttr(lvl, 'ilvl', 0), {
      start: intAttr(wChild(lvl, 'start'), 'val', 1),
      format: attr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: attr(wChild(lvl, 'lvlText'), 'val') ?? '',
      legal: wChild(lvl, 'isLgl') !== null,
    })
  }
  return levels
}

/** The numbering reference of a `w:numPr`. */
function refOf(numPr: XmlElement | null): NumRef {
  const ilvl = attr(wChild(numPr, 'ilvl'), 'val')
  return { numId: attr(wChild(numPr, 'numId'), 'val'), ilvl: ilvl === null ? null : Number.parseInt(ilvl, 10) || 0 }
}

/** Paragraph styles' numbering and `basedOn`, and the default paragraph style. */
function stylesOf(styles: XmlElement | null): { byId: Map<string, { ref: NumRef; basedOn: string | null }>; defaultId: string | null } {
  const byId = new Map<string, { ref: NumRef; basedOn: string | null }>()
  let defaultId: string | null = null
  for (const style of styles ? childElements(styles).filter((el) => isW(el, 'style')) : []) {
    if (attr(style, 'type') !== 'paragraph') continue
    const id = attr(style, 'styleId') ?? ''
    if (['1', 'true', 'on'].includes(attr(style, 'default') ?? '')) defaultId = id
    byId.set(id, { ref: refOf(wChild(wChild(style, 'pPr'), 'numPr')), basedOn: attr(wChild(style, 'basedOn'), 'val') })
  }
  return { byId, defaultId }
}

/** Counts list items in document order and gives each numbered paragraph its label. */
export class ListNumbers {
  private readonly abstracts = new Map<string, Map<number, Level>>()
  private readonly nums = new Map<string, Num>()
  private readonly styles: ReturnType<typeof stylesOf>
  private readonly counters = new Map<string, number[]>()

  /** Read the list definitions of numbering.xml and the styles of styles.xml (either may be missing). */
  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    this.styles = stylesOf(styles)
    for (const el of numbering ? childElements(numbering) : []) {
      if (isW(el, 'abstractNum')) this.abstracts.set(attr(el, 'abstractNumId') ?? '', levelsOf(el))
      else if (isW(el, 'num')) this.nums.set(attr(el, 'numId') ?? '', this.numOf(el))
    }
  }

  /** A `w:num` with its level overrides (start values, replaced levels). */
  private numOf(el: XmlElement): Num {
    const overrides = new Map<number, Partial<Level>>()
    for (const o of childElements(el).filter((c) => isW(c, 'lvlOverride'))) {
      const ilvl = intAttr(o, 'ilvl', 0)
      const start = wChild(o, 'startOverride')
      const level = wChild(o, 'lvl') ? levelsOf(o).get(ilvl) : undefined
      overrides.set(ilvl, { ...level, ...(start ? { start: intAttr(start, 'val', 1) } : {}) })
    }
    return { abstractId: attr(wChild(el, 'abstractNumId'), 'val') ?? '', overrides }
  }

  /** The numbering a paragraph gets from its style chain. */
  private styleRef(styleId: string | null): NumRef {
    const seen = new Set<string>()
    for (let id = styleId ?? this.styles.defaultId; id && !seen.has(id);) {
      seen.add(id)
      const style = this.styles.byId.get(id)
      if (!style) break
      if (style.ref.numId !== null) return style.ref
      id = style.basedOn
    }
    return { numId: null, ilvl: null }
  }

  /** The list label of a paragraph (its `w:pPr`), counting it; '' when it is not numbered or is a bullet. */
  label(pPr: XmlElement | null): string {
    const direct = refOf(wChild(pPr, 'numPr'))
    const byStyle = this.styleRef(attr(wChild(pPr, 'pStyle'), 'val'))
    const numId = direct.numId ?? byStyle.numId
    const ilvl = Math.min(8, Math.max(0, direct.ilvl ?? byStyle.ilvl ?? 0))
    const num = numId && numId !== '0' ? this.nums.get(numId) : undefined
    const abstract = num ? this.abstracts.get(num.abstractId) : undefined
    if (!num || !abstract) return ''
    const levelAt = (i: number): Level => ({
      start: 1,
      format: 'decimal',
      text: '',
      legal: false,
      ...abstract.get(i),
      ...num.overrides.get(i),
    })
    const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`
    const counts = this.counters.get(key) ?? []
    counts[ilvl] = (counts[ilvl] ?? levelAt(ilvl).start - 1) + 1
    counts.length = ilvl + 1
    this.counters.set(key, counts)
    const level = levelAt(ilvl)
    if (level.format === 'bullet') return ''
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1
      const at = levelAt(i)
      return formatNumber(counts[i] ?? at.start, level.legal ? 'decimal' : at.format)
    })
  }
}
