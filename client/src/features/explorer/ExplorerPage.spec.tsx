import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { ExplorerPage } from './ExplorerPage';

// GraphiQL and Monaco are browser-only ES modules; the lazy chunk is stood in for here and
// exercised for real in the browser test.
jest.mock('./GraphiQLExplorer', () => ({
  GraphiQLExplorer: () => require('react').createElement('div', { 'data-testid': 'graphiql' }),
}));

describe('API explorer page', () => {
  it('shows its title, the endpoint and, once loaded, GraphiQL', async () => {
    renderWithProviders(<ExplorerPage />, { route: '/explorer' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('API explorer');
    expect(screen.getByRole('link', { name: '/graphql' }).getAttribute('href')).toBe('/graphql');
    expect(await screen.findByTestId('graphiql')).toBeTruthy();
  });
});
