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
} as const;

export type PageId = keyof typeof paths;
