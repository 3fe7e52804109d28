import { fireEvent, screen, within } from '@testing-library/react';
import { mockGraphQL } from '../test/graphqlMock';
import { dashboardHandlers } from '../test/handlers';
import { renderApp, settle } from '../test/render';
import { LOCALE_STORAGE_KEY } from './locales';

function navLabels(): string[] {
  const nav = screen.getByRole('navigation', { name: /Main|主导航/ });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('LanguageSwitcher', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
    mockGraphQL(dashboardHandlers());
  });

  it('switches the whole dashboard to Simplified Chinese and remembers the choice', async () => {
    renderApp('/sites');
    expect(navLabels()).toContain('Sites');
    expect(await screen.findByRole('columnheader', { name: /Country/ })).toBeTruthy();
    await settle();

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });

    expect(navLabels()).toEqual(['概览', '站点', '渠道', '流程之声 vs 客户之声', '驱动因素', '问卷回复', '数据', 'API 浏览器', '设置']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('站点');
    expect(screen.getByRole('columnheader', { name: /国家\/地区/ })).toBeTruthy();
    // Country names, metric names and numbers follow the language too.
    expect(screen.getAllByRole('cell', { name: '菲律宾' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('columnheader', { name: /服务水平/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: '筛选' })).toBeTruthy();
    expect(screen.getByLabelText('语言')).toBeTruthy();

    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(screen.getByTestId('location').textContent).toBe('/sites?lang=zh-CN');
    await settle();
  });

  it('opens in the language named by the URL, and keeps it across navigation', async () => {
    renderApp('/?lang=zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('概览');
    expect(document.documentElement.lang).toBe('zh-CN');
    await settle();

    fireEvent.click(screen.getByRole('link', { name: '渠道' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('渠道');
    expect(screen.getByTestId('location').textContent).toBe('/channels?lang=zh-CN');
    await settle();
  });

  it('uses the remembered language when the URL names none', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    renderApp('/data');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('数据');
    expect(screen.getByTestId('location').textContent).toBe('/data?lang=zh-CN');
    await settle();
  });
});
