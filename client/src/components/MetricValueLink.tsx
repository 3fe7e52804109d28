import { Link } from 'react-router-dom';
import type { MetricCell } from '../api/types';
import { drillDownHref, type DrillTarget } from '../filters/drilldown';
import type { DashboardFilters } from '../filters/filterParams';
import { useT } from '../i18n';
import { useMetricText } from '../metrics/useMetricText';

/** A metric value in a table cell: a link to the records behind it, with n and interval on hover. */
export function MetricValueLink({ cell, filters, target }: { cell: MetricCell | undefined; filters: DashboardFilters; target: DrillTarget & { metric: NonNullable<DrillTarget['metric']> } }) {
  const t = useT();
  const text = useMetricText();
  if (!cell || cell.value === null) return <span className="muted">—</span>;
  const interval = text.interval(target.metric, cell.ciLow, cell.ciHigh);
  const title = `n = ${text.count(cell.n)}${interval ? ` · ${t('metric.ci95')} ${interval}` : ''}${cell.lowSample ? ` · ${t('metric.lowSample')}` : ''}`;
  return (
    <Link to={drillDownHref(filters, target, text.locale)} className={`value-link tabular${cell.lowSample ? ' is-low-sample' : ''}`} title={title}>
      {text.value(target.metric, cell.value)}
      {cell.lowSample ? (
        <>
          <span className="low-sample-mark" aria-hidden="true">
            !
          </span>
          <span className="visually-hidden">{t('metric.lowSample')}</span>
        </>
      ) : null}
    </Link>
  );
}
