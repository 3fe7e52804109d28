import { addDays } from '@cxlens/shared';
import { useMemo, useState } from 'react';
import { useMetrics } from '../../api/operations/metrics';
import { useReferenceData } from '../../api/operations/reference';
import type { SiteRef } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { tableCsv, type Column } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { localToday } from '../../filters/datePresets';
import { useFormat, useT } from '../../i18n';
import { FRESHNESS_KINDS, daysSince, latestDays, type FreshnessKind } from './freshness';

const WINDOW_DAYS = 180;
/** Days without data after which a kind looks stale: surveys and KPIs arrive daily, evaluations in batches. */
const STALE_AFTER: Record<FreshnessKind, number> = { RESPONSES: 2, OFFERED: 2, QA_SCORE: 7, MYSTERY_SCORE: 14 };

interface Row {
  site: SiteRef;
  latest: Record<FreshnessKind, string | null>;
}

/** How recent each site's data is, per kind: the last site-local day with any record in the last half year. */
export function FreshnessCard() {
  const t = useT();
  const format = useFormat();
  const [today] = useState(localToday);
  const reference = useReferenceData();
  const result = useMetrics({ filter: { from: addDays(today, -WINDOW_DAYS), to: today }, measures: [...FRESHNESS_KINDS], groupBy: ['SITE'], granularity: 'DAY' });
  const rows = useMemo<Row[]>(() => {
    const latest = latestDays(result.data?.metrics.rows ?? []);
    const empty = { RESPONSES: null, MYSTERY_SCORE: null, QA_SCORE: null, OFFERED: null };
    return (reference.data?.sites ?? []).map((site) => ({ site, latest: latest.get(site.id) ?? empty }));
  }, [result.data, reference.data]);

  const day = (value: string | null, kind: FreshnessKind) => {
    if (!value) return <span className="muted">{t('data.freshness.never')}</span>;
    const age = daysSince(value, today);
    const ageText = age <= 0 ? t('data.freshness.today') : t('data.freshness.age', { count: age });
    const stale = age > STALE_AFTER[kind];
    return (
      <span className="stacked">
        <span className="tabular">{format.date(Date.parse(`${value}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' })}</span>
        <span className={stale ? 'badge badge--warning' : 'secondary-text'}>{stale ? `! ${ageText}` : ageText}</span>
      </span>
    );
  };
  const columns: Column<Row>[] = [
    { id: 'site', header: t('common.site'), rowHeader: true, cell: (r) => <span className="stacked"><span>{r.site.name}</span><span className="secondary-text">{r.site.timeZone}</span></span>, csv: (r) => [r.site.name, r.site.timeZone], csvHeader: [t('common.site'), t('records.col.timeZone')] },
    ...FRESHNESS_KINDS.map<Column<Row>>((kind) => ({ id: kind, header: t(`data.freshness.${kind}`), cell: (r) => day(r.latest[kind], kind), csv: (r) => r.latest[kind] })),
  ];
  const title = t('data.freshness.title');

  return (
    <DataCard
      title={title}
      subtitle={t('data.freshness.subtitle', { days: WINDOW_DAYS })}
      state={{ loading: result.loading || reference.loading, error: result.error ?? reference.error, refetch: result.refetch, hasData: Boolean(result.data && reference.data) }}
      skeleton="table"
      empty={rows.length === 0 ? { title: t('sites.empty.title'), body: t('sites.empty.body') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['freshness', today]), columns, rows)} />}
      className="card--flush-body"
      testId="freshness"
    >
      <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={(r) => r.site.id} testId="freshness-row" />
    </DataCard>
  );
}
