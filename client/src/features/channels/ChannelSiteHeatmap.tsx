import type { MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { heatColor, heatKey, toHeatmap } from './channelData';

/** Sites down, channels across: where each site does better or worse than the organization. */
export function ChannelSiteHeatmap({ metric }: { metric: MetricId }) {
  const t = useT();
  const text = useMetricText();
  const { filters, metricFilter } = useFilters();
  const grid = useMetrics({ filter: metricFilter, measures: [metric], groupBy: ['SITE', 'CHANNEL'] });
  const org = useMetrics({ filter: metricFilter, measures: [metric] });
  const orgValue = org.data?.metrics.rows[0]?.cells[0]?.value ?? null;
  const heatmap = useMemo(() => toHeatmap(grid.data?.metrics.rows ?? [], metric, orgValue), [grid.data, metric, orgValue]);
  const title = t('channels.heatmap.title', { metric: text.label(metric) });

  const csv = () => ({
    name: exportFileName(['channel-site', metric, filters.from, filters.to]),
    header: [t('common.site'), ...heatmap.channels.flatMap((c) => [`${t(`channel.${c}`)}${text.unitSuffix(metric)}`, `${t(`channel.${c}`)} n`])],
    rows: heatmap.sites.map((s) => [
      s.label,
      ...heatmap.channels.flatMap((c) => {
        const cell = heatmap.cells.get(heatKey(s.id, c))?.cell;
        return [csvValue(metric, cell?.value ?? null), cell?.n ?? null];
      }),
    ]),
  });

  return (
    <DataCard
      title={title}
      subtitle={t('channels.heatmap.subtitle', { value: text.value(metric, orgValue) })}
      state={{ loading: grid.loading || org.loading, error: grid.error ?? org.error, refetch: () => (grid.refetch(), org.refetch()), hasData: Boolean(grid.data && org.data) }}
      skeleton="table"
      empty={heatmap.sites.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={<ExportActions title={title} csv={csv} />}
      testId="heatmap"
    >
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="heatmap">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.site')}</th>
              {heatmap.channels.map((c) => (
                <th key={c} scope="col">
                  {t(`channel.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.sites.map((site) => (
              <tr key={site.id}>
                <th scope="row">{site.label}</th>
                {heatmap.channels.map((channel) => {
                  const heat = heatmap.cells.get(heatKey(site.id, channel));
                  if (!heat || heat.cell.value === null) return <td key={channel} className="heatmap__empty">—</td>;
                  return (
                    <td key={channel} style={{ background: heatColor(heat.cell.lowSample ? null : heat.score) }} className={heat.cell.lowSample ? 'heatmap__low' : undefined}>
                      <Link to={drillDownHref(filters, { metric, siteId: site.id, channel }, text.locale)} title={`n = ${text.count(heat.cell.n)}`}>
                        <span className="tabular">{text.value(metric, heat.cell.value)}</span>
                        {heat.cell.lowSample ? <span className="heatmap__flag">{t('metric.lowSampleShort')}</span> : null}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heatmap-legend secondary-text">
        <span className="heatmap-legend__scale" aria-hidden="true" />
        {t('channels.heatmap.legend')}
      </p>
    </DataCard>
  );
}
