/// <reference types="jest" />
import { generateProcessEvaluations } from './evaluations';
import { generateKpiIntervals } from './kpis';
import { isBillingWindow, migrationWindow } from './model';
import {
  CURATED_SITES, DEMO_BLIND_SPOT_SITE, DEMO_HIDDEN_STRENGTH_SITE, DEMO_IMPROVING_SITE, DEMO_MIGRATION_SITE,
} from './sites-catalog';
import { generateSurveyResponses } from './surveys';
import { offsetMinutes } from './time';
import type { DemoOptions, SurveyResponseRow } from './types';

const END = new Date('2025-11-28T00:00:00Z');
const OPTIONS: DemoOptions = { seed: 11, endDate: END, days: 120 };
const FIRST_DAY = END.getTime() / 86_400_000 - 120;
const TZ = new Map(CURATED_SITES.map((s) => [s.code, s.timeZone]));

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const localDay = (code: string, at: Date) =>
  Math.floor((at.getTime() + offsetMinutes(TZ.get(code)!, at.getTime()) * 60_000) / 86_400_000) - FIRST_DAY;

function rankOf(values: Map<string, number>, code: string): number {
  return [...values.entries()].sort((a, b) => b[1] - a[1]).findIndex(([c]) => c === code) + 1;
}

function correlation(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('demo storylines', () => {
  let surveys: SurveyResponseRow[];
  const csatBySite = new Map<string, number>();
  const processBySite = new Map<string, number>();

  beforeAll(() => {
    surveys = [...generateSurveyResponses(OPTIONS)];
    for (const site of CURATED_SITES) {
      csatBySite.set(site.code, mean(surveys.filter((s) => s.siteCode === site.code && s.csat !== null).map((s) => s.csat!)));
    }
    const scores = new Map<string, number[]>();
    for (const e of generateProcessEvaluations(OPTIONS)) {
      (scores.get(e.siteCode) ?? scores.set(e.siteCode, []).get(e.siteCode)!).push(e.scorePct);
    }
    for (const [code, list] of scores) processBySite.set(code, mean(list));
  });

  it('the blind-spot site has top-quartile process scores (90%+) and bottom-quartile CSAT', () => {
    expect(rankOf(processBySite, DEMO_BLIND_SPOT_SITE)).toBeLessThanOrEqual(2);
    expect(processBySite.get(DEMO_BLIND_SPOT_SITE)).toBeGreaterThan(90);
    expect(rankOf(csatBySite, DEMO_BLIND_SPOT_SITE)).toBeGreaterThanOrEqual(7);
  });

  it('the hidden-strength site has bottom-quartile process scores and top-quartile CSAT', () => {
    expect(rankOf(processBySite, DEMO_HIDDEN_STRENGTH_SITE)).toBeGreaterThanOrEqual(7);
    expect(rankOf(csatBySite, DEMO_HIDDEN_STRENGTH_SITE)).toBeLessThanOrEqual(2);
  });

  it('the other sites are roughly aligned: process and CSAT ranks within three places', () => {
    for (const { code } of CURATED_SITES) {
      if (code === DEMO_BLIND_SPOT_SITE || code === DEMO_HIDDEN_STRENGTH_SITE) continue;
      expect(Math.abs(rankOf(processBySite, code) - rankOf(csatBySite, code))).toBeLessThanOrEqual(3);
    }
  });

  it('volume follows site-local weekdays: weekdays busier than weekends, Monday the peak', () => {
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const s of surveys) byWeekday[(((localDay(s.siteCode, s.respondedAt) + FIRST_DAY + 4) % 7) + 7) % 7]++;
    const weekday = mean(byWeekday.slice(1, 6));
    expect(weekday).toBeGreaterThan(2 * mean([byWeekday[0], byWeekday[6]]));
    expect(byWeekday[1]).toBe(Math.max(...byWeekday));
  });

  it('responses fall mostly in site-local business hours', () => {
    const hours = surveys.map((s) => {
      const t = s.respondedAt.getTime();
      return Math.floor(((t + offsetMinutes(TZ.get(s.siteCode)!, t) * 60_000) % 86_400_000) / 3_600_000);
    });
    expect(hours.filter((h) => h >= 8 && h < 23).length / hours.length).toBeGreaterThan(0.9);
  });

  it('the improving site rises steadily and the migration site dips for two weeks mid-period', () => {
    const csatBetween = (code: string, from: number, to: number) => mean(surveys
      .filter((s) => s.siteCode === code && s.csat !== null)
      .filter((s) => { const d = localDay(code, s.respondedAt); return d >= from && d < to; })
      .map((s) => s.csat!));
    expect(csatBetween(DEMO_IMPROVING_SITE, 90, 120) - csatBetween(DEMO_IMPROVING_SITE, 0, 30)).toBeGreaterThan(0.4);
    const [from, to] = migrationWindow(120);
    const during = csatBetween(DEMO_MIGRATION_SITE, from + 1, to);
    const around = mean([csatBetween(DEMO_MIGRATION_SITE, from - 28, from), csatBetween(DEMO_MIGRATION_SITE, to + 1, to + 29)]);
    expect(around - during).toBeGreaterThan(0.3);
  });

  it('TELCO NPS dips around month-end billing', () => {
    const nps = (rows: SurveyResponseRow[]) =>
      (100 * (rows.filter((r) => r.nps! >= 9).length - rows.filter((r) => r.nps! <= 6).length)) / rows.length;
    const telco = surveys.filter((s) => s.programCode === 'TELCO' && s.nps !== null);
    const billing = (s: SurveyResponseRow) => isBillingWindow(Math.floor(s.respondedAt.getTime() / 86_400_000));
    expect(nps(telco.filter((s) => !billing(s))) - nps(telco.filter(billing))).toBeGreaterThan(15);
  });

  it('daily CSAT moves with the same site-day voice ASA and service level', () => {
    const csat = new Map<string, number[]>();
    for (const s of surveys) if (s.csat !== null) {
      const key = `${s.siteCode}|${localDay(s.siteCode, s.respondedAt)}`;
      (csat.get(key) ?? csat.set(key, []).get(key)!).push(s.csat);
    }
    const voice = new Map<string, [number, number, number]>();
    for (const k of generateKpiIntervals(OPTIONS)) if (k.channel === 'VOICE') {
      const key = `${k.siteCode}|${localDay(k.siteCode, k.intervalStart)}`;
      const v = voice.get(key) ?? voice.set(key, [0, 0, 0]).get(key)!;
      v[0] += k.waitAnsweredS; v[1] += k.answered; v[2] += k.answeredWithinSl;
    }
    for (const { code } of CURATED_SITES) {
      const days = [...voice.entries()]
        .filter(([key, v]) => key.startsWith(`${code}|`) && v[1] > 0 && (csat.get(key)?.length ?? 0) >= 15);
      const dailyCsat = days.map(([key]) => mean(csat.get(key)!));
      expect(correlation(dailyCsat, days.map(([, v]) => v[0] / v[1]))).toBeLessThan(-0.3);
      expect(correlation(dailyCsat, days.map(([, v]) => v[2] / v[1]))).toBeGreaterThan(0.3);
    }
  });

  it('channels differ: chat and self-service take less effort, voice resolves more than chat', () => {
    const by = (channel: string) => surveys.filter((s) => s.channel === channel);
    const ces = (rows: SurveyResponseRow[]) => mean(rows.filter((r) => r.ces !== null).map((r) => r.ces!));
    const resolved = (rows: SurveyResponseRow[]) => mean(rows.filter((r) => r.resolved !== null).map((r) => (r.resolved ? 1 : 0)));
    expect(ces(by('CHAT'))).toBeGreaterThan(ces(by('VOICE')) + 0.3);
    expect(ces(by('SELF_SERVICE'))).toBeGreaterThan(ces(by('VOICE')) + 0.3);
    expect(resolved(by('VOICE'))).toBeGreaterThan(resolved(by('CHAT')) + 0.03);
  });
});
