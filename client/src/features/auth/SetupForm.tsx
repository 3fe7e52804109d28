import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { createFirstAdmin } from '../../api/auth';
import { LOGIN_PATH } from '../../api/session';
import { Field } from '../../components/Field';
import { useLocale, useT } from '../../i18n';
import { MIN_PASSWORD_LENGTH } from './passwords';

/** Organization, name, email and password of the first admin; then on to the sign-in page. */
export function SetupForm({ token }: { token: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { locale } = useLocale();
  const [fields, setFields] = useState({ organization: '', name: '', email: '', password: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fields.password.length < MIN_PASSWORD_LENGTH) return setProblem(t('password.tooShort', { count: MIN_PASSWORD_LENGTH }));
    if (fields.password !== fields.confirm) return setProblem(t('password.mismatch'));
    setBusy(true);
    setProblem(null);
    try {
      const { confirm: _confirm, ...input } = fields;
      const answer = await createFirstAdmin({ token, ...input });
      if (answer.ok) {
        // With the language already in the address: the provider's rewrite of it would drop the state.
        navigate({ pathname: LOGIN_PATH, search: `?lang=${locale}` }, { replace: true, state: { email: fields.email.trim(), created: true } });
        return;
      }
      setProblem(answer.status === 403 ? t('setup.badToken') : (answer.message ?? `HTTP ${answer.status}`));
    } catch {
      setProblem(t('error.network'));
    }
    setBusy(false);
  };

  return (
    <form className="form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{t('setup.organization')}</span>
        <input className="input" required autoComplete="organization" value={fields.organization} onChange={set('organization')} />
      </label>
      <label className="field">
        <span className="field__label">{t('setup.name')}</span>
        <input className="input" required autoComplete="name" value={fields.name} onChange={set('name')} />
      </label>
      <label className="field">
        <span className="field__label">{t('login.email')}</span>
        <input className="input" type="email" required autoComplete="username" value={fields.email} onChange={set('email')} />
      </label>
      <Field label={t('login.password')} help={t('password.rule', { count: MIN_PASSWORD_LENGTH })}>
        {(control) => <input {...control} className="input" type="password" required autoComplete="new-password" value={fields.password} onChange={set('password')} />}
      </Field>
      <label className="field">
        <span className="field__label">{t('password.confirm')}</span>
        <input className="input" type="password" required autoComplete="new-password" value={fields.confirm} onChange={set('confirm')} />
      </label>
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {t('setup.submit')}
      </button>
    </form>
  );
}
