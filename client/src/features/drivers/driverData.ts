import type { MetricId } from '@cxlens/shared';
import type { Driver, DriverObservation } from '../../api/types';

export interface ImportanceBar {
  candidate: MetricId;
  label: string;
  beta: number;
  /** [beta − low, high − beta] for the error bar. */
  error: [number, number];
  low: number;
  high: number;
  /** The interval excludes zero: the direction of the effect is established. */
  clear: boolean;
  rank: number;
  r: number | null;
  n: number;
}

/** Drivers by rank, as bars of the standardised coefficient with its 95% interval. */
export function toImportanceBars(drivers: readonly Driver[], label: (id: MetricId) => string): ImportanceBar[] {
  return [...drivers]
    .sort((a, b) => a.rank - b.rank)
    .map((d) => ({
      candidate: d.candidate,
      label: label(d.candidate),
      beta: d.standardizedBeta,
      error: [Math.max(0, d.standardizedBeta - d.betaCiLow), Math.max(0, d.betaCiHigh - d.standardizedBeta)],
      low: d.betaCiLow,
      high: d.betaCiHigh,
      clear: d.betaCiLow > 0 || d.betaCiHigh < 0,
      rank: d.rank,
      r: d.r,
      n: d.n,
    }));
}

export interface DriverPoint {
  key: string;
  label: string;
  bucket: string;
  x: number;
  y: number;
}

/** Unit-periods with both the driver's and the target's value, for the driver-vs-target scatter. */
export function toDriverPoints(observations: readonly DriverObservation[], candidate: MetricId): DriverPoint[] {
  return observations.flatMap((o) => {
    const x = o.values.find((v) => v.candidate === candidate)?.value ?? null;
    if (x === null || o.target === null) return [];
    return [{ key: `${o.unitKey}|${o.bucket}`, label: o.label, bucket: o.bucket, x, y: o.target }];
  });
}

/** An axis centred on zero that holds every interval, with five round ticks: β reads left (lowers) or right (raises). */
export function symmetricAxis(bars: readonly Pick<ImportanceBar, 'low' | 'high'>[]): { domain: [number, number]; ticks: number[] } {
  const largest = Math.max(0.1, ...bars.flatMap((b) => [Math.abs(b.low), Math.abs(b.high)]));
  const step = largest <= 0.5 ? 0.25 : largest <= 1 ? 0.5 : 1;
  const edge = Math.ceil(largest / step) * step;
  return { domain: [-edge, edge], ticks: [-edge, -edge / 2, 0, edge / 2, edge] };
}
