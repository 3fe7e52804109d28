import type { Connection, ImportJob } from '../types';
import { useQuery } from '../useQuery';

export const IMPORT_JOBS_QUERY = /* GraphQL */ `
  query ImportJobs($first: Int!) {
    importJobs(first: $first) {
      edges {
        cursor
        node {
          id kind mode dryRun status fileName sizeBytes
          rowsRead rowsInserted rowsUpdated rowsUnchanged rowsSkipped rowsRejected
          errorSummary startedAt finishedAt durationMs rejectionsCsvUrl
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export function useImportJobs(first = 20) {
  return useQuery<{ importJobs: Connection<ImportJob> }>(IMPORT_JOBS_QUERY, { first });
}
