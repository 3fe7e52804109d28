import type { QueryRunner } from 'typeorm';
import { MAX_PREPARED_PER_CONNECTION, namedStatement } from './prepared-statements';

const runnerOn = (databaseConnection: object | undefined) => ({ databaseConnection }) as unknown as QueryRunner;

describe('namedStatement', () => {
  it('names a statement by its text, the same on every connection', () => {
    const [a, b] = [runnerOn({}), runnerOn({})];
    const first = namedStatement(a, 'SELECT 1');
    expect(first).toEqual({ name: expect.stringMatching(/^cx_[0-9a-f]{24}$/), text: 'SELECT 1' });
    expect(namedStatement(a, 'SELECT 1')).toEqual(first);
    expect(namedStatement(b, 'SELECT 1')).toEqual(first);
    expect(namedStatement(a, 'SELECT 2')).not.toEqual(first);
  });

  it('prepares at most MAX_PREPARED_PER_CONNECTION statements per connection, then sends the rest unnamed', () => {
    const runner = runnerOn({});
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION; i++) expect(namedStatement(runner, `SELECT ${i}`)).toHaveProperty('name');
    expect(namedStatement(runner, 'SELECT -1')).toBe('SELECT -1');
    // the ones it has keep their names; another connection has its own room
    expect(namedStatement(runner, 'SELECT 0')).toHaveProperty('name');
    expect(namedStatement(runnerOn({}), 'SELECT -1')).toHaveProperty('name');
  });

  it('sends the text when the runner has no connection yet', () => {
    expect(namedStatement(runnerOn(undefined), 'SELECT 1')).toBe('SELECT 1');
  });
});
