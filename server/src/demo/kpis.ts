import { programsOf } from './agents';
import { CHANNEL_SPECS, expectedDaily, siteDayState, slotsFor, type ChannelSpec, type Slot, type SiteDayState } from './model';
import { resolveDemoOptions } from './options';
import { Rng, clamp, hashInts } from './prng';
import { demoSiteProfiles, type SiteProfile } from './sites-catalog';
import { localToEpochMs, weekdayOf } from './time';
import type { DemoOptions, KpiIntervalRow, ProgramCode } from './types';

const KPI_STREAM = 0x6b91;

type Counters = Omit<KpiIntervalRow, 'siteCode' | 'programCode' | 'channel' | 'intervalStart' | 'intervalMinutes' | 'source'>;

/**
 * One interval's counters. Waiting follows an Erlang-C shape: a share C of
 * contacts queue, with mean wait m, so SL = 1 − C·e^(−T/m) and ASA = C·m; C and
 * m rise with the site-day stress and the slot's peak load, which is what ties
 * CSAT to ASA and service level.
 */
export function intervalCounters(rng: Rng, spec: ChannelSpec, site: SiteProfile, state: SiteDayState, slot: Slot,
  program: ProgramCode, expected: number): Counters {
  const stress = state.stress + 0.3 * (slot.load - 1);
  const offered = rng.poisson(expected);
  const queued = clamp(0.3 + 0.17 * stress + rng.normal(0, 0.06), 0.03, 0.95);
  const meanWait = spec.waitBase * Math.exp(0.3 * stress + rng.normal(0, 0.12));
  const slShare = 1 - queued * Math.exp(-spec.slThreshold / meanWait);
  const abandonRate = spec.abandon === 0 ? 0 : clamp(spec.abandon * (0.4 + 1.6 * queued * (meanWait / spec.waitBase)), 0, 0.4);
  const abandoned = rng.binomial(offered, abandonRate);
  // Email and social leave a small backlog for the next interval instead of abandoning.
  const backlog = spec.abandon <= 0.01 ? rng.binomial(offered - abandoned, 0.03) : 0;
  const answered = offered - abandoned - backlog;
  const perContact = (base: number) => base * state.aht * Math.exp(0.06 * stress + rng.normal(0, 0.05));
  const talk = perContact(spec.talk);
  const hold = perContact(spec.hold);
  const acw = perContact(spec.acw);
  const handled = answered;
  const fcr = clamp(spec.fcr + state.fcr + 0.05 * site.voc - 0.04 * stress, 0.25, 0.97);
  const opportunities = rng.binomial(handled, spec.sales * (program === 'TELCO' ? 1.2 : 0.9));
  const occupancy = clamp(0.8 + 0.05 * stress, 0.6, 0.95);
  const workload = (answered * (talk + hold + acw)) / spec.concurrency;
  return {
    offered,
    answered,
    abandoned,
    abandonedShort: rng.binomial(abandoned, 0.3),
    answeredWithinSl: rng.binomial(answered, slShare),
    slThresholdS: spec.slThreshold,
    waitAnsweredS: Math.round(answered * queued * meanWait),
    talkS: Math.round(answered * talk),
    holdS: Math.round(answered * hold),
    acwS: Math.round(answered * acw),
    handled,
    resolvedFirstContact: rng.binomial(handled, fcr),
    repeatContacts: rng.binomial(handled, (1 - fcr) * 0.55),
    transfers: rng.binomial(handled, spec.transfer),
    salesOpportunities: opportunities,
    salesConversions: rng.binomial(opportunities, clamp(0.24 + 0.04 * site.voc, 0.05, 0.6)),
    staffedS: spec.automated ? 0 : Math.round(workload / occupancy),
  };
}

/** KPI intervals for every (site, channel, program) served, over site-local opening hours; lazily generated. */
export function* generateKpiIntervals(options: DemoOptions): Generator<KpiIntervalRow> {
  const o = resolveDemoOptions(options);
  const sites = demoSiteProfiles(o.seed, o.sites);
  for (let d = 0; d < o.days; d++) {
    const dayNumber = o.firstDay + d;
    const weekday = weekdayOf(dayNumber);
    for (let si = 0; si < sites.length; si++) {
      const site = sites[si];
      const state = siteDayState(o.seed, si, site, d, o.days, dayNumber);
      const rng = new Rng(hashInts(o.seed, KPI_STREAM, si, dayNumber));
      for (const program of programsOf(site)) {
        for (const channel of site.serves[program]!) {
          const spec = CHANNEL_SPECS[channel];
          const daily = expectedDaily(site, program, channel, dayNumber) * o.scale;
          for (const slot of slotsFor(channel, weekday)) {
            const start = localToEpochMs(site.timeZone, dayNumber, slot.minute);
            if (start === null) continue;
            const counters = intervalCounters(rng, spec, site, state, slot, program, daily * slot.share);
            if (start + spec.step * 60_000 > o.endMs) continue;
            yield {
              siteCode: site.code,
              programCode: program,
              channel,
              intervalStart: new Date(start),
              intervalMinutes: spec.step,
              ...counters,
              source: 'demo',
            };
          }
        }
      }
    }
  }
}
