import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths, type PageId } from '../app/paths';
import { useT } from '../i18n';
import { EmptyState } from './EmptyState';
import { Icon } from './Icon';
import { PageHeader } from './PageHeader';

type PlaceholderPageId = Exclude<PageId, 'overview' | 'sites'>;

/** A page whose analysis is not built yet: its title, what it will show, and a useful next step. */
export function PlaceholderPage({ page, children }: { page: PlaceholderPageId; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t(`nav.${page}`)} description={t(`page.${page}.description`)} />
      <div className="card">
        <EmptyState
          icon={page}
          title={t('placeholder.title')}
          action={
            page === 'data' ? undefined : (
              <Link className="button button--secondary" to={paths.data}>
                {t('placeholder.action')}
                <Icon name="arrowRight" size={16} />
              </Link>
            )
          }
        >
          {children ?? <p>{t('placeholder.body')}</p>}
        </EmptyState>
      </div>
    </>
  );
}
