import type { MetricId } from '@cxlens/shared';
import { useReferenceData } from '../../api/operations/reference';
import { SelectControl, ToggleControl } from '../../components/Controls';
import { PageHeader } from '../../components/PageHeader';
import { useUrlParam } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { CHARTABLE_METRICS } from '../../metrics/catalog';
import { useMetricText } from '../../metrics/useMetricText';
import { SiteMetricsTable } from './SiteMetricsTable';
import { SiteRankingCard } from './SiteRankingCard';

export function SitesPage() {
  const t = useT();
  const text = useMetricText();
  const organization = useReferenceData().data?.organization;
  const [metric, setMetric] = useUrlParam<MetricId>('metric', 'CSAT', CHARTABLE_METRICS);
  const [mix, setMix] = useUrlParam<'0' | '1'>('mix', '0', ['0', '1']);
  return (
    <>
      <PageHeader
        eyebrow={organization?.name}
        title={t('nav.sites')}
        description={t('page.sites.description')}
        actions={
          <div className="page-controls">
            <SelectControl
              label={t('common.metric')}
              value={metric}
              onChange={setMetric}
              options={CHARTABLE_METRICS.map((id) => ({ value: id, label: text.label(id) }))}
              testId="sites-metric"
            />
            <ToggleControl label={t('sites.mixAdjusted')} checked={mix === '1'} onChange={(on) => setMix(on ? '1' : '0')} testId="mix-toggle" />
          </div>
        }
      />
      <SiteRankingCard metric={metric} mixAdjusted={mix === '1'} />
      <SiteMetricsTable metric={metric} />
    </>
  );
}
