import { useMemo } from 'react';
import { useEvaluations } from '../../api/operations/records';
import type { ListFilterInput, ProcessEvaluation } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { tableCsv, type Column } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { onLocalDays } from '../../filters/listFilter';
import { useFilters, useUrlParam } from '../../filters/useFilters';
import { useFormat, useLocale, useT } from '../../i18n';
import { formatSiteTime } from './localTime';
import { Pagination } from './Pagination';
import { EVAL_KINDS, evaluationFilter, type EvalKindFilter } from './recordParams';
import { usePagedList } from './usePagedList';

const PAGE_SIZE = 25;

/** Mystery shops and QA evaluations behind the voice-of-process numbers. */
export function EvaluationsCard({ base }: { base: ListFilterInput | null }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const { filters } = useFilters();
  const [kind, setKind] = useUrlParam<EvalKindFilter>('evalKind', 'all', EVAL_KINDS);
  const [critical, setCritical] = useUrlParam<'0' | '1'>('critical', '0', ['0', '1']);
  const filter = useMemo(() => (base ? evaluationFilter(base, { kind, criticalOnly: critical === '1' }) : null), [base, kind, critical]);
  const paging = usePagedList(JSON.stringify(filter));
  const result = useEvaluations({ filter: filter ?? {}, first: PAGE_SIZE, after: paging.after }, { skip: !filter });
  const connection = result.data?.evaluations;
  const rows = useMemo(() => connection?.edges.map((e) => e.node).filter((r) => onLocalDays(r.evaluatedAt, r.site.timeZone, filters)) ?? [], [connection, filters]);

  const columns: Column<ProcessEvaluation>[] = [
    { id: 'time', header: t('records.col.time'), cell: (r) => <span className="tabular">{formatSiteTime(r.evaluatedAt, r.site.timeZone, locale)}</span>, csv: (r) => r.evaluatedAt, csvHeader: t('records.col.timeUtc') },
    { id: 'site', header: t('common.site'), cell: (r) => <span className="code">{r.site.code}</span>, csv: (r) => r.site.name },
    { id: 'kind', header: t('records.col.kind'), cell: (r) => t(`records.evalKind.${r.kind}`), csv: (r) => r.kind },
    { id: 'channel', header: t('common.channel'), cell: (r) => t(`channel.${r.channel}`), csv: (r) => r.channel },
    { id: 'score', header: t('records.col.score'), numeric: true, cell: (r) => <span className="tabular">{format.number(r.scorePct / 100, { style: 'percent', maximumFractionDigits: 1 })}</span>, csv: (r) => r.scorePct },
    {
      id: 'result',
      header: t('records.col.result'),
      cell: (r) => (
        <span className="stacked">
          <span>{r.passed === null ? '—' : r.passed ? t('records.passed') : t('records.failed')}</span>
          {r.criticalFailed ? <span className="badge badge--detractor">{t('records.criticalFail')}</span> : null}
        </span>
      ),
      csv: (r) => [r.passed, r.criticalFailed],
      csvHeader: [t('records.passed'), t('records.criticalFail')],
    },
    { id: 'form', header: t('records.col.form'), cell: (r) => [r.form, r.scenario, r.agency].filter(Boolean).join(' · ') || '—', csv: (r) => [r.form, r.scenario, r.agency], csvHeader: [t('records.col.form'), t('records.col.scenario'), t('records.col.agency')] },
    { id: 'comment', header: t('records.col.comment'), cell: (r) => (r.comment ? <q>{r.comment}</q> : <span className="muted">—</span>), csv: (r) => r.comment },
  ];
  const title = t('records.evaluations.title');

  return (
    <DataCard
      title={title}
      subtitle={t('records.localTimes')}
      state={{ loading: result.loading || !filter, error: result.error, refetch: result.refetch, hasData: Boolean(connection) }}
      skeleton="table"
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['evaluations', filters.from, filters.to, `page-${paging.page}`]), columns, rows)} />}
      className="card--flush-body"
      testId="evaluations"
    >
      <div className="toolbar">
        <label className="control">
          <span className="control__label">{t('records.col.kind')}</span>
          <select className="control__select" value={kind} onChange={(e) => setKind(e.target.value as EvalKindFilter)}>
            {EVAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`records.evalKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={critical === '1'} onChange={(e) => setCritical(e.target.checked ? '1' : '0')} />
          {t('records.criticalOnly')}
        </label>
      </div>
      <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={(r) => r.id} testId="evaluation-row" rowClassName={(r) => (r.criticalFailed ? 'is-unhappy' : undefined)} empty={<><strong>{t('records.none')}</strong> {t('records.noneBody')}</>} />
      <Pagination page={paging.page} shown={rows.length} hasNext={Boolean(connection?.pageInfo.hasNextPage)} onPrevious={paging.previous} onNext={() => paging.next(connection?.pageInfo.endCursor ?? null)} />
    </DataCard>
  );
}
