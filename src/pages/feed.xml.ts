/** /feed.xml: RSS 2.0 feed of the reports, newest first. */
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getReports } from '../data/reports.ts'
import { feedItems } from '../utils/feed.ts'
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts'

export const GET: APIRoute = async ({ site }) => {
  const records = (await getReports()).map((e) => e.record)
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site ?? 'https://example.gov.cn',
    items: feedItems(records),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  })
}
