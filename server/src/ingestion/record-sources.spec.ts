import * as fc from 'fast-check';
import { DEFAULT_SCORING_RULES } from '@cxlens/shared';
import { emptyMappingSpec } from './mapping/mapping-spec';
import { fileRecords, inputRecords } from './record-sources';
import { SURVEYS } from './validation/kinds/surveys';
import { ReferenceResolver } from './validation/references';
import { RowReader } from './validation/row-reader';

/**
 * Property: for random valid survey rows written as CSV (either delimiter,
 * quoting, line endings, BOM, random chunk boundaries) or NDJSON, parsing and
 * validation give back exactly the values that were written.
 */
const context = {
  refs: new ReferenceResolver([{ code: 'LIS', name: 'Lisbon' }, { code: 'ZRH', name: 'Zurich' }], [{ code: 'MAIN', name: 'Main' }]),
  dateFormats: [],
  scoringRules: () => DEFAULT_SCORING_RULES,
};

const FIELDS = ['external_id', 'site', 'channel', 'responded_at', 'csat', 'nps', 'ces', 'resolved', 'comment'] as const;

const text = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '中', '😀', ' ', ',', ';', '"', '\n', '\r\n', '\t', '\\', "'", '='), maxLength: 30 });
const row = fc
  .record({
    external_id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9:_-]{0,20}$/),
    site: fc.constantFrom('LIS', 'ZRH'),
    channel: fc.constantFrom('VOICE', 'CHAT', 'EMAIL', 'SOCIAL'),
    at: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
    local: fc.boolean(),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
    resolved: fc.option(fc.boolean(), { nil: null }),
    comment: text,
  })
  .filter((r) => r.csat !== null || r.nps !== null || r.ces !== null || r.resolved !== null);
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

const cells = (r: Row): Record<(typeof FIELDS)[number], string> => ({
  external_id: r.external_id,
  site: r.site,
  channel: r.channel,
  responded_at: r.local ? r.at.toISOString().slice(0, 23).replace('T', ' ') : r.at.toISOString(),
  csat: r.csat?.toString() ?? '',
  nps: r.nps?.toString() ?? '',
  ces: r.ces?.toString() ?? '',
  resolved: r.resolved === null ? '' : r.resolved ? 'yes' : 'N',
  comment: r.comment,
});

function expected(r: Row) {
  const comment = r.comment.trim();
  return {
    external_id: r.external_id, site_code: r.site, program_code: 'MAIN', channel: r.channel,
    at_utc: r.local ? null : r.at.toISOString(), at_local: r.local ? r.at.toISOString().slice(0, 23).replace('T', ' ') : null,
    csat: r.csat, nps: r.nps, ces: r.ces, resolved: r.resolved, comment: comment === '' ? null : comment,
  };
}

function csv(rows: Row[], delimiter: string, crlf: boolean, quoteAll: boolean, bom: boolean): string {
  const cell = (v: string) => (quoteAll || /["\r\n,;\t]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const eol = crlf ? '\r\n' : '\n';
  const lines = [FIELDS.join(delimiter), ...rows.map((r) => FIELDS.map((f) => cell(cells(r)[f])).join(delimiter))];
  return `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}

async function* inChunks(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    yield bytes.subarray(at, Math.max(at, cut));
    at = Math.max(at, cut);
  }
  yield bytes.subarray(at);
}

async function readBack(body: AsyncIterable<Uint8Array>, format: 'csv' | 'ndjson') {
  const out = [];
  for await (const record of fileRecords(body, format, SURVEYS, emptyMappingSpec())) {
    expect(record.problems).toBeUndefined();
    const reader = new RowReader(record.line, record.values);
    const staged = SURVEYS.validate(reader, context);
    expect(reader.errors).toEqual([]);
    const named = Object.fromEntries(SURVEYS.staging.map((c, i) => [c.name, staged![i]]));
    out.push(pick(named));
  }
  return out;
}

function pick(staged: Record<string, unknown>) {
  const keys = ['external_id', 'site_code', 'program_code', 'channel', 'at_utc', 'at_local', 'csat', 'nps', 'ces', 'resolved', 'comment'];
  return Object.fromEntries(keys.map((k) => [k, staged[k]]));
}

describe('parse → map → validate round trip', () => {
  it('returns exactly the CSV rows that were written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 20 }), fc.constantFrom(',', ';'), fc.boolean(), fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, delimiter, crlf, quoteAll, bom, cuts) => {
          const bytes = Buffer.from(csv(rows, delimiter, crlf, quoteAll, bom), 'utf8');
          expect(await readBack(inChunks(bytes, cuts), 'csv')).toEqual(rows.map(expected));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns exactly the NDJSON rows that were written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 20 }), fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
        const lines = rows.map((r) => {
          const c = cells(r);
          return JSON.stringify({ ...c, csat: r.csat, resolved: r.resolved });
        });
        expect(await readBack(inChunks(Buffer.from(lines.join('\n'), 'utf8'), cuts), 'ndjson')).toEqual(rows.map(expected));
      }),
      { numRuns: 100 },
    );
  });

  it('turns GraphQL inputs into the same records (camelCase → field names, typed → text)', () => {
    expect(inputRecords([{ respondedAt: '2026-03-01', csat: 5, resolved: false, customerRef: null }])).toEqual([
      { line: 0, values: { responded_at: '2026-03-01', csat: '5', resolved: 'false', customer_ref: '' } },
    ]);
  });
});
