import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry, User } from '../../api/types';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, settle, userOf } from '../../test/render';

const user = (id: string, extra: Partial<User>): User => ({ id, email: `${id}@x.example`, name: `User ${id}`, role: 'ANALYST', active: true, siteIds: [], createdAt: '2026-01-01T00:00:00Z', lastLoginAt: null, ...extra });

describe('Settings for admins', () => {
  it('lists users with their sites, and creates a site manager only with a site', async () => {
    const calls = mockGraphQL(
      dashboardHandlers({
        Users: { users: [user('1', { name: 'Ada Admin', role: 'ADMIN' }), user('7', { name: 'Miguel', role: 'SITE_MANAGER', siteIds: ['4'] })] },
        CreateUser: () => ({ createUser: user('9', { email: 'n@x.example', role: 'SITE_MANAGER', siteIds: ['6'] }) }),
      }),
    );
    renderApp('/settings?tab=users');
    await settle();
    const tabs = within(screen.getByRole('navigation', { name: 'Settings sections' })).getAllByRole('link');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Account', 'API tokens', 'Users', 'Audit log']);
    const rows = screen.getAllByTestId('user-row').map((row) => row.textContent);
    expect(rows[0]).toContain('All sites');
    expect(rows[1]).toContain('Site manager');
    expect(rows[1]).toContain('MNL');

    fireEvent.click(screen.getByRole('button', { name: 'New user' }));
    const form = screen.getByTestId('user-form');
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'n@x.example' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Nora' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'SITE_MANAGER' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(within(form).getByRole('alert').textContent).toContain('Choose at least one site');
    fireEvent.click(within(form).getByLabelText(/Bogotá Chapinero/));
    fireEvent.change(within(form).getByLabelText('Password'), { target: { value: 'short' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(within(form).getByRole('alert').textContent).toBe('The password needs at least 10 characters.');
    fireEvent.change(within(form).getByLabelText('Password'), { target: { value: 'long enough pass' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    await screen.findByText('Saved n@x.example.');
    expect(calls.find((c) => c.operation === 'CreateUser')?.variables).toEqual({
      input: { email: 'n@x.example', name: 'Nora', role: 'SITE_MANAGER', siteIds: ['6'], password: 'long enough pass' },
    });
    await settle();
  });

  it('changes a role and deactivates a user, sending only the changes', async () => {
    const calls = mockGraphQL(dashboardHandlers({ Users: { users: [user('7', { name: 'Miguel', role: 'SITE_MANAGER', siteIds: ['4'] })] }, UpdateUser: { updateUser: user('7', {}) } }));
    renderApp('/settings?tab=users', { user: userOf('ADMIN', { id: '1' }) });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Miguel' }));
    const form = screen.getByTestId('user-form');
    expect((within(form).getByLabelText('Email') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'DIRECTOR' } });
    fireEvent.click(within(form).getByLabelText(/Active/));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'UpdateUser')?.variables).toEqual({ id: '7', input: { role: 'DIRECTOR', active: false, siteIds: [] } }));
    await settle();
  });

  it('pages through the audit log and filters it by action', async () => {
    const entry = (id: number): AuditEntry => ({ id: String(id), at: '2026-11-10T08:00:00Z', actor: 'ada@northwind.example', actorTokenId: null, action: 'auth.login', target: 'ada@northwind.example', details: '{}', ip: '127.0.0.1' });
    const calls = mockGraphQL(
      dashboardHandlers({
        AuditLog: (v: Record<string, unknown>) => {
          const top = v.before ? Number(v.before) - 1 : 120;
          return { auditLog: Array.from({ length: Math.min(Number(v.first), top) }, (_, i) => entry(top - i)) };
        },
      }),
    );
    renderApp('/settings?tab=audit');
    await settle();
    expect(screen.getAllByTestId('audit-row')).toHaveLength(50);
    fireEvent.click(screen.getByTestId('next-page'));
    await settle();
    expect(calls.filter((c) => c.operation === 'AuditLog').at(-1)?.variables).toEqual({ first: 51, action: null, before: '71' });
    fireEvent.change(screen.getByTestId('audit-action'), { target: { value: 'auth.login_failed' } });
    await settle();
    expect(calls.filter((c) => c.operation === 'AuditLog').at(-1)?.variables).toEqual({ first: 51, action: 'auth.login_failed', before: null });
    expect(screen.getByTestId('location').textContent).toContain('action=auth.login_failed');
  });
});
