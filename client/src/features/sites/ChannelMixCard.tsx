import type { Channel, MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import type { MetricCell, SiteRef } from '../../api/types';
import { CHANNEL_COLORS } from '../../charts/palette';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFormat, useT } from '../../i18n';
import { csvValue, roundTo } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { useSiteScope } from './useSiteScope';

const MEASURES: MetricId[] = ['OFFERED', 'RESPONSES', 'CSAT'];

interface MixRow {
  channel: Channel;
  offered: number;
  share: number;
  csat: MetricCell | undefined;
}

/** What the site's contacts come through: the share of each channel, and its CSAT. */
export function ChannelMixCard({ site }: { site: SiteRef }) {
  const t = useT();
  const text = useMetricText();
  const format = useFormat();
  const { siteFilter, siteFilters } = useSiteScope();
  const result = useMetrics({ filter: siteFilter, measures: MEASURES, groupBy: ['CHANNEL'] });
  const rows = useMemo<MixRow[]>(() => {
    const list = (result.data?.metrics.rows ?? []).map((row) => {
      const cells = Object.fromEntries(row.cells.map((c) => [c.metric, c]));
      return { channel: row.dimensions[0]?.id as Channel, offered: cells.OFFERED?.value ?? 0, share: 0, csat: cells.CSAT };
    });
    const total = list.reduce((sum, row) => sum + row.offered, 0);
    return list
      .filter((row) => row.channel && (row.offered > 0 || (row.csat?.n ?? 0) > 0))
      .map((row) => ({ ...row, share: total ? row.offered / total : 0 }))
      .sort((a, b) => b.offered - a.offered);
  }, [result.data]);
  const title = t('sites.detail.mix');

  return (
    <DataCard
      title={title}
      subtitle={t('sites.detail.mixSubtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="list"
      empty={rows.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={
        <ExportActions
          title={title}
          csv={() => ({
            name: exportFileName(['site', site.code, 'channel-mix', siteFilters.from, siteFilters.to]),
            header: [t('common.channel'), t('csv.offered'), t('csv.share'), 'CSAT (%)', 'n'],
            rows: rows.map((r) => [t(`channel.${r.channel}`), r.offered, roundTo(r.share, 4), csvValue('CSAT', r.csat?.value ?? null), r.csat?.n ?? 0]),
          })}
        />
      }
    >
      <ul className="mix-list">
        {rows.map((row) => (
          <li key={row.channel} className="mix-list__item">
            <span className="mix-list__label">{t(`channel.${row.channel}`)}</span>
            <span className="mix-list__bar" aria-hidden="true">
              <span style={{ width: `${row.share * 100}%`, background: CHANNEL_COLORS[row.channel] }} />
            </span>
            <span className="mix-list__share tabular">{format.number(row.share, { style: 'percent', maximumFractionDigits: 1 })}</span>
            <Link className="mix-list__csat tabular" to={drillDownHref(siteFilters, { metric: 'CSAT', channel: row.channel }, text.locale)} title={`n = ${text.count(row.csat?.n)}`}>
              {text.short('CSAT')} {text.value('CSAT', row.csat?.value ?? null)}
            </Link>
          </li>
        ))}
      </ul>
    </DataCard>
  );
}
