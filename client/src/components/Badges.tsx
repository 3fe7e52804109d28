import { useT } from '../i18n';

/** A sample below the organization's minimum: shown, never hidden, and said in words. */
export function LowSampleBadge({ n, minSample }: { n?: number; minSample?: number }) {
  const t = useT();
  const title = minSample !== undefined ? t('metric.lowSampleTitle', { min: minSample }) : undefined;
  return (
    <span className="badge badge--warning" title={title}>
      <span className="badge__glyph" aria-hidden="true">
        !
      </span>
      {t('metric.lowSample')}
      {n !== undefined ? <span className="visually-hidden"> (n = {n})</span> : null}
    </span>
  );
}

/** A significant difference: an arrow and a word, besides any colour. */
export function SignificanceMark({ direction, title }: { direction: 'above' | 'below' | 'none'; title?: string }) {
  const t = useT();
  if (direction === 'none') {
    return (
      <span className="sig-mark sig-mark--none" title={title}>
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">{t('metric.notSignificant')}</span>
      </span>
    );
  }
  return (
    <span className={`sig-mark sig-mark--${direction}`} title={title}>
      <span aria-hidden="true">{direction === 'above' ? '▲' : '▼'}</span>
      <span className="sig-mark__text">{direction === 'above' ? t('metric.sigAbove') : t('metric.sigBelow')}</span>
    </span>
  );
}
