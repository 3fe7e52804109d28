import { createContext } from 'react';
import type { SessionUser } from '../../api/types';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedIn'; user: SessionUser }
  /** `left`: the user signed out (the sign-in page need not bring them back); otherwise the session ended or never was. */
  | { status: 'signedOut'; left?: boolean }
  /** The server could not be reached to ask who is signed in. */
  | { status: 'unreachable' };

export interface SessionContextValue {
  state: SessionState;
  /** After a successful sign-in: the user the server answered with. */
  signedIn: (user: SessionUser) => void;
  /** Ends the session on the server and goes to the sign-in page. */
  signOut: () => Promise<void>;
  /** Asks the server again who is signed in (after it was unreachable). */
  reload: () => void;
}

// Kept apart from the provider so that file exports only a component (React Fast Refresh).
export const SessionContext = createContext<SessionContextValue | null>(null);
