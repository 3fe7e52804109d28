import { SIGNIFICANCE_LEVEL } from '@cxlens/shared';
import type { LagCorrelation } from '../../api/types';
import { useT } from '../../i18n';
import { useMetricText } from '../../metrics/useMetricText';

/**
 * r between the process at t and the customers at t + lag. A strong, significant r at a positive
 * lag suggests the process moves first; the bar shows r on −1…1, and the strongest lag is marked.
 */
export function LagCorrelationTable({ lags, bucketWord }: { lags: readonly LagCorrelation[]; bucketWord: (count: number) => string }) {
  const t = useT();
  const text = useMetricText();
  const significant = lags.filter((l) => l.r !== null && l.pValue !== null && l.pValue < SIGNIFICANCE_LEVEL);
  const strongest = significant.sort((a, b) => Math.abs(b.r!) - Math.abs(a.r!))[0];
  return (
    <div className="lag-table">
      <table className="data-table data-table--compact">
        <caption>{t('vop.lag.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vop.lag.lag', { unit: bucketWord(2) })}</th>
            <th scope="col" className="is-numeric">r</th>
            <th scope="col">
              <span className="visually-hidden">{t('vop.lag.strength')}</span>
            </th>
            <th scope="col" className="is-numeric">p</th>
            <th scope="col" className="is-numeric">n</th>
          </tr>
        </thead>
        <tbody>
          {lags.map((lag) => (
            <tr key={lag.lag} className={lag === strongest ? 'is-highlighted' : undefined} data-testid="lag-row">
              <th scope="row" className="stacked">
                <span className="tabular">{lag.lag > 0 ? `+${lag.lag}` : lag.lag}</span>
                <span className="secondary-text">{lag.lag > 0 ? t('vop.lag.processLeads') : lag.lag < 0 ? t('vop.lag.customersLead') : t('vop.lag.same')}</span>
              </th>
              <td className="is-numeric tabular">{text.r(lag.r)}</td>
              <td>
                <span className="r-bar" aria-hidden="true">
                  {lag.r !== null ? <span className={lag.r < 0 ? 'r-bar__negative' : 'r-bar__positive'} style={{ width: `${Math.abs(lag.r) * 50}%` }} /> : null}
                </span>
              </td>
              <td className="is-numeric tabular">{text.p(lag.pValue)}</td>
              <td className="is-numeric tabular">{lag.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-note" data-testid="lag-verdict">
        {strongest
          ? t(strongest.lag > 0 ? 'vop.lag.verdictLeads' : strongest.lag < 0 ? 'vop.lag.verdictFollows' : 'vop.lag.verdictSame', { lag: Math.abs(strongest.lag), unit: bucketWord(Math.abs(strongest.lag)), r: text.r(strongest.r) })
          : t('vop.lag.verdictNone')}
      </p>
    </div>
  );
}
