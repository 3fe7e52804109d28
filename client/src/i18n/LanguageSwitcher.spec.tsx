import { fireEvent, screen, within } from '@testing-library/react';
import { mockFetch } from '../test/fetchMock';
import { sitesResponse } from '../test/fixtures';
import { renderApp } from '../test/render';
import { LOCALE_STORAGE_KEY } from './locales';

function navLabels(): string[] {
  const nav = screen.getByRole('navigation');
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('LanguageSwitcher', () => {
  beforeEach(() => {
    window.localStorage.clear();
    document.documentElement.lang = 'en';
    mockFetch({ body: sitesResponse() });
  });

  it('switches the shell to Simplified Chinese and remembers the choice', async () => {
    renderApp('/sites');
    expect(navLabels()).toContain('Sites');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sites');
    expect(await screen.findByRole('columnheader', { name: /Country/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });

    expect(navLabels()).toEqual(['概览', '站点', '渠道', '流程之声 vs 客户之声', '驱动因素', '问卷回复', '数据', 'API 浏览器']);
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('站点');
    expect(screen.getByRole('columnheader', { name: /国家\/地区/ })).toBeTruthy();
    // Country names follow the language too.
    expect(screen.getByRole('cell', { name: /^法国/ })).toBeTruthy();
    expect(screen.getByLabelText('语言')).toBeTruthy();

    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(screen.getByTestId('location').textContent).toBe('/sites?lang=zh-CN');
  });

  it('opens in the language named by the URL, and keeps it across navigation', () => {
    renderApp('/?lang=zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('概览');
    expect(document.documentElement.lang).toBe('zh-CN');

    fireEvent.click(screen.getByRole('link', { name: '渠道' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('渠道');
    expect(screen.getByTestId('location').textContent).toBe('/channels?lang=zh-CN');
  });

  it('uses the remembered language when the URL names none', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    renderApp('/data');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('数据');
    expect(screen.getByTestId('location').textContent).toBe('/data?lang=zh-CN');
  });
});
