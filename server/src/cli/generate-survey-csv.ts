import * as fs from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a synthetic survey CSV for load tests (not test data: no assertions
 * depend on its values): `node server/dist/server/src/cli/generate-survey-csv.js
 * <rows> <file> [site codes, default LIS]`. Deterministic for a given row count.
 */
const CHANNELS = ['VOICE', 'CHAT', 'EMAIL', 'APP'];
const TOPICS = ['Billing', 'Outage', 'Contract', 'Roaming', 'Upgrade'];

export async function writeSurveyCsv(rows: number, file: string, sites: string[]): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write('external_id,site,channel,responded_at,csat,nps,ces,resolved,agent,topic,comment\n');
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.UTC(2025, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const at = new Date(start + Math.floor(next() * 365 * 86_400_000)).toISOString().slice(0, 19).replace('T', ' ');
    const csat = 1 + Math.floor(next() * 5);
    const line = [
      `bench-${i}`, sites[i % sites.length], CHANNELS[i % CHANNELS.length], at, csat, Math.floor(next() * 11),
      1 + Math.floor(next() * 7), next() < 0.7 ? 'Y' : 'N', `agent-${i % 500}`, TOPICS[i % TOPICS.length],
      i % 10 === 0 ? `"Comment ${i}, with a comma"` : '',
    ].join(',');
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (require.main === module) {
  const [rows, file, sites] = process.argv.slice(2);
  if (!rows || !file) {
    console.error('usage: generate-survey-csv <rows> <file> [LIS,MNL]');
    process.exit(2);
  }
  writeSurveyCsv(Number(rows), file, (sites ?? 'LIS').split(',')).then(() => console.log(`wrote ${rows} rows to ${file}`));
}
