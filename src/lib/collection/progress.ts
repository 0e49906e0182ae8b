/**
 * Progress of a long step for people and CI logs: "解析报告 1,200/10,000（12 秒）", at most one line
 * every `everyMs` (default 3 s), and a last line when the step took that long. A step that ends
 * sooner prints nothing, so small runs stay quiet.
 */
export function progressLine(
  what: string,
  print: (line: string) => void,
  { everyMs = 3000, now = () => performance.now() }: { everyMs?: number; now?: () => number } = {},
): (done: number, total: number) => void {
  const start = now()
  let last = start
  return (done, total) => {
    const t = now()
    const finished = done >= total
    if (t - last < everyMs && !(finished && t - start >= everyMs)) return
    last = t
    const seconds = Math.round((t - start) / 1000)
    const rate = t > start ? Math.round((done * 1000) / (t - start)) : 0
    print(
      `${what} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}（${seconds} 秒，每秒 ${rate} 份）${finished ? '，完成' : ''}`,
    )
  }
}
