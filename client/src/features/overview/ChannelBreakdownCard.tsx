import type { Channel, MetricId } from '@cxlens/shared';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import type { MetricCell } from '../../api/types';
import { IntervalBar, intervalDomain } from '../../charts/IntervalBar';
import { LowSampleBadge } from '../../components/Badges';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { Delta } from '../../components/Delta';
import { ExportActions } from '../../components/ExportActions';
import { sortRows, tableCsv, type Column, type SortState } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';

const MEASURES: MetricId[] = ['CSAT', 'NPS', 'RESPONSES'];

interface ChannelRow {
  channel: Channel;
  label: string;
  cells: Record<string, MetricCell>;
}

/** CSAT and NPS per channel with intervals, responses and the change of CSAT. */
export function ChannelBreakdownCard() {
  const t = useT();
  const text = useMetricText();
  const { filters, metricFilter, compareTo } = useFilters();
  const [sort, setSort] = useState<SortState>({ column: 'responses', direction: 'desc' });
  const result = useMetrics({ filter: metricFilter, measures: MEASURES, groupBy: ['CHANNEL'], compareTo });
  const data = result.data?.metrics;

  const rows = useMemo<ChannelRow[]>(
    () =>
      (data?.rows ?? [])
        .filter((row) => row.dimensions[0]?.id)
        .map((row) => ({
          channel: row.dimensions[0].id as Channel,
          label: t(`channel.${row.dimensions[0].id as Channel}`),
          cells: Object.fromEntries(row.cells.map((cell) => [cell.metric, cell])),
        }))
        .filter((row) => row.cells.RESPONSES?.n > 0),
    [data, t],
  );
  const domain = useMemo(() => intervalDomain(rows.flatMap((r) => [r.cells.CSAT?.ciLow ?? null, r.cells.CSAT?.ciHigh ?? null])), [rows]);

  const columns: Column<ChannelRow>[] = [
    {
      id: 'channel',
      header: t('common.channel'),
      rowHeader: true,
      sortValue: (r) => r.label,
      cell: (r) => <Link to={drillDownHref(filters, { channel: r.channel, metric: 'CSAT' }, text.locale)}>{r.label}</Link>,
      csv: (r) => r.label,
    },
    ...(['CSAT', 'NPS'] as const).map<Column<ChannelRow>>((metric) => ({
      id: metric.toLowerCase(),
      header: text.label(metric),
      numeric: true,
      sortValue: (r) => r.cells[metric]?.value ?? null,
      cell: (r) => (
        <span className="value-cell">
          <span className="tabular">{text.value(metric, r.cells[metric]?.value ?? null)}</span>
          {r.cells[metric]?.lowSample ? <LowSampleBadge n={r.cells[metric].n} /> : null}
        </span>
      ),
      csv: (r) => [csvValue(metric, r.cells[metric]?.value ?? null), csvValue(metric, r.cells[metric]?.ciLow ?? null), csvValue(metric, r.cells[metric]?.ciHigh ?? null)],
      csvHeader: [`${text.label(metric)}${text.unitSuffix(metric)}`, `${text.label(metric)} ${t('csv.ciLow')}`, `${text.label(metric)} ${t('csv.ciHigh')}`],
    })),
    {
      id: 'interval',
      header: t('metric.ci95Of', { metric: text.label('CSAT') }),
      cell: (r) => <IntervalBar metric="CSAT" value={r.cells.CSAT?.value ?? null} low={r.cells.CSAT?.ciLow ?? null} high={r.cells.CSAT?.ciHigh ?? null} domain={domain} />,
    },
    {
      id: 'responses',
      header: t('common.responses'),
      numeric: true,
      sortValue: (r) => r.cells.RESPONSES?.value ?? null,
      cell: (r) => <span className="tabular">{text.count(r.cells.RESPONSES?.value)}</span>,
      csv: (r) => r.cells.RESPONSES?.value ?? null,
    },
  ];
  if (compareTo) {
    columns.push({
      id: 'delta',
      header: t('metric.deltaOf', { metric: text.label('CSAT') }),
      numeric: true,
      sortValue: (r) => r.cells.CSAT?.delta ?? null,
      cell: (r) => <Delta metric="CSAT" delta={r.cells.CSAT?.delta ?? null} pValue={r.cells.CSAT?.pValue ?? null} significant={r.cells.CSAT?.significant ?? null} />,
      csv: (r) => [csvValue('CSAT', r.cells.CSAT?.delta ?? null), r.cells.CSAT?.pValue ?? null],
      csvHeader: [t('metric.deltaOf', { metric: text.label('CSAT') }), 'p'],
    });
  }
  const sorted = sortRows(rows, columns, sort, text.locale);
  const title = t('overview.channels.title');

  return (
    <DataCard
      title={title}
      subtitle={t('overview.channels.subtitle')}
      state={{ ...result, hasData: Boolean(data) }}
      skeleton="table"
      empty={rows.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['channels', filters.from, filters.to]), columns, sorted)} />}
      testId="channel-breakdown"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={sorted} rowKey={(r) => r.channel} sort={sort} onSort={setSort} testId="channel-row" />
    </DataCard>
  );
}
