/** Content collections: every report file in content/ (any folder), parsed by the engine in src/lib. */
import { defineCollection } from 'astro:content'
import { reportLoader } from './loaders/report-loader.ts'

export const collections = {
  reports: defineCollection({ loader: reportLoader({ base: 'content', contentDir: 'content' }) }),
}
