import type { MetricCell, MetricRow } from '../../api/types';
import { heatColor, heatKey, toHeatmap, toStackedVolumes } from './channelData';

const cell = (metric: MetricCell['metric'], value: number | null, n = 100): MetricCell => ({
  metric,
  value,
  n,
  ciLow: null,
  ciHigh: null,
  lowSample: n < 30,
  previousValue: null,
  delta: null,
  pValue: null,
  adjustedPValue: null,
  significant: null,
});

const volumeRow = (start: string, channel: string, value: number): MetricRow => ({
  dimensions: [{ dimension: 'CHANNEL', id: channel, label: channel }],
  bucket: { start, label: start },
  cells: [cell('OFFERED', value, value)],
});

describe('toStackedVolumes', () => {
  const rows = [volumeRow('2026-11-09', 'CHAT', 30), volumeRow('2026-11-02', 'VOICE', 60), volumeRow('2026-11-02', 'CHAT', 20), volumeRow('2026-11-09', 'EMAIL', 0)];

  it('puts each bucket in time order with every channel that had volume, in channel order', () => {
    expect(toStackedVolumes(rows, 'OFFERED', false)).toEqual({
      channels: ['VOICE', 'CHAT'],
      points: [
        { start: '2026-11-02', VOICE: 60, CHAT: 20 },
        { start: '2026-11-09', VOICE: 0, CHAT: 30, EMAIL: 0 },
      ],
    });
  });

  it('turns counts into shares adding up to 100 per bucket', () => {
    const { points } = toStackedVolumes(rows, 'OFFERED', true);
    expect(points[0]).toMatchObject({ VOICE: 75, CHAT: 25 });
    expect(points[1]).toMatchObject({ VOICE: 0, CHAT: 100 });
  });
});

describe('toHeatmap', () => {
  const row = (site: string, channel: string, metric: MetricCell['metric'], value: number | null, n = 100): MetricRow => ({
    dimensions: [
      { dimension: 'SITE', id: site, label: `Site ${site}` },
      { dimension: 'CHANNEL', id: channel, label: channel },
    ],
    bucket: null,
    cells: [cell(metric, value, n)],
  });

  it('scores cells by their difference from the organization, scaled by the largest', () => {
    const map = toHeatmap([row('2', 'VOICE', 'CSAT', 90), row('1', 'CHAT', 'CSAT', 70), row('1', 'VOICE', 'CSAT', 80)], 'CSAT', 80);
    expect(map.sites).toEqual([
      { id: '1', label: 'Site 1' },
      { id: '2', label: 'Site 2' },
    ]);
    expect(map.channels).toEqual(['VOICE', 'CHAT']);
    expect(map.cells.get(heatKey('2', 'VOICE'))?.score).toBe(1);
    expect(map.cells.get(heatKey('1', 'CHAT'))?.score).toBe(-1);
    expect(map.cells.get(heatKey('1', 'VOICE'))?.score).toBe(0);
  });

  it('reverses the direction for metrics where lower is better, and skips empty cells', () => {
    const map = toHeatmap([row('1', 'VOICE', 'AHT', 300), row('1', 'CHAT', 'AHT', 500), row('2', 'EMAIL', 'AHT', null, 0)], 'AHT', 400);
    expect(map.cells.get(heatKey('1', 'VOICE'))?.score).toBe(1);
    expect(map.cells.get(heatKey('1', 'CHAT'))?.score).toBe(-1);
    expect(map.cells.has(heatKey('2', 'EMAIL'))).toBe(false);
  });

  it('colours better blue and worse vermillion, with strength by score', () => {
    expect(heatColor(1)).toBe('rgba(0, 114, 178, 0.55)');
    expect(heatColor(-0.5)).toBe('rgba(213, 94, 0, 0.28)');
    expect(heatColor(null)).toBe('#f5f7fa');
  });
});
