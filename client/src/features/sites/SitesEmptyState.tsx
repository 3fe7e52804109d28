import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';

export function SitesEmptyState({ compact = false }: { compact?: boolean }) {
  const t = useT();
  return (
    <EmptyState
      icon="sites"
      compact={compact}
      title={t('sites.empty.title')}
      action={
        <Link className="button button--primary" to={paths.data}>
          {t('sites.empty.action')}
          <Icon name="arrowRight" size={16} />
        </Link>
      }
    >
      <p>{t('sites.empty.body')}</p>
    </EmptyState>
  );
}
