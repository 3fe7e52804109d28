import { DEFAULT_SCORING_RULES, ScoringRules } from '@cxlens/shared';
import { parseDateFormat } from '../../mapping/timestamps';
import type { KindDefinition, StagedValue, ValidationContext } from '../kind-definition';
import { ReferenceResolver } from '../references';
import { RowReader } from '../row-reader';
import { CONTACTS } from './contacts';
import { EVALUATIONS } from './evaluations';
import { KPIS } from './kpis';
import { SURVEYS } from './surveys';

/** A validation context for specs: sites LIS and ZRH, one program MAIN, optional forms. */
function testContext(options: { forms?: Record<string, ScoringRules>; dateFormats?: string[]; programs?: string[] } = {}): ValidationContext {
  const sites = [{ code: 'LIS', name: 'Lisbon Center' }, { code: 'ZRH', name: 'Zurich' }];
  const programs = (options.programs ?? ['MAIN']).map((code) => ({ code, name: `${code} program` }));
  return {
    refs: new ReferenceResolver(sites, programs),
    dateFormats: (options.dateFormats ?? []).map(parseDateFormat),
    scoringRules: (form) => (form && options.forms?.[form]) || DEFAULT_SCORING_RULES,
  };
}

function run(kind: KindDefinition, values: Record<string, string>, ctx = testContext()) {
  const row = new RowReader(7, values);
  const staged = kind.validate(row, ctx);
  const named = staged && Object.fromEntries(kind.staging.map((c, i) => [c.name, staged[i]]));
  return { staged: named as Record<string, StagedValue> | null, errors: row.errors };
}

describe('surveys', () => {
  it('stages a valid row with codes resolved from names and the time left local', () => {
    const { staged, errors } = run(SURVEYS, { external_id: 'r1', site: 'lisbon center', channel: 'chat', responded_at: '2026-03-01 10:00', csat: '5', resolved: 'Y', language: 'de_CH' });
    expect(errors).toEqual([]);
    expect(staged).toMatchObject({ external_id: 'r1', site_code: 'LIS', program_code: 'MAIN', channel: 'CHAT', at_utc: null, at_local: '2026-03-01 10:00:00.000', csat: 5, resolved: true, language: 'de-CH', nps: null });
  });

  it('reports every problem of a row with field, value and reason', () => {
    const { staged, errors } = run(SURVEYS, { site: 'XYZ', channel: 'fax', responded_at: 'soon', csat: '6', nps: '' });
    expect(staged).toBeNull();
    expect(errors).toEqual([
      { line: 7, field: 'site', value: 'XYZ', reason: expect.stringMatching(/^is not a site of this organisation \(sites: LIS, ZRH\)/) },
      { line: 7, field: 'channel', value: 'fax', reason: expect.stringMatching(/^is not a channel; use one of VOICE, EMAIL/) },
      { line: 7, field: 'responded_at', value: 'soon', reason: expect.stringMatching(/^not a date\/time/) },
      { line: 7, field: 'csat', value: '6', reason: 'must be a whole number from 1 to 5' },
    ]);
  });

  it('needs an answer and derives a stable external_id from the content when none is given', () => {
    expect(run(SURVEYS, { site: 'LIS', channel: 'VOICE', responded_at: '2026-03-01' }).errors).toEqual([
      { line: 7, field: 'csat', value: null, reason: 'a survey response needs at least one answer: csat, nps, ces or resolved' },
    ]);
    const a = run(SURVEYS, { site: 'LIS', channel: 'VOICE', responded_at: '2026-03-01', nps: '9' }).staged!;
    const b = run(SURVEYS, { site: 'Lisbon Center', channel: 'voice', responded_at: '2026-03-01 00:00', nps: '9' }).staged!;
    const c = run(SURVEYS, { site: 'LIS', channel: 'VOICE', responded_at: '2026-03-01', nps: '8' }).staged!;
    expect(a.external_id).toMatch(/^surveys:[0-9a-f]{64}$/);
    expect(b.external_id).toBe(a.external_id);
    expect(c.external_id).not.toBe(a.external_id);
  });

  it('requires program only when the organisation has several', () => {
    const { errors } = run(SURVEYS, { site: 'LIS', channel: 'VOICE', responded_at: '2026-03-01', csat: '3' }, testContext({ programs: ['A', 'B'] }));
    expect(errors).toEqual([{ line: 7, field: 'program', value: '', reason: 'is required: the organisation has 2 programs (A, B)' }]);
  });

  it('keeps long comments to a limit with a clear reason and a truncated value', () => {
    const { errors } = run(SURVEYS, { site: 'LIS', channel: 'VOICE', responded_at: '2026-03-01', csat: '3', comment: 'x'.repeat(10_000_000) });
    expect(errors).toEqual([{ line: 7, field: 'comment', value: expect.stringMatching(/^x{200}… \(10000000 characters\)$/), reason: 'is 10,000,000 characters long; at most 20,000 are allowed' }]);
  });
});

describe('evaluations', () => {
  const items = JSON.stringify([
    { section: 'Greeting', item: 'Used name', points: 4, max: 5 },
    { section: 'Compliance', item: 'Disclosure', points: 1, max: 2, critical: true },
    { section: 'Closing', item: 'Survey', points: null, max: 5 },
  ]);
  const base = { external_id: 'e1', kind: 'QA', site: 'LIS', channel: 'VOICE', evaluated_at: '2026-03-01T10:00:00Z' };

  it('computes score, critical failure and pass from the items with the default (GATE) rules', () => {
    const { staged } = run(EVALUATIONS, { ...base, items });
    expect(staged).toMatchObject({ score_pct: 71.43, critical_failed: true, passed: false, at_utc: '2026-03-01T10:00:00.000Z' });
    expect(JSON.parse(staged!.items as string)).toHaveLength(3);
  });

  it('applies the form’s rules (KNOCKOUT zeroes the score)', () => {
    const ctx = testContext({ forms: { 'QA v4': { criticalMode: 'KNOCKOUT', passMarkPct: 70, scoreCapPct: 100 } } });
    expect(run(EVALUATIONS, { ...base, items, form: 'QA v4' }, ctx).staged).toMatchObject({ score_pct: 0, critical_failed: true, passed: false });
  });

  it('takes a given score as the official one, and needs a score or items', () => {
    expect(run(EVALUATIONS, { ...base, score_pct: '85,5' }).staged).toMatchObject({ score_pct: 85.5, passed: true, critical_failed: false, items: '[]' });
    expect(run(EVALUATIONS, { ...base }).errors).toEqual([{ line: 7, field: 'score_pct', value: '', reason: 'is required when there are no items to compute it from' }]);
    expect(run(EVALUATIONS, { ...base, items: '[{"item":"x","points":6,"max":5}]' }).errors).toEqual([
      { line: 7, field: 'items', value: '[{"item":"x","points":6,"max":5}]', reason: 'item 1: points 6 exceed max 5' },
    ]);
    expect(run(EVALUATIONS, { ...base, kind: 'mystery shop', score_pct: '101' }).errors).toEqual([
      { line: 7, field: 'score_pct', value: '101', reason: 'must be a number from 0 to 100' },
    ]);
  });
});

describe('kpis', () => {
  const base = { site: 'ZRH', channel: 'VOICE', interval_start: '2026-03-01 09:30', offered: '20', answered: '18', abandoned: '2', wait_answered_s: '0:06:00' };

  it('stages counters, defaults and durations (handled defaults to answered)', () => {
    expect(run(KPIS, base).staged).toMatchObject({ interval_minutes: 30, sl_threshold_s: 20, offered: 20, answered: 18, handled: 18, wait_answered_s: 360, staffed_s: 0 });
  });

  it('holds the database rules as row rules naming the fields', () => {
    expect(run(KPIS, { ...base, answered: '19', abandoned_short: '3' }).errors).toEqual([
      { line: 7, field: 'offered', value: '20', reason: 'answered (19) + abandoned (2) exceed offered (20)' },
      { line: 7, field: 'abandoned_short', value: '3', reason: 'abandoned_short (3) exceeds abandoned (2)' },
    ]);
    expect(run(KPIS, { ...base, interval_start: '2026-03-01 09:20' }).errors[0]).toMatchObject({ field: 'interval_start', reason: 'must start on a quarter hour (:00, :15, :30, :45)' });
    expect(run(KPIS, { ...base, interval_minutes: '20' }).errors[0]).toMatchObject({ field: 'interval_minutes', reason: 'must be 15, 30 or 60' });
  });
});

describe('contacts', () => {
  const base = { external_id: 'c1', site: 'ZRH', channel: 'VOICE', started_at: '2021-01-01 09:12:58', answered: 'Y', wait_s: '109', talk_s: '143', csat: '3' };

  it('stages an answered call', () => {
    expect(run(CONTACTS, base).staged).toMatchObject({ answered: true, wait_s: 109, talk_s: 143, hold_s: 0, transferred: false, sale: false, sale_opportunity: false, csat: 3 });
  });

  it('needs the wait of an answered call and no handling time on an abandoned one', () => {
    expect(run(CONTACTS, { ...base, wait_s: '' }).errors).toEqual([
      { line: 7, field: 'wait_s', value: '', reason: 'is required when answered is true (it makes ASA and service level)' },
    ]);
    expect(run(CONTACTS, { ...base, answered: 'N', wait_s: '', talk_s: '0' }).errors).toEqual([]);
    expect(run(CONTACTS, { ...base, answered: 'N' }).errors).toEqual([{ line: 7, field: 'talk_s', value: '143', reason: 'must be 0 or empty when answered is false' }]);
    expect(run(CONTACTS, { ...base, sale: 'yes', sale_opportunity: 'no' }).errors[0]).toMatchObject({ field: 'sale_opportunity' });
    expect(run(CONTACTS, { ...base, sale: 'yes' }).staged).toMatchObject({ sale: true, sale_opportunity: true });
    expect(run(CONTACTS, { ...base, external_id: 'x'.repeat(193) }).errors[0]).toMatchObject({ field: 'external_id', reason: expect.stringMatching(/at most 192/) });
  });
});
