import { useState, type FormEvent } from 'react';
import { useCreateApiToken, type CreatedApiToken } from '../../api/operations/apiTokens';
import type { Role, TokenScope } from '../../api/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { tokenScopes } from '../auth/permissions';
import { TOKEN_LIFETIMES, type TokenLifetime } from './tokens';

/** Name, scope and lifetime of a new API token. */
export function CreateTokenForm({ role, onCreated }: { role: Role; onCreated: (created: CreatedApiToken) => void }) {
  const t = useT();
  const scopes = tokenScopes(role);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const [days, setDays] = useState<TokenLifetime>(90);
  const create = useCreateApiToken();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data = await create.run({ input: { name: name.trim(), scope, ...(days ? { expiresInDays: days } : {}) } });
    if (data) {
      setName('');
      onCreated(data.createApiToken);
    }
  };

  return (
    <section className="card" aria-labelledby="new-token-title">
      <header className="card__header">
        <div className="card__heading">
          <h2 className="card__title" id="new-token-title">
            {t('settings.tokens.create')}
          </h2>
          <p className="card__subtitle">{t('settings.tokens.createHelp')}</p>
        </div>
      </header>
      <form className="card__body form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('settings.tokens.name')}</span>
          <input className="input" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('settings.tokens.namePlaceholder')} />
        </label>
        <fieldset className="field field--inline">
          <legend className="field__label">{t('settings.tokens.scope')}</legend>
          {scopes.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="token-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
              <span>
                <strong>{t(`settings.tokens.scope.${s}`)}</strong> <span className="secondary-text">{t(`settings.tokens.scope.${s}.help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{t('settings.tokens.expiry')}</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value) as TokenLifetime)}>
            {TOKEN_LIFETIMES.map((d) => (
              <option key={d} value={d}>
                {d ? t('settings.tokens.days', { count: d }) : t('settings.tokens.never')}
              </option>
            ))}
          </select>
        </label>
        {create.error ? (
          <p className="form__error" role="alert">
            {create.error.message}
          </p>
        ) : null}
        <div className="button-row button-row--start">
          <button type="submit" className="button button--primary" disabled={create.running || !name.trim()}>
            <Icon name="key" size={16} />
            {t('settings.tokens.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
