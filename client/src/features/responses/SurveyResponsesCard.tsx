import { useMemo } from 'react';
import { useResponses } from '../../api/operations/records';
import type { ListFilterInput, SurveyResponse } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ServerCsvButton } from '../../components/ServerCsvButton';
import type { Column } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { onLocalDays } from '../../filters/listFilter';
import { useFilters, useUrlParam } from '../../filters/useFilters';
import { useLocale, useT } from '../../i18n';
import { formatSiteTime, zoneName } from './localTime';
import { Pagination } from './Pagination';
import { SCORE_FILTERS, responseFilter, responsesExportUrl, unhappiness, type ScoreFilter } from './recordParams';
import { SearchField } from './SearchField';
import { usePagedList } from './usePagedList';

const PAGE_SIZE = 25;

/** Survey verbatims with their scores, newest first; unhappy customers marked in words and colour. */
export function SurveyResponsesCard({ base }: { base: ListFilterInput | null }) {
  const t = useT();
  const { locale } = useLocale();
  const { filters } = useFilters();
  const [search, setSearch] = useUrlParam<string>('q', '');
  const [score, setScore] = useUrlParam<ScoreFilter>('score', 'all', SCORE_FILTERS);
  const [comments, setComments] = useUrlParam<'0' | '1'>('comments', '0', ['0', '1']);
  const filter = useMemo(() => (base ? responseFilter(base, { search, score, commentsOnly: comments === '1' }) : null), [base, search, score, comments]);
  const paging = usePagedList(JSON.stringify(filter));
  const result = useResponses({ filter: filter ?? {}, first: PAGE_SIZE, after: paging.after }, { skip: !filter });
  const connection = result.data?.responses;
  const rows = useMemo(() => connection?.edges.map((e) => e.node).filter((r) => onLocalDays(r.respondedAt, r.site.timeZone, filters)) ?? [], [connection, filters]);

  const columns: Column<SurveyResponse>[] = [
    {
      id: 'time',
      header: t('records.col.time'),
      cell: (r) => (
        <span className="stacked">
          <span className="tabular">{formatSiteTime(r.respondedAt, r.site.timeZone, locale)}</span>
          <span className="secondary-text">{zoneName(r.respondedAt, r.site.timeZone, locale)}</span>
        </span>
      ),
    },
    { id: 'site', header: t('common.site'), cell: (r) => <span className="code">{r.site.code}</span> },
    { id: 'channel', header: t('common.channel'), cell: (r) => t(`channel.${r.channel}`) },
    { id: 'csat', header: 'CSAT', numeric: true, cell: (r) => <Score value={r.csat} scale={5} /> },
    { id: 'nps', header: 'NPS', numeric: true, cell: (r) => <Score value={r.nps} scale={10} /> },
    { id: 'ces', header: 'CES', numeric: true, cell: (r) => <Score value={r.ces} scale={7} /> },
    { id: 'resolved', header: t('records.col.resolved'), cell: (r) => (r.resolved === null ? '—' : r.resolved ? t('common.yes') : t('common.no')) },
    {
      id: 'comment',
      header: t('records.col.comment'),
      cell: (r) => {
        const mood = unhappiness(r);
        return (
          <span className="verbatim">
            {mood ? <span className={`badge badge--${mood}`}>{t(`records.${mood}`)}</span> : null}
            {r.comment ? <q lang={r.language ?? undefined}>{r.comment}</q> : <span className="muted">{t('records.noComment')}</span>}
            {r.topic ? <span className="secondary-text"> · {r.topic}</span> : null}
          </span>
        );
      },
    },
  ];
  const title = t('records.surveys.title');

  return (
    <DataCard
      title={title}
      subtitle={t('records.localTimes')}
      state={{ loading: result.loading || !filter, error: result.error, refetch: result.refetch, hasData: Boolean(connection) }}
      skeleton="table"
      actions={filter ? <ServerCsvButton title={title} url={responsesExportUrl(filter)} fileName={exportFileName(['responses', filters.from, filters.to])} /> : null}
      className="card--flush-body"
      testId="responses"
    >
      <div className="toolbar">
        <SearchField label={t('records.search')} placeholder={t('records.searchPlaceholder')} value={search} onChange={setSearch} />
        <label className="control">
          <span className="control__label">{t('records.score')}</span>
          <select className="control__select" value={score} onChange={(e) => setScore(e.target.value as ScoreFilter)} data-testid="score-filter">
            {SCORE_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`records.score.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={comments === '1'} onChange={(e) => setComments(e.target.checked ? '1' : '0')} />
          {t('records.commentsOnly')}
        </label>
      </div>
      <DataTable
        caption={title}
        hideCaption
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        testId="response-row"
        rowClassName={(r) => (unhappiness(r) ? 'is-unhappy' : undefined)}
        empty={
          <>
            <strong>{t('records.none')}</strong> {t('records.noneBody')}
          </>
        }
      />
      <Pagination page={paging.page} shown={rows.length} hasNext={Boolean(connection?.pageInfo.hasNextPage)} onPrevious={paging.previous} onNext={() => paging.next(connection?.pageInfo.endCursor ?? null)} />
    </DataCard>
  );
}

function Score({ value, scale }: { value: number | null; scale: number }) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="tabular">
      {value}
      <span className="secondary-text">/{scale}</span>
    </span>
  );
}
