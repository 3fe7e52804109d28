import { useDrivers } from '../../api/operations/drivers';
import { SelectControl } from '../../components/Controls';
import { PageHeader } from '../../components/PageHeader';
import { useFilters, usePatchUrlParams } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { DRIVER_TARGETS } from '../../metrics/catalog';
import { useMetricText } from '../../metrics/useMetricText';
import { VOP_UNITS } from '../vop-vs-voc/useVopParams';
import { DriverImportanceCard } from './DriverImportanceCard';
import { DriverScatterCard } from './DriverScatterCard';
import { ExcludedDriversCard } from './ExcludedDriversCard';
import { ItemSeparationCard } from './ItemSeparationCard';
import { DRIVER_GRANULARITIES, useDriverParams } from './useDriverParams';

/** What moves the customer's view: KPI and evaluation drivers of a VOC metric, and the checklist items behind it. */
export function DriversPage() {
  const t = useT();
  const text = useMetricText();
  const { metricFilter } = useFilters();
  const p = useDriverParams();
  const patch = usePatchUrlParams();
  const result = useDrivers({ filter: metricFilter, target: p.target, candidates: null, unit: p.unit, granularity: p.granularity });
  return (
    <>
      <PageHeader
        title={t('nav.drivers')}
        description={t('page.drivers.description')}
        actions={
          <div className="page-controls">
            <SelectControl label={t('drivers.target')} value={p.target} onChange={(target) => patch({ target: target === 'CSAT' ? null : target, driver: null })} options={DRIVER_TARGETS.map((id) => ({ value: id, label: text.label(id) }))} testId="driver-target" />
            <SelectControl label={t('vop.unit')} value={p.unit} onChange={p.setUnit} options={VOP_UNITS.map((u) => ({ value: u, label: t(`vop.unit.${u}`) }))} />
            <SelectControl label={t('drivers.period')} value={p.granularity} onChange={p.setGranularity} options={DRIVER_GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))} />
          </div>
        }
      />
      <div className="grid grid--2">
        <DriverImportanceCard result={result} />
        <DriverScatterCard result={result} />
      </div>
      <ItemSeparationCard result={result} />
      <ExcludedDriversCard result={result} />
    </>
  );
}
