/** Every page's URL, in one place: navigation, routes and in-page links all read it. */
export const paths = {
  overview: '/',
  sites: '/sites',
  channels: '/channels',
  vopVsVoc: '/vop-vs-voc',
  drivers: '/drivers',
  responses: '/responses',
  data: '/data',
  explorer: '/explorer',
  settings: '/settings',
} as const;

export type PageId = keyof typeof paths;

/** A site's own page (not in the navigation; reached from the Sites page and rankings). */
export const SITE_DETAIL_ROUTE = `${paths.sites}/:siteId`;

export function sitePath(siteId: string): string {
  return `${paths.sites}/${encodeURIComponent(siteId)}`;
}
