import { useImportJobs } from '../../api/operations/importJobs';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { FreshnessCard } from './FreshnessCard';
import { ImportHistoryCard } from './ImportHistoryCard';
import { UploadCard } from './UploadCard';

export function DataPage() {
  const t = useT();
  const history = useImportJobs(20);
  return (
    <>
      <PageHeader title={t('nav.data')} description={t('page.data.description')} />
      <div className="grid grid--2-3">
        <UploadCard onFinished={history.refetch} />
        <div className="stack">
          <ImportHistoryCard result={history} />
          <details className="card cli-help">
            <summary className="card__header">{t('data.cliTitle')}</summary>
            <div className="card__body">
              <p>{t('data.cliBody')}</p>
              <pre className="code-block">
                <code>{'npm run import -- surveys responses.csv --mode partial\ncurl -X POST -H "Content-Type: text/csv" \\\n  --data-binary @responses.csv "http://localhost:3000/api/imports/surveys?mode=partial"'}</code>
              </pre>
            </div>
          </details>
        </div>
      </div>
      <FreshnessCard />
    </>
  );
}
