import { useVopVsVoc } from '../../api/operations/vopVsVoc';
import { PageHeader } from '../../components/PageHeader';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { GapTable } from './GapTable';
import { QUADRANT_ORDER, QUADRANT_STYLE } from './quadrants';
import { useVopParams } from './useVopParams';
import { VopControls } from './VopControls';
import { VopScatterCard } from './VopScatterCard';
import { VopTimeSeriesCard } from './VopTimeSeriesCard';

/** Does the process agree with the customers? Blind spots and hidden strengths, unit by unit. */
export function VopVsVocPage() {
  const t = useT();
  const { metricFilter } = useFilters();
  const { unit, vop, voc, granularity, focus } = useVopParams();
  const result = useVopVsVoc({ filter: metricFilter, unit, vop, voc, granularity, focusUnit: focus || null });
  return (
    <>
      <PageHeader title={t('nav.vopVsVoc')} description={t('page.vopVsVoc.description')} actions={<VopControls />} />
      <div className="grid grid--3-2">
        <VopScatterCard result={result} />
        <QuadrantGuide />
      </div>
      <VopTimeSeriesCard result={result} />
      <GapTable result={result} />
    </>
  );
}

/** What each quadrant means and what to do about it, in a CX director's words. */
function QuadrantGuide() {
  const t = useT();
  return (
    <section className="card">
      <header className="card__header">
        <h2 className="card__title">{t('vop.guide.title')}</h2>
      </header>
      <dl className="card__body guide">
        {QUADRANT_ORDER.map((q) => (
          <div key={q} className="guide__item">
            <dt>
              <span aria-hidden="true" style={{ color: QUADRANT_STYLE[q].color }}>
                {QUADRANT_STYLE[q].glyph}
              </span>{' '}
              {t(`vop.quadrant.${q}`)}
            </dt>
            <dd>{t(`vop.guide.${q}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
