import { screen, within } from '@testing-library/react';
import { mockGraphQL } from '../test/graphqlMock';
import { dashboardHandlers } from '../test/handlers';
import { renderApp, settle } from '../test/render';

describe('App shell', () => {
  beforeEach(() => mockGraphQL(dashboardHandlers()));

  it('has a main navigation of links that carry the filters, marking the current page', async () => {
    renderApp('/sites?sites=4&compare=none');
    await screen.findAllByTestId('site-row');
    await settle();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Overview', '/?sites=4&compare=none&lang=en'],
      ['Sites', '/sites?sites=4&compare=none&lang=en'],
      ['Channels', '/channels?sites=4&compare=none&lang=en'],
      ['VOP vs VOC', '/vop-vs-voc?sites=4&compare=none&lang=en'],
      ['Drivers', '/drivers?sites=4&compare=none&lang=en'],
      ['Responses', '/responses?sites=4&compare=none&lang=en'],
      ['Data', '/data?sites=4&compare=none&lang=en'],
      ['API explorer', '/explorer?sites=4&compare=none&lang=en'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Sites' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it.each([
    ['/', 'Overview'],
    ['/sites', 'Sites'],
    ['/channels', 'Channels'],
    ['/vop-vs-voc', 'VOP vs VOC'],
    ['/drivers', 'Drivers'],
    ['/responses', 'Responses'],
    ['/data', 'Data'],
  ])('renders %s as a titled page, with every card loaded', async (route, title) => {
    renderApp(route);
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 }).textContent).toBe(title);
    await settle();
    expect(screen.queryAllByRole('alert')).toEqual([]);
  });

  it('shows the filter bar on the analysis pages only', async () => {
    const { unmount } = renderApp('/channels');
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
    await settle();
    unmount();
    renderApp('/data');
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    await settle();
  });

  it('answers an unknown address with a not-found page', async () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    await settle();
  });
});
