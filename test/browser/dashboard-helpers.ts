import * as fs from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { openPage } from '../support/browser';

/** The logins the demo prints at start-up, one per role. */
export const DEMO_USERS = {
  admin: { email: 'admin@northwind.example', password: 'demo-admin-pass' },
  director: { email: 'director@northwind.example', password: 'demo-director-pass' },
  manager: { email: 'manila.manager@northwind.example', password: 'demo-manager-pass' },
  analyst: { email: 'analyst@northwind.example', password: 'demo-analyst-pass' },
} as const;

export type Login = { email: string; password: string };

/**
 * Opens `path` as a visitor would: the dashboard sends a signed-out browser to its sign-in page,
 * where this signs in through the form, and the page brings it back to `path`.
 */
export async function signIn(page: Page, baseUrl: string, path = '/', login: Login = DEMO_USERS.admin): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  // Client-side redirects (history API): wait for what they render, not for a navigation event.
  await page.locator('input[name="email"]').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.locator('input[name="email"]').fill(login.email);
  await page.locator('input[name="password"]').fill(login.password);
  await page.locator('form button[type="submit"]').click();
  const target = new URL(path, baseUrl).pathname;
  await page.waitForFunction((pathname) => window.location.pathname === pathname, target);
  // The page of the dashboard is there once its shell and heading are.
  await page.locator('main h1').first().waitFor();
}

/** A new browser context's page (see openPage), signed in through the sign-in page and at `path`. */
export async function openSignedIn(browser: Browser, baseUrl: string, path = '/', login: Login = DEMO_USERS.admin) {
  const opened = await openPage(browser);
  await signIn(opened.page, baseUrl, path, login);
  return opened;
}

/** Waits until the page has its heading and no card is still loading. */
export async function settled(page: Page): Promise<void> {
  // A navigation changes the URL before React renders the new state (in a transition): let it commit first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null && document.querySelector('.card-skeleton, .tile--skeleton') === null, undefined, {
    timeout: 20_000,
  });
}

/** The alerts (error states) on the page: a loaded page has none. */
export async function errorStates(page: Page): Promise<string[]> {
  return page.locator('main [role="alert"]').allInnerTexts();
}

/** Clicks a button that downloads a file and returns the file's text (byte-order mark removed). */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(path!, 'utf8').replace(/^\uFEFF/, '') };
}

/** Parses the CSV the dashboard writes (RFC 4180, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
