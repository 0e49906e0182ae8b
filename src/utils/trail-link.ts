/** One page above the current one in a breadcrumb trail (src/components/site/Breadcrumbs.astro). */
export interface TrailLink {
  href: string
  name: string
}
