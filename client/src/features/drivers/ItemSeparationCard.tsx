import { SIGNIFICANCE_LEVEL } from '@cxlens/shared';
import { useState } from 'react';
import type { DriverResult, ItemSeparation } from '../../api/types';
import type { QueryResult } from '../../api/useQuery';
import { SignificanceMark } from '../../components/Badges';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { sortRows, tableCsv, type Column, type SortState } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { useFilters } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { roundTo } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';

/** Mystery-shop checklist items that most separate the high-VOC sites from the low ones. */
export function ItemSeparationCard({ result }: { result: QueryResult<{ drivers: DriverResult }> }) {
  const t = useT();
  const text = useMetricText();
  const format = useFormat();
  const { filters } = useFilters();
  const [sort, setSort] = useState<SortState>({ column: 'difference', direction: 'desc' });
  const items = result.data?.drivers.itemSeparation ?? [];
  const share = (v: number | null) => (v === null ? '—' : format.number(v, { style: 'percent', maximumFractionDigits: 0 }));
  const points = (v: number | null) => (v === null ? '—' : `${format.number(v * 100, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })} ${t('metric.points')}`);
  const significant = (i: ItemSeparation) => i.adjustedPValue !== null && i.adjustedPValue < SIGNIFICANCE_LEVEL;

  const columns: Column<ItemSeparation>[] = [
    { id: 'item', header: t('drivers.items.item'), rowHeader: true, sortValue: (i) => i.item, cell: (i) => <span className="stacked"><span>{i.item}</span><span className="secondary-text">{i.section}</span></span>, csv: (i) => [i.section, i.item], csvHeader: [t('drivers.items.section'), t('drivers.items.item')] },
    { id: 'high', header: t('drivers.items.high'), numeric: true, sortValue: (i) => i.highMean, cell: (i) => <span className="tabular">{share(i.highMean)} <span className="secondary-text">n = {text.count(i.highN)}</span></span>, csv: (i) => [roundTo(i.highMean, 4), i.highN], csvHeader: [t('drivers.items.high'), `${t('drivers.items.high')} n`] },
    { id: 'low', header: t('drivers.items.low'), numeric: true, sortValue: (i) => i.lowMean, cell: (i) => <span className="tabular">{share(i.lowMean)} <span className="secondary-text">n = {text.count(i.lowN)}</span></span>, csv: (i) => [roundTo(i.lowMean, 4), i.lowN], csvHeader: [t('drivers.items.low'), `${t('drivers.items.low')} n`] },
    { id: 'difference', header: t('drivers.items.difference'), numeric: true, sortValue: (i) => (i.difference === null ? null : Math.abs(i.difference)), cell: (i) => <span className="tabular">{points(i.difference)}</span>, csv: (i) => roundTo(i.difference, 4) },
    {
      id: 'p',
      header: t('drivers.items.p'),
      numeric: true,
      sortValue: (i) => i.adjustedPValue,
      cell: (i) => (
        <span className="value-cell">
          <span className="tabular">{text.p(i.adjustedPValue)}</span>
          <SignificanceMark direction={significant(i) ? ((i.difference ?? 0) > 0 ? 'above' : 'below') : 'none'} />
        </span>
      ),
      csv: (i) => [i.pValue, i.adjustedPValue],
      csvHeader: ['p', 'p (BH)'],
    },
  ];
  const rows = sortRows(items, columns, sort, text.locale);
  const title = t('drivers.items.title');

  return (
    <DataCard
      title={title}
      subtitle={t('drivers.items.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="table"
      empty={items.length === 0 ? { title: t('drivers.items.none'), body: t('drivers.items.noneBody') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['item-separation', filters.from, filters.to]), columns, rows)} />}
      className="card--flush-body"
      testId="item-separation"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={(i) => `${i.section}|${i.item}`} sort={sort} onSort={setSort} testId="item-row" />
    </DataCard>
  );
}
