/**
 * /search/names/pinyin.json: the first reading of the common characters and of every character of
 * the indexed names (src/utils/search/pinyin-table.ts). The search page fetches it only when a
 * Chinese query names no place, to look the query up by sound (风山乡 → 凤山乡).
 */
import type { APIRoute } from 'astro'
import { getNameIndex } from '../../../data/name-index.ts'
import { pinyinTable } from '../../../utils/search/pinyin-table.ts'

export const GET: APIRoute = async () => {
  const index = await getNameIndex()
  const names = [...index.files.values()].flatMap((b) => b.places.flatMap((p) => [p.name, ...(p.spellings ?? [])]))
  return new Response(JSON.stringify(pinyinTable(names)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
