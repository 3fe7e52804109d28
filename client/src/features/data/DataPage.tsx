import { Link, useSearchParams } from 'react-router-dom';
import { useImportJobs } from '../../api/operations/importJobs';
import { paths } from '../../app/paths';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { sharedSearch } from '../../filters/filterParams';
import { useT } from '../../i18n';
import { capabilities } from '../auth/permissions';
import { useCurrentUser } from '../auth/useCurrentUser';
import { FreshnessCard } from './FreshnessCard';
import { ImportHistoryCard } from './ImportHistoryCard';
import { UploadCard } from './UploadCard';

export function DataPage() {
  const t = useT();
  const history = useImportJobs(20);
  const user = useCurrentUser();
  const search = sharedSearch(useSearchParams()[0]);
  const can = user ? capabilities(user.role) : null;
  return (
    <>
      <PageHeader title={t('nav.data')} description={t('page.data.description')} />
      <div className="grid grid--2-3">
        {can?.importFromDashboard ? (
          <UploadCard onFinished={history.refetch} />
        ) : (
          <Card title={t('data.readOnly.title')}>
            <p data-testid="imports-read-only">{can?.writeTokens ? t('data.readOnly.analyst') : t('data.readOnly.body')}</p>
            {can?.writeTokens ? (
              <p className="card__footer-link">
                <Link to={{ pathname: paths.settings, search }}>{t('data.readOnly.tokens')}</Link>
              </p>
            ) : null}
          </Card>
        )}
        <div className="stack">
          <ImportHistoryCard result={history} />
          <details className="card cli-help">
            <summary className="card__header">{t('data.cliTitle')}</summary>
            <div className="card__body">
              <p>{t('data.cliBody')}</p>
              <pre className="code-block">
                <code>{'export CXLENS_TOKEN=cxl_…   # a READ_WRITE API token (Settings › API tokens)\nnpm run import -- --kind surveys --file responses.csv --mode partial\ncurl -X POST -H "Authorization: Bearer $CXLENS_TOKEN" -H "Content-Type: text/csv" \\\n  --data-binary @responses.csv "http://localhost:3000/api/imports/surveys?mode=partial"'}</code>
              </pre>
            </div>
          </details>
        </div>
      </div>
      <FreshnessCard />
    </>
  );
}
