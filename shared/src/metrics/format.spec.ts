import { describeVariant } from './describe';
import { formatDuration, formatMetricValue } from './format';

describe('formatMetricValue', () => {
  it('percent metrics show % with the metric\'s decimals, per locale', () => {
    expect(formatMetricValue('CSAT', 75)).toBe('75.0%');
    expect(formatMetricValue('SERVICE_LEVEL', (100 * 136) / 190)).toBe('71.6%');
    expect(formatMetricValue('CSAT', 75, 'zh-CN')).toBe('75.0%');
    expect(formatMetricValue('CSAT', 75, 'de-DE')).toBe('75,0\u00a0%');
  });

  it('NPS is signed', () => {
    expect(formatMetricValue('NPS', 40)).toBe('+40');
    expect(formatMetricValue('NPS', -12.4)).toBe('-12');
    expect(formatMetricValue('NPS', 0)).toBe('0');
  });

  it('seconds read as minutes and seconds', () => {
    expect(formatMetricValue('AHT', 245)).toBe('4m 05s');
    expect(formatMetricValue('ASA', 45)).toBe('45s');
    expect(formatMetricValue('AHT', 3725)).toBe('1h 02m 05s');
    expect(formatDuration(59.6)).toBe('1m 00s');
    expect(formatDuration(-75)).toBe('-1m 15s');
  });

  it('scores and counts', () => {
    expect(formatMetricValue('CSAT_MEAN', 3.875)).toBe('3.88');
    expect(formatMetricValue('MYSTERY_SCORE', 86.25)).toBe('86.3');
    expect(formatMetricValue('OFFERED', 1234567)).toBe('1,234,567');
    expect(formatMetricValue('OFFERED', 1234567, 'de-DE')).toBe('1.234.567');
  });

  it('null is a dash', () => {
    expect(formatMetricValue('CSAT', null)).toBe('—');
    expect(formatMetricValue('AHT', NaN)).toBe('—');
  });
});

describe('describeVariant', () => {
  it('names the service-level variant in force', () => {
    expect(describeVariant('SERVICE_LEVEL')).toBe(
      'Service level = answered within threshold ÷ (answered + abandoned), excluding abandons under 5 s.',
    );
    expect(describeVariant('SERVICE_LEVEL', { serviceLevelAbandons: 'IGNORE' })).toMatch(/abandoned contacts are ignored/);
    expect(describeVariant('SERVICE_LEVEL', { serviceLevelAbandons: 'ALL' })).toMatch(/answered \+ all abandoned/);
    expect(describeVariant('ABANDON_RATE', { shortAbandonSeconds: 10 })).toMatch(/under 10 s/);
  });

  it('names the FCR, CSAT and pass-mark choices', () => {
    expect(describeVariant('FCR')).toMatch(/resolved at first contact ÷ handled/);
    expect(describeVariant('FCR', { fcrMethod: 'CUSTOMER' })).toMatch(/surveyed customers/);
    expect(describeVariant('FCR', { fcrMethod: 'REPEAT_CONTACT' })).toMatch(/repeat contacts/);
    expect(describeVariant('CSAT', { csatMethod: 'MEAN' })).toMatch(/mean rating/);
    expect(describeVariant('QA_PASS', { passMarkPct: 85 })).toMatch(/at least 85%/);
  });

  it('falls back to the description for metrics without variants', () => {
    expect(describeVariant('CONVERSION')).toBe('Sales made as a share of sales opportunities.');
  });
});
