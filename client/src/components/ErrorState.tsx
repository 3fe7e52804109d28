import { isNetworkError } from '../api/graphql';
import { useT } from '../i18n';
import { Icon } from './Icon';

/** Shows what went wrong in the server's own words, and a way to try again. */
export function ErrorState({ error, onRetry, compact = false }: { error: Error; onRetry: () => void; compact?: boolean }) {
  const t = useT();
  const message = isNetworkError(error) ? t('error.network') : error.message;
  return (
    <div className={compact ? 'error-state error-state--compact' : 'error-state'} role="alert">
      <Icon name="alert" size={compact ? 18 : 24} className="error-state__icon" />
      <div className="error-state__text">
        <p className="error-state__title">{t('error.title')}</p>
        <p className="error-state__message">{message}</p>
      </div>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        <Icon name="refresh" size={16} />
        {t('error.retry')}
      </button>
    </div>
  );
}
