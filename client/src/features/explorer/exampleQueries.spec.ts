import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { exampleQueries, localToday } from './exampleQueries';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../../server/schema.gql'), 'utf8'));

describe('explorer examples', () => {
  const examples = exampleQueries('2026-03-18');

  it.each(examples.map((e) => [e.title, e] as const))('%s is a valid operation against the API schema', (_title, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
  });

  it('sets their periods relative to today', () => {
    const byTitle = Object.fromEntries(examples.map((e) => [e.title, e.variables]));
    expect(byTitle['CSAT and NPS by site, this month']).toEqual({ filter: { from: '2026-03-01', to: '2026-03-18' } });
    expect(byTitle['Weekly CSAT trend by channel']).toEqual({ filter: { from: '2025-12-29', to: '2026-03-18' } }); // 12 Monday weeks
    expect(byTitle['Service level by site-local hour, yesterday']).toEqual({ filter: { from: '2026-03-17', to: '2026-03-17' } });
  });

  it('are the examples of docs/graphql.md, which are valid too', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../../../docs/graphql.md'), 'utf8');
    const operations = [...doc.matchAll(/```graphql\n(query[\s\S]*?)```/g)].map((m) => m[1]);
    const names = operations.flatMap((text) => [...text.matchAll(/^query (\w+)/gm)].map((m) => m[1]));
    expect(names.sort()).toEqual(examples.map((e) => /query (\w+)/.exec(e.query)![1]).sort());
    for (const text of operations) expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });

  it("reads today from the reader's calendar", () => {
    expect(localToday(new Date(2026, 2, 8, 23, 30))).toBe('2026-03-08');
  });
});
