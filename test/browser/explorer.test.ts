import { Browser } from 'playwright-core';
import { refreshDailyRollups } from '../../server/src/rollups/rollup-refresh';
import { seedOrg, SeededOrg } from '../support/seed';
import { launchBrowser, openPage, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { DEMO_USERS, signIn } from './dashboard-helpers';

/** The API explorer in a real Chromium: GraphiQL and its Monaco workers come from our own bundle. */
describe('API explorer (browser)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let org: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'explorer', [{ code: 'GMT', name: 'Greenwich Center', city: 'London', country: 'GB', timeZone: 'UTC' }]);
    [server, browser] = await Promise.all([startServer({
        DATABASE_URL: db.url,
        NODE_ENV: 'production',
        // No demo here: the first admin comes from the environment, with the demo admin's login.
        CXLENS_ADMIN_EMAIL: DEMO_USERS.admin.email,
        CXLENS_ADMIN_PASSWORD: DEMO_USERS.admin.password,
      }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('opens with the example queries as tabs and runs one, loading nothing from other origins', async () => {
    const { page, problems, close } = await openPage(browser);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:'].includes(url.protocol) && url.origin !== server.url) foreign.push(request.url());
    });
    await signIn(page, server.url, '/explorer');
    // The examples ask for "this month" on the browser's calendar: put a response on its today.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, external_id)
       VALUES ($1, $2, 'VOICE', $3, $4, 5, 10, 'today')`,
      [org.orgId, org.siteIds.GMT, org.programId, `${today}T12:00:00Z`],
    );
    await refreshDailyRollups(db.client, 'survey', org.orgId, 'ALL');

    await page.locator('.graphiql-container').waitFor();
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor();
    expect(await tabs.allInnerTexts()).toEqual([
      'Definitions',
      'CsatNpsBySite',
      'WeeklyTrendByChannel',
      'SiteRankingMixAdjusted',
      'CompareToPreviousPeriod',
      'ServiceLevelByHour',
      'Tiles',
      'ResolvedByTeamAndTopic',
    ]);
    // A tab chosen before the Monaco editors exist is marked active but not loaded into them.
    await page.locator('.graphiql-query-editor .view-lines').filter({ hasText: 'Definitions' }).waitFor();
    await tabs.filter({ hasText: 'CsatNpsBySite' }).click();
    await page.locator('.graphiql-editor-tool').getByText('filter').first().waitFor(); // the tab's variables are in
    await page.waitForTimeout(500); // GraphiQL reads the operation name from the editor a moment later
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('Greenwich Center').waitFor({ timeout: 20_000 });
    await screenshot(page, 'api-explorer');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
