/**
 * The signed-in user. Authentication comes with a later issue: then this reads the session (and a
 * site manager's sites, which the server enforces); until then everyone works in the default
 * organization without signing in, and the top bar says so.
 */
export interface CurrentUser {
  name: string;
  email: string;
  role: 'ADMIN' | 'DIRECTOR' | 'SITE_MANAGER' | 'ANALYST';
}

export function useCurrentUser(): CurrentUser | null {
  return null;
}
