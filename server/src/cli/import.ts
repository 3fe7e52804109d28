import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import type { ImportAnswer } from '../ingestion/http/import-answer';
import { CliUsageError, ImportCommand, parseImportArgs, USAGE } from './import-args';
import { ProgressReporter, ProgressState } from './progress';

/**
 * `npm run import -- --kind surveys --file path.csv`: streams the file to the
 * running server, which does all the work (so the server's memory is what a
 * big file tests), showing progress and then the result.
 */

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Counts rows as they go by, with the same CSV parser the server uses (quoted newlines are not rows). */
function rowCounter(state: ProgressState, csv: boolean): Transform {
  const parser = csv ? parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) : null;
  let header = true;
  parser?.on('data', () => (header ? (header = false) : state.rows++));
  parser?.on('error', () => undefined); // the server reports syntax errors
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      state.bytes += chunk.length;
      if (parser) parser.write(chunk);
      else for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) state.rows++;
      done(null, chunk);
    },
    flush(done) {
      parser?.end();
      done();
    },
  });
}

function upload(cmd: ImportCommand, state: ProgressState, progress: ProgressReporter): Promise<{ status: number; body: ImportAnswer }> {
  const target = new URL(`${cmd.url}/api/imports/${cmd.kind}?${cmd.query}`);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const file = fs.createReadStream(cmd.file);
    const counter = rowCounter(state, cmd.contentType === 'text/csv');
    const headers: http.OutgoingHttpHeaders = { 'content-type': cmd.contentType, 'content-length': state.totalBytes };
    headers.authorization = `Bearer ${cmd.token}`;
    const req = client.request(target, { method: 'POST', headers }, (res) => {
      // An early answer (a rejected header, say) ends the upload.
      file.unpipe();
      file.destroy();
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        req.destroy();
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          reject(new Error(`the server answered ${res.statusCode} without a JSON result: ${text.slice(0, 200)}`));
        }
      });
    });
    req.on('error', reject);
    file.on('error', reject);
    counter.on('end', () => progress.finish('Upload complete; the server is merging…'));
    file.pipe(counter).pipe(req);
  });
}

function printResult(cmd: ImportCommand, status: number, answer: ImportAnswer): number {
  const job = answer.job;
  if (!job) {
    console.error(`cxlens import: ${answer.error ?? `the server answered ${status}`}`);
    return status === 400 || status === 404 ? EXIT.usage : EXIT.failed;
  }
  const f = (x: number) => x.toLocaleString('en');
  console.log(`${job.status}${job.dryRun ? ' (dry run: nothing written)' : ''}  ${job.kind} import, job ${job.id}, ${((job.durationMs ?? 0) / 1000).toFixed(1)} s`);
  console.log(`  rows read ${f(job.rowsRead)}, inserted ${f(job.rowsInserted)}, updated ${f(job.rowsUpdated)}, unchanged ${f(job.rowsUnchanged)}, skipped ${f(job.rowsSkipped)}, rejected ${f(job.rowsRejected)}`);
  if (job.errorSummary) console.log(`  ${job.errorSummary}`);
  const rejections = answer.rejections ?? [];
  for (const r of rejections.slice(0, 10)) {
    console.log(`  line ${r.line}${r.field ? ` ${r.field}` : ''}${r.value !== null ? ` "${r.value}"` : ''}: ${r.reason}`);
  }
  if (rejections.length) {
    console.log(`  every rejected row: ${cmd.url}${answer.rejectionsUrl} (with the same token)`);
  }
  return job.status === 'SUCCEEDED' || job.status === 'PARTIAL' ? EXIT.ok : EXIT.failed;
}

export async function main(argv: readonly string[]): Promise<number> {
  let cmd: ImportCommand | null;
  try {
    cmd = parseImportArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`cxlens import: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (!cmd) {
    console.log(USAGE);
    return EXIT.ok;
  }
  let size: number;
  try {
    size = fs.statSync(cmd.file).size;
  } catch {
    console.error(`cxlens import: cannot read --file ${cmd.file}`);
    return EXIT.usage;
  }
  const state: ProgressState = { bytes: 0, totalBytes: size, rows: 0, startedAt: Date.now() };
  const progress = new ProgressReporter(state);
  console.error(`Importing ${cmd.file} (${(size / 1024 / 1024).toFixed(1)} MB) as ${cmd.kind} into ${cmd.url}`);
  progress.start();
  try {
    const { status, body } = await upload(cmd, state, progress);
    progress.stop();
    return printResult(cmd, status, body);
  } catch (error) {
    progress.stop();
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'ECONNREFUSED' ? ` (is cxlens running? start it with npm start, or pass --url)` : '';
    console.error(`cxlens import: ${(error as Error).message}${hint}`);
    return EXIT.failed;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(EXIT.failed);
    },
  );
}
