import { describeProgress } from './progress';

describe('describeProgress', () => {
  it('shows share, sizes, rows, rate and the time left', () => {
    const p = { bytes: 25 * 1024 * 1024, totalBytes: 100 * 1024 * 1024, rows: 250_000, startedAt: 0 };
    expect(describeProgress(p, 10_000, 8)).toEqual({
      bar: '[##......]',
      line: ' 25% 25.0 MB/100.0 MB  250,000 rows  25,000 rows/s  ETA 00:30',
    });
  });

  it('has no ETA before the first byte, and hours when it takes that long', () => {
    expect(describeProgress({ bytes: 0, totalBytes: 10, rows: 0, startedAt: 0 }, 1000).line).toMatch(/ETA --:--$/);
    expect(describeProgress({ bytes: 1, totalBytes: 10, rows: 1, startedAt: 0 }, 600_000).line).toMatch(/ETA 1:30:00$/);
  });
});
