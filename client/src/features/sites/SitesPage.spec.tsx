import { fireEvent, screen } from '@testing-library/react';
import { mockFetch, mockPendingFetch } from '../../test/fetchMock';
import { sitesResponse } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { SitesPage } from './SitesPage';
import { SITES_QUERY } from './useSites';

describe('SitesPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows a loading status while the sites are on their way', () => {
    mockPendingFetch();
    renderWithProviders(<SitesPage />);
    expect(screen.getByRole('status').textContent).toBe('Loading sites…');
    expect(screen.queryAllByTestId('site-row')).toHaveLength(0);
  });

  it('posts the Sites query and lists the sites of the organization', async () => {
    const fetch = mockFetch({ body: sitesResponse() });
    renderWithProviders(<SitesPage />);

    expect(await screen.findAllByTestId('site-row')).toHaveLength(3);
    expect(screen.getByRole('table', { name: 'Sites of Acme Retail' })).toBeTruthy();
    expect(screen.getByText('3 sites')).toBeTruthy();
    expect(screen.getByText('2 active')).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init.body))).toEqual({ query: SITES_QUERY, variables: {} });
  });

  it("shows the server's error message and retries on request", async () => {
    const fetch = mockFetch(
      { body: { errors: [{ message: 'Not authorized for organization 7' }], data: null } },
      { body: sitesResponse() },
    );
    renderWithProviders(<SitesPage />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not authorized for organization 7');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findAllByTestId('site-row')).toHaveLength(3);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what to do when the organization has no sites yet', async () => {
    mockFetch({ body: sitesResponse([]) });
    renderWithProviders(<SitesPage />);

    expect(await screen.findByRole('heading', { name: 'No sites yet' })).toBeTruthy();
    expect(screen.getByText(/demo data/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Data' }).getAttribute('href')).toBe('/data');
  });
});
