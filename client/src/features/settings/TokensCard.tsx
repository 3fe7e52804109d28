import { useMemo, useState, type ReactNode } from 'react';
import { useRevokeApiToken } from '../../api/operations/apiTokens';
import type { ApiToken } from '../../api/types';
import type { QueryResult } from '../../api/useQuery';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/dataTable';
import { useFormat, useT } from '../../i18n';
import { sortTokens, tokenStatus } from './tokens';

/** The tokens with their prefix, scope, use and expiry; revoking takes a second click to confirm. */
export function TokensCard({ result, showOwner, toolbar }: { result: QueryResult<{ apiTokens: ApiToken[] }>; showOwner: boolean; toolbar: ReactNode }) {
  const t = useT();
  const format = useFormat();
  const revoke = useRevokeApiToken();
  const [confirming, setConfirming] = useState<string | null>(null);
  const tokens = useMemo(() => sortTokens(result.data?.apiTokens ?? []), [result.data]);
  const when = (iso: string | null) => (iso ? format.date(Date.parse(iso), { dateStyle: 'medium', timeStyle: 'short' }) : '—');

  const doRevoke = async (id: string) => {
    setConfirming(null);
    if (await revoke.run({ id })) result.refetch();
  };

  const columns: Column<ApiToken>[] = [
    {
      id: 'name',
      header: t('settings.tokens.name'),
      rowHeader: true,
      cell: (k) => (
        <span className="stacked">
          <span>{k.name}</span>
          <span className="secondary-text code">{k.prefix}…</span>
        </span>
      ),
    },
    ...(showOwner ? [{ id: 'owner', header: t('settings.tokens.owner'), cell: (k: ApiToken) => k.ownerEmail }] : []),
    { id: 'scope', header: t('settings.tokens.scope'), cell: (k) => t(`settings.tokens.scope.${k.scope}`) },
    { id: 'created', header: t('settings.tokens.createdAt'), cell: (k) => <span className="tabular">{when(k.createdAt)}</span> },
    { id: 'used', header: t('settings.tokens.lastUsed'), cell: (k) => <span className="tabular">{k.lastUsedAt ? when(k.lastUsedAt) : t('settings.tokens.neverUsed')}</span> },
    { id: 'expires', header: t('settings.tokens.expires'), cell: (k) => <span className="tabular">{k.expiresAt ? when(k.expiresAt) : t('settings.tokens.never')}</span> },
    {
      id: 'status',
      header: t('settings.tokens.status'),
      cell: (k) => {
        const status = tokenStatus(k);
        return <span className={`badge badge--${status === 'active' ? 'positive' : 'neutral'}`}>{t(`settings.tokens.status.${status}`)}</span>;
      },
    },
    {
      id: 'actions',
      header: t('settings.actions'),
      cell: (k) =>
        k.revokedAt ? null : confirming === k.id ? (
          <span className="button-row button-row--start">
            <button type="button" className="button button--danger button--small" onClick={() => doRevoke(k.id)}>
              {t('settings.tokens.confirmRevoke')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(null)}>
              {t('settings.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(k.id)} aria-label={t('settings.tokens.revokeNamed', { name: k.name })}>
            {t('settings.tokens.revoke')}
          </button>
        ),
    },
  ];
  const title = t('settings.tokens.title');
  return (
    <DataCard
      title={title}
      subtitle={t('settings.tokens.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      skeleton="table"
      className="card--flush-body"
      testId="api-tokens"
    >
      {toolbar ? <div className="toolbar">{toolbar}</div> : null}
      {revoke.error ? (
        <p className="form__error form__error--inset" role="alert">
          {revoke.error.message}
        </p>
      ) : null}
      <DataTable caption={title} hideCaption columns={columns} rows={tokens} rowKey={(k) => k.id} testId="token-row" empty={<strong>{t('settings.tokens.none')}</strong>} />
    </DataCard>
  );
}
