import { useLocation, useSearchParams } from 'react-router-dom';
import { safeNextPath } from '../../api/session';
import { useT } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { LoginForm } from './LoginForm';
import { Redirect } from './Redirect';
import { useSession } from './useCurrentUser';

/** The sign-in page; afterwards (or when already signed in) it goes to `next`, a path of this site. */
export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { state, signedIn } = useSession();
  const arrival = useLocation().state as { email?: string; created?: boolean } | null;
  const next = safeNextPath(params.get('next'));
  if (state.status === 'signedIn') return <Redirect to={next} />;
  return (
    <AuthLayout title={t('login.title')}>
      {arrival?.created ? (
        <p className="notice notice--positive" role="status">
          {t('setup.done')}
        </p>
      ) : null}
      <LoginForm initialEmail={arrival?.email ?? ''} onSignedIn={signedIn} />
    </AuthLayout>
  );
}
