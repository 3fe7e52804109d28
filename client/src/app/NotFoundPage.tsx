import { Link, useLocation } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n';
import { paths } from './paths';

export function NotFoundPage() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title={t('notFound.title')} description={t('notFound.body', { path: pathname })} />
      <div className="card">
        <EmptyState
          icon="search"
          title={t('notFound.title')}
          action={
            <Link className="button button--primary" to={paths.overview}>
              {t('notFound.back')}
            </Link>
          }
        >
          <p>{t('notFound.body', { path: pathname })}</p>
        </EmptyState>
      </div>
    </>
  );
}
