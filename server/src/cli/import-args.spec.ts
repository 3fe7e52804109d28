import { CliUsageError, parseImportArgs } from './import-args';

describe('import CLI arguments', () => {
  it('turns options into the upload request', () => {
    const cmd = parseImportArgs(
      ['--kind', 'contacts', '--file', 'data/pwc_call_center.csv', '--token=cxl_1_secret', '--set', 'site=ZRH,channel=VOICE',
        '--map', 'started_at=date+time', '--map', 'csat="satisfaction rating"', '--date-format', 'MM-DD-YYYY,M/D/YYYY', '--dry-run'],
      {},
    )!;
    expect(cmd).toMatchObject({ kind: 'contacts', file: 'data/pwc_call_center.csv', token: 'cxl_1_secret', url: 'http://localhost:3000', contentType: 'text/csv' });
    expect([...cmd.query.entries()]).toEqual([
      ['set', 'site=ZRH,channel=VOICE'],
      ['map', 'started_at=date+time'],
      ['map', 'csat="satisfaction rating"'],
      ['dateFormat', 'MM-DD-YYYY,M/D/YYYY'],
      ['dryRun', 'true'],
      ['fileName', 'pwc_call_center.csv'],
    ]);
  });

  it('takes the server from --url, else CXLENS_URL, and the format from the extension', () => {
    expect(parseImportArgs(['--kind', 'surveys', '--file', 'x.ndjson'], { CXLENS_URL: 'http://h:9/', CXLENS_TOKEN: 't' })).toMatchObject({ url: 'http://h:9', contentType: 'application/x-ndjson' });
  });

  it('takes kind and file as the first two arguments too', () => {
    expect(parseImportArgs(['surveys', 'responses.csv', '--mode', 'partial'], { CXLENS_TOKEN: 't' })).toMatchObject({ kind: 'surveys', file: 'responses.csv' });
    expect(() => parseImportArgs(['surveys', 'a.csv', 'b.csv'], {})).toThrow('unexpected argument "b.csv" (options start with --)');
    expect(() => parseImportArgs(['surveys', '--kind', 'kpis', '--file', 'a.csv'], {})).toThrow(/--kind is given twice/);
  });

  it('explains usage mistakes', () => {
    const fails = (argv: string[]) => () => parseImportArgs(argv, {});
    expect(fails([])).toThrow(new CliUsageError('--kind is required'));
    expect(fails(['--kind', 'tickets', '--file', 'a.csv'])).toThrow(/--kind must be one of surveys, evaluations, kpis, contacts/);
    expect(fails(['--kind', 'surveys'])).toThrow('--file is required');
    expect(fails(['--kind', 'surveys', '--file', 'a.csv', '--colour'])).toThrow('unknown option --colour');
    expect(fails(['--kind', 'surveys', '--file'])).toThrow('--file needs a value');
    expect(fails(['--kind', 'surveys', '--kind', 'kpis', '--file', 'a.csv'])).toThrow('--kind is given twice');
    expect(parseImportArgs(['--help'], {})).toBeNull();
    expect(fails(['--kind', 'surveys', '--file', 'a.csv'])).toThrow(/an API token is needed: pass --token or set CXLENS_TOKEN/);
  });
});
