import { analyseDrivers, DriverObservation } from './drivers';

/** A deterministic pseudo-random sequence, so the data is fixed without hard-coding 60 rows. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

describe('analyseDrivers', () => {
  const rand = sequence(7);
  // CSAT is built from service level (strong), ASA (weak, negative) and noise; AHT is pure noise.
  const observations: DriverObservation[] = Array.from({ length: 60 }, () => {
    const serviceLevel = 60 + 35 * rand();
    const asa = 10 + 100 * rand();
    const aht = 300 + 300 * rand();
    const noise = 2 * (rand() - 0.5);
    return {
      target: 40 + 0.5 * serviceLevel - 0.05 * asa + noise,
      candidates: { SERVICE_LEVEL: serviceLevel, ASA: asa, AHT: aht, QA_SCORE: rand() < 0.9 ? null : 80 },
    };
  });

  it('ranks the constructed driver first, with the right signs, and excludes sparse candidates', () => {
    const result = analyseDrivers(observations, ['AHT', 'ASA', 'SERVICE_LEVEL', 'QA_SCORE']);
    expect(result.drivers.map((d) => d.candidate)).toEqual(['SERVICE_LEVEL', 'ASA', 'AHT']);
    const [sl, asa, aht] = result.drivers;
    expect(sl.standardizedBeta).toBeGreaterThan(0.8);
    expect(sl.betaPValue).toBeLessThan(1e-10);
    expect(sl.betaCiLow).toBeGreaterThan(0);
    expect(asa.standardizedBeta).toBeLessThan(0);
    expect(aht.betaCiLow).toBeLessThan(0);
    expect(aht.betaCiHigh).toBeGreaterThan(0); // noise: its interval spans zero
    expect(result.excluded).toEqual([expect.objectContaining({ candidate: 'QA_SCORE', reason: expect.stringContaining('at least 10 needed') })]);
    expect(result.n).toBe(60);
    expect(result.rSquared).toBeGreaterThan(0.9);
  });

  it('gives the exact simple correlation: r = 1 for a perfectly linear candidate', () => {
    const obs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => ({ target: 2 * i + 3, candidates: { X: i, Z: (i * 7) % 5 } }));
    const result = analyseDrivers(obs, ['X', 'Z']);
    expect(result.drivers[0].candidate).toBe('X');
    expect(result.drivers[0].r).toBeCloseTo(1, 12);
    expect(result.drivers[0].standardizedBeta).toBeCloseTo(1, 9);
  });

  it('excludes a candidate collinear with another instead of failing', () => {
    const obs = Array.from({ length: 20 }, (_, i) => ({ target: i + (i % 3), candidates: { A: i, B: 2 * i + 1, C: (i * 5) % 7 } }));
    const result = analyseDrivers(obs, ['A', 'B', 'C']);
    expect(result.drivers.map((d) => d.candidate).sort()).toEqual(['A', 'C']);
    expect(result.excluded).toEqual([expect.objectContaining({ candidate: 'B', reason: expect.stringContaining('collinear') })]);
  });
});
