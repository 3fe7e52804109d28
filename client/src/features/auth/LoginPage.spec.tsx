import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockGraphQL, type RestHandler } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { ADMIN, renderApp, settle } from '../../test/render';

function signInWith(login: RestHandler) {
  const handler = jest.fn(login);
  mockGraphQL(dashboardHandlers(), { '/api/auth/login': handler });
  return handler;
}

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('signs in and goes to the page that asked for it', async () => {
    const login = signInWith(() => ({ body: { user: ADMIN, csrfToken: 'c', expiresInSeconds: 900 } }));
    renderApp('/login?next=%2Fsites%3Frange%3D7d', { user: null });
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    fillAndSubmit(' ada@northwind.example ', 'correct horse');
    await screen.findByRole('heading', { level: 1, name: 'Sites' });
    expect(screen.getByTestId('location').textContent).toMatch(/^\/sites\?range=7d/);
    expect(login.mock.calls[0][0]).toMatchObject({ method: 'POST', body: { email: 'ada@northwind.example', password: 'correct horse' } });
    await settle();
  });

  it('says so when the email or password is wrong, and stays', async () => {
    signInWith(() => ({ status: 401, body: { message: 'Email or password is wrong.' } }));
    renderApp('/login?next=%2Fsites', { user: null });
    fillAndSubmit('ada@northwind.example', 'nope');
    expect((await screen.findByRole('alert')).textContent).toBe('The email or the password is wrong.');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('ada@northwind.example');
    expect(screen.getByTestId('location').textContent).toBe('/login?next=%2Fsites&lang=en');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('tells how long to wait after too many failures (429 with Retry-After)', async () => {
    signInWith(() => ({ status: 429, body: { message: 'Too many failed sign-ins. Try again in 10 minute(s).' }, headers: { 'Retry-After': '541' } }));
    renderApp('/login', { user: null });
    fillAndSubmit('ada@northwind.example', 'nope');
    expect((await screen.findByRole('alert')).textContent).toBe('Too many failed sign-ins. For your security, try again in 10 minutes.');
  });

  it('says so in Chinese too, and when the server cannot be reached', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    renderApp('/login?lang=zh-CN', { user: null });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('登录 cxlens');
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'a@b.example' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('无法连接 cxlens 服务器。请确认服务器正在运行后重试。');
  });

  it('sends the organization only when given under More options', async () => {
    const login = signInWith(() => ({ status: 401, body: {} }));
    renderApp('/login', { user: null });
    fireEvent.click(screen.getByText('More options'));
    fireEvent.change(screen.getByLabelText('Organization (optional)'), { target: { value: ' acme ' } });
    fillAndSubmit('ada@northwind.example', 'pw');
    await screen.findByRole('alert');
    expect(login.mock.calls[0][0].body).toEqual({ email: 'ada@northwind.example', password: 'pw', organization: 'acme' });
  });

  it('never follows a next address to another site', async () => {
    signInWith(() => ({ body: { user: ADMIN } }));
    renderApp('/login?next=%2F%2Fevil.example%2Fphish', { user: null });
    fillAndSubmit('ada@northwind.example', 'correct horse');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toMatch(/^\/(\?lang=en)?$/));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await settle();
  });

  it('sends a signed-in user straight on', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/login?next=%2Fchannels', { user: ADMIN });
    await screen.findByRole('heading', { level: 1, name: 'Channels' });
    await settle();
  });
});
