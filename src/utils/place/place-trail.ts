/**
 * The place of a report as a trail province › prefecture › county › township, each level
 * linking to its place page by division code prefix (2, 4, 6 digits; the township by its
 * full 12-digit code). Levels without a name are left out; without a code, names do not link.
 */
import type { OrganRecord } from '../../lib/types.ts'
import { parentCodes, placePath } from '../paths.ts'

/** One level of the trail. */
export interface PlaceStep {
  level: 'province' | 'prefecture' | 'county' | 'township'
  /** 省级 / 地级 / 县级 / 乡级, for people. */
  levelLabel: string
  name: string
  href: string | null
}

const levelLabels = { province: '省级', prefecture: '地级', county: '县级', township: '乡级' } as const

/** The trail of an organ's place, from province down. */
export function placeTrail(organ: OrganRecord): PlaceStep[] {
  const codes = organ.code ? parentCodes(organ.code) : null
  const steps: Array<[PlaceStep['level'], string | null, string | undefined]> = [
    ['province', organ.province, codes?.province],
    ['prefecture', organ.prefecture, codes?.prefecture],
    ['county', organ.county, codes?.county],
    ['township', organ.township, codes ? organ.code! : undefined],
  ]
  return steps.flatMap(([level, name, code]) => (name ? [{ level, levelLabel: levelLabels[level], name, href: code ? placePath(code) : null }] : []))
}
