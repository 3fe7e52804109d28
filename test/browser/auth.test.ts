import { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { DEMO_USERS, downloadText, errorStates, openSignedIn, parseCsv, settled } from './dashboard-helpers';

const ME = '{ me { email role } }';

/** Sign-in, sign-out, a site manager's confinement and API tokens, in a real Chromium on the demo data. */
describe('sign-in and roles (browser)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let sites: { id: string; code: string; name: string }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: db.url, CXLENS_DEMO: 'on', CXLENS_DEMO_SCALE: '0.2' }),
      launchBrowser(),
    ]);
    sites = (await server.gql<{ sites: typeof sites }>('{ sites { id code name } }')).data!.sites;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  /** A GraphQL request from the page itself, with whatever cookies the browser holds and the CSRF header the dashboard would send. */
  const gqlFromPage = (page: Page, query: string) =>
    page.evaluate(async (q) => {
      const csrf = document.cookie.match(/(?:^|; )cxlens_csrf=([^;]*)/)?.[1] ?? '';
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ query: q }) });
      return { status: response.status, body: await response.json() };
    }, query);

  it('refuses a wrong password with a clear error, and screenshots the sign-in page', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto(`${server.url}/sites?lang=en`);
    await page.waitForFunction(() => location.pathname === '/login' && new URLSearchParams(location.search).get('next') === '/sites?lang=en');
    expect(await page.locator('h1').innerText()).toBe('Sign in to cxlens');
    expect(await page.getByRole('region', { name: 'Filters' }).count()).toBe(0);
    await page.getByLabel('Email').fill(DEMO_USERS.admin.email);
    await screenshot(page, 'login');

    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('The email or the password is wrong.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    // The browser logs the refused sign-in (HTTP 401) itself; nothing else may go wrong.
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await close();
  });

  it('shows a site manager only Manila: filter bar, Sites, Overview and Responses, and the server export', async () => {
    const manila = sites.find((s) => s.code === 'MNL')!;
    const others = sites.filter((s) => s.code !== 'MNL').map((s) => s.name);
    expect(others.length).toBeGreaterThan(5);
    const { page, problems, close } = await openSignedIn(browser, server.url, '/sites?lang=en', DEMO_USERS.manager);
    const namesShown = async () => {
      const text = await page.locator('body').innerText();
      return others.filter((name) => text.includes(name));
    };

    await settled(page);
    expect(await errorStates(page)).toEqual([]);
    expect(await page.getByTestId('site-row').allInnerTexts()).toEqual([expect.stringContaining(manila.name)]);
    await page.getByRole('button', { name: /^Sites/ }).click();
    expect(await page.getByRole('group', { name: 'Sites' }).getByRole('checkbox').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Manila Ortigas/ }).count()).toBe(1);
    expect(await namesShown()).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('current-user').innerText()).toMatch(/Miguel Manager\s+Site manager · /);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).count()).toBe(0);

    for (const link of ['Overview', 'Responses']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
      await page.locator('main h1', { hasText: link }).waitFor();
      await settled(page);
      expect(await errorStates(page)).toEqual([]);
      expect(await namesShown()).toEqual([]);
    }
    const rows = await page.getByTestId('response-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('MNL');

    // The Responses page's CSV comes from the server, which scopes it too.
    const { name, text } = await downloadText(page, () => page.getByRole('button', { name: 'Export Survey responses as CSV' }).click());
    expect(name).toMatch(/^cxlens-responses-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...records] = parseCsv(text);
    expect(header.slice(0, 3)).toEqual(['responded_at', 'site_code', 'site']);
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r[1]))).toEqual(new Set(['MNL']));

    await page.goto(`${server.url}/data?lang=en`);
    await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('signs out to the sign-in page, after which the API refuses the session', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/channels?lang=en', DEMO_USERS.director);
    await settled(page);
    expect((await gqlFromPage(page, ME)).body.data.me).toEqual({ email: DEMO_USERS.director.email, role: 'DIRECTOR' });
    const before = await page.context().cookies();
    const cookieHeader = before.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = before.find((c) => c.name === 'cxlens_csrf')!.value;

    await page.getByTestId('current-user').getByRole('button').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForFunction(() => location.pathname === '/login' && !new URLSearchParams(location.search).has('next'));
    await page.locator('h1', { hasText: 'Sign in to cxlens' }).waitFor();

    // The browser holds no session any more...
    const after = await gqlFromPage(page, ME);
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await page.context().cookies()).map((c) => c.name)).toEqual([]);
    // ...and the server revoked it: the old cookies, replayed, open nothing.
    const replay = await server.gql(ME, {}, { cookie: cookieHeader, 'x-csrf-token': csrf });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: cookieHeader } });
    expect(refresh.status).toBe(401);

    await page.goto(`${server.url}/sites?lang=en`);
    await page.waitForFunction(() => location.pathname === '/login' && new URLSearchParams(location.search).get('next') === '/sites?lang=en');
    expect(problems).toEqual([]);
    await close();
  });

  it('renews an expired session once for all the queries of a page, and goes on', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/?lang=en', DEMO_USERS.admin);
    await settled(page);
    // The 15-minute session cookie runs out; the refresh cookie is still there.
    await page.context().clearCookies({ name: 'cxlens_session' });
    const refreshes: number[] = [];
    page.on('response', (r) => r.url().endsWith('/api/auth/refresh') && refreshes.push(r.status()));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click();
    await page.locator('main h1', { hasText: 'Channels' }).waitFor();
    await settled(page);
    expect(await errorStates(page)).toEqual([]);
    expect(refreshes).toEqual([200]);
    expect((await page.context().cookies()).map((c) => c.name).sort()).toEqual(['cxlens_csrf', 'cxlens_refresh', 'cxlens_session']);
    expect(problems).toEqual([]);
    await close();
  });

  it('lets an analyst create an API token in Settings, shows it once, and it works as a Bearer token', async () => {
    const { page, problems, close } = await openSignedIn(browser, server.url, '/settings?lang=en', DEMO_USERS.analyst);
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill('Browser test token');
    await page.getByRole('button', { name: 'Create token' }).click();
    const panel = page.getByTestId('token-created');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('this is the only time it is shown');
    const token = await page.getByTestId('new-token').inputValue();
    expect(token).toMatch(/^cxl_\d+_[A-Za-z0-9_-]{20,}$/);
    const row = page.getByTestId('token-row').filter({ hasText: 'Browser test token' });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${token.slice(0, 12)}…`);

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.locator('body').innerText()).not.toContain(token);
    await page.reload();
    await settled(page);
    expect(await page.locator('body').innerText()).not.toContain(token);

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ me { email role } sites { code } }` }),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.me).toEqual({ email: DEMO_USERS.analyst.email, role: 'ANALYST' });
    expect(body.data.sites.length).toBe(sites.length);
    expect(problems).toEqual([]);
    await close();
  });
});
