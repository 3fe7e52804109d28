import type { MetricId } from '@cxlens/shared';
import { SelectControl } from '../../components/Controls';
import { PageHeader } from '../../components/PageHeader';
import { useUrlParam } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { CHARTABLE_METRICS } from '../../metrics/catalog';
import { useMetricText } from '../../metrics/useMetricText';
import { ChannelMetricsCard } from './ChannelMetricsCard';
import { ChannelSiteHeatmap } from './ChannelSiteHeatmap';
import { VolumeMixCard } from './VolumeMixCard';

export function ChannelsPage() {
  const t = useT();
  const text = useMetricText();
  const [metric, setMetric] = useUrlParam<MetricId>('metric', 'CSAT', CHARTABLE_METRICS);
  return (
    <>
      <PageHeader
        title={t('nav.channels')}
        description={t('page.channels.description')}
        actions={
          <div className="page-controls">
            <SelectControl label={t('common.metric')} value={metric} onChange={setMetric} options={CHARTABLE_METRICS.map((id) => ({ value: id, label: text.label(id) }))} testId="channels-metric" />
          </div>
        }
      />
      <VolumeMixCard />
      <ChannelMetricsCard metric={metric} />
      <ChannelSiteHeatmap metric={metric} />
    </>
  );
}
