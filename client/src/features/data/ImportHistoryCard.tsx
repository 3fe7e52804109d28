import type { QueryResult } from '../../api/useQuery';
import type { Connection, ImportJob } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { tableCsv, type Column } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { useFormat, useT } from '../../i18n';
import { ImportStatusBadge } from './ImportStatusBadge';

/** The organization's imports, newest first, with the rejected rows of each to download. */
export function ImportHistoryCard({ result }: { result: QueryResult<{ importJobs: Connection<ImportJob> }> }) {
  const t = useT();
  const format = useFormat();
  const jobs = result.data?.importJobs.edges.map((e) => e.node) ?? [];
  const when = (iso: string) => format.date(Date.parse(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const columns: Column<ImportJob>[] = [
    { id: 'started', header: t('data.history.started'), cell: (j) => <span className="tabular">{when(j.startedAt)}</span>, csv: (j) => j.startedAt },
    { id: 'kind', header: t('data.upload.kind'), cell: (j) => t(`data.kind.${j.kind.toLowerCase() as 'surveys'}`), csv: (j) => j.kind },
    { id: 'file', header: t('data.history.file'), cell: (j) => <span className="stacked"><span>{j.fileName ?? '—'}</span><span className="secondary-text">{t(`data.mode.${j.mode.toLowerCase() as 'strict'}`)}{j.dryRun ? ` · ${t('data.dryRun')}` : ''}</span></span>, csv: (j) => [j.fileName, j.mode, j.dryRun], csvHeader: [t('data.history.file'), t('data.upload.mode'), t('data.dryRun')] },
    { id: 'status', header: t('data.history.status'), cell: (j) => <span className="stacked"><ImportStatusBadge status={j.status} />{j.errorSummary ? <span className="secondary-text clamp-2" title={j.errorSummary}>{j.errorSummary}</span> : null}</span>, csv: (j) => [j.status, j.errorSummary], csvHeader: [t('data.history.status'), t('data.history.summary')] },
    { id: 'read', header: t('data.rows.read'), numeric: true, cell: (j) => <span className="tabular">{format.number(j.rowsRead)}</span>, csv: (j) => j.rowsRead },
    { id: 'written', header: t('data.history.written'), numeric: true, cell: (j) => <span className="tabular">{format.number(j.rowsInserted + j.rowsUpdated)}</span>, csv: (j) => [j.rowsInserted, j.rowsUpdated], csvHeader: [t('data.rows.inserted'), t('data.rows.updated')] },
    {
      id: 'rejected',
      header: t('data.rows.rejected'),
      numeric: true,
      cell: (j) =>
        j.rowsRejected > 0 ? (
          <a href={j.rejectionsCsvUrl} download title={t('data.rejections.download')}>
            {format.number(j.rowsRejected)} CSV
          </a>
        ) : (
          <span className="tabular">0</span>
        ),
      csv: (j) => j.rowsRejected,
    },
    { id: 'duration', header: t('data.history.duration'), numeric: true, cell: (j) => <span className="tabular">{j.durationMs === null ? '—' : `${format.number(j.durationMs / 1000, { maximumFractionDigits: 1 })} s`}</span>, csv: (j) => j.durationMs },
  ];
  const title = t('data.history.title');
  return (
    <DataCard
      title={title}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="table"
      empty={jobs.length === 0 ? { title: t('data.history.none'), body: t('data.history.noneBody'), icon: 'data' } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['imports']), columns, jobs)} />}
      className="card--flush-body"
      testId="import-history"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={jobs} rowKey={(j) => j.id} testId="import-row" />
    </DataCard>
  );
}
