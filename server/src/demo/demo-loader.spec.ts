/// <reference types="jest" />
import { loadDemo, loadDemoIfEmpty, todayUtc, type Queryable } from './demo-loader';

/** A stand-in connection: records statements and answers the few the loader reads. */
class FakeConnection implements Queryable {
  statements: { sql: string; params?: unknown[] }[] = [];
  released = 0;
  constructor(private readonly organizationExists = false, private readonly failOn?: string) {}

  async query(sql: string, params?: unknown[]): Promise<any> {
    this.statements.push({ sql, params });
    if (this.failOn && sql.includes(this.failOn)) throw new Error('constraint violated');
    if (sql.includes('EXISTS (SELECT 1 FROM organization)')) return [{ present: this.organizationExists }];
    if (sql.includes('INSERT INTO organization')) return { rows: [{ id: '42' }] };
    if (sql.includes('WITH inserted')) return { rows: [{ n: (params![1] as unknown[]).length }] };
    return [];
  }

  verbs(): string[] {
    return this.statements.map((s) => s.sql.trim().split(/\s+/).slice(0, 2).join(' '));
  }
}

const small = { seed: 3, days: 3, endDate: new Date('2025-11-28T00:00:00Z'), chunkSize: 1000 };

describe('demo loader', () => {
  it('loads nothing when an organization exists', async () => {
    const db = new FakeConnection(true);
    const log: string[] = [];
    await loadDemoIfEmpty(db, 1, (m) => log.push(m));
    expect(db.statements.some((s) => s.sql.includes('INSERT'))).toBe(false);
    expect(db.verbs()[0]).toBe('BEGIN');
    expect(db.verbs().at(-1)).toBe('COMMIT');
    expect(log.join('\n')).toMatch(/already exists/);
  });

  it('inserts org, programs, sites and facts in one transaction, in chunks, joined by code', async () => {
    const db = new FakeConnection();
    const log: string[] = [];
    const result = await loadDemo(db, { ...small, log: (m) => log.push(m) });
    const verbs = db.verbs();
    expect(verbs[0]).toBe('BEGIN');
    expect(verbs.at(-1)).toBe('COMMIT');
    expect(verbs.filter((v) => v === 'BEGIN')).toHaveLength(1);
    const facts = db.statements.filter((s) => s.sql.includes('WITH inserted'));
    expect(facts.every((s) => s.params![0] === '42' && (s.params![1] as unknown[]).length <= 1000)).toBe(true);
    const conflict = /ON CONFLICT \(org_id, (external_id|site_id, channel, program_id, interval_start)\) DO NOTHING/;
    expect(facts.every((s) => conflict.test(s.sql))).toBe(true);
    expect(result.surveyResponses).toBeGreaterThan(500);
    expect(result.processEvaluations).toBeGreaterThan(10);
    expect(result.kpiIntervals).toBeGreaterThan(1000);
    expect(log.some((m) => m.startsWith('demo: kpi_interval:'))).toBe(true);
    const lastInsert = db.statements.map((s) => s.sql).findLastIndex((sql) => sql.includes('WITH inserted'));
    const rollups = db.statements.slice(lastInsert).filter((s) => /INSERT INTO (survey|evaluation|kpi)_daily/.test(s.sql));
    expect(rollups).toHaveLength(3);
  });

  it('rolls back when an insert fails', async () => {
    const db = new FakeConnection(false, 'INSERT INTO kpi_interval');
    await expect(loadDemo(db, small)).rejects.toThrow('constraint violated');
    expect(db.verbs().at(-1)).toBe('ROLLBACK');
    expect(db.verbs()).not.toContain('COMMIT');
  });

  it('takes one connection from a TypeORM-like DataSource and releases it', async () => {
    const runner = Object.assign(new FakeConnection(true), { release: async () => void runner.released++ });
    const dataSource = { query: async () => { throw new Error('must not use the pool'); }, createQueryRunner: () => runner };
    await loadDemoIfEmpty(dataSource, 1, () => undefined);
    expect(runner.released).toBe(1);
    expect(runner.verbs()[0]).toBe('BEGIN');
  });

  it('ends the demo period at the start of the current UTC day', () => {
    expect(todayUtc(new Date('2025-11-28T23:59:00-05:00')).toISOString()).toBe('2025-11-29T00:00:00.000Z');
  });
});
