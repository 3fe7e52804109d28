/** Command-line options of `npm run import`, turned into the HTTP request the server understands. */

export class CliUsageError extends Error {}

export interface ImportCommand {
  kind: string;
  file: string;
  /** API token (READ_WRITE): it names the organisation too. */
  token: string;
  url: string;
  /** Query string of POST /api/imports/:kind (every import option except the org). */
  query: URLSearchParams;
  contentType: string;
}

export const USAGE = `Usage: npm run import -- --kind <surveys|evaluations|kpis|contacts> --file <path.csv|path.ndjson> [options]
       npm run import -- <kind> <file> [options]

Streams the file to a running cxlens server (POST /api/imports/<kind>) and prints the result.

Options:
  --token <api token>       a READ_WRITE API token (default: $CXLENS_TOKEN); create one in the
                            dashboard under Settings › API tokens. It names the organisation.
  --mode <strict|partial>   strict (default): any invalid row rejects the file; partial: valid rows are written
  --dry-run                 validate and count, then roll back (nothing is written)
  --map <field=column,...>  read a field from a column: --map responded_at=date+time,csat="satisfaction rating"
  --set <field=value,...>   the same value on every row: --set site=ZRH,channel=VOICE
  --values <field:a=b,...>  translate values: --values answered:Y=true,N=false
  --date-format <formats>   date layouts besides ISO 8601: --date-format MM-DD-YYYY,M/D/YYYY
  --skip-empty <fields>     skip (not reject) rows where one of these fields is empty
  --mapping <name>          start from a saved mapping
  --save-mapping <name>     save the mapping used under this name
  --create-missing          create unknown sites and programs (sites need --site-defaults)
  --site-defaults <...>     country=CH,timeZone=Europe/Zurich[,city=Zurich] for created sites
  --sl-threshold <seconds>  contacts: service-level threshold (default 20)
  --format <csv|ndjson>     default: from the file extension
  --url <url>               server (default: $CXLENS_URL or http://localhost:3000)
  --help                    this text

Exit codes: 0 imported (SUCCEEDED or PARTIAL), 1 rejected or failed, 2 usage error.`;

type Spec = { query?: string; repeat?: boolean; flag?: boolean };

const OPTIONS: Record<string, Spec> = {
  kind: {},
  file: {},
  token: {},
  url: {},
  format: { query: 'format' },
  mode: { query: 'mode' },
  'dry-run': { query: 'dryRun', flag: true },
  map: { query: 'map', repeat: true },
  set: { query: 'set', repeat: true },
  values: { query: 'values', repeat: true },
  'date-format': { query: 'dateFormat', repeat: true },
  'skip-empty': { query: 'skipEmpty', repeat: true },
  mapping: { query: 'mapping' },
  'save-mapping': { query: 'saveMapping' },
  'create-missing': { query: 'createMissing', flag: true },
  'site-defaults': { query: 'siteDefaults' },
  'sl-threshold': { query: 'slThreshold' },
  help: { flag: true },
};

const KINDS = ['surveys', 'evaluations', 'kpis', 'contacts'];

/** Reads argv (after the script name); `--name value` and `--name=value` both work. Returns null for --help. */
export function parseImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ImportCommand | null {
  const given = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      if (arg.startsWith('-') || positional.length === 2) throw new CliUsageError(`unexpected argument "${arg}" (options start with --)`);
      positional.push(arg);
      continue;
    }
    const [, name, inline] = m;
    const spec = OPTIONS[name];
    if (!spec) throw new CliUsageError(`unknown option --${name}`);
    let value = inline ?? '';
    if (!spec.flag && inline === undefined) {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new CliUsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    if (given.has(name) && !spec.repeat) throw new CliUsageError(`--${name} is given twice`);
    given.set(name, [...(given.get(name) ?? []), value]);
  }
  if (given.has('help')) return null;
  // `npm run import -- surveys responses.csv` is the short form of --kind and --file.
  for (const [index, name] of (['kind', 'file'] as const).entries()) {
    if (positional[index] === undefined) continue;
    if (given.has(name)) throw new CliUsageError(`--${name} is given twice (as an option and as the ${index ? 'second' : 'first'} argument)`);
    given.set(name, [positional[index]]);
  }
  const kind = given.get('kind')?.[0];
  const file = given.get('file')?.[0];
  if (!kind) throw new CliUsageError('--kind is required');
  if (!KINDS.includes(kind)) throw new CliUsageError(`--kind must be one of ${KINDS.join(', ')}, got "${kind}"`);
  if (!file) throw new CliUsageError('--file is required');
  const query = new URLSearchParams();
  for (const [name, values] of given) {
    const param = OPTIONS[name].query;
    if (!param) continue;
    for (const v of values) query.append(param, OPTIONS[name].flag ? 'true' : v);
  }
  const fileName = file.split(/[\\/]/).pop()!;
  query.set('fileName', fileName);
  const format = given.get('format')?.[0] ?? (/\.(ndjson|jsonl)$/i.test(fileName) ? 'ndjson' : 'csv');
  if (format !== 'csv' && format !== 'ndjson') throw new CliUsageError(`--format must be csv or ndjson, got "${format}"`);
  const url = (given.get('url')?.[0] ?? env.CXLENS_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(url)) throw new CliUsageError(`--url must be an http(s) URL, got "${url}"`);
  const token = given.get('token')?.[0] ?? env.CXLENS_TOKEN ?? '';
  if (!token) throw new CliUsageError('an API token is needed: pass --token or set CXLENS_TOKEN (create a READ_WRITE token under Settings › API tokens)');
  return {
    kind,
    file,
    token,
    url,
    query,
    contentType: format === 'ndjson' ? 'application/x-ndjson' : 'text/csv',
  };
}
