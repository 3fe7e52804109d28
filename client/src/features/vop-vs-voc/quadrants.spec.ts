import { vopVsVocFixture } from '../../test/vopFixtures';
import { shortLabel, sortByGap, toScatterGroups } from './quadrants';

describe('VOP vs VOC shaping', () => {
  const { units } = vopVsVocFixture();

  it('orders units by the size of their gap, either way, unclassified last', () => {
    expect(sortByGap(units).map((u) => u.label)).toEqual(['Manila Ortigas', 'Bogotá Chapinero', 'Cairo Smart Village', 'Kraków Zabłocie', 'Porto Tiny']);
  });

  it('groups plottable units by quadrant, sized by the smaller sample', () => {
    const groups = toScatterGroups(units);
    expect(groups.get('BLIND_SPOT')).toEqual([expect.objectContaining({ key: '4', x: 93.5, y: 65.2, n: 60 })]);
    expect(groups.get('HIDDEN_STRENGTH')?.map((p) => p.key)).toEqual(['6']);
    // No VOC value: nothing to plot, but the unit stays in the table.
    expect(groups.get('INSUFFICIENT_DATA')).toEqual([]);
  });

  it('shortens point labels to the first word of the site', () => {
    expect(shortLabel('Manila Ortigas · Chat')).toBe('Manila · Chat');
    expect(shortLabel('Kraków Zabłocie')).toBe('Kraków');
  });
});
