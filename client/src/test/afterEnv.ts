/**
 * Per-test isolation for the client component tests (jest `setupFilesAfterEnv`): answers cached by
 * one test must not leak into the next, the URL-driven views start from a clean language, and no
 * session cookie stays behind.
 */
import { clearQueryCache } from '../api/queryCache';

beforeEach(() => {
  clearQueryCache();
  window.localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});
