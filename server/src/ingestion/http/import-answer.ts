/**
 * What POST /api/imports/{kind} and GET /api/imports/{id} answer, as a client reads the JSON
 * (the CLI and the bench): the job, the first rejected rows, where to get them all, or an error.
 * The controller checks each answer it writes against it (`satisfies ImportAnswer`).
 */
export interface ImportAnswer {
  job?: {
    id: string;
    status: string;
    kind: string;
    rowsRead: number;
    rowsInserted: number;
    rowsUpdated: number;
    rowsUnchanged: number;
    rowsSkipped: number;
    rowsRejected: number;
    errorSummary: string | null;
    durationMs: number | null;
    dryRun: boolean;
  };
  rejections?: { line: number; field: string | null; value: string | null; reason: string }[];
  rejectionsUrl?: string;
  error?: string;
}

export type ImportJobAnswer = NonNullable<ImportAnswer['job']>;
