import { AUDIT_ACTIONS, useAuditLog } from '../../api/operations/auditLog';
import type { AuditEntry } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/dataTable';
import { useUrlParam } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { Pagination } from '../responses/Pagination';
import { usePagedList } from '../responses/usePagedList';
import { auditDetails } from './audit';

const PAGE_SIZE = 50;

/** Who did what and when (sign-ins, tokens, users, imports, exports), newest first, by action. */
export function AuditLogCard() {
  const t = useT();
  const format = useFormat();
  const [action, setAction] = useUrlParam<string>('action', '', ['', ...AUDIT_ACTIONS]);
  const paging = usePagedList(action);
  // One more than shown: whether it came tells if there is a next page.
  const result = useAuditLog({ first: PAGE_SIZE + 1, action: action || null, before: paging.after });
  const entries = result.data?.auditLog ?? [];
  const shown = entries.slice(0, PAGE_SIZE);

  const columns: Column<AuditEntry>[] = [
    { id: 'at', header: t('settings.audit.at'), cell: (e) => <span className="tabular">{format.date(Date.parse(e.at), { dateStyle: 'medium', timeStyle: 'medium' })}</span> },
    {
      id: 'actor',
      header: t('settings.audit.actor'),
      cell: (e) => (
        <span className="stacked">
          <span>{e.actor ?? '—'}</span>
          {e.actorTokenId ? <span className="secondary-text">{t('settings.audit.viaToken', { id: e.actorTokenId })}</span> : null}
        </span>
      ),
    },
    { id: 'action', header: t('settings.audit.action'), cell: (e) => <span className="code">{e.action}</span> },
    { id: 'target', header: t('settings.audit.target'), cell: (e) => e.target ?? '—' },
    { id: 'details', header: t('settings.audit.details'), cell: (e) => <span className="code audit-details">{auditDetails(e.details)}</span> },
    { id: 'ip', header: t('settings.audit.ip'), cell: (e) => <span className="code">{e.ip ?? '—'}</span> },
  ];
  const title = t('settings.audit.title');

  return (
    <DataCard
      title={title}
      subtitle={t('settings.audit.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="table"
      className="card--flush-body"
      testId="audit-log"
    >
      <div className="toolbar">
        <label className="control">
          <span className="control__label">{t('settings.audit.action')}</span>
          <select className="control__select" value={action} onChange={(e) => setAction(e.target.value)} data-testid="audit-action">
            <option value="">{t('settings.audit.allActions')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--ghost button--small" onClick={result.refetch}>
          {t('settings.audit.refresh')}
        </button>
      </div>
      <DataTable caption={title} hideCaption columns={columns} rows={shown} rowKey={(e) => e.id} testId="audit-row" empty={<strong>{t('settings.audit.none')}</strong>} />
      <Pagination page={paging.page} shown={shown.length} hasNext={entries.length > PAGE_SIZE} onPrevious={paging.previous} onNext={() => paging.next(shown.at(-1)?.id ?? null)} />
    </DataCard>
  );
}
