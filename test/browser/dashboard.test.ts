import { formatMetricValue } from '@cxlens/shared';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { downloadText, errorStates, openSignedIn, parseCsv, settled, signIn } from './dashboard-helpers';

/** The dashboard on the demo data in a real Chromium: pages, filters in the URL, exports, languages. */
describe('dashboard (browser)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let siteId: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: db.url, CXLENS_DEMO: 'on', CXLENS_DEMO_SCALE: '0.2' }),
      launchBrowser(),
    ]);
    const { data } = await server.gql<{ sites: { id: string; code: string }[] }>('{ sites { id code } }');
    siteId = Object.fromEntries(data!.sites.map((s) => [s.code, s.id]));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  const tileValue = (page: Page, metric: string) => page.locator(`[data-testid="summary-tile"][data-metric="${metric}"] .tile__value`).innerText();

  it('renders the Overview within a second of its data arriving, with no console errors', async () => {
    const { page, problems, close } = await openPage(browser);
    const summary = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query Summary'));
    await signIn(page, server.url, '/?lang=en');
    await (await summary).finished();
    const arrived = Date.now();
    await page.locator('[data-testid="summary-tile"]').nth(9).waitFor();
    expect(Date.now() - arrived).toBeLessThan(1000);

    await settled(page);
    expect(await page.locator('[data-testid="summary-tile"]').count()).toBe(10);
    expect(await page.locator('[data-testid="alert"]').count()).toBeGreaterThan(0);
    expect(await errorStates(page)).toEqual([]);
    await screenshot(page, 'overview');
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ['Sites', '/sites', 0],
    ['a site', '/sites/{MNL}', 0],
    ['Channels', '/channels', 0],
    ['Responses', '/responses', 0],
    ['evaluations', '/responses?kind=evaluations', 0],
    ['KPI intervals', '/responses?kind=kpis', 0],
    // The demo loads without import jobs: the history says how to add one.
    ['Data', '/data', 1],
  ])('loads %s on the demo data with every card filled and no console errors', async (_name, path, emptyStates) => {
    const { page, problems, close } = await openSignedIn(browser, server.url, path.replace('{MNL}', siteId.MNL));
    await settled(page);
    expect(await errorStates(page)).toEqual([]);
    expect(await page.locator('main .empty-state').count()).toBe(emptyStates);
    expect(problems).toEqual([]);
    await close();
  });

  it('changes the URL and the numbers when a filter changes', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/?lang=en');
    await settled(page);
    const everyone = await tileValue(page, 'CSAT');

    // The tiles' answer for Manila: waiting for the URL alone could read the old tiles.
    const manilaSummary = page.waitForResponse((r) => r.url().endsWith('/graphql') && /query Summary[\s\S]*"siteIds":\["\d+"\]/.test(r.request().postData() ?? ''));
    await page.getByRole('button', { name: /^Sites/ }).click();
    await page.getByRole('checkbox', { name: /Manila Ortigas/ }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.searchParams.get('sites') === siteId.MNL);
    await (await manilaSummary).finished();
    await settled(page);

    const { data } = await server.gql(
      `query($filter: MetricFilter!) { summary(filter: $filter, measures: [CSAT]) { tiles { value } } }`,
      { filter: { from: await period(page, 'from'), to: await period(page, 'to'), siteIds: [siteId.MNL] } },
    );
    const manila = formatMetricValue('CSAT', data.summary.tiles[0].value, 'en');
    expect(await tileValue(page, 'CSAT')).toBe(manila);
    expect(manila).not.toBe(everyone);

    await page.getByLabel('Period', { exact: true }).selectOption('7d');
    await page.waitForURL((url) => url.searchParams.get('range') === '7d');
    await settled(page);
    expect(await page.getByTestId('period').innerText()).toMatch(/– /);
    expect(problems).toEqual([]);
    await close();
  });

  it('restores the same view from a shared URL', async () => {
    const first = await openSignedIn(browser, server.url, '/sites?lang=en');
    await settled(first.page);
    await first.page.getByTestId('sites-metric').selectOption('NPS');
    await first.page.getByRole('switch', { name: 'Mix-adjusted' }).click();
    await first.page.waitForURL((url) => url.searchParams.get('mix') === '1');
    await first.page.getByLabel('Compare with').selectOption('none');
    await first.page.getByRole('button', { name: /^Channels/ }).click();
    await first.page.getByRole('checkbox', { name: 'Voice' }).click();
    await first.page.keyboard.press('Escape');
    await first.page.getByRole('button', { name: 'City', exact: true }).click();
    await settled(first.page);
    const shared = first.page.url();
    expect(new URL(shared).searchParams.toString()).toBe('lang=en&metric=NPS&mix=1&channels=VOICE&compare=none&sort=city.asc');
    const rows = await first.page.getByTestId('site-row').allInnerTexts();
    const ranking = await first.page.getByTestId('site-ranking').locator('svg.recharts-surface').first().textContent();

    const second = await openSignedIn(browser, server.url, shared.slice(server.url.length));
    await settled(second.page);
    expect(await second.page.getByTestId('sites-metric').inputValue()).toBe('NPS');
    expect(await second.page.getByRole('switch', { name: 'Mix-adjusted' }).isChecked()).toBe(true);
    expect(await second.page.getByLabel('Compare with').inputValue()).toBe('none');
    expect(await second.page.getByRole('button', { name: /^Channels/ }).innerText()).toContain('Voice');
    expect(await second.page.getByTestId('site-row').allInnerTexts()).toEqual(rows);
    expect(await second.page.getByTestId('site-ranking').locator('svg.recharts-surface').first().textContent()).toBe(ranking);
    expect(second.page.url()).toBe(shared);
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.close();
    await second.close();
  });

  it('exports the sites table as shown to CSV, and screenshots the Sites page', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/sites?lang=en');
    await settled(page);
    await screenshot(page, 'sites');
    const shown = await page.getByTestId('site-row').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
    );
    const { name, text } = await downloadText(page, () => page.getByRole('button', { name: 'Export All sites side by side as CSV' }).click());
    expect(name).toMatch(/^cxlens-sites-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(text);
    expect(header.slice(0, 6)).toEqual(['Site', 'Code', 'City', 'Country', 'Responses', 'CSAT (%)']);
    expect(rows).toHaveLength(shown.length);
    rows.forEach((row, i) => {
      // The first cell shows "name code"; the file has them apart, then the same values unformatted.
      expect(shown[i][0]).toBe(`${row[0]} ${row[1]}`);
      expect(shown[i][1]).toBe(row[2]);
      expect(shown[i][3]).toBe(Number(row[4]).toLocaleString('en'));
      // The file keeps one decimal more than the screen: the shown value is the file's, rounded.
      expect(Math.abs(Number(shown[i][4].replace('%', '')) - Number(row[5]))).toBeLessThanOrEqual(0.051);
    });
    expect(problems).toEqual([]);
    await close();
  });

  it('opens the records behind a number with the same filters', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/?lang=en&channels=CHAT');
    await settled(page);
    await page.locator('[data-testid="summary-tile"][data-metric="DSAT"] .tile__value').click();
    await page.waitForURL((url) => url.pathname === '/responses' && url.searchParams.get('score') === 'dsat' && url.searchParams.get('channels') === 'CHAT');
    await page.locator('main h1', { hasText: 'Responses' }).waitFor();
    await settled(page);
    const rows = page.getByTestId('response-row');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allInnerTexts()) {
      expect(text).toMatch(/\b[12]\/5/);
      expect(text).toContain('Chat');
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('switches the language to Simplified Chinese and keeps it across reloads', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/?lang=en');
    await settled(page);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.waitForURL((url) => url.searchParams.get('lang') === 'zh-CN');
    await page.locator('main h1', { hasText: '概览' }).waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').first().innerText()).toBe('概览');
    await settled(page);
    expect(await page.locator('[data-testid="summary-tile"][data-metric="CSAT"] .tile__label').innerText()).toBe('客户满意度（CSAT）');
    expect(await page.getByTestId('period').innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/);
    await page.reload();
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('概览');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(problems).toEqual([]);
    await close();
  });

  it('imports a file with a progress bar, reports rejected rows and lists the job', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/data?lang=en');
    await settled(page);
    const csv = 'site,program,channel,responded_at,csat,nps,comment\nMNL,TELCO,CHAT,2026-01-05T10:00:00+08:00,2,3,"Slow, and nobody listened"\nMNL,TELCO,CHAT,2026-01-05T11:00:00+08:00,9,10,Great\n';
    await page.getByTestId('upload-file').setInputFiles({ name: 'browser-test.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByTestId('upload-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('Partly imported');
    expect(await result.innerText()).toMatch(/Line 3 csat “9”/);
    const rejected = await downloadText(page, () => result.getByRole('link', { name: /rejected row/ }).click());
    expect(parseCsv(rejected.text)[1]).toEqual(['3', 'csat', '9', expect.any(String)]);
    await page.getByTestId('import-row').first().waitFor();
    expect(await page.getByTestId('import-row').first().innerText()).toContain('browser-test.csv');
    expect(problems).toEqual([]);
    await close();
  });
});

/** The first or last site-local day of the period the filter bar resolved. */
async function period(page: Page, end: 'from' | 'to'): Promise<string> {
  return (await page.getByTestId('period').getAttribute(`data-${end}`))!;
}
