/// <reference types="jest" />
import { CHANNELS } from '@cxlens/shared';
import { generateKpiIntervals } from './kpis';
import { generateProcessEvaluations, scoreChecklist } from './evaluations';
import { demoSiteProfiles } from './sites-catalog';
import { generateSurveyResponses } from './surveys';
import type { DemoOptions, KpiIntervalRow, ProcessEvaluationRow, SurveyResponseRow } from './types';

const OPTIONS: DemoOptions = { seed: 7, endDate: new Date('2025-11-28T00:00:00Z') };
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function take<T>(rows: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const row of rows) {
    if (out.length >= n) break;
    out.push(row);
  }
  return out;
}

describe('demo generator', () => {
  let surveys: SurveyResponseRow[];
  let evaluations: ProcessEvaluationRow[];
  let kpis: KpiIntervalRow[];

  beforeAll(() => {
    surveys = [...generateSurveyResponses(OPTIONS)];
    evaluations = [...generateProcessEvaluations(OPTIONS)];
    kpis = [...generateKpiIntervals(OPTIONS)];
  });

  it('is deterministic: the same seed gives the same rows, another seed different ones', () => {
    expect(take(generateSurveyResponses(OPTIONS), 500)).toEqual(surveys.slice(0, 500));
    expect(take(generateProcessEvaluations(OPTIONS), 200)).toEqual(evaluations.slice(0, 200));
    expect(take(generateKpiIntervals(OPTIONS), 500)).toEqual(kpis.slice(0, 500));
    expect(take(generateSurveyResponses({ ...OPTIONS, seed: 8 }), 50)).not.toEqual(surveys.slice(0, 50));
  });

  it('generates nothing at or after endDate (those contacts have not happened yet)', () => {
    const end = OPTIONS.endDate.getTime();
    expect(surveys.filter((s) => s.respondedAt.getTime() >= end)).toEqual([]);
    expect(evaluations.filter((e) => e.evaluatedAt.getTime() >= end)).toEqual([]);
    expect(kpis.filter((k) => k.intervalStart.getTime() + k.intervalMinutes * 60_000 > end)).toEqual([]);
    const lastDay = surveys.filter((s) => s.respondedAt.getTime() >= end - 86_400_000).length;
    expect(lastDay).toBeGreaterThan(200);
  });

  it('produces volumes in the intended ranges at scale 1', () => {
    expect(surveys.length).toBeGreaterThan(54_000);
    expect(surveys.length).toBeLessThan(66_000);
    expect(kpis.length).toBeGreaterThan(60_000);
    expect(kpis.length).toBeLessThan(150_000);
    const months = 120 / 30.4;
    for (const site of demoSiteProfiles(OPTIONS.seed)) {
      const mine = evaluations.filter((e) => e.siteCode === site.code);
      const qa = mine.filter((e) => e.kind === 'QA').length / months;
      const ms = mine.filter((e) => e.kind === 'MYSTERY_SHOP').length / months;
      expect(qa).toBeGreaterThan(120);
      expect(qa).toBeLessThan(180);
      expect(ms).toBeGreaterThanOrEqual(20);
      expect(ms).toBeLessThanOrEqual(40);
    }
    const comments = surveys.filter((s) => s.comment !== null).length / surveys.length;
    expect(comments).toBeGreaterThan(0.3);
    expect(comments).toBeLessThan(0.4);
  });

  it('scales volumes with `scale` and adds synthetic sites beyond the curated eight', () => {
    const small = { ...OPTIONS, days: 14 };
    const count = (o: DemoOptions) => { let n = 0; for (const _ of generateSurveyResponses(o)) n++; return n; };
    const ratio = count({ ...small, scale: 3 }) / count(small);
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
    const sites = demoSiteProfiles(OPTIONS.seed, 30);
    expect(new Set(sites.map((s) => s.code)).size).toBe(30);
    expect(sites.every((s) => CODE.test(s.code))).toBe(true);
    const codes = new Set(take(generateKpiIntervals({ ...small, days: 2, sites: 30 }), 1e6).map((k) => k.siteCode));
    expect(codes.size).toBe(30);
  });

  it('survey rows satisfy the table constraints and always carry an answer', () => {
    const bad = surveys.filter((s) =>
      (s.csat === null && s.nps === null && s.ces === null && s.resolved === null) ||
      (s.csat !== null && !(Number.isInteger(s.csat) && s.csat >= 1 && s.csat <= 5)) ||
      (s.nps !== null && !(Number.isInteger(s.nps) && s.nps >= 0 && s.nps <= 10)) ||
      (s.ces !== null && !(Number.isInteger(s.ces) && s.ces >= 1 && s.ces <= 7)) ||
      !LANGUAGE.test(s.language) || s.externalId.length > 200 || Number.isNaN(s.respondedAt.getTime()));
    expect(bad).toEqual([]);
    expect(new Set(surveys.map((s) => s.externalId)).size).toBe(surveys.length);
    expect(new Set(surveys.map((s) => s.channel))).toEqual(new Set(CHANNELS));
  });

  it('evaluation rows score consistently from their items', () => {
    const bad = evaluations.filter((e) => {
      const scored = scoreChecklist(e.items);
      return e.scorePct < 0 || e.scorePct > 100 || scored.scorePct !== e.scorePct ||
        scored.criticalFailed !== e.criticalFailed || e.passed !== (e.scorePct >= 80 && !e.criticalFailed) ||
        e.channel === 'SELF_SERVICE' || (e.kind === 'MYSTERY_SHOP') !== (e.agency !== null && e.scenario !== null);
    });
    expect(bad).toEqual([]);
    expect(new Set(evaluations.map((e) => e.externalId)).size).toBe(evaluations.length);
    expect(evaluations.some((e) => e.items.some((i) => i.points === null))).toBe(true);
    expect(evaluations.some((e) => e.criticalFailed)).toBe(true);
  });

  it('hand-checks the score formula: N/A items excluded, a critical zero fails', () => {
    const item = (points: number | null, max: number, critical = false) =>
      ({ section: 'Compliance', item: 'x', weight: max / 5, points, max, critical });
    expect(scoreChecklist([item(5, 5), item(6, 10), item(null, 10)])).toMatchObject({ scorePct: 73.33, passed: false });
    expect(scoreChecklist([item(15, 15), item(0, 5, true)])).toMatchObject({ scorePct: 75, criticalFailed: true });
    expect(scoreChecklist([item(10, 10), item(3, 5), item(10, 10, true)])).toMatchObject({ scorePct: 92, passed: true });
  });

  it('KPI rows satisfy every CHECK constraint and the unique key', () => {
    const bad = kpis.filter((k) => {
      const counts = [k.offered, k.answered, k.abandoned, k.abandonedShort, k.answeredWithinSl, k.waitAnsweredS, k.talkS,
        k.holdS, k.acwS, k.handled, k.resolvedFirstContact, k.repeatContacts, k.transfers, k.salesOpportunities,
        k.salesConversions, k.staffedS];
      return (k.intervalStart.getTime() / 1000) % 900 !== 0 || ![15, 30, 60].includes(k.intervalMinutes) ||
        !counts.every((c) => Number.isInteger(c) && c >= 0) ||
        k.answered + k.abandoned > k.offered || k.abandonedShort > k.abandoned || k.answeredWithinSl > k.answered ||
        k.resolvedFirstContact > k.handled || k.repeatContacts > k.handled || k.transfers > k.handled ||
        k.salesConversions > k.salesOpportunities || k.slThresholdS < 1 || k.slThresholdS > 86_400;
    });
    expect(bad).toEqual([]);
    const keys = new Set(kpis.map((k) => `${k.siteCode}|${k.channel}|${k.programCode}|${k.intervalStart.getTime()}`));
    expect(keys.size).toBe(kpis.length);
  });

  it('KPI values are plausible: voice ASA, AHT and service level', () => {
    const voice = kpis.filter((k) => k.channel === 'VOICE');
    const sum = (f: (k: KpiIntervalRow) => number) => voice.reduce((s, k) => s + f(k), 0);
    const answered = sum((k) => k.answered);
    const asa = sum((k) => k.waitAnsweredS) / answered;
    const aht = sum((k) => k.talkS + k.holdS + k.acwS) / answered;
    const sl = sum((k) => k.answeredWithinSl) / answered;
    expect(asa).toBeGreaterThan(10);
    expect(asa).toBeLessThan(120);
    expect(aht).toBeGreaterThan(300);
    expect(aht).toBeLessThan(700);
    expect(sl).toBeGreaterThan(0.6);
    expect(sl).toBeLessThan(0.95);
  });
});
