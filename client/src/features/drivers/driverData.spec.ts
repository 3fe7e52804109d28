import { driversFixture } from '../../test/vopFixtures';
import { symmetricAxis, toDriverPoints, toImportanceBars } from './driverData';

describe('toImportanceBars', () => {
  it('orders by rank and turns the interval into error distances, marking intervals that exclude zero', () => {
    const bars = toImportanceBars(driversFixture().drivers, (id) => id);
    expect(bars.map((b) => b.candidate)).toEqual(['ASA', 'MYSTERY_SCORE']);
    expect(bars[0].error[0]).toBeCloseTo(0.15);
    expect(bars[0].error[1]).toBeCloseTo(0.15);
    expect(bars[0].clear).toBe(true);
    expect(bars[1].clear).toBe(false);
  });
});

describe('toDriverPoints', () => {
  it('keeps the unit-periods where both the driver and the target have a value', () => {
    const { observations } = driversFixture();
    expect(toDriverPoints(observations, 'ASA')).toEqual([
      { key: '4|2026-10-05', label: 'Manila Ortigas', bucket: '2026-10-05', x: 140, y: 66 },
      { key: '6|2026-10-05', label: 'Bogotá Chapinero', bucket: '2026-10-05', x: 60, y: 88 },
    ]);
    expect(toDriverPoints(observations, 'MYSTERY_SCORE')).toHaveLength(1);
  });
});

describe('symmetricAxis', () => {
  it('centres the axis on zero with room for every interval', () => {
    expect(symmetricAxis([{ low: -0.66, high: -0.36 }, { low: -0.02, high: 0.26 }])).toEqual({ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1] });
    expect(symmetricAxis([{ low: 0.1, high: 1.4 }])).toEqual({ domain: [-2, 2], ticks: [-2, -1, 0, 1, 2] });
    expect(symmetricAxis([])).toEqual({ domain: [-0.25, 0.25], ticks: [-0.25, -0.125, 0, 0.125, 0.25] });
  });
});
