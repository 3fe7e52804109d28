import type { ImportJob } from '../../api/types';

export const UPLOAD_KINDS = ['surveys', 'evaluations', 'kpis', 'contacts'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];
export type UploadMode = 'strict' | 'partial';

export interface UploadOptions {
  kind: UploadKind;
  mode: UploadMode;
  dryRun: boolean;
}

/** What POST /api/imports/{kind} answers: the job, its first rejected rows and what it created. */
export interface UploadResult {
  job: Omit<ImportJob, 'rejectionsCsvUrl'> & { mode: string; kind: string };
  rejections: { line: number; field: string | null; value: string | null; reason: string }[];
  createdSites: string[];
  createdPrograms: string[];
  rejectionsUrl: string;
}

/** The import URL with its options; the file name lets the server pick the format and record it. */
export function uploadUrl(file: { name: string }, options: UploadOptions): string {
  const query = new URLSearchParams({ mode: options.mode, fileName: file.name });
  if (options.dryRun) query.set('dryRun', 'true');
  return `/api/imports/${options.kind}?${query.toString()}`;
}

/** CSV or NDJSON, by the browser's type or else by the name. */
export function uploadContentType(file: { name: string; type: string }): string {
  if (file.type === 'text/csv' || /\.(csv|txt)$/i.test(file.name)) return 'text/csv';
  if (/\.(ndjson|jsonl)$/i.test(file.name) || /ndjson|jsonl/.test(file.type)) return 'application/x-ndjson';
  return file.type || 'text/csv';
}

/** The answer's body as a result, or the server's error message. */
export function readUploadAnswer(status: number, body: string): { result?: UploadResult; error?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { error: status ? `HTTP ${status}` : 'The upload did not reach the server.' };
  }
  if (!parsed || typeof parsed !== 'object') return { error: `HTTP ${status}` };
  const answer = parsed as { job?: unknown; error?: unknown; message?: unknown; statusCode?: unknown; errors?: { message?: unknown }[] };
  if (answer.job) return { result: parsed as UploadResult };
  // Refusals of the access checks: Nest's { statusCode, message, error } or { errors: [{ message }] }.
  if (answer.statusCode !== undefined && typeof answer.message === 'string') return { error: answer.message };
  if (answer.error !== undefined) return { error: String(answer.error) };
  if (typeof answer.errors?.[0]?.message === 'string') return { error: answer.errors[0].message };
  return { error: `HTTP ${status}` };
}
