import { SelectControl } from '../../components/Controls';
import { usePatchUrlParams } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { VOC_CHOICES, VOP_CHOICES } from '../../metrics/catalog';
import { useMetricText } from '../../metrics/useMetricText';
import { SERIES_GRANULARITIES, VOP_UNITS, useVopParams } from './useVopParams';

export function VopControls() {
  const t = useT();
  const text = useMetricText();
  const p = useVopParams();
  const patch = usePatchUrlParams();
  return (
    <div className="page-controls">
      <SelectControl label={t('vop.unit')} value={p.unit} onChange={(unit) => patch({ unit: unit === 'SITE' ? null : unit, focus: null })} options={VOP_UNITS.map((u) => ({ value: u, label: t(`vop.unit.${u}`) }))} testId="vop-unit" />
      <SelectControl label={t('vop.vop')} value={p.vop} onChange={p.setVop} options={VOP_CHOICES.map((id) => ({ value: id, label: text.label(id) }))} testId="vop-metric" />
      <SelectControl label={t('vop.voc')} value={p.voc} onChange={p.setVoc} options={VOC_CHOICES.map((id) => ({ value: id, label: text.label(id) }))} testId="voc-metric" />
      <SelectControl label={t('chart.granularity')} value={p.granularity} onChange={p.setGranularity} options={SERIES_GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))} />
    </div>
  );
}
