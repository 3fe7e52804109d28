/**
 * Per-test isolation for the client component tests (jest `setupFilesAfterEnv`): answers cached by
 * one test must not leak into the next, and the URL-driven views start from a clean language.
 */
import { clearQueryCache } from '../api/queryCache';

beforeEach(() => {
  clearQueryCache();
  window.localStorage.clear();
});
