import type { Channel, MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import type { MetricCell } from '../../api/types';
import { IntervalBar, intervalDomain } from '../../charts/IntervalBar';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { Delta } from '../../components/Delta';
import { ExportActions } from '../../components/ExportActions';
import { MetricValueLink } from '../../components/MetricValueLink';
import { sortRows, tableCsv, type Column } from '../../components/dataTable';
import { useTableSort } from '../../components/useTableSort';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { COMPARISON_METRICS } from '../../metrics/catalog';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';

interface Row {
  channel: Channel;
  label: string;
  cells: Partial<Record<MetricId, MetricCell>>;
}

/** Every channel on the comparison metrics; the chosen metric also with its interval and change. */
export function ChannelMetricsCard({ metric }: { metric: MetricId }) {
  const t = useT();
  const text = useMetricText();
  const { filters, metricFilter, compareTo } = useFilters();
  const [sort, setSort] = useTableSort('sort', { column: 'offered', direction: 'desc' });
  const measures = useMemo(() => [...new Set<MetricId>([metric, ...COMPARISON_METRICS, 'OFFERED', 'RESPONSES'])], [metric]);
  const result = useMetrics({ filter: metricFilter, measures, groupBy: ['CHANNEL'], compareTo });
  const rows = useMemo<Row[]>(
    () =>
      (result.data?.metrics.rows ?? [])
        .filter((r) => r.dimensions[0]?.id)
        .map((r) => ({
          channel: r.dimensions[0].id as Channel,
          label: t(`channel.${r.dimensions[0].id as Channel}`),
          cells: Object.fromEntries(r.cells.map((c) => [c.metric, c])),
        }))
        .filter((r) => (r.cells.OFFERED?.value ?? 0) > 0 || (r.cells.RESPONSES?.value ?? 0) > 0),
    [result.data, t],
  );
  const domain = useMemo(() => intervalDomain(rows.flatMap((r) => [r.cells[metric]?.ciLow ?? r.cells[metric]?.value ?? null, r.cells[metric]?.ciHigh ?? null])), [rows, metric]);

  const columns: Column<Row>[] = [
    { id: 'channel', header: t('common.channel'), rowHeader: true, sortValue: (r) => r.label, cell: (r) => <Link to={drillDownHref(filters, { channel: r.channel }, text.locale)}>{r.label}</Link>, csv: (r) => r.label },
    { id: 'offered', header: t('channels.metrics.contacts'), numeric: true, sortValue: (r) => r.cells.OFFERED?.value ?? null, cell: (r) => <span className="tabular">{text.count(r.cells.OFFERED?.value)}</span>, csv: (r) => r.cells.OFFERED?.value ?? null },
    { id: 'responses', header: t('common.responses'), numeric: true, sortValue: (r) => r.cells.RESPONSES?.value ?? null, cell: (r) => <span className="tabular">{text.count(r.cells.RESPONSES?.value)}</span>, csv: (r) => r.cells.RESPONSES?.value ?? null },
    ...measures
      .filter((m) => m !== 'OFFERED' && m !== 'RESPONSES')
      .map<Column<Row>>((m) => ({
        id: m,
        header: text.short(m),
        headerTitle: text.label(m),
        numeric: true,
        sortValue: (r) => r.cells[m]?.value ?? null,
        cell: (r) => <MetricValueLink cell={r.cells[m]} filters={filters} target={{ metric: m, channel: r.channel }} />,
        csv: (r) => csvValue(m, r.cells[m]?.value ?? null),
        csvHeader: `${text.label(m)}${text.unitSuffix(m)}`,
      })),
    {
      id: 'interval',
      header: t('metric.ci95Of', { metric: text.label(metric) }),
      cell: (r) => <IntervalBar metric={metric} value={r.cells[metric]?.value ?? null} low={r.cells[metric]?.ciLow ?? null} high={r.cells[metric]?.ciHigh ?? null} domain={domain} />,
      csv: (r) => [csvValue(metric, r.cells[metric]?.ciLow ?? null), csvValue(metric, r.cells[metric]?.ciHigh ?? null)],
      csvHeader: [`${text.label(metric)} ${t('csv.ciLow')}`, `${text.label(metric)} ${t('csv.ciHigh')}`],
    },
  ];
  if (compareTo) {
    columns.push({
      id: 'delta',
      header: t('metric.deltaOf', { metric: text.label(metric) }),
      numeric: true,
      sortValue: (r) => r.cells[metric]?.delta ?? null,
      cell: (r) => <Delta metric={metric} delta={r.cells[metric]?.delta ?? null} pValue={r.cells[metric]?.pValue ?? null} significant={r.cells[metric]?.significant ?? null} />,
      csv: (r) => [csvValue(metric, r.cells[metric]?.delta ?? null), r.cells[metric]?.pValue ?? null],
      csvHeader: [t('metric.deltaOf', { metric: text.label(metric) }), 'p'],
    });
  }
  const sorted = sortRows(rows, columns, sort, text.locale);
  const title = t('channels.metrics.title');

  return (
    <DataCard
      title={title}
      subtitle={t('channels.metrics.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="table"
      empty={rows.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['channels', filters.from, filters.to]), columns, sorted)} />}
      className="card--flush-body"
      testId="channel-metrics"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={sorted} rowKey={(r) => r.channel} sort={sort} onSort={setSort} testId="channel-row" />
    </DataCard>
  );
}
