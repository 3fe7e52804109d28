import type { MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import { useReferenceData } from '../../api/operations/reference';
import { sitePath } from '../../app/paths';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { Delta } from '../../components/Delta';
import { ExportActions } from '../../components/ExportActions';
import { MetricValueLink } from '../../components/MetricValueLink';
import { sortRows, tableCsv, type Column } from '../../components/dataTable';
import { useTableSort } from '../../components/useTableSort';
import { exportFileName } from '../../export/csv';
import { sharedSearch } from '../../filters/filterParams';
import { useFilters } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { COMPARISON_METRICS } from '../../metrics/catalog';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { toSiteMetricsRows, type SiteMetricsRow } from './siteRows';

/** Every site side by side on the comparison metrics, with the change of the chosen one; sortable. */
export function SiteMetricsTable({ metric }: { metric: MetricId }) {
  const t = useT();
  const text = useMetricText();
  const format = useFormat();
  const [params] = useSearchParams();
  const { filters, metricFilter, compareTo } = useFilters();
  const reference = useReferenceData();
  const [sort, setSort] = useTableSort('sort', { column: metric, direction: 'desc' });
  const measures: MetricId[] = [...COMPARISON_METRICS, 'RESPONSES'];
  if (!measures.includes(metric)) measures.unshift(metric);
  const result = useMetrics({ filter: metricFilter, measures, groupBy: ['SITE'], compareTo });
  const rows = useMemo(
    () => toSiteMetricsRows(result.data?.metrics.rows ?? [], reference.data?.sites ?? []),
    [result.data, reference.data],
  );
  const search = sharedSearch(params);
  const shownMetrics = measures.filter((m) => m !== 'RESPONSES');

  const columns: Column<SiteMetricsRow>[] = [
    {
      id: 'site',
      header: t('common.site'),
      rowHeader: true,
      sortValue: (r) => r.site.name,
      cell: (r) => (
        <Link to={`${sitePath(r.site.id)}${search}`}>
          {r.site.name} <span className="code secondary-text">{r.site.code}</span>
        </Link>
      ),
      csv: (r) => [r.site.name, r.site.code],
      csvHeader: [t('common.site'), t('common.code')],
    },
    { id: 'city', header: t('common.city'), sortValue: (r) => r.site.city, cell: (r) => r.site.city, csv: (r) => r.site.city },
    {
      id: 'country',
      header: t('common.country'),
      sortValue: (r) => format.country(r.site.country) ?? r.site.country,
      cell: (r) => format.country(r.site.country) ?? r.site.country,
      csv: (r) => r.site.country,
    },
    {
      id: 'n',
      header: t('common.responses'),
      numeric: true,
      sortValue: (r) => r.cells.RESPONSES?.value ?? null,
      cell: (r) => <span className="tabular">{text.count(r.cells.RESPONSES?.value)}</span>,
      csv: (r) => r.cells.RESPONSES?.value ?? null,
    },
    ...shownMetrics.map<Column<SiteMetricsRow>>((m) => ({
      id: m,
      header: text.short(m),
      headerTitle: text.label(m),
      numeric: true,
      sortValue: (r) => r.cells[m]?.value ?? null,
      cell: (r) => <MetricValueLink cell={r.cells[m]} filters={filters} target={{ metric: m, siteId: r.site.id }} />,
      csv: (r) => csvValue(m, r.cells[m]?.value ?? null),
      csvHeader: `${text.label(m)}${text.unitSuffix(m)}`,
    })),
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
  const title = t('sites.table.title');

  return (
    <DataCard
      title={title}
      subtitle={t('sites.table.subtitle')}
      state={{ loading: result.loading || reference.loading, error: result.error ?? reference.error, refetch: result.refetch, hasData: Boolean(result.data && reference.data) }}
      skeleton="table"
      empty={rows.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['sites', filters.from, filters.to]), columns, sorted)} />}
      className="card--flush-body"
      testId="site-table"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={sorted} rowKey={(r) => r.site.id} sort={sort} onSort={setSort} testId="site-row" />
    </DataCard>
  );
}
