import { fireEvent, screen, within } from '@testing-library/react';
import { captureDownloads } from '../../test/downloads';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, settle } from '../../test/render';

const siteNames = () => screen.getAllByTestId('site-row').map((row) => within(row).getByRole('rowheader').textContent);

describe('SitesPage', () => {
  it('ranks the sites and tests each against the rest', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/sites');
    await settle();
    expect(screen.getByRole('heading', { name: 'Sites ranked by CSAT' })).toBeTruthy();
    expect(screen.getByText(/Headline CSAT = % of ratings 4–5/)).toBeTruthy();
  });

  it('sorts the table by a column, keeping the order in the URL', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/sites');
    await settle();
    expect(siteNames()).toEqual(['Kraków Zabłocie KRK', 'Bogotá Chapinero BOG', 'Manila Ortigas MNL']);
    fireEvent.click(screen.getByRole('button', { name: 'Site' }));
    expect(siteNames()).toEqual(['Bogotá Chapinero BOG', 'Kraków Zabłocie KRK', 'Manila Ortigas MNL']);
    expect(screen.getByTestId('location').textContent).toContain('sort=site.asc');
  });

  it('asks for the chosen metric, mix-adjusted on request', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/sites');
    await settle();
    fireEvent.change(screen.getByTestId('sites-metric'), { target: { value: 'NPS' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Mix-adjusted' }));
    await settle();
    expect(calls.filter((c) => c.operation === 'SiteRanking').at(-1)?.variables).toMatchObject({ measure: 'NPS', mixAdjusted: true });
    expect(screen.getByTestId('location').textContent).toBe('/sites?lang=en&metric=NPS&mix=1');
  });

  it('exports the table as shown, safe to open in a spreadsheet', async () => {
    mockGraphQL(dashboardHandlers());
    const downloads = captureDownloads();
    renderApp('/sites');
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Export All sites side by side as CSV' }));
    expect(downloads.files).toHaveLength(1);
    expect(downloads.files[0].name).toMatch(/^cxlens-sites-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await downloads.text(downloads.files[0].blob)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Site,Code,City,Country,Responses,CSAT (%),NPS,CES,Service level (%),Average speed of answer (s),Average handle time (s),Abandon rate (%),First-contact resolution (%),Δ CSAT,p');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Kraków Zabłocie', 'Bogotá Chapinero', 'Manila Ortigas']);
  });
});
