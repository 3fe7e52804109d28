/** PostgreSQL types a bound value may be cast to; a closed list, so no caller text reaches the SQL. */
export type PgCast = 'bigint' | 'date' | 'timestamptz' | 'interval' | 'bigint[]' | 'text[]' | 'channel[]';

/** Collects bind values and hands out their `$n` placeholders: values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  bind(value: unknown, cast?: PgCast): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

export interface BuiltQuery {
  sql: string;
  params: unknown[];
}
