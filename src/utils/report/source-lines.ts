/**
 * A source text as its numbered lines, the way the engine counts them: line n is element
 * n − 1; a final line break does not start an empty last line.
 */

/** The lines of a source text (LF, CRLF or CR line ends). */
export function sourceLines(text: string): string[] {
  const lines = text.split(/\r\n?|\n/)
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}
