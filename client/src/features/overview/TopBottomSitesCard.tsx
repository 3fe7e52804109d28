import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useSiteRanking } from '../../api/operations/siteRanking';
import type { SiteRankingEntry } from '../../api/types';
import { sitePath } from '../../app/paths';
import { LowSampleBadge, SignificanceMark } from '../../components/Badges';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { sharedSearch } from '../../filters/filterParams';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { useSearchParams } from 'react-router-dom';
import { significanceDirection } from '../sites/ranking';

const SHOWN = 3;

/** The best and worst sites on CSAT, each marked when it differs significantly from the rest. */
export function TopBottomSitesCard() {
  const t = useT();
  const text = useMetricText();
  const [params] = useSearchParams();
  const { filters, metricFilter } = useFilters();
  const result = useSiteRanking({ filter: metricFilter, measure: 'CSAT', mixAdjusted: false });
  const ranking = result.data?.siteRanking;
  const ranked = useMemo(() => (ranking?.sites ?? []).filter((s) => s.rank !== null).sort((a, b) => a.rank! - b.rank!), [ranking]);
  const top = ranked.slice(0, SHOWN);
  const bottom = ranked.length > SHOWN ? ranked.slice(Math.max(SHOWN, ranked.length - SHOWN)).reverse() : [];
  const title = t('overview.sites.title');
  const search = sharedSearch(params);

  const item = (entry: SiteRankingEntry) => (
    <li key={entry.siteId} className="rank-list__item" data-testid="ranked-site">
      <span className="rank-list__rank tabular">{entry.rank}</span>
      <Link to={`${sitePath(entry.siteId)}${search}`} className="rank-list__name">
        {entry.site.name}
        <span className="secondary-text"> {entry.site.city}</span>
      </Link>
      <span className="rank-list__value tabular">{text.value('CSAT', entry.value)}</span>
      <SignificanceMark direction={significanceDirection(entry, 'CSAT')} title={text.p(entry.adjustedPValue)} />
      {entry.lowSample ? <LowSampleBadge n={entry.n} /> : null}
    </li>
  );

  return (
    <DataCard
      title={title}
      subtitle={t('overview.sites.subtitle', { value: text.value('CSAT', ranking?.organization.value ?? null) })}
      state={{ ...result, hasData: Boolean(ranking) }}
      skeleton="list"
      empty={ranked.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={
        <ExportActions
          title={title}
          csv={() => ({
            name: exportFileName(['site-ranking', 'csat', filters.from, filters.to]),
            header: [t('csv.rank'), t('common.site'), t('common.city'), `CSAT (%)`, 'n', 'p (BH)', t('csv.significant')],
            rows: ranked.map((e) => [e.rank, e.site.name, e.site.city, csvValue('CSAT', e.value), e.n, e.adjustedPValue, e.significant]),
          })}
        />
      }
      testId="top-bottom-sites"
    >
      <h3 className="subheading">{t('overview.sites.top')}</h3>
      <ol className="rank-list">{top.map(item)}</ol>
      {bottom.length ? (
        <>
          <h3 className="subheading">{t('overview.sites.bottom')}</h3>
          <ol className="rank-list">{bottom.map(item)}</ol>
        </>
      ) : null}
      <p className="card__footer-link">
        <Link to={`/sites${search}`}>{t('overview.sites.all')}</Link>
      </p>
    </DataCard>
  );
}
