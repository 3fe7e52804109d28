import type { Channel } from '@cxlens/shared';
import { programsOf, siteAgents, type Agent } from './agents';
import { composeComment, type Sentiment } from './comments';
import { CHANNEL_SPECS, expectedDaily, siteDayState, slotsFor, type SiteDayState, type Slot } from './model';
import { resolveDemoOptions } from './options';
import { Rng, clamp, hashInts } from './prng';
import { demoSiteProfiles, type SiteProfile } from './sites-catalog';
import { localToEpochMs, weekdayOf } from './time';
import type { DemoOptions, ProgramCode, SurveyResponseRow } from './types';

/** [topic, weight, effect on satisfaction, effect on resolution probability] */
type Topic = readonly [string, number, number, number];

export const TOPICS: Record<ProgramCode, readonly Topic[]> = {
  TELCO: [
    ['Billing', 24, -0.25, -0.04], ['Technical support', 22, -0.1, -0.08], ['Contract & plan change', 14, 0.1, 0.05],
    ['Cancellation', 8, -0.4, -0.05], ['Roaming', 6, 0, 0.03], ['Device & SIM', 12, 0.15, 0.05],
    ['Network outage', 8, -0.35, -0.15], ['Payments', 6, 0.1, 0.06],
  ],
  BANK: [
    ['Payments', 20, 0, 0.04], ['Card lost or stolen', 14, 0.2, 0.08], ['Account opening', 10, 0.25, 0.02],
    ['Loans & mortgages', 10, 0, -0.05], ['Online banking access', 18, -0.05, 0.02], ['Fraud dispute', 10, -0.35, -0.15],
    ['Fees & charges', 12, -0.3, -0.03], ['Statements', 6, 0.1, 0.06],
  ],
};

/** Which questions a survey asks: [csat, nps, ces, resolved] with weights (survey designs differ by touchpoint). */
const QUESTION_SETS: readonly (readonly [boolean, boolean, boolean, boolean, number])[] = [
  [true, false, false, true, 30], [true, true, true, true, 30], [true, true, false, false, 15],
  [true, false, true, false, 10], [false, true, false, false, 10], [false, false, true, true, 5],
];

const CHANNEL_CODE: Record<Channel, string> = {
  VOICE: 'VO', EMAIL: 'EM', CHAT: 'CH', SOCIAL: 'SO', SMS: 'SM', VIDEO: 'VI', APP: 'AP', SELF_SERVICE: 'SS',
};
/** Mean minutes between the contact and the survey answer. */
const RESPONSE_DELAY_MIN: Record<Channel, number> = {
  VOICE: 20, EMAIL: 240, CHAT: 10, SOCIAL: 180, SMS: 60, VIDEO: 30, APP: 15, SELF_SERVICE: 5,
};

const SURVEY_STREAM = 0x5e7;
const CSAT_CUTS = [-1.7, -1.05, -0.35, 0.55];
/** Typical contact-center satisfaction: top-2-box ≈ 80% at an average site. */
const BASE_SATISFACTION = 0.4;

function sentimentOf(csat: number | null, nps: number | null, ces: number | null, resolved: boolean | null): Sentiment {
  if (csat !== null) return csat <= 2 ? 'negative' : csat === 3 ? 'neutral' : 'positive';
  if (nps !== null) return nps <= 6 ? 'negative' : nps <= 8 ? 'neutral' : 'positive';
  if (ces !== null) return ces <= 3 ? 'negative' : ces <= 5 ? 'neutral' : 'positive';
  return resolved ? 'positive' : 'negative';
}

interface SlotContext {
  site: SiteProfile;
  state: SiteDayState;
  program: ProgramCode;
  channel: Channel;
  agents: readonly Agent[];
  topicWeights: readonly number[];
  slot: Slot;
  start: number;
  customerPool: number;
}

/** One respondent: resolution first, then a satisfaction latent that every answer and the comment derive from. */
function respond(rng: Rng, c: SlotContext): Omit<SurveyResponseRow, 'externalId'> {
  const { site, state, program, channel } = c;
  const spec = CHANNEL_SPECS[channel];
  const billingDip = state.billing && program === 'TELCO';
  const agent = channel === 'SELF_SERVICE' ? null : rng.pick(c.agents);
  const [topic, , topicVoc, topicFcr] = TOPICS[program][rng.weighted(c.topicWeights)];
  const stress = state.stress + 0.3 * (c.slot.load - 1);
  const isResolved = rng.chance(clamp(spec.fcr + state.fcr + 0.05 * site.voc - 0.04 * stress + topicFcr, 0.25, 0.97));
  const z = BASE_SATISFACTION + site.voc + spec.voc + state.voc - 0.3 * stress + (agent?.rapport ?? 0) + topicVoc +
    (isResolved ? 0.3 : -1.1) + (billingDip ? -0.1 : 0) + rng.normal();
  const [askCsat, askNps, askCes, askResolved] = QUESTION_SETS[rng.weighted(QUESTION_SETS.map((q) => q[4]))];
  // Respondents skip a question now and then; at least one answer always remains.
  let csat = askCsat && rng.chance(0.97) ? 1 + CSAT_CUTS.filter((cut) => z > cut).length : null;
  const nps = askNps && rng.chance(0.95)
    ? clamp(Math.round(7 + 1.7 * (0.8 * z + rng.normal(0, 0.6) - (billingDip ? 0.45 : 0))), 0, 10) : null;
  const ces = askCes && rng.chance(0.95)
    ? clamp(Math.round(5.1 + 1.2 * (0.6 * z + spec.ease + rng.normal(0, 0.7))), 1, 7) : null;
  const resolved = askResolved && rng.chance(0.96) ? isResolved : null;
  if (csat === null && nps === null && ces === null && resolved === null) csat = 1 + CSAT_CUTS.filter((cut) => z > cut).length;
  const sentiment = sentimentOf(csat, nps, ces, resolved);
  const language = site.languages[rng.weighted(site.languages.map(([, w]) => w))][0];
  const comment = rng.chance(sentiment === 'negative' ? 0.55 : 0.3)
    ? composeComment(rng, { sentiment, language, channel, topic, agent: agent?.name ?? null, resolved: isResolved,
        stress, migration: state.migration, story: site.story })
    : null;
  const contactAt = c.start + rng.next() * spec.step * 60_000;
  const delay = (0.2 - Math.log(1 - rng.next())) * RESPONSE_DELAY_MIN[channel] * 60_000;
  return {
    siteCode: site.code,
    programCode: program,
    channel,
    agent: agent?.name ?? null,
    team: agent?.team ?? null,
    topic,
    language,
    customerRef: `${program === 'TELCO' ? 'TC' : 'BK'}-${String(rng.int(c.customerPool)).padStart(7, '0')}`,
    interactionRef: `${site.code}-${CHANNEL_CODE[channel]}-${String(rng.int(1e9)).padStart(9, '0')}`,
    respondedAt: new Date(Math.round(contactAt + delay)),
    csat, nps, ces, resolved, comment,
    source: 'demo',
  };
}

/** Survey responses, day by day and site by site, following each slot's contact volume; constant memory. */
export function* generateSurveyResponses(options: DemoOptions): Generator<SurveyResponseRow> {
  const o = resolveDemoOptions(options);
  const sites = demoSiteProfiles(o.seed, o.sites);
  const agents = sites.map((site, i) => siteAgents(o.seed, i, site));
  const customerPool = Math.max(1000, Math.round(150_000 * o.scale));
  let n = 0;
  for (let d = 0; d < o.days; d++) {
    const dayNumber = o.firstDay + d;
    const weekday = weekdayOf(dayNumber);
    for (let si = 0; si < sites.length; si++) {
      const site = sites[si];
      const state = siteDayState(o.seed, si, site, d, o.days, dayNumber);
      const rng = new Rng(hashInts(o.seed, SURVEY_STREAM, si, dayNumber));
      for (const program of programsOf(site)) {
        const programAgents = agents[si].filter((a) => a.program === program);
        const topicWeights = TOPICS[program].map(([name, w]) => (state.billing && name === 'Billing' ? w * 2.5 : w));
        for (const channel of site.serves[program]!) {
          const spec = CHANNEL_SPECS[channel];
          const daily = expectedDaily(site, program, channel, dayNumber) * o.scale;
          for (const slot of slotsFor(channel, weekday)) {
            const start = localToEpochMs(site.timeZone, dayNumber, slot.minute);
            if (start === null) continue;
            const count = rng.poisson(daily * slot.share * (1 - spec.abandon) * spec.surveyRate);
            for (let k = 0; k < count; k++) {
              const row = respond(rng, { site, state, program, channel, agents: programAgents, topicWeights, slot, start, customerPool });
              // Not answered yet at the end of the period.
              if (row.respondedAt.getTime() >= o.endMs) continue;
              yield { externalId: `demo-sr-${++n}`, ...row };
            }
          }
        }
      }
    }
  }
}
