import type { Dimension, Granularity } from '@cxlens/shared';
import { MAX_RESULT_ROWS, MAX_SPARSE_RESULT_ROWS } from '../metrics/engine/slices';
import { MAX_ANSWER_MB, answerWeightMB, bucketCount, checkAnswerWeight, expectedRows, needsVisibleCounts } from './answer-weight';

const TWO_YEARS = { from: '2024-11-28', to: '2026-11-27', fromTime: null, toTime: null, shift: null };
const plan = (groupBy: Dimension[], granularity: Granularity, filter = {}, fillEmptyBuckets = false) => ({ groupBy, granularity, current: TWO_YEARS, filter, fillEmptyBuckets });
const SEEN = { sites: 200, programs: 2 };

describe('expectedRows', () => {
  it('counts the calendar buckets of the period, one without a granularity, every hour of every day with HOUR', () => {
    expect(bucketCount(plan([], 'WEEK'))).toBe(105);
    expect(bucketCount(plan([], 'DAY'))).toBe(730);
    expect(bucketCount(plan([], 'NONE'))).toBe(1);
    expect(bucketCount({ granularity: 'HOUR', current: { ...TWO_YEARS, from: '2026-11-01' } })).toBe(28 * 24);
  });

  it('bounds groups by the visible sites (any mix of site attributes), the channels, the programs and what the filter lists', () => {
    expect(expectedRows(plan(['CHANNEL'], 'WEEK'), null)).toBe(8 * 105);
    expect(expectedRows(plan(['SITE', 'CHANNEL'], 'NONE'), SEEN)).toBe(200 * 8);
    expect(expectedRows(plan(['SITE', 'COUNTRY', 'REGION'], 'NONE'), SEEN)).toBe(200);
    expect(expectedRows(plan(['PROGRAM'], 'MONTH'), SEEN)).toBe(3 * 25);
    expect(expectedRows(plan(['SITE', 'CHANNEL'], 'WEEK', { siteIds: ['1', '2'], channels: ['VOICE'] }), null)).toBe(2 * 105);
    expect(expectedRows(plan(['AGENT_TEAM'], 'NONE', { agentTeams: ['a', 'b'] }), null)).toBe(3);
  });

  it('never exceeds what slices.ts lets through, and asks for counts only when the filter does not bound the groups', () => {
    expect(expectedRows(plan(['SITE', 'CHANNEL'], 'WEEK'), SEEN)).toBe(MAX_SPARSE_RESULT_ROWS);
    expect(expectedRows(plan(['TOPIC'], 'DAY'), null)).toBe(MAX_SPARSE_RESULT_ROWS);
    expect(expectedRows(plan(['SITE'], 'DAY', {}, true), SEEN)).toBe(MAX_RESULT_ROWS);
    expect(expectedRows(plan(['SITE'], 'DAY'), null)).toBe(MAX_SPARSE_RESULT_ROWS);
    expect(needsVisibleCounts(plan(['SITE', 'CHANNEL'], 'WEEK'))).toBe(true);
    expect(needsVisibleCounts(plan(['SITE'], 'WEEK', { siteIds: ['1'] }))).toBe(false);
    expect(needsVisibleCounts(plan(['CHANNEL', 'TOPIC'], 'WEEK'))).toBe(false);
  });
});

describe('answer weight', () => {
  it('grows with rows, measures and a comparison, as measured for the whole cube', () => {
    const cube = answerWeightMB(115_242, 3, false);
    expect(cube).toBeGreaterThan(95);
    expect(cube).toBeLessThan(MAX_ANSWER_MB);
    expect(answerWeightMB(115_242, 1, false)).toBeLessThan(cube);
    expect(answerWeightMB(58_033, 3, true)).toBeGreaterThan(answerWeightMB(58_033, 3, false) * 1.5);
    expect(answerWeightMB(840, 2, false)).toBeLessThan(1);
  });

  it('refuses an answer heavier than one may be, with the rows and megabytes in the message', () => {
    expect(() => checkAnswerWeight(115_242, answerWeightMB(115_242, 3, false))).not.toThrow();
    expect(() => checkAnswerWeight(115_242, answerWeightMB(115_242, 5, false))).toThrow(/^the answer would have 115242 rows and take about 140 MB of server memory; at most 128 MB/);
    // More rows than slices.ts allows: its own error says so.
    expect(() => checkAnswerWeight(MAX_SPARSE_RESULT_ROWS + 1, 1000)).not.toThrow();
  });
});
