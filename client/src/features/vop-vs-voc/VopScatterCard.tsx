import { useMemo, useRef } from 'react';
import type { QueryResult } from '../../api/useQuery';
import type { VopVsVocResult } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { QUADRANT_ORDER, QUADRANT_STYLE, toScatterGroups } from './quadrants';
import { useVopParams } from './useVopParams';
import { VopScatter } from './VopScatter';

/** The scatter with its legend (colour, shape and name of each quadrant) and the correlations across units. */
export function VopScatterCard({ result }: { result: QueryResult<{ vopVsVoc: VopVsVocResult }> }) {
  const t = useT();
  const text = useMetricText();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters } = useFilters();
  const { focus, setFocus } = useVopParams();
  const data = result.data?.vopVsVoc;
  const groups = useMemo(() => toScatterGroups(data?.units ?? []), [data]);
  const title = t('vop.scatter.title');
  const counts = useMemo(() => new Map(QUADRANT_ORDER.map((q) => [q, data?.units.filter((u) => u.quadrant === q).length ?? 0])), [data]);

  return (
    <DataCard
      title={title}
      subtitle={data ? t('vop.scatter.subtitle', { vop: text.label(data.vop), voc: text.label(data.voc) }) : undefined}
      state={{ ...result, hasData: Boolean(data) }}
      empty={data && data.units.length === 0 ? { title: t('vop.empty.title'), body: t('vop.empty.body') } : null}
      actions={
        data ? (
          <ExportActions
            title={title}
            csv={() => ({
              name: exportFileName(['vop-vs-voc', data.unit, data.vop, data.voc, filters.from, filters.to]),
              header: [t('vop.unitHeader'), t('vop.quadrantHeader'), `${text.label(data.vop)}${text.unitSuffix(data.vop)}`, `${text.label(data.vop)} n`, `${text.label(data.voc)}${text.unitSuffix(data.voc)}`, `${text.label(data.voc)} n`],
              rows: data.units.map((u) => [u.label, t(`vop.quadrant.${u.quadrant}`), csvValue(data.vop, u.vop.value), u.vop.n, csvValue(data.voc, u.voc.value), u.voc.n]),
            })}
            png={() => ({
              target: chartRef,
              fileName: exportFileName(['vop-vs-voc', data.vop, data.voc, filters.from, filters.to]),
              title: `${title}: ${text.label(data.vop)} / ${text.label(data.voc)}`,
              subtitle: `${filters.from} – ${filters.to}`,
              legend: QUADRANT_ORDER.filter((q) => counts.get(q)).map((q) => ({ label: `${QUADRANT_STYLE[q].glyph} ${t(`vop.quadrant.${q}`)}`, color: QUADRANT_STYLE[q].color })),
            })}
          />
        ) : null
      }
      testId="vop-scatter"
    >
      {data ? (
        <>
          <div ref={chartRef}>
            <VopScatter groups={groups} vop={data.vop} voc={data.voc} vopMedian={data.vopMedian} vocMedian={data.vocMedian} focus={focus} label={title} onSelect={setFocus} />
          </div>
          <ul className="legend" aria-label={t('legend.label')}>
            {QUADRANT_ORDER.map((q) => (
              <li key={q} data-testid={`legend-${q}`}>
                <span className="legend__glyph" style={{ color: QUADRANT_STYLE[q].color }} aria-hidden="true">
                  {QUADRANT_STYLE[q].glyph}
                </span>
                {t(`vop.quadrant.${q}`)} <span className="secondary-text tabular">({counts.get(q)})</span>
              </li>
            ))}
          </ul>
          <p className="chart-note" data-testid="vop-correlation">
            {data.pearson ? t('vop.pearson', { r: text.r(data.pearson.r), p: text.p(data.pearson.pValue), n: data.pearson.n }) : t('vop.noCorrelation')}
            {data.spearman ? ` · ${t('vop.spearman', { r: text.r(data.spearman.r), p: text.p(data.spearman.pValue) })}` : null}
          </p>
          <p className="chart-note secondary-text">{t('vop.scatter.note', { vopMin: data.minVopSample, vocMin: data.minVocSample })}</p>
        </>
      ) : null}
    </DataCard>
  );
}
