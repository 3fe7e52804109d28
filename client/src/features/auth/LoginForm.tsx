import { useId, useState, type FormEvent } from 'react';
import { signIn } from '../../api/auth';
import type { SessionUser } from '../../api/types';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { loginProblem, type LoginProblem } from './loginErrors';

/** Email and password, and an organization for an email with accounts in several. */
export function LoginForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: (user: SessionUser) => void }) {
  const t = useT();
  const id = useId();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [organization, setOrganization] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const answer = await signIn({ email, password, organization });
      if (answer.ok) {
        onSignedIn(answer.user);
        return;
      }
      setProblem(loginProblem(answer));
    } catch {
      setProblem(loginProblem('network'));
    }
    setBusy(false);
    setPassword('');
  };

  return (
    <form className="form" onSubmit={submit} aria-describedby={problem ? `${id}-problem` : undefined}>
      <label className="field">
        <span className="field__label">{t('login.email')}</span>
        <input className="input" type="email" name="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('login.password')}</span>
        <input className="input" type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <details className="disclosure">
        <summary>{t('login.moreOptions')}</summary>
        <Field label={t('login.organization')} help={t('login.organizationHelp')}>
          {(control) => <input {...control} className="input" type="text" name="organization" autoComplete="organization" value={organization} onChange={(e) => setOrganization(e.target.value)} />}
        </Field>
      </details>
      {problem ? (
        <p id={`${id}-problem`} className="form__error" role="alert">
          <Icon name="alert" size={16} />
          {t(problem.key, problem.vars)}
        </p>
      ) : null}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t('login.signingIn') : t('login.submit')}
      </button>
      <p className="secondary-text">{t('login.forgot')}</p>
    </form>
  );
}
