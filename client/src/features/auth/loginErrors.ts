import type { AuthAnswer } from '../../api/auth';
import type { MessageKey } from '../../i18n';
import type { TranslateVars } from '../../i18n/translate';

export interface LoginProblem {
  key: MessageKey;
  vars?: TranslateVars;
}

type Failure = Extract<AuthAnswer<object>, { ok: false }>;

/**
 * What to tell a person whose sign-in failed, in their language: the server's own words are
 * English, so each status gets a message of ours (the server's text only for the unexpected).
 */
export function loginProblem(failure: Failure | 'network'): LoginProblem {
  if (failure === 'network') return { key: 'error.network' };
  switch (failure.status) {
    case 400:
      return { key: 'login.error.missing' };
    case 401:
      return { key: 'login.error.wrong' };
    case 429: {
      const minutes = failure.retryAfterSeconds ? Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)) : 15;
      return { key: 'login.error.throttled', vars: { count: minutes } };
    }
    default:
      return { key: 'login.error.other', vars: { status: failure.status, message: failure.message ?? '' } };
  }
}
