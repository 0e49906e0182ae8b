/** Content collections: the reports in content/reports, parsed by the engine in src/lib. */
import { defineCollection } from 'astro:content'
import { reportLoader } from './loaders/report-loader.ts'

export const collections = {
  reports: defineCollection({ loader: reportLoader({ base: 'content/reports', contentDir: 'content' }) }),
}
