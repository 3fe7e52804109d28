import { useState, type FormEvent } from 'react';
import { useCreateUser, useUpdateUser } from '../../api/operations/accounts';
import { ROLES, type Role, type SiteRef, type User } from '../../api/types';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { userChanges, type UserDraft } from './userDraft';

/** A new account, or an existing one's name, role, sites, activity and password. */
export function UserForm({ user, isSelf, sites, onSaved, onCancel }: { user: User | null; isSelf: boolean; sites: readonly SiteRef[]; onSaved: (user: User) => void; onCancel: () => void }) {
  const t = useT();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [draft, setDraft] = useState<UserDraft>(() => ({
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? 'ANALYST',
    active: user?.active ?? true,
    siteIds: user?.siteIds ?? [],
    password: '',
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof UserDraft>(key: K, value: UserDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggleSite = (id: string) => set('siteIds', draft.siteIds.includes(id) ? draft.siteIds.filter((s) => s !== id) : [...draft.siteIds, id]);
  const error = problem ?? (create.error ?? update.error)?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.password && draft.password.length < MIN_PASSWORD_LENGTH) return setProblem(t('password.tooShort', { count: MIN_PASSWORD_LENGTH }));
    if (draft.role === 'SITE_MANAGER' && draft.siteIds.length === 0) return setProblem(t('settings.users.needSites'));
    setProblem(null);
    const changes = userChanges(user, draft);
    const saved = user
      ? (await update.run({ id: user.id, input: changes }))?.updateUser
      : (await create.run({ input: { ...changes, email: draft.email.trim(), name: draft.name.trim(), role: draft.role } }))?.createUser;
    if (saved) onSaved(saved);
  };

  return (
    <section className="card" aria-labelledby="user-form-title" data-testid="user-form">
      <header className="card__header">
        <h2 className="card__title" id="user-form-title">
          {user ? t('settings.users.editTitle', { name: user.name }) : t('settings.users.new')}
        </h2>
      </header>
      <form className="card__body form form--columns" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('login.email')}</span>
          <input className="input" type="email" required disabled={Boolean(user)} value={draft.email} onChange={(e) => set('email', e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('settings.account.name')}</span>
          <input className="input" required value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <Field label={t('settings.account.role')} help={t(`role.${draft.role}.help`)}>
          {(control) => (
            <select {...control} value={draft.role} onChange={(e) => set('role', e.target.value as Role)} disabled={isSelf}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={user ? t('settings.users.newPassword') : t('login.password')}
          help={user ? t('settings.users.resetHelp', { count: MIN_PASSWORD_LENGTH }) : t('settings.users.passwordHelp', { count: MIN_PASSWORD_LENGTH })}
        >
          {(control) => <input {...control} className="input" type="password" autoComplete="new-password" value={draft.password} onChange={(e) => set('password', e.target.value)} />}
        </Field>
        {draft.role === 'SITE_MANAGER' ? (
          <fieldset className="field form__wide">
            <legend className="field__label">{t('settings.account.sites')}</legend>
            <div className="check-grid">
              {sites.map((site) => (
                <label key={site.id} className="checkbox">
                  <input type="checkbox" checked={draft.siteIds.includes(site.id)} onChange={() => toggleSite(site.id)} />
                  {site.name} <span className="secondary-text">{site.code}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {user ? (
          <label className="checkbox form__wide">
            <input type="checkbox" checked={draft.active} disabled={isSelf} onChange={(e) => set('active', e.target.checked)} />
            {t('settings.users.activeHelp')}
          </label>
        ) : null}
        {error ? (
          <p className="form__error form__wide" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row button-row--start form__wide">
          <button type="submit" className="button button--primary" disabled={create.running || update.running}>
            {user ? t('settings.save') : t('settings.users.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('settings.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
