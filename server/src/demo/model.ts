import { CHANNELS, type Channel } from '@cxlens/shared';
import { Rng, hashInts } from './prng';
import type { SiteProfile } from './sites-catalog';
import { dayOfMonth, weekdayOf } from './time';
import type { ProgramCode } from './types';

/** The shared operational model: opening hours, demand curves and each site-day's latent state. */

export interface ChannelSpec {
  step: 30 | 60;
  /** Local opening hours [open, close) by weekday (0 = Sunday); null = closed. */
  hours: readonly ([number, number] | null)[];
  share: number;
  weekendBoost: number;
  slThreshold: number;
  /** Mean wait (s) of contacts that had to queue. */
  waitBase: number;
  talk: number;
  hold: number;
  acw: number;
  /** Contacts an agent works at once (chat, messaging). */
  concurrency: number;
  abandon: number;
  fcr: number;
  transfer: number;
  sales: number;
  surveyRate: number;
  /** Channel effect on the satisfaction latent and on customer effort. */
  voc: number;
  ease: number;
  /** Bot-handled: no agent time is staffed. */
  automated: boolean;
}

const WEEK: [number, number] = [8, 22];
const STANDARD: ChannelSpec['hours'] = [[10, 16], WEEK, WEEK, WEEK, WEEK, WEEK, [9, 18]];
const DAILY = (open: number, close: number): ChannelSpec['hours'] => Array(7).fill([open, close]);
const base = { weekendBoost: 1, hold: 0, concurrency: 1, sales: 0.04, automated: false };

export const CHANNEL_SPECS: Record<Channel, ChannelSpec> = {
  VOICE: { ...base, step: 30, hours: STANDARD, share: 1, slThreshold: 20, waitBase: 55, talk: 375, hold: 45, acw: 60,
    abandon: 0.03, fcr: 0.8, transfer: 0.09, sales: 0.15, surveyRate: 0.021, voc: 0, ease: -0.25 },
  CHAT: { ...base, step: 30, hours: STANDARD, share: 0.55, slThreshold: 60, waitBase: 75, talk: 560, acw: 35,
    concurrency: 2, abandon: 0.04, fcr: 0.72, transfer: 0.06, sales: 0.12, surveyRate: 0.046, voc: 0.28, ease: 0.35 },
  EMAIL: { ...base, step: 60, hours: [null, [8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [9, 13]], share: 0.25,
    slThreshold: 3600, waitBase: 3000, talk: 420, acw: 90, abandon: 0, fcr: 0.64, transfer: 0.03, surveyRate: 0.026,
    voc: -0.25, ease: -0.4 },
  SOCIAL: { ...base, step: 60, hours: DAILY(8, 22), share: 0.1, weekendBoost: 1.6, slThreshold: 1800, waitBase: 1500,
    talk: 300, acw: 45, abandon: 0.01, fcr: 0.6, transfer: 0.12, surveyRate: 0.018, voc: -0.2, ease: 0 },
  SMS: { ...base, step: 60, hours: [null, [8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [8, 20]], share: 0.1,
    slThreshold: 900, waitBase: 800, talk: 240, acw: 30, concurrency: 3, abandon: 0.01, fcr: 0.68, transfer: 0.05,
    surveyRate: 0.032, voc: 0.05, ease: 0.2 },
  VIDEO: { ...base, step: 30, hours: [null, [9, 18], [9, 18], [9, 18], [9, 18], [9, 18], null], share: 0.06,
    slThreshold: 30, waitBase: 50, talk: 610, hold: 30, acw: 70, abandon: 0.03, fcr: 0.86, transfer: 0.05, sales: 0.3,
    surveyRate: 0.058, voc: 0.1, ease: -0.1 },
  APP: { ...base, step: 30, hours: [[9, 20], WEEK, WEEK, WEEK, WEEK, WEEK, [9, 20]], share: 0.35, weekendBoost: 1.5,
    slThreshold: 60, waitBase: 60, talk: 430, acw: 30, concurrency: 2, abandon: 0.05, fcr: 0.74, transfer: 0.05,
    sales: 0.08, surveyRate: 0.035, voc: 0.1, ease: 0.3 },
  SELF_SERVICE: { ...base, step: 60, hours: DAILY(0, 24), share: 0.9, weekendBoost: 1.7, slThreshold: 5, waitBase: 3,
    talk: 150, acw: 0, abandon: 0.14, fcr: 0.57, transfer: 0.22, sales: 0.02, surveyRate: 0.0075, voc: 0.02, ease: 0.55,
    automated: true },
};

const WEEKDAY_DEMAND = [0.35, 1.18, 1.06, 1.0, 0.98, 0.92, 0.55];

export interface Slot {
  /** Minute of the local day. */
  minute: number;
  /** Fraction of an average weekday's volume falling in this slot (before weekday factors). */
  share: number;
  /** Demand relative to the day's mean slot: peaks queue longer. */
  load: number;
}

function hourCurve(h: number, channel: Channel): number {
  const day = 0.15 + Math.exp(-(((h - 10.5) / 2) ** 2)) + 0.85 * Math.exp(-(((h - 15) / 2.3) ** 2));
  const evening = channel === 'APP' || channel === 'SELF_SERVICE' || channel === 'SOCIAL' ? 0.45 : 0.2;
  const night = channel === 'SELF_SERVICE' ? 0.05 : 0;
  return night + day + evening * Math.exp(-(((h - 20) / 1.8) ** 2));
}

function buildSlots(channel: Channel, weekday: number): Slot[] {
  const spec = CHANNEL_SPECS[channel];
  const hours = spec.hours[weekday];
  if (!hours) return [];
  const [open, close] = spec.hours[3]!;
  let weekdayTotal = 0;
  for (let m = open * 60; m < close * 60; m += spec.step) weekdayTotal += hourCurve((m + spec.step / 2) / 60, channel);
  const slots: Slot[] = [];
  const count = ((hours[1] - hours[0]) * 60) / spec.step;
  for (let m = hours[0] * 60; m < hours[1] * 60; m += spec.step) {
    const w = hourCurve((m + spec.step / 2) / 60, channel);
    slots.push({ minute: m, share: w / weekdayTotal, load: (w * count) / weekdayTotal });
  }
  return slots;
}

const SLOT_TABLE = new Map<Channel, Slot[][]>(CHANNELS.map((c) => [c, [0, 1, 2, 3, 4, 5, 6].map((d) => buildSlots(c, d))]));

export function slotsFor(channel: Channel, weekday: number): readonly Slot[] {
  return SLOT_TABLE.get(channel)![weekday];
}

export function isBillingWindow(dayNumber: number): boolean {
  const { day, daysInMonth } = dayOfMonth(dayNumber);
  return day <= 3 || day >= daysInMonth - 1;
}

/** Expected contacts offered on a day for one (site, program, channel), before `scale`. */
export function expectedDaily(site: SiteProfile, program: ProgramCode, channel: Channel, dayNumber: number): number {
  const channels = site.serves[program] ?? [];
  let shares = 0;
  for (const c of channels) shares += CHANNEL_SPECS[c].share;
  const weekday = weekdayOf(dayNumber);
  let demand = WEEKDAY_DEMAND[weekday];
  if (weekday === 0 || weekday === 6) demand *= CHANNEL_SPECS[channel].weekendBoost;
  const billing = program === 'TELCO' && isBillingWindow(dayNumber) ? 1.2 : 1;
  return (site.dailyContacts * (site.programWeight[program] ?? 0) * CHANNEL_SPECS[channel].share * demand * billing) / shares;
}

export interface SiteDayState {
  /** Queue pressure (≈ N(site baseline, 0.6)): drives ASA, service level, abandonment and, through them, CSAT. */
  stress: number;
  /** Satisfaction-latent shift from storylines (trend, migration). */
  voc: number;
  /** Checklist-logit shift from storylines. */
  vop: number;
  aht: number;
  fcr: number;
  migration: boolean;
  billing: boolean;
}

const STRESS_STREAM = 0x57e5;
const WEEKDAY_STRESS = [-0.25, 0.3, 0.1, 0, 0, 0.05, -0.1];

/** Day indexes [from, to) of the two-week migration dip, mid-period; none for periods under four weeks. */
export function migrationWindow(days: number): [number, number] {
  if (days < 28) return [0, 0];
  const mid = Math.floor(days / 2);
  return [mid - 7, mid + 7];
}

/** A site-day's latent state; depends only on (seed, site, day), never on generation order. */
export function siteDayState(seed: number, siteIndex: number, site: SiteProfile, dayIndex: number, days: number,
  dayNumber: number): SiteDayState {
  // Staffing trouble persists for days: an AR(1)-like sum over the last five days' shocks.
  let shocks = 0;
  for (let k = 0; k < 5; k++) shocks += 0.55 ** k * new Rng(hashInts(seed, STRESS_STREAM, siteIndex, dayNumber - k)).normal();
  const billing = isBillingWindow(dayNumber);
  const state: SiteDayState = {
    stress: site.stress + 0.45 * shocks + WEEKDAY_STRESS[weekdayOf(dayNumber)] + (billing && site.serves.TELCO ? 0.25 : 0),
    voc: 0, vop: 0, aht: site.aht, fcr: 0, migration: false, billing,
  };
  const t = days > 1 ? dayIndex / (days - 1) : 1;
  if (site.story === 'improving') {
    state.stress += 0.6 - 1.2 * t;
    state.voc += -0.25 + 0.5 * t;
    state.vop += -0.3 + 0.6 * t;
  }
  const [from, to] = migrationWindow(days);
  if (site.story === 'migration' && dayIndex >= from && dayIndex < to) {
    state.migration = true;
    state.stress += 1.1;
    state.voc -= 0.35;
    state.vop -= 0.4;
    state.aht *= 1.22;
    state.fcr -= 0.1;
  }
  return state;
}
