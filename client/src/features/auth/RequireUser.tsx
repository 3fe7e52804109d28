import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { loginPath } from '../../api/session';
import { ErrorState } from '../../components/ErrorState';
import { GraphQLRequestError } from '../../api/graphql';
import { useT } from '../../i18n';
import { Redirect } from './Redirect';
import { useSession } from './useCurrentUser';

/** Renders its children for a signed-in user; anyone else goes to the sign-in page, which brings them back here. */
export function RequireUser({ children }: { children: ReactNode }) {
  const t = useT();
  const { state, reload } = useSession();
  const { pathname, search } = useLocation();
  if (state.status === 'signedIn') return children;
  if (state.status === 'signedOut') return <Redirect to={state.left ? loginPath() : loginPath(`${pathname}${search}`)} />;
  return (
    <div className="session-check" aria-busy={state.status === 'loading'}>
      {state.status === 'loading' ? (
        <p role="status" className="secondary-text">
          {t('common.loading')}
        </p>
      ) : (
        // The server could not say who is signed in: the same words and retry as any unreachable answer.
        <ErrorState error={new GraphQLRequestError('', 'network')} onRetry={reload} />
      )}
    </div>
  );
}
