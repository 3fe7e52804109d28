import { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { openSignedIn } from './dashboard-helpers';

/** The dashboard shell in a real Chromium, on the demo data. */
describe('dashboard shell (browser)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    db = await createTestDatabase();
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: db.url, CXLENS_DEMO: 'on', CXLENS_DEMO_SCALE: '0.05' }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('lists the demo sites on the Sites page with no console errors', async () => {
    const expected = await server.gql(`{ sites { name } }`);
    const { page, problems, close } = await openSignedIn(browser, server.url, '/sites');
    await page.getByTestId('site-row').first().waitFor();
    const rows = await page.getByTestId('site-row').allInnerTexts();
    expect(rows).toHaveLength(expected.data.sites.length);
    for (const site of expected.data.sites) expect(rows.join('\n')).toContain(site.name);
    await screenshot(page, 'sites-shell');
    expect(problems).toEqual([]);
    await close();
  });

  it('navigates between every page of the main navigation', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      // Links carry the filters and the language: compare paths only.
      const href = new URL((await link.getAttribute('href'))!, server.url).pathname;
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await expect(page.locator('main h1').first().innerText()).resolves.not.toEqual('');
    }
    expect(problems).toEqual([]);
    await close();
  });
});
