import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApiToken } from '../../api/types';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, renderWithProviders, settle, userOf } from '../../test/render';
import { TokenCreatedPanel } from './TokenCreatedPanel';

const SECRET = 'cxl_1_s3cr3t-only-shown-once';

const token = (extra: Partial<ApiToken> = {}): ApiToken => ({
  id: '11',
  name: 'Nightly import',
  prefix: 'cxl_1_s3cr',
  scope: 'READ_WRITE',
  ownerEmail: 'analyst@northwind.example',
  createdAt: '2026-11-10T08:00:00Z',
  lastUsedAt: null,
  expiresAt: '2027-02-08T08:00:00Z',
  revokedAt: null,
  ...extra,
});

describe('TokenCreatedPanel', () => {
  it('shows the secret with a warning, copies it, and forgets it when done', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const done = jest.fn();
    renderWithProviders(<TokenCreatedPanel token={SECRET} name="Nightly import" onDone={done} />);
    expect(screen.getByRole('heading', { name: 'Token “Nightly import” created' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('this is the only time it is shown');
    expect((screen.getByLabelText('Your new token') as HTMLInputElement).value).toBe(SECRET);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(writeText).toHaveBeenCalledWith(SECRET);
    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('selects the secret for a manual copy when the clipboard is refused', async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn(async () => Promise.reject(new Error('denied'))) } });
    renderWithProviders(<TokenCreatedPanel token={SECRET} name="x" onDone={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText(/press Ctrl\+C/);
    const field = screen.getByLabelText('Your new token') as HTMLInputElement;
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, SECRET.length]);
  });
});

describe('Settings › API tokens', () => {
  it('creates a token, shows its secret once, and lists it by prefix only', async () => {
    let tokens: ApiToken[] = [];
    const calls = mockGraphQL(
      dashboardHandlers({
        ApiTokens: () => ({ apiTokens: tokens }),
        CreateApiToken: () => {
          tokens = [token()];
          return { createApiToken: { token: SECRET, apiToken: tokens[0] } };
        },
      }),
    );
    renderApp('/settings', { user: userOf('ANALYST') });
    await settle();
    expect(screen.getByText('No API tokens yet.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Nightly import ' } });
    fireEvent.click(screen.getByLabelText(/Read and write/));
    fireEvent.change(screen.getByLabelText('Expires'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));

    const panel = await screen.findByTestId('token-created');
    expect((within(panel).getByLabelText('Your new token') as HTMLInputElement).value).toBe(SECRET);
    expect(calls.find((c) => c.operation === 'CreateApiToken')?.variables).toEqual({ input: { name: 'Nightly import', scope: 'READ_WRITE', expiresInDays: 90 } });
    await waitFor(() => expect(screen.getAllByTestId('token-row')).toHaveLength(1));
    const row = screen.getByTestId('token-row');
    expect(row.textContent).toContain('cxl_1_s3cr…');
    expect(row.textContent).not.toContain(SECRET);

    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('token-created')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole('button', { name: 'Create token' })).toBeTruthy();
  });

  it('revokes a token after a second click', async () => {
    const calls = mockGraphQL(dashboardHandlers({ ApiTokens: { apiTokens: [token()] }, RevokeApiToken: { revokeApiToken: token({ revokedAt: '2026-11-11T00:00:00Z' }) } }));
    renderApp('/settings?tab=tokens', { user: userOf('DIRECTOR') });
    await settle();
    // A director's tokens never write: no read-write choice.
    expect(screen.queryByLabelText(/Read and write/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke the token Nightly import' }));
    expect(calls.some((c) => c.operation === 'RevokeApiToken')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke now' }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'RevokeApiToken')?.variables).toEqual({ id: '11' }));
    await settle();
  });

  it('offers only the account to a site manager', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/settings?tab=tokens', { user: userOf('SITE_MANAGER', { siteIds: ['4'] }) });
    await settle();
    const tabs = within(screen.getByRole('navigation', { name: 'Settings sections' })).getAllByRole('link');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Account']);
    expect(screen.getByTestId('account').textContent).toContain('Manila Ortigas (MNL)');
    expect(screen.queryByText('New API token')).toBeNull();
  });
});
