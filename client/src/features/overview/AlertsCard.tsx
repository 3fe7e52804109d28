import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import type { MetricSummary } from '../../api/types';
import type { QueryResult } from '../../api/useQuery';
import { DataCard } from '../../components/DataCard';
import { Delta } from '../../components/Delta';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { TILE_METRICS } from '../../metrics/catalog';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { buildAlerts } from './alerts';

const SHOWN = 6;

/** Metrics that moved significantly, for the organization and per site (adjusted across sites). */
export function AlertsCard({ summary }: { summary: QueryResult<{ summary: MetricSummary }> }) {
  const t = useT();
  const text = useMetricText();
  const { filters, metricFilter, compareTo, setFilters } = useFilters();
  const [expanded, setExpanded] = useState(false);
  const sites = useMetrics(
    { filter: metricFilter, measures: [...TILE_METRICS], groupBy: ['SITE'], compareTo, adjustPValues: true },
    { skip: compareTo === null },
  );
  const tiles = summary.data?.summary.tiles;
  const siteRows = sites.data?.metrics.rows;
  const alerts = useMemo(() => buildAlerts(tiles ?? [], siteRows ?? []), [tiles, siteRows]);
  const title = t('overview.alerts.title');

  if (compareTo === null) {
    return (
      <DataCard
        title={title}
        state={{ loading: false, error: undefined, refetch: () => undefined, hasData: true }}
        empty={{
          title: t('overview.alerts.noCompare'),
          body: t('overview.alerts.noCompareBody'),
          action: (
            <button type="button" className="button button--secondary" onClick={() => setFilters({ compare: 'prev' })}>
              {t('overview.alerts.turnOn')}
            </button>
          ),
        }}
      >
        {null}
      </DataCard>
    );
  }
  const shown = expanded ? alerts : alerts.slice(0, SHOWN);
  return (
    <DataCard
      title={title}
      subtitle={t('overview.alerts.subtitle')}
      state={{ loading: summary.loading || sites.loading, error: summary.error ?? sites.error, refetch: () => (summary.refetch(), sites.refetch()), hasData: Boolean(tiles && siteRows) }}
      skeleton="list"
      empty={alerts.length === 0 ? { title: t('overview.alerts.none'), body: t('overview.alerts.noneBody'), icon: 'check' } : null}
      actions={
        <ExportActions
          title={title}
          csv={() => ({
            name: exportFileName(['alerts', filters.from, filters.to]),
            header: [t('common.site'), t('common.metric'), t('csv.value'), t('csv.delta'), 'p'],
            rows: alerts.map((a) => [a.siteLabel ?? t('common.organization'), text.label(a.metric), csvValue(a.metric, a.value), csvValue(a.metric, a.delta), a.pValue]),
          })}
        />
      }
      testId="alerts"
    >
      <ul className="alert-list">
        {shown.map((alert) => (
          <li key={alert.key} className={`alert-list__item alert-list__item--${alert.tone}`} data-testid="alert">
            <span className="alert-list__icon" aria-hidden="true">
              {alert.tone === 'worse' ? '!' : alert.tone === 'better' ? '✓' : '•'}
            </span>
            <span className="alert-list__text">
              <Link to={drillDownHref(filters, { metric: alert.metric, siteId: alert.siteId }, text.locale)}>
                <strong>{alert.siteLabel ?? t('common.organization')}</strong> · {text.label(alert.metric)}
              </Link>
              <span className="secondary-text"> {text.value(alert.metric, alert.value)}</span>
            </span>
            <Delta metric={alert.metric} delta={alert.delta} pValue={alert.pValue} significant />
          </li>
        ))}
      </ul>
      {alerts.length > SHOWN ? (
        <button type="button" className="link-button" onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
          {expanded ? t('common.showLess') : t('overview.alerts.more', { count: alerts.length - SHOWN })}
        </button>
      ) : null}
    </DataCard>
  );
}
