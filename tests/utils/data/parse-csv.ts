/**
 * A strict RFC 4180 CSV parser for tests: a leading BOM is dropped, records end with CRLF, a quote
 * may only open a field or be doubled inside a quoted one. Anything else throws, so a file that
 * parses here is one that any conforming parser reads the same way.
 */

/** The records of a CSV document, each an array of fields. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\ufeff/, '')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  while (i < body.length) {
    if (body[i] === '"') {
      if (field) throw new Error(`quote inside an unquoted field at ${i}`)
      for (i++; ; i++) {
        if (i >= body.length) throw new Error('unclosed quoted field')
        if (body[i] === '"' && body[i + 1] === '"') ((field += '"'), i++)
        else if (body[i] === '"') break
        else field += body[i]
      }
      i++
      if (i < body.length && body[i] !== ',' && body[i] !== '\r') throw new Error(`text after a closing quote at ${i}`)
      continue
    }
    if (body[i] === ',') (row.push(field), (field = ''), i++)
    else if (body[i] === '\r') {
      if (body[i + 1] !== '\n') throw new Error(`bare CR at ${i}`)
      ;(row.push(field), rows.push(row), (row = []), (field = ''), (i += 2))
    } else if (body[i] === '\n') throw new Error(`bare LF at ${i}`)
    else ((field += body[i]), i++)
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

/** The records as objects keyed by the header (the first record); throws on a repeated header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  if (new Set(header).size !== header.length) throw new Error(`repeated header in ${header.join(',')}`)
  return rows.map((fields) => {
    if (fields.length !== header.length) throw new Error(`a record of ${fields.length} fields under ${header.length} headers`)
    return Object.fromEntries(header.map((h, i) => [h, fields[i]!]))
  })
}
