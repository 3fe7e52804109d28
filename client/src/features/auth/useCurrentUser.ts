import { useContext } from 'react';
import type { SessionUser } from '../../api/types';
import { SessionContext, type SessionContextValue } from './SessionContext';

export type CurrentUser = SessionUser;

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('cxlens session hooks must be used inside <SessionProvider>.');
  return value;
}

/** The signed-in user (read from GET /api/auth/me on load); null while that is loading and when signed out. */
export function useCurrentUser(): CurrentUser | null {
  const { state } = useSession();
  return state.status === 'signedIn' ? state.user : null;
}
