import type { MetricRow } from '../../api/types';
import { cell } from '../../test/vopFixtures';
import { buildAlerts } from './alerts';

describe('buildAlerts', () => {
  const org = [
    cell('CSAT', 75, 9000, { delta: 1.2, pValue: 0.01, significant: true }),
    cell('NPS', 10, 5000, { delta: 4, pValue: 0.2, significant: false }),
    cell('ASA', 120, 9000, { delta: 30, pValue: null }),
  ];
  const sites: MetricRow[] = [
    {
      dimensions: [{ dimension: 'SITE', id: '4', label: 'Manila Ortigas' }],
      bucket: null,
      cells: [
        cell('SERVICE_LEVEL', 70, 5000, { delta: -4, pValue: 0.0001, adjustedPValue: 0.0008, significant: true }),
        cell('CSAT', 60, 800, { delta: 3, pValue: 0.03, adjustedPValue: 0.09, significant: false }),
        cell('FCR', 50, 10, { delta: -20, pValue: 0.001, adjustedPValue: 0.004, lowSample: true }),
      ],
    },
  ];

  it('raises an alert only for significant moves, using the adjusted p-value for sites', () => {
    const alerts = buildAlerts(org, sites);
    expect(alerts.map((a) => a.key)).toEqual(['org:CSAT', '4:SERVICE_LEVEL']);
    expect(alerts[1]).toMatchObject({ siteLabel: 'Manila Ortigas', pValue: 0.0008, tone: 'worse' });
    expect(alerts[0].tone).toBe('better');
  });

  it('never alerts on a low sample or on a metric without a test', () => {
    const keys = buildAlerts(org, sites).map((a) => a.key);
    expect(keys).not.toContain('4:FCR');
    expect(keys).not.toContain('org:ASA');
  });
});
