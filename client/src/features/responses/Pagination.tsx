import { useT } from '../../i18n';

export function Pagination({
  page,
  hasNext,
  onPrevious,
  onNext,
  shown,
}: {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  shown: number;
}) {
  const t = useT();
  return (
    <nav className="pagination" aria-label={t('records.pagination')}>
      <button type="button" className="button button--secondary button--small" onClick={onPrevious} disabled={page <= 1}>
        {t('records.previous')}
      </button>
      <span className="secondary-text" aria-live="polite">
        {t('records.page', { page, count: shown })}
      </span>
      <button type="button" className="button button--secondary button--small" onClick={onNext} disabled={!hasNext} data-testid="next-page">
        {t('records.next')}
      </button>
    </nav>
  );
}
