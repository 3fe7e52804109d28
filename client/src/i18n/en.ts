import type { Message } from './messages';

export const en = {
  'app.name': 'cxlens',
  'app.tagline': 'Customer experience analytics',
  'app.skipToContent': 'Skip to main content',

  'nav.label': 'Main',
  'nav.group.insights': 'Insights',
  'nav.group.workspace': 'Workspace',
  'nav.overview': 'Overview',
  'nav.sites': 'Sites',
  'nav.channels': 'Channels',
  'nav.vopVsVoc': 'VOP vs VOC',
  'nav.drivers': 'Drivers',
  'nav.responses': 'Responses',
  'nav.data': 'Data',
  'nav.explorer': 'API explorer',

  'topbar.language': 'Language',

  'page.overview.description': 'How customers and processes are doing across your sites and channels.',
  'page.sites.description': 'Every site in your organization, with its location and local time zone.',
  'page.channels.description':
    'Survey scores and contact-center KPIs compared across voice, email, chat and every other channel you serve.',
  'page.vopVsVoc.description':
    'Where the voice of the process (mystery-shop and QA evaluations) agrees or disagrees with the voice of the customer (surveys), site by site.',
  'page.drivers.description':
    'Which evaluation items and contact-center KPIs move customer satisfaction the most, with confidence intervals.',
  'page.responses.description':
    'Individual survey responses with their scores and verbatim comments, filterable by site, channel and period.',
  'page.data.description': 'Import survey responses, evaluations and contact-center KPIs, and follow each import job.',
  'page.explorer.description': 'Write and run GraphQL queries against the cxlens API, with the schema at hand.',

  'placeholder.title': 'This view is on its way',
  'placeholder.body': 'Import your data now, so it is ready to explore when this view arrives.',
  'placeholder.action': 'Go to Data',
  'data.cliTitle': 'Import from the command line',
  'data.cliBody': 'Until the import screen arrives, load files with the CLI or post them to the import API:',
  'explorer.endpoint': 'GraphQL endpoint',
  'channels.tracked': 'Channels cxlens reports on',

  'channel.VOICE': 'Voice',
  'channel.EMAIL': 'Email',
  'channel.CHAT': 'Chat',
  'channel.SOCIAL': 'Social',
  'channel.SMS': 'SMS',
  'channel.VIDEO': 'Video',
  'channel.APP': 'App',
  'channel.SELF_SERVICE': 'Self-service',

  'sites.caption': 'Sites of {organization}',
  'sites.count': { one: '{count} site', other: '{count} sites' },
  'sites.activeCount': '{active} active',
  'sites.col.name': 'Name',
  'sites.col.code': 'Code',
  'sites.col.city': 'City',
  'sites.col.country': 'Country',
  'sites.col.region': 'Region',
  'sites.col.timeZone': 'Time zone',
  'sites.col.active': 'Status',
  'sites.status.active': 'Active',
  'sites.status.inactive': 'Inactive',
  'sites.sortBy': 'Sort by {column}',
  'sites.unknownTimeZone': 'Unknown time zone',
  'sites.filter.label': 'Filter sites',
  'sites.filter.placeholder': 'Name, code, city or country',
  'sites.filter.noMatch': 'No site matches “{query}”.',
  'sites.filter.clear': 'Clear filter',
  'sites.loading': 'Loading sites…',
  'sites.empty.title': 'No sites yet',
  'sites.empty.body':
    'Import your sites with their survey, evaluation and KPI data on the Data page, or restart the server with CXLENS_DEMO=on to load the demo data set.',
  'sites.empty.action': 'Go to Data',

  'overview.sites.title': 'Sites',
  'overview.sites.viewAll': 'View all sites',
  'overview.start.title': 'Getting started',
  'overview.start.import': 'Import your data',
  'overview.start.importBody': 'Survey responses, mystery-shop and QA evaluations, and contact-center KPIs.',
  'overview.start.sites': 'Check your sites',
  'overview.start.sitesBody': 'Names, locations and time zones drive every local-day report.',
  'overview.start.explore': 'Explore the API',
  'overview.start.exploreBody': 'Every number in cxlens is available over GraphQL.',

  'error.title': 'Could not load the data',
  'error.retry': 'Try again',
  'error.network': 'The cxlens server could not be reached. Check that it is running, then try again.',

  'common.notSet': 'Not set',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}.',
  'notFound.back': 'Back to the overview',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;
