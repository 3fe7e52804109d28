import type { Quadrant, VopUnitResult } from '../../api/types';
import { OKABE_ITO } from '../../charts/palette';

/**
 * How each quadrant looks: a colour of the Okabe-Ito palette AND a shape AND a glyph for text,
 * so the classes stay apart in greyscale and for every colour-vision deficiency.
 */
export const QUADRANT_STYLE: Record<Quadrant, { color: string; shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross'; glyph: string }> = {
  BLIND_SPOT: { color: OKABE_ITO.vermillion, shape: 'triangle', glyph: '▲' },
  HIDDEN_STRENGTH: { color: OKABE_ITO.blue, shape: 'diamond', glyph: '◆' },
  ALIGNED_STRONG: { color: OKABE_ITO.green, shape: 'circle', glyph: '●' },
  ALIGNED_WEAK: { color: '#7A5C00', shape: 'square', glyph: '■' },
  INSUFFICIENT_DATA: { color: '#8A97A6', shape: 'cross', glyph: '✕' },
};

/** Legend and table order: the two disagreements first, they are what the page is for. */
export const QUADRANT_ORDER: readonly Quadrant[] = ['BLIND_SPOT', 'HIDDEN_STRENGTH', 'ALIGNED_STRONG', 'ALIGNED_WEAK', 'INSUFFICIENT_DATA'];

export interface ScatterPoint {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Sample behind the point's size: the smaller of the two voices' n. */
  n: number;
  quadrant: Quadrant;
  unit: VopUnitResult;
}

/** Units with both values, as scatter points grouped by quadrant. */
export function toScatterGroups(units: readonly VopUnitResult[]): Map<Quadrant, ScatterPoint[]> {
  const groups = new Map<Quadrant, ScatterPoint[]>(QUADRANT_ORDER.map((q) => [q, []]));
  for (const unit of units) {
    if (unit.vop.value === null || unit.voc.value === null) continue;
    groups.get(unit.quadrant)!.push({
      key: unit.key,
      label: unit.label,
      x: unit.vop.value,
      y: unit.voc.value,
      n: Math.min(unit.vop.n, unit.voc.n),
      quadrant: unit.quadrant,
      unit,
    });
  }
  return groups;
}

/** Largest disagreement first (either direction); units without a gap (insufficient data) last. */
export function sortByGap(units: readonly VopUnitResult[]): VopUnitResult[] {
  return [...units].sort((a, b) => {
    if (a.gap === null || b.gap === null) return a.gap === b.gap ? a.label.localeCompare(b.label) : a.gap === null ? 1 : -1;
    return Math.abs(b.gap) - Math.abs(a.gap) || a.label.localeCompare(b.label);
  });
}

/** "Manila Ortigas · Chat" → "Manila · Chat": a point label that stays readable. */
export function shortLabel(label: string): string {
  const [first, ...rest] = label.split(' · ');
  return [first.split(' ')[0], ...rest].join(' · ');
}
