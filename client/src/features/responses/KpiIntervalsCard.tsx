import { useMemo } from 'react';
import { useKpiIntervals } from '../../api/operations/records';
import type { KpiInterval, ListFilterInput } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { tableCsv, type Column } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { onLocalDays } from '../../filters/listFilter';
import { useFilters } from '../../filters/useFilters';
import { useFormat, useLocale, useT } from '../../i18n';
import { formatSiteTime } from './localTime';
import { Pagination } from './Pagination';
import { usePagedList } from './usePagedList';

const PAGE_SIZE = 50;

/** The ACD/WFM intervals behind the KPIs, as imported: counters, not ratios. */
export function KpiIntervalsCard({ base }: { base: ListFilterInput | null }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const { filters } = useFilters();
  const paging = usePagedList(JSON.stringify(base));
  const result = useKpiIntervals({ filter: base ?? {}, first: PAGE_SIZE, after: paging.after }, { skip: !base });
  const connection = result.data?.kpiIntervals;
  const rows = useMemo(() => connection?.edges.map((e) => e.node).filter((r) => onLocalDays(r.intervalStart, r.site.timeZone, filters)) ?? [], [connection, filters]);
  const count = (key: keyof KpiInterval) => (r: KpiInterval) => <span className="tabular">{format.number(r[key] as number)}</span>;

  const columns: Column<KpiInterval>[] = [
    { id: 'time', header: t('records.col.interval'), cell: (r) => <span className="tabular">{formatSiteTime(r.intervalStart, r.site.timeZone, locale)} <span className="secondary-text">({r.intervalMinutes} min)</span></span>, csv: (r) => [r.intervalStart, r.intervalMinutes], csvHeader: [t('records.col.timeUtc'), t('records.col.minutes')] },
    { id: 'site', header: t('common.site'), cell: (r) => <span className="code">{r.site.code}</span>, csv: (r) => r.site.name },
    { id: 'channel', header: t('common.channel'), cell: (r) => t(`channel.${r.channel}`), csv: (r) => r.channel },
    { id: 'offered', header: t('records.col.offered'), numeric: true, cell: count('offered'), csv: (r) => r.offered },
    { id: 'answered', header: t('records.col.answered'), numeric: true, cell: count('answered'), csv: (r) => r.answered },
    { id: 'withinSl', header: t('records.col.withinSl'), numeric: true, cell: (r) => <span className="tabular">{format.number(r.answeredWithinSl)} <span className="secondary-text">≤ {r.slThresholdS} s</span></span>, csv: (r) => [r.answeredWithinSl, r.slThresholdS], csvHeader: [t('records.col.withinSl'), t('records.col.threshold')] },
    { id: 'abandoned', header: t('records.col.abandoned'), numeric: true, cell: count('abandoned'), csv: (r) => r.abandoned },
    { id: 'handled', header: t('records.col.handled'), numeric: true, cell: count('handled'), csv: (r) => r.handled },
  ];
  const title = t('records.kpis.title');

  return (
    <DataCard
      title={title}
      subtitle={t('records.localTimes')}
      state={{ loading: result.loading || !base, error: result.error, refetch: result.refetch, hasData: Boolean(connection) }}
      skeleton="table"
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['kpi-intervals', filters.from, filters.to, `page-${paging.page}`]), columns, rows)} />}
      className="card--flush-body"
      testId="kpi-intervals"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={(r) => r.id} testId="kpi-row" empty={<><strong>{t('records.none')}</strong> {t('records.noneBody')}</>} />
      <Pagination page={paging.page} shown={rows.length} hasNext={Boolean(connection?.pageInfo.hasNextPage)} onPrevious={paging.previous} onNext={() => paging.next(connection?.pageInfo.endCursor ?? null)} />
    </DataCard>
  );
}
