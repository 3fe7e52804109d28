import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import {
  DEMO_PROGRAMS, demoSiteProfiles, generateKpiIntervals, generateProcessEvaluations, generateSurveyResponses, toSiteRow,
} from '../demo';
import type { KpiIntervalRow, ProcessEvaluationRow, ProgramRow, SiteRow, SurveyResponseRow } from '../demo';
import type { BenchOptions } from './options';

/**
 * The dataset writer: demo-generator rows, written as CSV files in the import formats
 * (docs/import-formats.md), in chunks of at most `chunkRows` rows per file.
 *
 * Scale: the survey generator has no row-count knob, only a volume multiplier, so a counting
 * pass at scale 1 fixes the multiplier that yields the requested number of responses (±0.1 %);
 * evaluations and KPI contact volumes take the same multiplier (the demo's realistic ratios).
 * KPI rows do not depend on volume (one per open interval of every site, program and channel),
 * so the requested count is met per series: below the generator's natural count whole series are
 * left out (queues without an ACD export), above it series are exported in 15-minute intervals
 * (counters split exactly, every constraint kept), as many as needed.
 */

export type KpiSeriesMode = 'drop' | 'native' | 'split';

export interface DataFile {
  path: string;
  rows: number;
  bytes: number;
}

export interface KpiPlan {
  requested: number;
  /** Rows at the generator's own 30/60-minute intervals, every series. */
  natural: number;
  /** Rows if every series were exported at 15 minutes. */
  allSplit: number;
  planned: number;
  series: number;
  droppedSeries: number;
  splitSeries: number;
  modes: Map<string, KpiSeriesMode>;
}

export interface DatasetPlan {
  sites: SiteRow[];
  programs: readonly ProgramRow[];
  endDate: Date;
  /** First and last day of data (UTC calendar days; site-local days differ by up to one). */
  firstDay: string;
  lastDay: string;
  responsesAtScale1: number;
  surveyScale: number;
  concurrentScale: number;
  kpi: KpiPlan;
  planSeconds: number;
}

export interface Dataset {
  plan: DatasetPlan;
  surveys: DataFile[];
  evaluations: DataFile[];
  kpis: DataFile[];
  /** One file: the survey import that runs while queries are measured. */
  concurrent: DataFile;
  /** Small files of responses in the last week (inside every query's period), for the commit-by-commit consistency check. */
  consistency: DataFile[];
  writeSeconds: number;
}

type Log = (message: string) => void;

const DAY_MS = 86_400_000;

export function seriesKey(site: string, program: string, channel: string): string {
  return `${site}|${program}|${channel}`;
}

/** FNV-1a: a stable, seeded order of series, so dropped or split series spread over sites and channels. */
function stableHash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Chooses, per series, drop / native / 15-minute split so that the total is as close to `requested` as whole series allow. */
export function planKpiSeries(counts: ReadonlyMap<string, { rows: number; minutes: number }>, requested: number, seed: number): KpiPlan {
  const keys = [...counts.keys()].sort((a, b) => stableHash(a, seed) - stableHash(b, seed) || (a < b ? -1 : 1));
  const natural = keys.reduce((s, k) => s + counts.get(k)!.rows, 0);
  const allSplit = keys.reduce((s, k) => s + (counts.get(k)!.rows * counts.get(k)!.minutes) / 15, 0);
  const modes = new Map<string, KpiSeriesMode>();
  let planned = 0;
  if (requested <= natural) {
    for (const k of keys) {
      const take = requested > 0 && (planned === 0 || planned + counts.get(k)!.rows / 2 <= requested); // closer, or the first
      modes.set(k, take ? 'native' : 'drop');
      if (take) planned += counts.get(k)!.rows;
    }
  } else {
    planned = natural;
    for (const k of keys) {
      const { rows, minutes } = counts.get(k)!;
      const extra = (rows * minutes) / 15 - rows;
      const split = extra > 0 && planned + extra / 2 <= requested; // only when it brings the total closer
      modes.set(k, split ? 'split' : 'native');
      if (split) planned += extra;
    }
  }
  let droppedSeries = 0;
  let splitSeries = 0;
  for (const m of modes.values()) {
    if (m === 'drop') droppedSeries++;
    if (m === 'split') splitSeries++;
  }
  return { requested, natural, allSplit, planned, series: keys.length, droppedSeries, splitSeries, modes };
}

/** Whole counters split over k parts, remainders to the first parts: monotone, so every `a ≤ b` survives per part. */
function part(total: number, k: number, i: number): number {
  return Math.floor(total / k) + (i < total % k ? 1 : 0);
}

/** One 30- or 60-minute interval as 15-minute intervals whose counters add up to the original's. */
export function splitKpiInterval(row: KpiIntervalRow): KpiIntervalRow[] {
  const k = row.intervalMinutes / 15;
  const backlog = row.offered - row.answered - row.abandoned;
  const out: KpiIntervalRow[] = [];
  for (let i = 0; i < k; i++) {
    const answered = part(row.answered, k, i);
    const abandoned = part(row.abandoned, k, i);
    out.push({
      ...row,
      intervalStart: new Date(row.intervalStart.getTime() + i * 15 * 60_000),
      intervalMinutes: 15 as KpiIntervalRow['intervalMinutes'],
      offered: answered + abandoned + part(backlog, k, i),
      answered,
      abandoned,
      abandonedShort: part(row.abandonedShort, k, i),
      answeredWithinSl: part(row.answeredWithinSl, k, i),
      waitAnsweredS: part(row.waitAnsweredS, k, i),
      talkS: part(row.talkS, k, i),
      holdS: part(row.holdS, k, i),
      acwS: part(row.acwS, k, i),
      handled: part(row.handled, k, i),
      resolvedFirstContact: part(row.resolvedFirstContact, k, i),
      repeatContacts: part(row.repeatContacts, k, i),
      transfers: part(row.transfers, k, i),
      salesOpportunities: part(row.salesOpportunities, k, i),
      salesConversions: part(row.salesConversions, k, i),
      staffedS: part(row.staffedS, k, i),
    });
  }
  return out;
}

/** RFC 4180 field: quoted when it holds a delimiter, quote or line break, or starts/ends with spaces. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const SURVEY_HEADER = 'external_id,site,channel,program,responded_at,csat,nps,ces,resolved,comment,agent,team,topic,customer_ref,interaction_ref,language';
export function surveyLine(r: SurveyResponseRow, externalId: string): string {
  return [
    externalId, r.siteCode, r.channel, r.programCode, r.respondedAt.toISOString(), r.csat, r.nps, r.ces, r.resolved,
    r.comment, r.agent, r.team, r.topic, r.customerRef, r.interactionRef, r.language,
  ].map(csvField).join(',');
}

export const EVALUATION_HEADER = 'external_id,kind,site,channel,program,evaluated_at,score_pct,passed,critical_failed,items,form,evaluator,agency,scenario,agent,comment';
export function evaluationLine(r: ProcessEvaluationRow, externalId: string): string {
  return [
    externalId, r.kind, r.siteCode, r.channel, r.programCode, r.evaluatedAt.toISOString(), r.scorePct, r.passed, r.criticalFailed,
    JSON.stringify(r.items), r.form, r.evaluator, r.agency, r.scenario, r.agent, r.comment,
  ].map(csvField).join(',');
}

export const KPI_HEADER = 'site,channel,program,interval_start,interval_minutes,offered,answered,abandoned,abandoned_short,' +
  'answered_within_sl,sl_threshold_s,handled,resolved_first_contact,repeat_contacts,transfers,sales_opportunities,' +
  'sales_conversions,wait_answered_s,talk_s,hold_s,acw_s,staffed_s';
export function kpiLine(r: KpiIntervalRow): string {
  return [
    r.siteCode, r.channel, r.programCode, r.intervalStart.toISOString(), r.intervalMinutes, r.offered, r.answered, r.abandoned,
    r.abandonedShort, r.answeredWithinSl, r.slThresholdS, r.handled, r.resolvedFirstContact, r.repeatContacts, r.transfers,
    r.salesOpportunities, r.salesConversions, r.waitAnsweredS, r.talkS, r.holdS, r.acwS, r.staffedS,
  ].join(',');
}

/**
 * Lines into numbered files of about `chunkRows` rows each, with backpressure and ~256 KB writes. The expected
 * total sets the number of files and evens them out; the last file takes whatever the generator adds beyond it.
 */
export class ChunkedCsvWriter {
  readonly files: DataFile[] = [];
  private out: fs.WriteStream | null = null;
  private current: DataFile | null = null;
  private buffer: string[] = [];
  private bufferChars = 0;
  private readonly fileCount: number;
  private readonly rowsPerFile: number;

  constructor(private readonly dir: string, private readonly prefix: string, private readonly header: string,
    chunkRows: number, expectedRows: number) {
    this.fileCount = Math.max(1, Math.round(expectedRows / chunkRows));
    this.rowsPerFile = Math.ceil(expectedRows / this.fileCount);
  }

  async add(line: string): Promise<void> {
    if (!this.current || (this.current.rows >= this.rowsPerFile && this.files.length < this.fileCount)) await this.rotate();
    this.buffer.push(line);
    this.bufferChars += line.length + 1;
    this.current!.rows++;
    if (this.bufferChars >= 256 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.out || this.buffer.length === 0) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.bufferChars = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  private async closeCurrent(): Promise<void> {
    if (!this.out) return;
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
    this.current!.bytes = fs.statSync(this.current!.path).size;
    this.out = null;
  }

  private async rotate(): Promise<void> {
    await this.closeCurrent();
    const file = path.join(this.dir, `${this.prefix}-${String(this.files.length + 1).padStart(3, '0')}.csv`);
    this.current = { path: file, rows: 0, bytes: 0 };
    this.files.push(this.current);
    this.out = fs.createWriteStream(file);
    this.out.write(`${this.header}\n`);
  }

  async close(): Promise<DataFile[]> {
    if (!this.current) await this.rotate(); // an empty kind is still one file (header only)
    await this.closeCurrent();
    return this.files;
  }
}

function generatorOptions(o: BenchOptions, endDate: Date, scale: number, seed = o.seed) {
  return { seed, days: o.days, sites: o.sites, scale, endDate };
}

/** The concurrent import's responses: new draws over the same site codes and days. */
const concurrentSeed = (o: BenchOptions) => o.seed + 1;
const consistencySeed = (o: BenchOptions) => o.seed + 2;
export const CONSISTENCY_IMPORT_ROWS = 1000;

function countResponses(options: ReturnType<typeof generatorOptions>): number {
  let n = 0;
  for (const _ of generateSurveyResponses(options)) n++;
  return n;
}

/** Counting passes (fast, nothing written) that fix the survey multiplier and the KPI series plan. */
export function planDataset(o: BenchOptions, log: Log): DatasetPlan {
  const started = Date.now();
  const endDate = new Date(`${o.endDate}T00:00:00Z`);
  const responsesAtScale1 = countResponses(generatorOptions(o, endDate, 1));
  // Another seed makes other synthetic sites (same codes and time zones, other volumes): counted on its own.
  const concurrentAtScale1 = countResponses(generatorOptions(o, endDate, 1, concurrentSeed(o)));
  const counts = new Map<string, { rows: number; minutes: number }>();
  for (const r of generateKpiIntervals(generatorOptions(o, endDate, 1))) {
    const key = seriesKey(r.siteCode, r.programCode, r.channel);
    const c = counts.get(key);
    if (c) c.rows++;
    else counts.set(key, { rows: 1, minutes: r.intervalMinutes });
  }
  const kpi = planKpiSeries(counts, o.kpiIntervals, o.seed);
  if (o.kpiIntervals > kpi.allSplit) {
    log(`--kpi-intervals ${o.kpiIntervals.toLocaleString('en')} is more than ${o.sites} sites × ${o.days} days can hold even at ` +
      `15-minute intervals (${kpi.allSplit.toLocaleString('en')}); using that`);
  }
  const plan: DatasetPlan = {
    sites: demoSiteProfiles(o.seed, o.sites).map(toSiteRow),
    programs: DEMO_PROGRAMS,
    endDate,
    firstDay: new Date(endDate.getTime() - o.days * DAY_MS).toISOString().slice(0, 10),
    lastDay: new Date(endDate.getTime() - DAY_MS).toISOString().slice(0, 10),
    responsesAtScale1,
    surveyScale: o.responses / Math.max(1, responsesAtScale1),
    concurrentScale: o.concurrentImportRows / Math.max(1, concurrentAtScale1),
    kpi,
    planSeconds: (Date.now() - started) / 1000,
  };
  log(`plan: ${responsesAtScale1.toLocaleString('en')} responses at scale 1 → scale ${plan.surveyScale.toFixed(4)}; ` +
    `KPI series ${kpi.series} (natural ${kpi.natural.toLocaleString('en')} rows, ${kpi.droppedSeries} left out, ` +
    `${kpi.splitSeries} at 15 min → ${kpi.planned.toLocaleString('en')} rows) in ${plan.planSeconds.toFixed(1)} s`);
  return plan;
}

async function writeSurveys(dir: string, prefix: string, idPrefix: string, rows: Iterable<SurveyResponseRow>, chunkRows: number,
  expectedRows: number): Promise<DataFile[]> {
  const writer = new ChunkedCsvWriter(dir, prefix, SURVEY_HEADER, chunkRows, expectedRows);
  let n = 0;
  for (const r of rows) await writer.add(surveyLine(r, `${idPrefix}-${++n}`));
  return writer.close();
}

export async function writeDataset(o: BenchOptions, plan: DatasetPlan, dir: string, log: Log): Promise<Dataset> {
  const started = Date.now();
  const count = (files: DataFile[]) => files.reduce((s, f) => s + f.rows, 0).toLocaleString('en');
  const mb = (files: DataFile[]) => (files.reduce((s, f) => s + f.bytes, 0) / 1e6).toFixed(1);

  const surveys = await writeSurveys(dir, 'surveys', 'bench-sr', generateSurveyResponses(generatorOptions(o, plan.endDate, plan.surveyScale)),
    o.chunkRows, o.responses);
  log(`wrote ${count(surveys)} survey responses (${surveys.length} files, ${mb(surveys)} MB)`);

  // ≈ 1 evaluation per 10 responses at the demo's ratio; the estimate only evens out the files.
  const evalWriter = new ChunkedCsvWriter(dir, 'evaluations', EVALUATION_HEADER, o.chunkRows, o.responses / 10);
  let e = 0;
  for (const r of generateProcessEvaluations(generatorOptions(o, plan.endDate, plan.surveyScale))) {
    await evalWriter.add(evaluationLine(r, `bench-pe-${++e}`));
  }
  const evaluations = await evalWriter.close();
  log(`wrote ${count(evaluations)} evaluations (${evaluations.length} files, ${mb(evaluations)} MB)`);

  const kpiWriter = new ChunkedCsvWriter(dir, 'kpis', KPI_HEADER, o.chunkRows, plan.kpi.planned);
  for (const r of generateKpiIntervals(generatorOptions(o, plan.endDate, plan.surveyScale))) {
    const mode = plan.kpi.modes.get(seriesKey(r.siteCode, r.programCode, r.channel));
    if (mode === 'drop') continue;
    if (mode === 'split') for (const s of splitKpiInterval(r)) await kpiWriter.add(kpiLine(s));
    else await kpiWriter.add(kpiLine(r));
  }
  const kpis = await kpiWriter.close();
  log(`wrote ${count(kpis)} KPI intervals (${kpis.length} files, ${mb(kpis)} MB)`);

  // New responses over the same site codes and days (another seed, other external ids): they change every query's answer.
  const [concurrent] = await writeSurveys(dir, 'concurrent-surveys', 'bench-concurrent-sr',
    generateSurveyResponses(generatorOptions(o, plan.endDate, plan.concurrentScale, concurrentSeed(o))), Number.MAX_SAFE_INTEGER,
    o.concurrentImportRows);
  log(`wrote ${concurrent.rows.toLocaleString('en')} responses for the concurrent import (${(concurrent.bytes / 1e6).toFixed(1)} MB)`);

  // The last week's responses (another seed), 1,000 per file: each import changes every query's answer and commits fast.
  const consistency: DataFile[] = [];
  const wanted = o.consistencyImports * CONSISTENCY_IMPORT_ROWS;
  if (wanted > 0) {
    const days = Math.min(7, o.days);
    const perDayAtScale1 = plan.responsesAtScale1 / o.days;
    const scale = (1.2 * wanted) / Math.max(1, perDayAtScale1 * days); // 20 % spare; the rest is cut
    const writer = new ChunkedCsvWriter(dir, 'consistency-surveys', SURVEY_HEADER, CONSISTENCY_IMPORT_ROWS, wanted);
    let n = 0;
    for (const r of generateSurveyResponses({ seed: consistencySeed(o), days, sites: o.sites, scale, endDate: plan.endDate })) {
      if (n >= wanted) break;
      await writer.add(surveyLine(r, `bench-commit-sr-${++n}`));
    }
    consistency.push(...(await writer.close()));
    log(`wrote ${n.toLocaleString('en')} responses in ${consistency.length} files for the commit-by-commit consistency check`);
  }

  return { plan, surveys, evaluations, kpis, concurrent, consistency, writeSeconds: (Date.now() - started) / 1000 };
}
