import { screen, within } from '@testing-library/react';
import { mockFetch } from '../test/fetchMock';
import { sitesResponse } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('App shell', () => {
  beforeEach(() => {
    window.localStorage.clear();
    mockFetch({ body: sitesResponse() });
  });

  it('has a main navigation of links, marking the current page', async () => {
    renderApp('/sites');
    await screen.findAllByTestId('site-row');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Overview', '/'],
      ['Sites', '/sites'],
      ['Channels', '/channels'],
      ['VOP vs VOC', '/vop-vs-voc'],
      ['Drivers', '/drivers'],
      ['Responses', '/responses'],
      ['Data', '/data'],
      ['API explorer', '/explorer'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Sites' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it.each([
    ['/channels', 'Channels'],
    ['/vop-vs-voc', 'VOP vs VOC'],
    ['/drivers', 'Drivers'],
    ['/responses', 'Responses'],
    ['/data', 'Data'],
    ['/explorer', 'API explorer'],
  ])('renders %s as a titled page with an empty state', (route, title) => {
    renderApp(route);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(within(main).getByRole('heading', { level: 2, name: 'This view is on its way' })).toBeTruthy();
  });

  it('shows a site summary on the overview', async () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Overview');
    expect(await screen.findByText('3 sites')).toBeTruthy();
    expect(screen.getByText('Acme Retail')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View all sites' }).getAttribute('href')).toBe('/sites');
  });

  it('answers an unknown address with a not-found page', () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
  });
});
