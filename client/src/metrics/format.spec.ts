import { csvValue, deltaTone, formatDelta, formatInterval, formatPValue } from './format';

describe('metric display helpers', () => {
  it('writes changes in the unit of the metric', () => {
    expect(formatDelta('CSAT', 1.234, 'en', 'pts')).toBe('+1.2 pts');
    expect(formatDelta('CSAT', -0.04, 'zh-CN', '个百分点')).toBe('0.0 个百分点');
    expect(formatDelta('NPS', 4, 'en', 'pts')).toBe('+4');
    expect(formatDelta('ASA', 75, 'en', 'pts')).toBe('+1m 15s');
    expect(formatDelta('AHT', -6, 'en', 'pts')).toBe('-6s');
    expect(formatDelta('CES', null, 'en', 'pts')).toBe('—');
  });

  it('colours a change only when it is significant, in the direction of the metric', () => {
    expect(deltaTone('CSAT', 1, true)).toBe('better');
    expect(deltaTone('CSAT', 1, false)).toBe('neutral');
    expect(deltaTone('ASA', 10, true)).toBe('worse');
    expect(deltaTone('DSAT', -1, true)).toBe('better');
    expect(deltaTone('OFFERED', 100, true)).toBe('neutral');
  });

  it('formats p-values and intervals for the locale', () => {
    expect(formatPValue(0.0004, 'en')).toBe('p < 0.001');
    expect(formatPValue(0.0312, 'en')).toBe('p = 0.03');
    expect(formatPValue(0.004, 'en')).toBe('p = 0.004');
    expect(formatInterval('CSAT', 75.04, 76.56, 'en')).toBe('75.0% – 76.6%');
    expect(formatInterval('CSAT', null, 76, 'en')).toBeNull();
  });

  it('rounds CSV values one decimal beyond what is shown', () => {
    expect(csvValue('CSAT', 75.81448)).toBe(75.81);
    expect(csvValue('NPS', 10.0756)).toBe(10.1);
    expect(csvValue('ASA', null)).toBeNull();
  });
});
