import { useMemo } from 'react';
import type { VopUnitResult, VopVsVocResult } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { sortRows, tableCsv, type Column } from '../../components/dataTable';
import { useTableSort } from '../../components/useTableSort';
import type { QueryResult } from '../../api/useQuery';
import { exportFileName } from '../../export/csv';
import { useFilters } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { csvValue, roundTo } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { QUADRANT_STYLE, sortByGap } from './quadrants';
import { useVopParams } from './useVopParams';

/** Every unit with both voices, its percentiles and the gap between them; largest disagreement first. */
export function GapTable({ result }: { result: QueryResult<{ vopVsVoc: VopVsVocResult }> }) {
  const t = useT();
  const text = useMetricText();
  const format = useFormat();
  const { filters } = useFilters();
  const { focus, setFocus } = useVopParams();
  const [sort, setSort] = useTableSort('gapSort', { column: 'gap', direction: 'desc' });
  const data = result.data?.vopVsVoc;
  const byGap = useMemo(() => sortByGap(data?.units ?? []), [data]);
  if (!data) return <DataCard title={t('vop.gap.title')} state={{ ...result, hasData: false }} skeleton="table">{null}</DataCard>;
  const { vop, voc } = data;

  const columns: Column<VopUnitResult>[] = [
    {
      id: 'unit',
      header: t('vop.unitHeader'),
      rowHeader: true,
      sortValue: (u) => u.label,
      cell: (u) => (
        <button type="button" className="link-button" aria-pressed={u.key === focus} onClick={() => setFocus(u.key)}>
          {u.label}
        </button>
      ),
      csv: (u) => u.label,
    },
    {
      id: 'quadrant',
      header: t('vop.quadrantHeader'),
      sortValue: (u) => t(`vop.quadrant.${u.quadrant}`),
      cell: (u) => (
        <span className={`quadrant-tag quadrant-tag--${u.quadrant}`}>
          <span aria-hidden="true" style={{ color: QUADRANT_STYLE[u.quadrant].color }}>
            {QUADRANT_STYLE[u.quadrant].glyph}
          </span>{' '}
          {t(`vop.quadrant.${u.quadrant}`)}
        </span>
      ),
      csv: (u) => t(`vop.quadrant.${u.quadrant}`),
    },
    {
      id: 'vop',
      header: text.label(vop),
      numeric: true,
      sortValue: (u) => u.vop.value,
      cell: (u) => <ValueWithN value={text.value(vop, u.vop.value)} n={text.count(u.vop.n)} low={u.vop.lowSample} />,
      csv: (u) => [csvValue(vop, u.vop.value), u.vop.n],
      csvHeader: [`${text.label(vop)}${text.unitSuffix(vop)}`, `${text.label(vop)} n`],
    },
    {
      id: 'voc',
      header: text.label(voc),
      numeric: true,
      sortValue: (u) => u.voc.value,
      cell: (u) => <ValueWithN value={text.value(voc, u.voc.value)} n={text.count(u.voc.n)} low={u.voc.lowSample} />,
      csv: (u) => [csvValue(voc, u.voc.value), u.voc.n],
      csvHeader: [`${text.label(voc)}${text.unitSuffix(voc)}`, `${text.label(voc)} n`],
    },
    { id: 'vopPct', header: t('vop.vopPercentile'), numeric: true, sortValue: (u) => u.vopPercentile, cell: (u) => <span className="tabular">{text.count(u.vopPercentile)}</span>, csv: (u) => roundTo(u.vopPercentile, 1) },
    { id: 'vocPct', header: t('vop.vocPercentile'), numeric: true, sortValue: (u) => u.vocPercentile, cell: (u) => <span className="tabular">{text.count(u.vocPercentile)}</span>, csv: (u) => roundTo(u.vocPercentile, 1) },
    {
      id: 'gap',
      header: t('vop.gap'),
      numeric: true,
      sortValue: (u) => (u.gap === null ? null : Math.abs(u.gap)),
      cell: (u) => <GapValue gap={u.gap} text={u.gap === null ? '—' : format.number(u.gap, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })} />,
      csv: (u) => roundTo(u.gap, 1),
    },
  ];
  // The default order is the API's |gap| order; any other column sorts as usual.
  const rows = sort.column === 'gap' && sort.direction === 'desc' ? byGap : sortRows(byGap, columns, sort, text.locale);
  const title = t('vop.gap.title');

  return (
    <DataCard
      title={title}
      subtitle={t('vop.gap.subtitle')}
      state={{ ...result, hasData: true }}
      skeleton="table"
      empty={data.units.length === 0 ? { title: t('vop.empty.title'), body: t('vop.empty.body') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['vop-gaps', data.unit, vop, voc, filters.from, filters.to]), columns, rows)} />}
      className="card--flush-body"
      testId="gap-table"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={(u) => u.key} sort={sort} onSort={setSort} testId="gap-row" rowClassName={(u) => (u.key === focus ? 'is-highlighted' : undefined)} />
    </DataCard>
  );
}

function ValueWithN({ value, n, low }: { value: string; n: string; low: boolean }) {
  return (
    <span className="stacked stacked--end">
      <span className="tabular">{value}</span>
      <span className={`secondary-text tabular${low ? ' is-warning' : ''}`}>n = {n}{low ? ' !' : ''}</span>
    </span>
  );
}

function GapValue({ gap, text }: { gap: number | null; text: string }) {
  if (gap === null) return <span className="muted">—</span>;
  return <span className={`tabular gap-value gap-value--${gap < 0 ? 'negative' : gap > 0 ? 'positive' : 'zero'}`}>{text}</span>;
}
