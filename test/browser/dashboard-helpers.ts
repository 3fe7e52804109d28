import * as fs from 'node:fs';
import { Page } from 'playwright-core';

/** Waits until the page has its heading and no card is still loading. */
export async function settled(page: Page): Promise<void> {
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
