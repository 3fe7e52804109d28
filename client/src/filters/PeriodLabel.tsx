import { daysInclusive } from '@cxlens/shared';
import { Icon } from '../components/Icon';
import { useFormat, useT } from '../i18n';

/** "1 Oct – 31 Oct 2026 · 31 site-local days": dates are each site's own calendar days. */
export function PeriodLabel({ from, to }: { from: string; to: string }) {
  const t = useT();
  const format = useFormat();
  const date = (iso: string) => format.date(Date.parse(`${iso}T00:00:00Z`), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (
    <p className="period-label" title={t('filters.localDaysHelp')}>
      <Icon name="calendar" size={14} />
      <span className="tabular" data-testid="period" data-from={from} data-to={to}>
        {date(from)} – {date(to)}
      </span>
      <span className="muted"> · {t('filters.localDays', { count: daysInclusive(from, to) })}</span>
    </p>
  );
}
