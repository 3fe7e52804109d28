import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { currentUser, signOut as endSession } from '../../api/auth';
import { clearQueryCache } from '../../api/queryCache';
import { onSessionEvent } from '../../api/sessionClient';
import type { SessionUser } from '../../api/types';
import { SessionContext, type SessionContextValue, type SessionState } from './SessionContext';

const stateOf = (user: SessionUser | null): SessionState => (user ? { status: 'signedIn', user } : { status: 'signedOut' });

/**
 * Who is signed in: asked of the server on load (unless `initialUser` says it, as tests do), kept
 * up to date by session renewals, and forgotten, with every cached answer, when the session ends.
 */
export function SessionProvider({ children, initialUser }: { children: ReactNode; initialUser?: SessionUser | null }) {
  const [state, setState] = useState<SessionState>(() => (initialUser === undefined ? { status: 'loading' } : stateOf(initialUser)));
  const [attempt, setAttempt] = useState(initialUser === undefined ? 1 : 0);

  useEffect(() => {
    if (attempt === 0) return undefined;
    let current = true;
    currentUser().then(
      (user) => current && setState(stateOf(user)),
      () => current && setState({ status: 'unreachable' }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event.type === 'renewed') {
          setState({ status: 'signedIn', user: event.user });
          return;
        }
        // Another user may sign in next in this tab: nothing of this one's data may stay behind.
        clearQueryCache();
        setState({ status: 'signedOut' });
      }),
    [],
  );

  const signedIn = useCallback((user: SessionUser) => {
    clearQueryCache();
    setState({ status: 'signedIn', user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await endSession();
    } catch {
      // Unreachable server: the session cookie stays until it expires, but this tab forgets the user.
    }
    clearQueryCache();
    setState({ status: 'signedOut', left: true });
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  const value = useMemo<SessionContextValue>(() => ({ state, signedIn, signOut, reload }), [state, signedIn, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
