import { memo } from 'react';
import { Link } from 'react-router-dom';
import type { MetricSettings, SummaryTile as Tile } from '../../api/types';
import { LowSampleBadge } from '../../components/Badges';
import { Delta } from '../../components/Delta';
import { Sparkline } from '../../charts/Sparkline';
import { TONE_COLORS } from '../../charts/palette';
import { useT } from '../../i18n';
import { deltaTone } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';

export interface SummaryTileProps {
  tile: Tile;
  settings: MetricSettings | undefined;
  comparing: boolean;
  /** The records behind the number. */
  href: string;
}

/**
 * One headline metric: value, 95% interval, change (coloured only when significant), sparkline,
 * sample size, a low-sample badge and the variant in force. The value opens the records behind it.
 */
export const SummaryTile = memo(function SummaryTile({ tile, settings, comparing, href }: SummaryTileProps) {
  const t = useT();
  const text = useMetricText();
  const label = text.label(tile.metric);
  const interval = text.interval(tile.metric, tile.ciLow, tile.ciHigh);
  const variant = text.variant(tile.metric, tile.variant, settings);
  const tone = deltaTone(tile.metric, tile.delta, tile.significant);
  return (
    <article className={`tile tile--${tone}`} data-testid="summary-tile" data-metric={tile.metric}>
      <header className="tile__header">
        <h3 className="tile__label" title={label}>
          {label}
        </h3>
        {tile.lowSample ? <LowSampleBadge n={tile.n} minSample={settings?.minSample} /> : null}
      </header>
      <Link to={href} className="tile__value" aria-label={t('overview.tile.drill', { metric: label, value: text.value(tile.metric, tile.value) })}>
        {text.value(tile.metric, tile.value)}
      </Link>
      <p className="tile__change">
        {comparing ? <Delta metric={tile.metric} delta={tile.delta} pValue={tile.pValue} significant={tile.significant} /> : null}
        {comparing && tile.previousValue !== null ? (
          <span className="secondary-text">{t('overview.tile.previous', { value: text.value(tile.metric, tile.previousValue) })}</span>
        ) : null}
      </p>
      <Sparkline
        points={tile.sparkline}
        label={t('overview.tile.sparkline', { metric: label })}
        color={tone === 'neutral' ? undefined : TONE_COLORS[tone]}
      />
      <p className="tile__meta secondary-text tabular">n = {text.count(tile.n)}</p>
      <p className="tile__meta secondary-text tabular">{interval ? `${t('metric.ci95')} ${interval}` : '\u00a0'}</p>
      <p className="tile__variant" title={variant}>
        {variant}
      </p>
    </article>
  );
});
