/**
 * How deep a place list may go and stay small: the most levels below the given places whose
 * items, all counted, stay within a limit. So the place index and a province's page list
 * counties (or only prefectures) when listing every township would grow with the corpus.
 */
import type { PlaceNode } from './place-tree.ts'

/**
 * Items a place list shows at most (about 90 bytes of HTML each, so a list stays well inside
 * the 200 KB page budget of issue 9). The given places themselves are always shown.
 */
export const placeListLimit = 800

/** The largest depth (levels below `nodes`; Infinity when all fit) whose list holds at most `limit` items. */
export function listDepth(nodes: readonly PlaceNode[], limit = placeListLimit): number {
  let level = [...nodes]
  let shown = level.length
  for (let depth = 0; ; depth++) {
    const next = level.flatMap((n) => n.children)
    if (next.length === 0) return Infinity
    if (shown + next.length > limit) return depth
    shown += next.length
    level = next
  }
}
