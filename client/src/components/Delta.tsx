import type { MetricId } from '@cxlens/shared';
import { deltaTone } from '../metrics/format';
import { useMetricText } from '../metrics/useMetricText';
import { useT } from '../i18n';

/**
 * A change against the comparison period. Coloured only when significant; the arrow and a word
 * (for screen readers, and in the tooltip with the p-value) say the same without colour.
 */
export function Delta({
  metric,
  delta,
  pValue,
  significant,
}: {
  metric: MetricId;
  delta: number | null;
  pValue: number | null;
  significant: boolean | null;
}) {
  const t = useT();
  const text = useMetricText();
  if (delta === null) return <span className="delta delta--none">—</span>;
  const tone = deltaTone(metric, delta, significant);
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '■';
  const verdict =
    tone === 'better' ? t('metric.improved') : tone === 'worse' ? t('metric.worsened') : significant ? t('metric.changed') : t('metric.notSignificant');
  return (
    <span className={`delta delta--${tone}${significant ? ' is-significant' : ''}`} title={`${verdict} · ${text.p(pValue)}`}>
      <span aria-hidden="true" className="delta__arrow">
        {arrow}
      </span>
      <span className="tabular">{text.delta(metric, delta)}</span>
      <span className="visually-hidden">
        {' '}
        ({verdict}, {text.p(pValue)})
      </span>
    </span>
  );
}
