/** Severities in Chinese, wherever a person reads them: `npm run check`, the build, the site and the rule tables. */
import type { Severity } from '../types.ts'

export const severityWords: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' }
