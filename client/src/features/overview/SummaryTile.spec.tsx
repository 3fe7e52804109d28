import { screen } from '@testing-library/react';
import { SETTINGS, summaryData } from '../../test/dashboardFixtures';
import { renderWithProviders } from '../../test/render';
import { SummaryTile } from './SummaryTile';

const tiles = summaryData().summary.tiles;
const tile = (metric: string) => tiles.find((t) => t.metric === metric)!;

describe('SummaryTile', () => {
  it('shows the value, its interval, n and the variant in force, and links to the records', () => {
    renderWithProviders(<SummaryTile tile={tile('SERVICE_LEVEL')} settings={SETTINGS} comparing href="/responses?kind=kpis" />);
    expect(screen.getByRole('heading', { name: 'Service level' })).toBeTruthy();
    const value = screen.getByRole('link', { name: 'Service level 79.6%: see the records behind it' });
    expect(value.getAttribute('href')).toBe('/responses?kind=kpis');
    expect(screen.getByText('n = 582,168')).toBeTruthy();
    expect(screen.getByText('95% CI 77.6% – 81.6%')).toBeTruthy();
    expect(screen.getByText(/excluding abandons under 5 s/)).toBeTruthy();
  });

  it('colours a change only when it is significant, and says so in words', () => {
    const { container } = renderWithProviders(<SummaryTile tile={tile('CSAT')} settings={SETTINGS} comparing href="/" />);
    expect(container.querySelector('.delta--worse.is-significant')?.textContent).toContain('-2.1 pts');
    expect(screen.getByText(/Significant decline, p = 0.001/)).toBeTruthy();
    expect(screen.getByText('was 78.1%')).toBeTruthy();
  });

  it('leaves a non-significant change grey', () => {
    const { container } = renderWithProviders(<SummaryTile tile={tile('NPS')} settings={SETTINGS} comparing href="/" />);
    expect(container.querySelector('.delta--neutral')?.textContent).toContain('+1');
    expect(container.querySelector('.delta--better, .delta--worse')).toBeNull();
    expect(screen.getByText(/Not significant/)).toBeTruthy();
  });

  it('flags a low sample and hides the change when not comparing', () => {
    const { container } = renderWithProviders(<SummaryTile tile={tile('FCR')} settings={SETTINGS} comparing={false} href="/" />);
    expect(screen.getByText('Low sample')).toBeTruthy();
    expect(container.querySelector('.delta')).toBeNull();
  });

  it('formats for Simplified Chinese, with the variant in Chinese', () => {
    renderWithProviders(<SummaryTile tile={tile('SERVICE_LEVEL')} settings={SETTINGS} comparing href="/" />, { route: '/?lang=zh-CN' });
    expect(screen.getByRole('heading', { name: '服务水平' })).toBeTruthy();
    expect(screen.getByText(/不含5 秒内的放弃/)).toBeTruthy();
    expect(screen.getByText('+1.0 个百分点')).toBeTruthy();
  });
});
