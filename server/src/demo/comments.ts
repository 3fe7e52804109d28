import type { Channel } from '@cxlens/shared';
import { NATIVE_COMMENTS, type NativeDriver } from './comments-i18n';
import type { Rng } from './prng';
import type { SiteStory } from './sites-catalog';

/**
 * Free-text comments consistent with the scores: a driver is chosen from what
 * actually happened to the respondent (queue stress, unresolved, topic, the
 * site's storyline), then a template for it in the respondent's language.
 */

export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface CommentContext {
  sentiment: Sentiment;
  language: string;
  channel: Channel;
  topic: string;
  agent: string | null;
  resolved: boolean | null;
  stress: number;
  migration: boolean;
  story: SiteStory | undefined;
}

type Driver = NativeDriver | 'topic' | 'rude' | 'bot' | 'slow-reply' | 'quick' | 'digital';

const ENGLISH: Record<Driver, readonly string[]> = {
  wait: [
    'Waited {wait} minutes before anyone picked up.',
    '{wait} minutes in the queue just to ask a simple question about {topic}.',
    'All I heard was hold music for {wait} minutes. Unacceptable.',
  ],
  'slow-reply': ['Took {days} days to get a reply, and it was a copy-paste answer.', 'Sent two messages before anyone replied.'],
  unresolved: [
    'My {topic} issue is still not fixed and nobody called me back.',
    "Nothing was solved. I'll have to contact you again.",
    'Promised a callback within 24 hours, never happened.',
  ],
  transfer: [
    'I was transferred three times and had to repeat my details to everyone.',
    'Bounced between departments, nobody owned my {topic} problem.',
  ],
  scripted: [
    "The agent just read from a script and didn't listen to what I actually needed.",
    'Felt like talking to a robot: the same canned phrases and no real answer.',
    'Very polite, but kept repeating the policy instead of helping me.',
  ],
  migration: [
    "The agent said the new system was down and couldn't see my account.",
    "They couldn't access my history because of a 'system upgrade'. Had to start from scratch.",
  ],
  topic: [],
  rude: ['The agent was impatient and cut me off mid-sentence.'],
  bot: ["The virtual assistant kept looping and wouldn't let me reach a person."],
  neutral: [
    'OK in the end, but it took longer than I expected.',
    'Issue resolved, though I had to explain it twice.',
    "Fine. {agent} was friendly but I'm still waiting for the confirmation email.",
    'Average service, nothing special.',
  ],
  positive: [
    '{agent} was brilliant and sorted my {topic} issue in minutes.',
    'Quick, friendly and resolved first time. Thank you!',
    'Great service, {agent} went above and beyond.',
  ],
  listened: [
    '{agent} really listened and took the time to explain everything.',
    'Felt like talking to a person, not a script. {agent} made my day.',
  ],
  quick: ['No waiting at all, straight through to someone who knew the answer.'],
  digital: ['Fast and easy, the link they sent fixed it straight away.'],
};

const TOPIC_COMPLAINTS: Record<string, readonly string[]> = {
  Billing: ['I was charged twice this month and still no refund.', 'My bill went up again and nobody could explain why.'],
  'Fees & charges': ["Charged a fee nobody told me about, and the agent couldn't reverse it."],
  Cancellation: ["Cancelling shouldn't take three contacts. Stop pushing offers at me."],
  'Network outage': ["No signal for two days and all I got was 'we are working on it'."],
  'Fraud dispute': ['Still waiting for my money back after a fraudulent transaction.'],
  'Online banking access': ["Locked out of online banking again, the reset link doesn't work."],
  'Technical support': ["'Restart the router' is all they ever say."],
};

const LIVE_QUEUE: ReadonlySet<Channel> = new Set(['VOICE', 'CHAT', 'VIDEO', 'APP']);

function chooseDriver(rng: Rng, c: CommentContext): Driver {
  const options: [Driver, number][] = [];
  if (c.sentiment === 'negative') {
    if (c.channel === 'SELF_SERVICE') options.push(['bot', 4]);
    else if (LIVE_QUEUE.has(c.channel)) options.push(['wait', 0.6 + 1.2 * Math.max(0, c.stress)]);
    else options.push(['slow-reply', 1]);
    options.push(['unresolved', c.resolved === false ? 3 : 0.3], ['transfer', 0.6], ['rude', 0.25]);
    options.push(['scripted', c.story === 'blind-spot' ? 3.5 : 0.2], ['migration', c.migration ? 4 : 0]);
    options.push(['topic', TOPIC_COMPLAINTS[c.topic] ? 1.5 : 0]);
  } else if (c.sentiment === 'neutral') {
    options.push(['neutral', 1]);
  } else {
    options.push(['positive', 2], ['listened', c.story === 'hidden-strength' ? 3 : 0.6]);
    if (LIVE_QUEUE.has(c.channel) && c.stress < 0) options.push(['quick', 0.8]);
    if (c.channel !== 'VOICE') options.push(['digital', 0.7]);
  }
  return options[rng.weighted(options.map(([, w]) => w))][0];
}

const NATIVE_FALLBACK: Partial<Record<Driver, NativeDriver>> = {
  topic: 'unresolved', rude: 'unresolved', bot: 'unresolved', 'slow-reply': 'wait', migration: 'unresolved',
  quick: 'positive', digital: 'positive',
};

export function composeComment(rng: Rng, c: CommentContext): string {
  const driver = chooseDriver(rng, c);
  const native = NATIVE_COMMENTS[c.language.split('-')[0]];
  let template: string | undefined;
  if (native) {
    template = native[driver as NativeDriver] ?? native[NATIVE_FALLBACK[driver] ?? 'neutral'];
  } else {
    let choices = driver === 'topic' ? TOPIC_COMPLAINTS[c.topic] : ENGLISH[driver];
    if (!c.agent) choices = choices.filter((t) => !t.includes('{agent}'));
    if (choices.length === 0) choices = ENGLISH[c.sentiment === 'negative' ? 'unresolved' : 'quick'];
    template = rng.pick(choices);
  }
  if (!template || (!c.agent && template.includes('{agent}'))) template = native?.positive ?? ENGLISH.quick[0];
  return template
    .replace('{wait}', String(Math.round(8 + 10 * Math.max(0, c.stress) + rng.next() * 20)))
    .replace('{days}', String(2 + rng.int(3)))
    .replace('{topic}', c.topic.toLowerCase())
    .replace('{agent}', c.agent ? c.agent.split(' ')[0] : '');
}
