/**
 * Which files under a folder are report sources. Every file is accounted for: a report (to
 * be read, or to fail with a reason), a known non-report (the place registry, a README at the
 * top), litter that computers leave beside files (skipped with the reason), or a link that
 * leaves the folder or loops (an error). Nothing is skipped without a word.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'

/** A file or folder left out, and why (shown as an info line). */
export interface SkippedFile {
  path: string
  /** `litter`: not a report at all; `superseded`: an earlier version a 更正版 replaces. */
  ruleId: 'litter' | 'superseded'
  reason: string
}

/** A path that cannot be a report, and why (shown as an error). */
export interface UnreadablePath {
  path: string
  ruleId: 'symlink-outside' | 'symlink-loop' | 'sidecar-orphan' | 'sidecar-ambiguous'
  message: string
}

/** What a folder holds. */
export interface ContentFiles {
  reports: string[]
  skipped: SkippedFile[]
  unreadable: UnreadablePath[]
  /** Front matter files beside reports (`报告.yaml` next to `报告.pdf`), by the report's path. */
  sidecars: Map<string, string>
}

/** The reports a `.yaml`/`.yml` file named `name` could stand beside in `names` (same name, another ending). */
export function sidecarCandidates(name: string, names: readonly string[]): string[] {
  const m = /^(.*)\.ya?ml$/i.exec(name)
  if (!m || !m[1]) return []
  return names.filter(
    (other) => other !== name && !/\.ya?ml$/i.test(other) && other.startsWith(`${m[1]}.`) && !other.slice(m[1].length + 1).includes('.'),
  )
}

/** The report a `.yaml`/`.yml` file named `name` stands beside in `names`, or null when it is no sidecar. */
export function sidecarOf(name: string, names: readonly string[]): string | null {
  return sidecarCandidates(name, names)[0] ?? null
}

/** The front matter file beside a single report file, if there is one. */
function sidecarBeside(file: string): string | null {
  const dir = dirname(file)
  const names = readdirSync(dir)
  return names.map((n) => join(dir, n)).find((path) => sidecarOf(basename(path), names) === basename(file)) ?? null
}

/** Files at the top of the content folder that are expected and are not reports. */
const knownAtTop = /^(places\.ya?ml|README\.md)$/

/** Litter by name: what it is, for the info line. */
const litter: readonly [RegExp, string][] = [
  [/_files$|\.files$/, '浏览器“网页，全部”另存时附带的文件夹（图片、样式等），不是报告'],
  [/^Thumbs\.db$|^ehthumbs\.db$/i, 'Windows 自动生成的缩略图缓存'],
  [/^desktop\.ini$/i, 'Windows 自动生成的文件夹设置'],
  [/^\.DS_Store$|^\._/, 'macOS 自动生成的文件'],
  [/^~\$|^\.~lock\..*#$/, 'Word/WPS/LibreOffice 打开文件时留下的临时锁文件'],
  [/~$|\.(bak|tmp|swp|wbk|asd)$/i, '编辑器留下的备份或临时文件'],
  [/^\.gitkeep$/, '保留空文件夹用的占位文件'],
  [/^\./, '隐藏文件或文件夹（名称以“.”开头），不是报告'],
]

/** Why a file or folder named `name` is litter, or null. */
export function litterReason(name: string): string | null {
  return litter.find(([pattern]) => pattern.test(name))?.[1] ?? null
}

/** Sort `root`'s files into reports, skipped litter and links that cannot be followed. */
export function contentFiles(root: string): ContentFiles {
  const out: ContentFiles = { reports: [], skipped: [], unreadable: [], sidecars: new Map() }
  if (!lstatSync(root).isDirectory()) {
    // One file asked for: its front matter file comes with it (checking a report just fixed in its .yaml).
    const sidecar = sidecarBeside(root)
    if (sidecar) out.sidecars.set(root, sidecar)
    return { ...out, reports: [root] }
  }
  const top = realpathSync(root)
  const seen = new Set<string>([top])
  const walk = (dir: string): void => {
    const names = readdirSync(dir).sort()
    for (const name of names) {
      const path = join(dir, name)
      const rel = relative(root, path)
      if (dir === root && knownAtTop.test(name)) continue
      if (/\.ya?ml$/i.test(name)) {
        const beside = sidecarCandidates(name, names)
        if (beside.length === 1) out.sidecars.set(join(dir, beside[0]!), path)
        else if (beside.length > 1)
          out.unreadable.push({
            path,
            ruleId: 'sidecar-ambiguous',
            message: `「${rel}」旁边有 ${beside.length} 个同名的报告文件（${beside.join('、')}），无法确定这个文件头文件属于哪一个：请只保留一个，或把其中一个改名`,
          })
        else
          out.unreadable.push({
            path,
            ruleId: 'sidecar-orphan',
            message: `「${rel}」旁边没有同名的报告文件：文件头文件应与报告同名、只是扩展名为 .yaml（例如 中宁县徐套乡-2021.pdf 旁边放 中宁县徐套乡-2021.yaml）；请改正文件名，或删除这个文件`,
          })
        continue
      }
      const reason = litterReason(name)
      if (reason) {
        out.skipped.push({ path, ruleId: 'litter', reason })
        continue
      }
      const link = lstatSync(path).isSymbolicLink()
      let real: string
      try {
        real = realpathSync(path)
      } catch {
        out.unreadable.push({
          path,
          ruleId: 'symlink-loop',
          message: `「${rel}」是一个无法解析的链接（指向不存在的位置或形成循环），请删除它`,
        })
        continue
      }
      if (link && real !== top && !real.startsWith(top + sep)) {
        out.unreadable.push({
          path,
          ruleId: 'symlink-outside',
          message: `「${rel}」是指向 content/ 以外（${resolve(real)}）的链接；为安全起见不读取 content/ 以外的文件，请把报告文件本身放进来`,
        })
        continue
      }
      if (statSync(path).isDirectory()) {
        if (seen.has(real)) {
          out.unreadable.push({ path, ruleId: 'symlink-loop', message: `「${rel}」是指回上级文件夹的链接（循环），请删除它` })
          continue
        }
        seen.add(real)
        walk(path)
      } else out.reports.push(path)
    }
  }
  walk(root)
  return out
}

/** The files below `root` that should each become a report (or fail with a reason). */
export function reportFiles(root: string): string[] {
  return contentFiles(root).reports
}
