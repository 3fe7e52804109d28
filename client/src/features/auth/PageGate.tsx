import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths, type PageId } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { canSeePage } from './permissions';
import { useCurrentUser } from './useCurrentUser';

/** A page some roles cannot use: they get a clear word instead of a page of refused requests. */
export function PageGate({ page, children }: { page: PageId; children: ReactNode }) {
  const t = useT();
  const user = useCurrentUser();
  if (!user || canSeePage(user.role, page)) return children;
  return (
    <>
      <PageHeader title={t(`nav.${page}`)} description={t('access.denied.body')} />
      <div className="card">
        <EmptyState
          icon="lock"
          title={t('access.denied.title')}
          action={
            <Link className="button button--primary" to={paths.overview}>
              {t('notFound.back')}
            </Link>
          }
        >
          <p>{t('access.denied.body')}</p>
        </EmptyState>
      </div>
    </>
  );
}
