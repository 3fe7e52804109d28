import type { ReactNode } from 'react';

/** The box recharts shows on hover and keyboard focus; its content is given by each chart. */
export function ChartTooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      {children}
    </div>
  );
}

export function TooltipRow({ label, value, color }: { label: ReactNode; value: ReactNode; color?: string }) {
  return (
    <p className="chart-tooltip__row">
      {color ? <span className="chart-tooltip__swatch" style={{ background: color }} aria-hidden="true" /> : null}
      <span className="chart-tooltip__label">{label}</span>
      <span className="chart-tooltip__value tabular">{value}</span>
    </p>
  );
}
