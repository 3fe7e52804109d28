import { useMemo, useRef } from 'react';
import type { QueryResult } from '../../api/useQuery';
import type { VopVsVocResult } from '../../api/types';
import { DualAxisChart, type DualPoint } from '../../charts/DualAxisChart';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { LagCorrelationTable } from './LagCorrelationTable';
import { QUADRANT_STYLE, sortByGap } from './quadrants';
import { useVopParams } from './useVopParams';

/** Both voices of one unit over time, and whether one leads the other. */
export function VopTimeSeriesCard({ result }: { result: QueryResult<{ vopVsVoc: VopVsVocResult }> }) {
  const t = useT();
  const text = useMetricText();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters } = useFilters();
  const { focus, setFocus, granularity } = useVopParams();
  const data = result.data?.vopVsVoc;
  const series = data?.timeSeries ?? null;
  const points = useMemo<DualPoint[]>(
    () => (series?.points ?? []).map((p) => ({ start: p.bucket, left: p.vop.value, right: p.voc.value, leftN: p.vop.n, rightN: p.voc.n })),
    [series],
  );
  const suggestions = useMemo(() => sortByGap(data?.units ?? []).filter((u) => u.quadrant === 'BLIND_SPOT' || u.quadrant === 'HIDDEN_STRENGTH').slice(0, 4), [data]);
  const title = series ? t('vop.series.titleFor', { unit: series.label }) : t('vop.series.title');
  const bucketWord = (count: number) => t(`vop.bucketWord.${granularity}`, { count });

  if (data && (!focus || !series)) {
    return (
      <DataCard
        title={t('vop.series.title')}
        state={{ ...result, hasData: true }}
        empty={{
          title: t('vop.series.pick'),
          body: t('vop.series.pickBody'),
          icon: 'vopVsVoc',
          action: suggestions.length ? (
            <div className="button-row">
              {suggestions.map((u) => (
                <button key={u.key} type="button" className="button button--secondary button--small" onClick={() => setFocus(u.key)}>
                  <span aria-hidden="true" style={{ color: QUADRANT_STYLE[u.quadrant].color }}>{QUADRANT_STYLE[u.quadrant].glyph}</span> {u.label}
                </button>
              ))}
            </div>
          ) : undefined,
        }}
        testId="vop-series"
      >
        {null}
      </DataCard>
    );
  }
  return (
    <DataCard
      title={title}
      subtitle={data ? t('vop.series.subtitle', { vop: text.label(data.vop), voc: text.label(data.voc) }) : undefined}
      state={{ ...result, hasData: Boolean(data) }}
      empty={series && points.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={
        data && series ? (
          <ExportActions
            title={title}
            csv={() => ({
              name: exportFileName(['vop-series', series.label, data.vop, data.voc, filters.from, filters.to]),
              header: [t('csv.bucketStart'), `${text.label(data.vop)}${text.unitSuffix(data.vop)}`, `${text.label(data.vop)} n`, `${text.label(data.voc)}${text.unitSuffix(data.voc)}`, `${text.label(data.voc)} n`],
              rows: points.map((p) => [p.start, csvValue(data.vop, p.left), p.leftN, csvValue(data.voc, p.right), p.rightN]),
            })}
            png={() => ({ target: chartRef, fileName: exportFileName(['vop-series', series.label]), title, subtitle: `${filters.from} – ${filters.to}` })}
          />
        ) : null
      }
      testId="vop-series"
    >
      {data && series ? (
        <div className="grid grid--3-2 grid--flat">
          <div ref={chartRef}>
            <DualAxisChart points={points} left={data.vop} right={data.voc} granularity={granularity} label={title} />
          </div>
          <LagCorrelationTable lags={series.lagCorrelations} bucketWord={bucketWord} />
        </div>
      ) : null}
    </DataCard>
  );
}
