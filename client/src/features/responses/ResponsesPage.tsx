import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useReferenceData } from '../../api/operations/reference';
import { PageHeader } from '../../components/PageHeader';
import { RECORD_KINDS, type RecordKind } from '../../filters/drilldown';
import { toListFilter } from '../../filters/listFilter';
import { useFilters, useUrlParam } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { EvaluationsCard } from './EvaluationsCard';
import { KpiIntervalsCard } from './KpiIntervalsCard';
import { SurveyResponsesCard } from './SurveyResponsesCard';

/** The records behind every number: survey responses, evaluations and KPI intervals, with the dashboard's filters. */
export function ResponsesPage() {
  const t = useT();
  const [params] = useSearchParams();
  const [kind] = useUrlParam<RecordKind>('kind', 'surveys', RECORD_KINDS);
  const { filters } = useFilters();
  const reference = useReferenceData();
  const sites = reference.data?.sites;
  const base = useMemo(() => (sites ? toListFilter(filters, sites) : null), [filters, sites]);
  const tabHref = (next: RecordKind) => {
    const search = new URLSearchParams(params);
    for (const name of ['kind', 'q', 'score', 'comments', 'evalKind', 'critical']) search.delete(name);
    if (next !== 'surveys') search.set('kind', next);
    const text = search.toString();
    return text ? `?${text}` : '?';
  };
  return (
    <>
      <PageHeader title={t('nav.responses')} description={t('page.responses.description')} />
      <nav className="tabs" aria-label={t('records.kinds')}>
        {RECORD_KINDS.map((k) => (
          <Link key={k} to={tabHref(k)} className={k === kind ? 'tabs__tab is-active' : 'tabs__tab'} aria-current={k === kind ? 'page' : undefined}>
            {t(`records.kind.${k}`)}
          </Link>
        ))}
      </nav>
      {kind === 'surveys' ? <SurveyResponsesCard base={base} /> : kind === 'evaluations' ? <EvaluationsCard base={base} /> : <KpiIntervalsCard base={base} />}
    </>
  );
}
