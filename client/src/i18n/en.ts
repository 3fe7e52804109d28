import { enAuth } from './en-auth';
import { enDashboard } from './en-dashboard';
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
  'page.sites.description': 'Every site against the others: ranked with confidence intervals, optionally mix-adjusted, with significance against the rest.',
  'page.channels.description':
    'Survey scores and contact-center KPIs compared across voice, email, chat and every other channel you serve.',
  'page.vopVsVoc.description':
    'Where the voice of the process (mystery-shop and QA evaluations) agrees or disagrees with the voice of the customer (surveys), site by site.',
  'page.drivers.description':
    'Which evaluation items and contact-center KPIs move customer satisfaction the most, with confidence intervals.',
  'page.responses.description':
    'The records behind every number: survey verbatims with their scores, evaluations and KPI intervals, with the dashboard filters.',
  'page.data.description': 'Import survey responses, evaluations and contact-center KPIs, and follow each import job.',
  'page.explorer.description': 'Write and run GraphQL queries against the cxlens API, with the schema at hand.',

  'data.cliTitle': 'Import from the command line',
  'data.cliBody': 'Large or scheduled loads: the same import from the command line or any HTTP client.',
  'explorer.endpoint': 'GraphQL endpoint',

  'channel.VOICE': 'Voice',
  'channel.EMAIL': 'Email',
  'channel.CHAT': 'Chat',
  'channel.SOCIAL': 'Social',
  'channel.SMS': 'SMS',
  'channel.VIDEO': 'Video',
  'channel.APP': 'App',
  'channel.SELF_SERVICE': 'Self-service',

  'sites.empty.title': 'No sites yet',
  'sites.empty.body':
    'Import your sites with their survey, evaluation and KPI data on the Data page, or restart the server with CXLENS_DEMO=on to load the demo data set.',
  'sites.empty.action': 'Go to Data',


  'error.title': 'Could not load the data',
  'error.retry': 'Try again',
  'error.network': 'The cxlens server could not be reached. Check that it is running, then try again.',

  'common.notSet': 'Not set',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}.',
  'notFound.back': 'Back to the overview',
  ...enDashboard,
  ...enAuth,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;
