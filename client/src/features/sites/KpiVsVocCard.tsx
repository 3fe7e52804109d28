import { pearson, type MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { useMetrics } from '../../api/operations/metrics';
import type { SiteRef } from '../../api/types';
import { DualAxisChart, type DualPoint } from '../../charts/DualAxisChart';
import { SelectControl } from '../../components/Controls';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { useUrlParam } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { useSiteScope } from './useSiteScope';

const KPIS: readonly MetricId[] = ['SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR', 'TRANSFER_RATE'];
const VOCS: readonly MetricId[] = ['CSAT', 'NPS', 'CES', 'RESOLVED'];

/** Does the customer's view follow the queue? The site's weekly KPI and VOC side by side, with their correlation. */
export function KpiVsVocCard({ site }: { site: SiteRef }) {
  const t = useT();
  const text = useMetricText();
  const chartRef = useRef<HTMLDivElement>(null);
  const { siteFilter, filters } = useSiteScope();
  const [kpi, setKpi] = useUrlParam<MetricId>('kpi', 'SERVICE_LEVEL', KPIS);
  const [voc, setVoc] = useUrlParam<MetricId>('voc', 'CSAT', VOCS);
  const result = useMetrics({ filter: siteFilter, measures: [voc, kpi], granularity: 'WEEK' });
  const points = useMemo<DualPoint[]>(
    () =>
      (result.data?.metrics.rows ?? [])
        .filter((row) => row.bucket)
        .map((row) => {
          const v = row.cells.find((c) => c.metric === voc);
          const k = row.cells.find((c) => c.metric === kpi);
          return { start: row.bucket!.start, left: v?.value ?? null, right: k?.value ?? null, leftN: v?.n ?? 0, rightN: k?.n ?? 0 };
        }),
    [result.data, voc, kpi],
  );
  const correlation = useMemo(
    () => pearson(points.map((p) => p.left ?? Number.NaN), points.map((p) => p.right ?? Number.NaN)),
    [points],
  );
  const title = t('sites.detail.kpiVsVoc');

  return (
    <DataCard
      title={title}
      subtitle={t('sites.detail.kpiVsVocSubtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      empty={points.every((p) => p.left === null && p.right === null) ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={
        <ExportActions
          title={title}
          csv={() => ({
            name: exportFileName(['site', site.code, voc, kpi, filters.from, filters.to]),
            header: [t('csv.bucketStart'), `${text.label(voc)}${text.unitSuffix(voc)}`, `${text.label(voc)} n`, `${text.label(kpi)}${text.unitSuffix(kpi)}`, `${text.label(kpi)} n`],
            rows: points.map((p) => [p.start, csvValue(voc, p.left), p.leftN, csvValue(kpi, p.right), p.rightN]),
          })}
          png={() => ({ target: chartRef, fileName: exportFileName(['site', site.code, voc, kpi]), title: `${site.name}: ${text.label(voc)} / ${text.label(kpi)}` })}
        />
      }
    >
      <div className="card__toolbar">
        <SelectControl label={t('vop.voc')} value={voc} onChange={setVoc} options={VOCS.map((id) => ({ value: id, label: text.label(id) }))} />
        <SelectControl label={t('sites.detail.kpi')} value={kpi} onChange={setKpi} options={KPIS.map((id) => ({ value: id, label: text.label(id) }))} />
      </div>
      <div ref={chartRef}>
        <DualAxisChart points={points} left={voc} right={kpi} granularity="WEEK" label={title} />
      </div>
      <p className="chart-note" data-testid="kpi-correlation">
        {correlation
          ? t('sites.detail.correlation', { r: text.r(correlation.r), p: text.p(correlation.pValue), n: correlation.n })
          : t('sites.detail.noCorrelation')}
      </p>
    </DataCard>
  );
}
