import type { Channel, EvaluationKind } from '@cxlens/shared';
import { programsOf, siteAgents, type Agent } from './agents';
import { AGENCIES, MYSTERY_SHOP_ITEMS, QA_ITEMS, SCENARIOS, formName, type FormItem } from './forms';
import { CHANNEL_SPECS, siteDayState, type SiteDayState } from './model';
import { resolveDemoOptions } from './options';
import { Rng, hashInts, logistic } from './prng';
import { demoSiteProfiles, type SiteProfile } from './sites-catalog';
import { localToEpochMs, weekdayOf } from './time';
import type { DemoOptions, EvaluationItemRow, ProcessEvaluationRow, ProgramCode } from './types';

const EVALUATION_STREAM = 0xe7a1;
/** Per site per weekday at scale 1: ≈150 QA and ≈30 mystery shops a month. */
const QA_PER_WEEKDAY = 6.9;
const MS_PER_WEEKDAY = 1.4;
const MS_CHANNEL_WEIGHT: Partial<Record<Channel, number>> = { VOICE: 3, CHAT: 1, EMAIL: 0.4, APP: 0.4, VIDEO: 0.3 };

export interface ScoredChecklist {
  items: EvaluationItemRow[];
  scorePct: number;
  criticalFailed: boolean;
  passed: boolean;
}

/** score = points earned / points possible over applicable items; passed = score ≥ 80 and no critical item at 0. */
export function scoreChecklist(items: EvaluationItemRow[]): ScoredChecklist {
  let earned = 0;
  let possible = 0;
  let criticalFailed = false;
  for (const i of items) {
    if (i.points === null) continue;
    earned += i.points;
    possible += i.max;
    if (i.critical && i.points === 0) criticalFailed = true;
  }
  const scorePct = possible > 0 ? Math.round((earned / possible) * 10_000) / 100 : 0;
  return { items, scorePct, criticalFailed, passed: scorePct >= 80 && !criticalFailed };
}

function fillChecklist(rng: Rng, form: readonly FormItem[], logit: number, site: SiteProfile, stress: number,
  channel: Channel, scenario: string | null): EvaluationItemRow[] {
  return form.map((f) => {
    const max = 5 * f.weight;
    const na = typeof f.notApplicable === 'function' ? f.notApplicable(channel, scenario) : rng.chance(f.notApplicable ?? 0);
    if (na) return { section: f.section, item: f.item, weight: f.weight, points: null, max, critical: f.critical };
    let twist = 0;
    if (site.story === 'hidden-strength') twist = f.style === 'scripted' ? -1.2 : f.style === 'rapport' ? 0.5 : 0;
    if (f.item === 'Answered within target') twist -= 0.8 * stress;
    const pass = rng.chance(logistic(logit + f.ease + twist));
    const points = pass ? max : f.critical ? 0 : rng.chance(0.6) ? Math.round(max * 0.6) : 0;
    return { section: f.section, item: f.item, weight: f.weight, points, max, critical: f.critical };
  });
}

function evaluatorNote(rng: Rng, scored: ScoredChecklist): string | null {
  const missed = scored.items.filter((i) => i.points !== null && i.points < i.max);
  const failedCritical = missed.find((i) => i.critical);
  if (failedCritical) return `Critical fail: ${failedCritical.item.toLowerCase()}.`;
  if (scored.scorePct < 80) return `Coaching needed: ${missed.slice(0, 2).map((i) => i.item.toLowerCase()).join(', ')}.`;
  return rng.chance(0.2) ? rng.pick(['Good call control.', 'Clear and confident.', 'Textbook contact.']) : null;
}

function pickChannel(rng: Rng, channels: readonly Channel[], kind: EvaluationKind): Channel {
  const weights = channels.map((c) =>
    c === 'SELF_SERVICE' ? 0 : kind === 'QA' ? CHANNEL_SPECS[c].share : (MS_CHANNEL_WEIGHT[c] ?? 0.1));
  return channels[rng.weighted(weights)];
}

function* siteDayEvaluations(rng: Rng, site: SiteProfile, siteIndex: number, agents: Agent[],
  state: SiteDayState, dayNumber: number, scale: number, endMs: number, next: () => number): Generator<ProcessEvaluationRow> {
  const programs = programsOf(site);
  const agencies = [AGENCIES[siteIndex % 3], AGENCIES[(siteIndex + 1) % 3]];
  for (const kind of ['QA', 'MYSTERY_SHOP'] as const) {
    const count = rng.poisson((kind === 'QA' ? QA_PER_WEEKDAY : MS_PER_WEEKDAY) * scale);
    for (let k = 0; k < count; k++) {
      const program: ProgramCode = programs[rng.weighted(programs.map((p) => site.programWeight[p] ?? 0))];
      const channel = pickChannel(rng, site.serves[program]!, kind);
      const pool = agents.filter((a) => a.program === program);
      const agent = rng.pick(pool);
      const scenario = kind === 'MYSTERY_SHOP' ? rng.pick(SCENARIOS[program]) : null;
      const agency = kind === 'MYSTERY_SHOP' ? agencies[rng.int(agencies.length)] : null;
      const logit = site.vop + state.vop + agent.compliance + rng.normal(0, 0.4) - (kind === 'MYSTERY_SHOP' ? 0.2 : 0);
      const form = kind === 'QA' ? QA_ITEMS : MYSTERY_SHOP_ITEMS;
      const scored = scoreChecklist(fillChecklist(rng, form, logit, site, state.stress, channel, scenario));
      const minute = 9 * 60 + rng.int(9 * 60);
      const at = localToEpochMs(site.timeZone, dayNumber, minute) ?? localToEpochMs(site.timeZone, dayNumber, 12 * 60)!;
      if (at >= endMs) continue;
      yield {
        externalId: `demo-pe-${next()}`,
        kind,
        siteCode: site.code,
        programCode: program,
        channel,
        form: formName(kind, program, channel),
        evaluator: agency ? `${agency[1]}-${String(101 + rng.int(40))}` : `QA-${site.code}-${String(1 + rng.int(4)).padStart(2, '0')}`,
        agency: agency ? agency[0] : null,
        scenario,
        agent: agent.name,
        evaluatedAt: new Date(at + rng.int(60) * 1000),
        scorePct: scored.scorePct,
        passed: scored.passed,
        criticalFailed: scored.criticalFailed,
        items: scored.items,
        comment: evaluatorNote(rng, scored),
        source: 'demo',
      };
    }
  }
}

/** QA and mystery-shop evaluations on site-local weekdays, lazily generated. */
export function* generateProcessEvaluations(options: DemoOptions): Generator<ProcessEvaluationRow> {
  const o = resolveDemoOptions(options);
  const sites = demoSiteProfiles(o.seed, o.sites);
  const agents = sites.map((s, i) => siteAgents(o.seed, i, s));
  let n = 0;
  const next = () => ++n;
  for (let d = 0; d < o.days; d++) {
    const dayNumber = o.firstDay + d;
    const weekday = weekdayOf(dayNumber);
    if (weekday === 0 || weekday === 6) continue;
    for (let si = 0; si < sites.length; si++) {
      const state = siteDayState(o.seed, si, sites[si], d, o.days, dayNumber);
      const rng = new Rng(hashInts(o.seed, EVALUATION_STREAM, si, dayNumber));
      yield* siteDayEvaluations(rng, sites[si], si, agents[si], state, dayNumber, o.scale, o.endMs, next);
    }
  }
}
