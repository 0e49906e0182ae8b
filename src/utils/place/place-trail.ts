/**
 * The place of a report as a trail province › prefecture › county › township, each level
 * linking to its place page by division code prefix (2, 4, 6 digits; the township by its
 * full 12-digit code). Levels without a name are left out; without a code, names do not link.
 */
import type { OrganRecord } from '../../lib/types.ts'
import { parentCodes, placePath } from '../paths.ts'
import type { PlaceLevel } from './place-tree.ts'

/** One level of the trail (its label for people: `levelNames[level]`, place-tree.ts). */
export interface PlaceStep {
  level: PlaceLevel
  name: string
  href: string | null
}

/** The steps of an organ's place, from province down. */
export function placeSteps(organ: OrganRecord): PlaceStep[] {
  const codes = organ.code ? parentCodes(organ.code) : null
  const steps: Array<[PlaceStep['level'], string | null, string | undefined]> = [
    ['province', organ.province, codes?.province],
    ['prefecture', organ.prefecture, codes?.prefecture],
    ['county', organ.county, codes?.county],
    ['township', organ.township, codes ? organ.code! : undefined],
  ]
  return steps.flatMap(([level, name, code]) => (name ? [{ level, name, href: code ? placePath(code) : null }] : []))
}
