import type { Channel } from '@cxlens/shared';
import { useState } from 'react';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';
import { COMPARE_OPTIONS, activeFilterCount, type CompareOption } from './filterParams';
import { DateRangeControl } from './DateRangeControl';
import { MultiSelect } from './MultiSelect';
import { PeriodLabel } from './PeriodLabel';
import { useFilterOptions } from './useFilterOptions';
import { useFilters } from './useFilters';

/** The one filter bar of the analysis pages; its state is the URL's. */
export function FilterBar() {
  const t = useT();
  const { filters, setFilters, resetFilters } = useFilters();
  const options = useFilterOptions();
  const [copied, setCopied] = useState(false);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false);
    }
  };
  const changed = activeFilterCount(filters) > 0 || filters.range !== '30d' || filters.compare !== 'prev';

  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <div className="filter-bar__controls">
        <DateRangeControl filters={filters} onChange={setFilters} />
        <MultiSelect
          label={t('filters.sites')}
          allLabel={t('filters.allSites')}
          options={options.sites}
          selected={filters.siteIds}
          onChange={(siteIds) => setFilters({ siteIds })}
          searchable
        />
        <MultiSelect
          label={t('filters.countries')}
          allLabel={t('filters.allCountries')}
          options={options.countries}
          selected={filters.countries}
          onChange={(countries) => setFilters({ countries })}
        />
        <MultiSelect
          label={t('filters.channels')}
          allLabel={t('filters.allChannels')}
          options={options.channels}
          selected={filters.channels}
          onChange={(channels) => setFilters({ channels: channels as Channel[] })}
        />
        <MultiSelect
          label={t('filters.programs')}
          allLabel={t('filters.allPrograms')}
          options={options.programs}
          selected={filters.programIds}
          onChange={(programIds) => setFilters({ programIds })}
        />
        <label className="compare-control">
          <span className="visually-hidden">{t('filters.compare')}</span>
          <select
            className="filter-select"
            value={filters.compare}
            onChange={(event) => setFilters({ compare: event.target.value as CompareOption })}
          >
            {COMPARE_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`filters.compare.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="filter-bar__meta">
        <PeriodLabel from={filters.from} to={filters.to} />
        {changed ? (
          <button type="button" className="link-button" onClick={resetFilters}>
            {t('filters.reset')}
          </button>
        ) : null}
        <button type="button" className="button button--ghost button--small" onClick={copyLink}>
          <Icon name={copied ? 'check' : 'link'} size={14} />
          {copied ? t('filters.linkCopied') : t('filters.copyLink')}
        </button>
        <span role="status" className="visually-hidden">
          {copied ? t('filters.linkCopied') : ''}
        </span>
      </div>
    </section>
  );
}
