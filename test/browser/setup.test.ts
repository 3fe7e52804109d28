import { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { settled } from './dashboard-helpers';

/** A fresh cxlens without any account: the one-time link the server prints creates the first admin. */
describe('first setup (browser)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    db = await createTestDatabase();
    [server, browser] = await Promise.all([startServer({ DATABASE_URL: db.url }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('creates the first admin from the printed link, then signs in with it; the link works once', async () => {
    // Printed just after the dashboard's address.
    let link: string | undefined;
    for (let i = 0; i < 50 && !link; i++) {
      link = /(\/setup\?token=[\w-]+)/.exec(server.output())?.[1];
      if (!link) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(link).toBeDefined();
    const { page, problems, close } = await openPage(browser);
    await page.goto(`${server.url}${link}&lang=en`);
    await page.getByLabel('Organization name').fill('Acme Care');
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByLabel('Email').fill('grace@acme.example');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Password again').fill('short');
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('The password needs at least 10 characters.');

    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByLabel('Password again').fill('a long enough password');
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await page.waitForFunction(() => location.pathname === '/login');
    expect(await page.getByRole('status').first().innerText()).toBe('The administrator account is ready. Sign in with it.');
    expect(await page.getByLabel('Email').inputValue()).toBe('grace@acme.example');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForFunction(() => location.pathname === '/');
    await page.locator('main h1', { hasText: 'Overview' }).waitFor();
    await settled(page);
    await page.getByTestId('current-user').filter({ hasText: 'Acme Care' }).waitFor();
    expect(await page.getByTestId('current-user').innerText()).toMatch(/Grace Hopper\s+Administrator · Acme Care/);

    await page.goto(`${server.url}${link}&lang=en`);
    await page.getByText('This cxlens is set up already.').waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
