import { lazy, Suspense } from 'react';
import { GRAPHQL_ENDPOINT } from '../../api/graphql';
import { PageHeader } from '../../components/PageHeader';
import { Skeleton } from '../../components/Skeleton';
import { useT } from '../../i18n';

// GraphiQL and Monaco are a few megabytes: a chunk of their own, fetched when this page opens.
const GraphiQLExplorer = lazy(() => import('./GraphiQLExplorer').then((module) => ({ default: module.GraphiQLExplorer })));

export function ExplorerPage() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t('nav.explorer')}
        description={t('page.explorer.description')}
        actions={
          <p className="labelled-value">
            <span className="muted">{t('explorer.endpoint')}</span>{' '}
            <a href={GRAPHQL_ENDPOINT} className="code">
              {GRAPHQL_ENDPOINT}
            </a>
          </p>
        }
      />
      <Suspense fallback={<Skeleton width="100%" />}>
        <GraphiQLExplorer />
      </Suspense>
    </>
  );
}
