/**
 * Ends `astro build` with the summary of what the report loader read (src/loaders/build-summary.ts):
 * after the thousands of page lines, the editor sees which files have problems and what was understood.
 */
import type { AstroIntegration } from 'astro'
import { takeBuildSummary } from '../loaders/build-summary.ts'

export default function buildSummary(): AstroIntegration {
  return {
    name: 'build-summary',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const lines = takeBuildSummary()
        if (lines) for (const line of lines) logger.info(line)
      },
    },
  }
}
