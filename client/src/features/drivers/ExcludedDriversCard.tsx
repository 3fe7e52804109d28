import type { DriverResult } from '../../api/types';
import type { QueryResult } from '../../api/useQuery';
import { DataCard } from '../../components/DataCard';
import { useT } from '../../i18n';
import { useMetricText } from '../../metrics/useMetricText';

/** Candidates left out of the model, and why (too little data, no variation…): never silently dropped. */
export function ExcludedDriversCard({ result }: { result: QueryResult<{ drivers: DriverResult }> }) {
  const t = useT();
  const text = useMetricText();
  const excluded = result.data?.drivers.excluded ?? [];
  return (
    <DataCard
      title={t('drivers.excluded.title')}
      subtitle={t('drivers.excluded.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="list"
      empty={excluded.length === 0 ? { title: t('drivers.excluded.none'), body: t('drivers.excluded.noneBody'), icon: 'check' } : null}
      testId="excluded-drivers"
    >
      <ul className="reason-list">
        {excluded.map((e) => (
          <li key={e.candidate} data-testid="excluded-driver">
            <strong>{text.label(e.candidate)}</strong> <span className="secondary-text tabular">n = {text.count(e.n)}</span>
            <p className="reason-list__reason">{e.reason}</p>
          </li>
        ))}
      </ul>
    </DataCard>
  );
}
