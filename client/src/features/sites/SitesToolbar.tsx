import { useId } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import type { Site } from './useSites';

export function SitesToolbar({
  sites,
  filter,
  onFilterChange,
}: {
  sites: readonly Site[];
  filter: string;
  onFilterChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  const active = sites.filter((site) => site.active).length;
  return (
    <div className="toolbar">
      <div className="search-field">
        <label htmlFor={id} className="visually-hidden">
          {t('sites.filter.label')}
        </label>
        <Icon name="search" size={16} className="search-field__icon" />
        <input
          id={id}
          type="search"
          value={filter}
          placeholder={t('sites.filter.placeholder')}
          onChange={(event) => onFilterChange(event.target.value)}
          autoComplete="off"
        />
      </div>
      <p className="toolbar__summary">
        <span>{t('sites.count', { count: sites.length })}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('sites.activeCount', { active })}</span>
      </p>
    </div>
  );
}
