import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import type { IconName } from './Icon';
import { Skeleton } from './Skeleton';

export interface LoadState {
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
  /** Whether there is data to show (possibly from an earlier, still visible answer). */
  hasData: boolean;
}

export interface DataCardProps {
  title: string;
  /** One line under the title: what the numbers are (period, unit, variant). */
  subtitle?: ReactNode;
  actions?: ReactNode;
  state: LoadState;
  /** The data arrived but holds nothing to show. */
  empty?: { title: string; body: ReactNode; icon?: IconName; action?: ReactNode } | null;
  skeleton?: 'chart' | 'table' | 'list';
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A card around one query's result: a skeleton while the first answer loads, the server's error
 * with a retry, an empty state that says what to do, and otherwise the content (dimmed and marked
 * busy while a newer answer loads, so an old number is never taken for the new one).
 */
export function DataCard({ title, subtitle, actions, state, empty, skeleton = 'chart', className, testId, children }: DataCardProps) {
  const t = useT();
  const refreshing = state.loading && state.hasData;
  let body: ReactNode;
  if (state.error) body = <ErrorState error={state.error} onRetry={state.refetch} compact />;
  else if (!state.hasData) body = <CardSkeleton kind={skeleton} label={t('common.loading')} />;
  else if (empty) {
    body = (
      <EmptyState compact icon={empty.icon ?? 'inbox'} title={empty.title} action={empty.action}>
        {typeof empty.body === 'string' ? <p>{empty.body}</p> : empty.body}
      </EmptyState>
    );
  } else body = children;

  return (
    <section className={`card data-card${className ? ` ${className}` : ''}${refreshing ? ' is-refreshing' : ''}`} aria-busy={state.loading} data-testid={testId}>
      <header className="card__header">
        <div className="card__heading">
          <h2 className="card__title">{title}</h2>
          {subtitle ? <p className="card__subtitle">{subtitle}</p> : null}
        </div>
        {actions && state.hasData && !state.error && !empty ? <div className="card__actions">{actions}</div> : null}
      </header>
      <div className="card__body">{body}</div>
    </section>
  );
}

const WIDTHS = ['92%', '78%', '85%', '64%', '88%', '72%'];

export function CardSkeleton({ kind, label }: { kind: 'chart' | 'table' | 'list'; label: string }) {
  return (
    <div className={`card-skeleton card-skeleton--${kind}`} aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {kind === 'chart' ? (
        <div className="card-skeleton__chart" aria-hidden="true" />
      ) : (
        WIDTHS.slice(0, kind === 'list' ? 4 : 6).map((width, index) => (
          <p key={index} className="skeleton-line">
            <Skeleton width={width} />
          </p>
        ))
      )}
    </div>
  );
}
