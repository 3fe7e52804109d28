import { Link } from 'react-router-dom';
import type { QueryResult } from '../../api/useQuery';
import type { MetricSummary } from '../../api/types';
import { paths } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Skeleton } from '../../components/Skeleton';
import { drillDownHref } from '../../filters/drilldown';
import type { DashboardFilters } from '../../filters/filterParams';
import { useLocale, useT } from '../../i18n';
import { SummaryTile } from './SummaryTile';

/** The headline tiles: a skeleton of the same shape while loading, and a way forward when empty. */
export function SummaryTiles({
  result,
  filters,
  onWiden,
}: {
  result: QueryResult<{ summary: MetricSummary }>;
  filters: DashboardFilters;
  onWiden: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = result;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  if (!data) return <TilesSkeleton label={t('overview.tiles.loading')} />;
  const { summary } = data;
  if (summary.tiles.every((tile) => tile.n === 0)) {
    return (
      <div className="card">
        <EmptyState
          icon="overview"
          title={t('overview.empty.title')}
          action={
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={onWiden}>
                {t('overview.empty.widen')}
              </button>
              <Link className="button button--secondary" to={paths.data}>
                {t('overview.empty.import')}
              </Link>
            </div>
          }
        >
          <p>{t('overview.empty.body')}</p>
        </EmptyState>
      </div>
    );
  }
  return (
    <section className={`tiles${loading ? ' is-refreshing' : ''}`} aria-label={t('overview.tiles.label')} aria-busy={loading}>
      {summary.tiles.map((tile) => (
        <SummaryTile
          key={tile.metric}
          tile={tile}
          settings={summary.settings}
          comparing={summary.compareTo !== null}
          href={drillDownHref(filters, { metric: tile.metric }, locale)}
        />
      ))}
    </section>
  );
}

function TilesSkeleton({ label }: { label: string }) {
  return (
    <div className="tiles" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {Array.from({ length: 10 }, (_, index) => (
        <div key={index} className="tile tile--skeleton" aria-hidden="true">
          <Skeleton width="50%" />
          <Skeleton width="70%" />
          <Skeleton width="40%" />
          <div className="skeleton skeleton--block" />
        </div>
      ))}
    </div>
  );
}
