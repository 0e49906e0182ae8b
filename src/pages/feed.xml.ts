/**
 * /feed.xml: RSS 2.0 feed of the newest reports (src/utils/feed.ts). The channel links to the home page
 * (site + base); item links are the report pages' paths (with the base) on the site's origin.
 */
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getReports } from '../data/reports.ts'
import { feedItems } from '../utils/feed.ts'
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts'
import { PLACEHOLDER_SITE } from '../integrations/site-address.ts'
import { withBase } from '../utils/paths.ts'

export const GET: APIRoute = async ({ site }) => {
  const records = (await getReports()).map((e) => e.record)
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(withBase('/'), site ?? PLACEHOLDER_SITE).href,
    items: feedItems(records),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  })
}
