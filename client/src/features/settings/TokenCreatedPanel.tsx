import { useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';

/**
 * A new token's secret, shown this once: the server keeps only its digest. Copy it, then "Done"
 * forgets it (it is nowhere else in the page, the cache or the URL).
 */
export function TokenCreatedPanel({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C.
      field.current?.select();
      setCopied('manual');
    }
  };

  return (
    <section className="card token-created" aria-labelledby="token-created-title" data-testid="token-created">
      <header className="card__header">
        <h2 className="card__title" id="token-created-title">
          {t('settings.tokens.created', { name })}
        </h2>
      </header>
      <div className="card__body form">
        <p className="notice notice--warning" role="status">
          <Icon name="alert" size={16} />
          {t('settings.tokens.onceWarning')}
        </p>
        <label className="field">
          <span className="field__label">{t('settings.tokens.secret')}</span>
          <span className="copy-field">
            <input ref={field} className="input code" readOnly value={token} onFocus={(e) => e.target.select()} data-testid="new-token" />
            <button type="button" className="button button--secondary" onClick={copy}>
              <Icon name={copied === 'yes' ? 'check' : 'copy'} size={16} />
              {copied === 'yes' ? t('settings.tokens.copied') : t('settings.tokens.copy')}
            </button>
          </span>
        </label>
        <span className="visually-hidden" aria-live="polite">
          {copied === 'yes' ? t('settings.tokens.copied') : ''}
        </span>
        {copied === 'manual' ? <p className="secondary-text">{t('settings.tokens.copyManually')}</p> : null}
        <p className="secondary-text">{t('settings.tokens.usage')}</p>
        <pre className="code-block">
          <code>{`curl -H "Authorization: Bearer $CXLENS_TOKEN" -H "Content-Type: application/json" \\\n  -d '{"query":"{ me { email role } }"}' ${window.location.origin}/graphql`}</code>
        </pre>
        <div className="button-row button-row--start">
          <button type="button" className="button button--primary" onClick={onDone}>
            {t('settings.tokens.done')}
          </button>
        </div>
      </div>
    </section>
  );
}
