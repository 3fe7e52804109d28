import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { setupPending } from '../../api/auth';
import { LOGIN_PATH } from '../../api/session';
import { useT } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { SetupForm } from './SetupForm';

/** The one-time setup link (`/setup?token=…`, printed by the server while no account exists): creates the first admin. */
export function SetupPage() {
  const t = useT();
  const token = useSearchParams()[0].get('token') ?? '';
  const [pending, setPending] = useState<boolean | 'unknown' | null>(null);

  useEffect(() => {
    let current = true;
    setupPending().then(
      (value) => current && setPending(value),
      () => current && setPending('unknown'),
    );
    return () => {
      current = false;
    };
  }, []);

  let body;
  if (pending === null) body = <p className="secondary-text" aria-busy="true">{t('common.loading')}</p>;
  else if (pending === false) {
    body = (
      <p className="notice">
        <span>
          {t('setup.notPending')} <Link to={LOGIN_PATH}>{t('setup.toLogin')}</Link>
        </span>
      </p>
    );
  } else if (!token) body = <p className="notice notice--warning">{t('setup.noToken')}</p>;
  else body = <SetupForm token={token} />;

  return (
    <AuthLayout title={t('setup.title')}>
      {pending === true ? <p className="secondary-text">{t('setup.intro')}</p> : null}
      {pending === 'unknown' ? (
        <p className="form__error" role="alert">
          {t('error.network')}
        </p>
      ) : null}
      {body}
    </AuthLayout>
  );
}
