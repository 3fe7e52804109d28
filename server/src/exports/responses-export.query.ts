import { CHANNELS } from '@cxlens/shared';
import { userInputError } from '../common/user-input-error';

/** The Responses page's filter, as query-string parameters of the CSV export. */
export interface ExportFilter {
  from?: string;
  to?: string;
  siteIds?: string[];
  channels?: string[];
  programIds?: string[];
  search?: string;
  csatMax?: number;
  npsMax?: number;
}

const list = (v: unknown) => (typeof v === 'string' && v ? v.split(',') : Array.isArray(v) ? v.map(String) : undefined);

export function exportFilterOf(query: Record<string, unknown>): ExportFilter {
  const ids = (name: string) => {
    const values = list(query[name]);
    if (values?.some((v) => !/^\d{1,18}$/.test(v))) throw userInputError(`${name} must be comma-separated ids`, name);
    return values;
  };
  const time = (name: string) => {
    const v = query[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw userInputError(`${name} must be an ISO date or date-time`, name);
    return v;
  };
  const int = (name: string, max: number) => {
    const v = query[name];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max) throw userInputError(`${name} must be an integer 0-${max}`, name);
    return n;
  };
  const channels = list(query.channels);
  const badChannel = channels?.find((c) => !(CHANNELS as readonly string[]).includes(c));
  if (badChannel) throw userInputError(`channels contains "${badChannel.slice(0, 30)}", which is not a channel`, 'channels');
  return {
    from: time('from'),
    to: time('to'),
    siteIds: ids('siteIds'),
    channels,
    programIds: ids('programIds'),
    search: typeof query.search === 'string' && query.search ? query.search.slice(0, 200) : undefined,
    csatMax: int('csatMax', 5),
    npsMax: int('npsMax', 10),
  };
}

export const EXPORT_COLUMNS = ['responded_at', 'site_code', 'site', 'time_zone', 'channel', 'program', 'agent', 'team', 'topic', 'language', 'csat', 'nps', 'ces', 'resolved', 'comment', 'external_id'] as const;

/** One page of the export, newest first, after the (time, id) position of the previous page. */
export function responsesPageQuery(filter: ExportFilter, after: { at: string; id: string } | null, limit: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (v: unknown) => `$${params.push(v)}`;
  const where = ['r.org_id = app_org_id()'];
  if (filter.from) where.push(`r.responded_at >= ${bind(filter.from)}::timestamptz`);
  if (filter.to) where.push(`r.responded_at < ${bind(filter.to)}::timestamptz`);
  if (filter.siteIds) where.push(`r.site_id = ANY(${bind(filter.siteIds)}::bigint[])`);
  if (filter.channels) where.push(`r.channel = ANY(${bind(filter.channels)}::channel[])`);
  if (filter.programIds) where.push(`r.program_id = ANY(${bind(filter.programIds)}::bigint[])`);
  if (filter.search) where.push(`r.comment ILIKE ${bind(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  if (filter.csatMax !== undefined) where.push(`r.csat <= ${bind(filter.csatMax)}`);
  if (filter.npsMax !== undefined) where.push(`r.nps <= ${bind(filter.npsMax)}`);
  if (after) where.push(`(r.responded_at, r.id) < (${bind(after.at)}::timestamptz, ${bind(after.id)}::bigint)`);
  const sql = `
    SELECT r.id::text AS id, r.responded_at::text AS cursor_at, to_char(r.responded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS responded_at,
           s.code AS site_code, s.name AS site, s.time_zone, r.channel::text AS channel, p.code AS program,
           r.agent, r.team, r.topic, r.language, r.csat, r.nps, r.ces, r.resolved, r.comment, r.external_id
    FROM survey_response r
    JOIN site s ON s.org_id = r.org_id AND s.id = r.site_id
    JOIN program p ON p.org_id = r.org_id AND p.id = r.program_id
    WHERE ${where.join(' AND ')}
    ORDER BY r.responded_at DESC, r.id DESC
    LIMIT ${bind(limit)}`;
  return { sql, params };
}
