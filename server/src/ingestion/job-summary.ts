import { Rejection } from './import-kind';
import type { ImportOutcome } from './import-runner';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function describeRejection(r: Rejection): string {
  return `line ${r.line}${r.field ? `, ${r.field}` : ''}: ${r.reason}`;
}

/** The one-line summary a job shows: what happened, and the first thing to fix. */
export function outcomeSummary(outcome: ImportOutcome, dryRun: boolean, first: Rejection | undefined): string | null {
  const { counts } = outcome;
  const parts: string[] = [];
  if (outcome.status === 'REJECTED') {
    parts.push(`${plural(counts.rejected, 'row')} of ${counts.read.toLocaleString('en')} rejected; nothing was written`);
  } else if (outcome.status === 'PARTIAL') {
    parts.push(`${plural(counts.rejected, 'row')} of ${counts.read.toLocaleString('en')} rejected; the other rows were imported`);
  }
  if (first && outcome.status !== 'SUCCEEDED') parts.push(`first: ${describeRejection(first)}`);
  if (outcome.createdSites.length) parts.push(`created sites ${outcome.createdSites.join(', ')}`);
  if (outcome.createdPrograms.length) parts.push(`created programs ${outcome.createdPrograms.join(', ')}`);
  if (dryRun && outcome.status !== 'REJECTED') parts.push('dry run: nothing was written');
  return parts.length ? parts.join('; ') : null;
}

/** A file that could not be read to its end (encoding, CSV syntax, header). */
export function fileErrorSummary(rejections: readonly Rejection[]): string {
  return `the file was rejected; nothing was written: ${rejections.map(describeRejection).join('; ')}`;
}
