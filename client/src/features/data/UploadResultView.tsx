import { useFormat, useT } from '../../i18n';
import { ImportStatusBadge } from './ImportStatusBadge';
import type { UploadResult } from './upload';

/** What the import did: its status, row counts, the first rejected rows and the full list as CSV. */
export function UploadResultView({ result }: { result: UploadResult }) {
  const t = useT();
  const format = useFormat();
  const { job } = result;
  const counts: [string, number][] = [
    [t('data.rows.read'), job.rowsRead],
    [t('data.rows.inserted'), job.rowsInserted],
    [t('data.rows.updated'), job.rowsUpdated],
    [t('data.rows.unchanged'), job.rowsUnchanged],
    [t('data.rows.skipped'), job.rowsSkipped],
    [t('data.rows.rejected'), job.rowsRejected],
  ];
  return (
    <div className="upload-result" role="status" data-testid="upload-result">
      <p className="upload-result__status">
        <ImportStatusBadge status={job.status} /> {job.dryRun ? <span className="badge badge--neutral">{t('data.dryRun')}</span> : null}
        {job.errorSummary ? <span className="upload-result__summary">{job.errorSummary}</span> : null}
      </p>
      <dl className="counts">
        {counts.map(([label, value]) => (
          <div key={label} className="counts__item">
            <dt>{label}</dt>
            <dd className="tabular">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {result.rejections.length ? (
        <>
          <h3 className="subheading">{t('data.rejections.first')}</h3>
          <ul className="reason-list">
            {result.rejections.slice(0, 10).map((r) => (
              <li key={`${r.line}-${r.field}`}>
                <span className="tabular">{t('data.rejections.line', { line: r.line })}</span>
                {r.field ? <span className="code"> {r.field}</span> : null}
                {r.value ? <span className="secondary-text"> “{r.value}”</span> : null}: {r.reason}
              </li>
            ))}
          </ul>
          <a className="button button--secondary button--small" href={result.rejectionsUrl} download>
            {t('data.rejections.download')}
          </a>
        </>
      ) : null}
    </div>
  );
}
