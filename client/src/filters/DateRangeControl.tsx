import { useId } from 'react';
import { useT } from '../i18n';
import { RANGE_PRESETS, isRangePreset } from './datePresets';
import type { DashboardFilters } from './filterParams';

/** A preset or custom range of site-local days. */
export function DateRangeControl({
  filters,
  onChange,
}: {
  filters: DashboardFilters;
  onChange: (patch: Partial<DashboardFilters>) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="date-range">
      <label htmlFor={`${id}-preset`} className="visually-hidden">
        {t('filters.period')}
      </label>
      <select
        id={`${id}-preset`}
        className="filter-select"
        value={filters.range}
        onChange={(event) => {
          const range = event.target.value;
          if (!isRangePreset(range)) return;
          // Custom starts from the dates on screen, so switching to it changes nothing yet.
          onChange(range === 'custom' ? { range, from: filters.from, to: filters.to } : { range });
        }}
      >
        {RANGE_PRESETS.map((preset) => (
          <option key={preset} value={preset}>
            {t(`filters.range.${preset}`)}
          </option>
        ))}
      </select>
      {filters.range === 'custom' ? (
        <>
          <label htmlFor={`${id}-from`} className="visually-hidden">
            {t('filters.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="filter-date"
            value={filters.from}
            max={filters.to}
            required
            onChange={(event) => event.target.value && onChange({ range: 'custom', from: event.target.value })}
          />
          <span aria-hidden="true">–</span>
          <label htmlFor={`${id}-to`} className="visually-hidden">
            {t('filters.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className="filter-date"
            value={filters.to}
            min={filters.from}
            required
            onChange={(event) => event.target.value && onChange({ range: 'custom', to: event.target.value })}
          />
        </>
      ) : null}
    </div>
  );
}
