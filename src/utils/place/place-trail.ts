/**
 * The place of a report as a trail province › prefecture › county › township, each level
 * linking to its place page by division code prefix (2, 4, 6 digits; the township by its
 * full 12-digit code). Levels without a name are left out; without a code, names do not link.
 * And a place page's breadcrumb trail: 全部地区, then the places above it.
 */
import type { OrganRecord } from '../../lib/types.ts'
import { parentCodes, placePath, withBase } from '../paths.ts'
import type { TrailLink } from '../trail-link.ts'
import type { PlaceLevel, PlaceNode } from './place-tree.ts'

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

/** A place page's breadcrumb links: 全部地区, then the places above the one that ends `trail` (province first). */
export function placeTrail(trail: readonly Pick<PlaceNode, 'key' | 'name'>[]): TrailLink[] {
  return [{ href: withBase('/places/'), name: '全部地区' }, ...trail.slice(0, -1).map((n) => ({ href: placePath(n.key), name: n.name }))]
}
