/**
 * The place tree: province → prefecture → county → township, built from the records, with
 * names, division codes and report counts. A level whose name is unknown (no prefecture for
 * county-level units directly under a province, 直辖市 districts) is skipped, so a county may
 * hang directly under its province. Records without a code are placed by name next to coded
 * ones where the names match, else under `x-…` stand-in keys.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { asciiHash, parentCodes, townshipKey } from '../paths.ts'

/** The four levels of the tree. */
export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township'

/** One place of the tree. */
export interface PlaceNode {
  level: PlaceLevel
  /** URL key: the 2/4/6/12-digit division code, or an `x-…` stand-in when there is none. */
  key: string
  name: string
  /** The division code, or null for stand-ins. */
  code: string | null
  /** Key of the parent, null for provinces. */
  parentKey: string | null
  /** Children in code order (stand-ins last, by name). Empty for townships. */
  children: PlaceNode[]
  /** The reports of a township, oldest year first. Empty above the township level. */
  reports: ReportRecord[]
  /** Reports at or below this place. */
  reportCount: number
  /** Townships at or below this place (1 for a township). */
  townshipCount: number
}

/** The whole tree and an index of every node by key. */
export interface PlaceTree {
  provinces: PlaceNode[]
  byKey: Map<string, PlaceNode>
}

/** Chinese names of the levels (乡镇级 as in the 统计用区划代码 hierarchy), for people. */
export const levelNames: Record<PlaceLevel, string> = { province: '省级', prefecture: '地级', county: '县级', township: '乡镇级' }

/** Build the tree of `records` (any order; names come from the newest report of a place). */
export function buildPlaceTree(records: readonly ReportRecord[]): PlaceTree {
  const tree: PlaceTree = { provinces: [], byKey: new Map() }
  // Coded records first, so that code-less ones can join coded places by name.
  const ordered = [...records].sort((a, b) => Number(!a.organ.code) - Number(!b.organ.code) || (b.year ?? 0) - (a.year ?? 0))
  for (const record of ordered) insert(tree, record)
  for (const province of tree.provinces) finish(province)
  tree.provinces.sort(byCodeThenName)
  return tree
}

/** Add one record: find or make each level down to its township. */
function insert(tree: PlaceTree, record: ReportRecord): void {
  const o = record.organ
  const codes = o.code ? parentCodes(o.code) : null
  const levels: { level: PlaceLevel; name: string | null; code: string | null }[] = [
    { level: 'province', name: o.province ?? '未识别的省份', code: codes?.province ?? null },
    { level: 'prefecture', name: o.prefecture, code: codes?.prefecture ?? null },
    { level: 'county', name: o.county, code: codes?.county ?? null },
  ]
  let parent: PlaceNode | null = null
  const trail: string[] = []
  for (const { level, name, code } of levels) {
    if (name === null) continue
    trail.push(name)
    parent = child(tree, parent, level, name, code, `x-${level}-${asciiHash(trail.join('/'))}`)
  }
  const township = child(tree, parent, 'township', o.township ?? o.name ?? '未识别的乡镇', o.code, townshipKey(record))
  township.reports.push(record)
}

/** The child of `parent` (or the province) with this code, else this name, else a new node. */
function child(
  tree: PlaceTree,
  parent: PlaceNode | null,
  level: PlaceLevel,
  name: string,
  code: string | null,
  standIn: string,
): PlaceNode {
  const siblings = parent ? parent.children : tree.provinces
  const key = level === 'township' ? standIn : (code ?? standIn)
  const found = tree.byKey.get(key) ?? (code ? undefined : siblings.find((n) => n.level === level && n.name === name))
  if (found) return found
  const node: PlaceNode = {
    level,
    key,
    name,
    code,
    parentKey: parent?.key ?? null,
    children: [],
    reports: [],
    reportCount: 0,
    townshipCount: 0,
  }
  siblings.push(node)
  tree.byKey.set(key, node)
  return node
}

/** Sort children, order reports by year and compute the counts, bottom-up. */
function finish(node: PlaceNode): void {
  for (const c of node.children) finish(c)
  node.children.sort(byCodeThenName)
  node.reports.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id))
  node.reportCount = node.reports.length + node.children.reduce((n, c) => n + c.reportCount, 0)
  node.townshipCount = node.level === 'township' ? 1 : node.children.reduce((n, c) => n + c.townshipCount, 0)
}

/** Coded places in code order, then stand-ins by name. */
function byCodeThenName(a: PlaceNode, b: PlaceNode): number {
  if (a.code && b.code) return a.code.localeCompare(b.code)
  if (a.code || b.code) return a.code ? -1 : 1
  return a.name.localeCompare(b.name, 'zh-CN')
}

/** Every node of the tree, parents before children. */
export function allPlaces(tree: PlaceTree): PlaceNode[] {
  const out: PlaceNode[] = []
  const walk = (n: PlaceNode): void => {
    out.push(n)
    n.children.forEach(walk)
  }
  tree.provinces.forEach(walk)
  return out
}

/** The nodes from the province down to `node` itself (its breadcrumbs). */
export function nodesDownTo(tree: PlaceTree, node: PlaceNode): PlaceNode[] {
  const trail: PlaceNode[] = []
  for (let n: PlaceNode | undefined = node; n; n = n.parentKey ? tree.byKey.get(n.parentKey) : undefined) trail.unshift(n)
  return trail
}

/** The townships at or below `node`, in tree order. */
export function townshipsUnder(node: PlaceNode): PlaceNode[] {
  return node.level === 'township' ? [node] : node.children.flatMap(townshipsUnder)
}

/** The reports at or below `node`: newest year first, then in tree order. */
export function reportsUnder(node: PlaceNode): ReportRecord[] {
  const list = townshipsUnder(node).flatMap((t) => t.reports)
  return list
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.year ?? 0) - (a.r.year ?? 0) || a.i - b.i)
    .map((x) => x.r)
}
