import { memo } from 'react';
import { CHART_COLORS } from './palette';

export interface SparkPoint {
  value: number | null;
}

const WIDTH = 120;
const HEIGHT = 32;

/**
 * A tiny trend line drawn as plain SVG: ten of them on the Overview must cost nothing to render.
 * Missing values break the line rather than being bridged.
 */
export const Sparkline = memo(function Sparkline({ points, label, color = CHART_COLORS.primary }: { points: readonly SparkPoint[]; label: string; color?: string }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 2) return <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" />;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (index: number) => (points.length === 1 ? WIDTH / 2 : (index / (points.length - 1)) * WIDTH);
  const y = (value: number) => HEIGHT - 3 - ((value - min) / span) * (HEIGHT - 6);
  const segments: string[] = [];
  let current = '';
  points.forEach((point, index) => {
    if (point.value === null || !Number.isFinite(point.value)) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <path d={segments.join('')} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
