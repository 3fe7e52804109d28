import { useMemo, useState } from 'react';
import { useUsers } from '../../api/operations/accounts';
import { useReferenceData } from '../../api/operations/reference';
import type { User } from '../../api/types';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/dataTable';
import { Icon } from '../../components/Icon';
import { useFormat, useT } from '../../i18n';
import { UserForm } from './UserForm';

/** The organization's accounts: create one, change a role, sites or activity, reset a password (admins). */
export function UsersTab({ currentUserId }: { currentUserId: string }) {
  const t = useT();
  const format = useFormat();
  const users = useUsers();
  const sites = useReferenceData().data?.sites ?? [];
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const codes = useMemo(() => new Map(sites.map((site) => [site.id, site.code])), [sites]);
  const list = users.data?.users ?? [];

  const columns: Column<User>[] = [
    {
      id: 'name',
      header: t('settings.account.name'),
      rowHeader: true,
      cell: (u) => (
        <span className="stacked">
          <span>{u.name}</span>
          <span className="secondary-text">{u.email}</span>
        </span>
      ),
    },
    { id: 'role', header: t('settings.account.role'), cell: (u) => t(`role.${u.role}`) },
    {
      id: 'sites',
      header: t('settings.account.sites'),
      cell: (u) => (u.role === 'SITE_MANAGER' ? (u.siteIds.length ? u.siteIds.map((id) => codes.get(id) ?? id).join(', ') : t('settings.users.noSites')) : t('settings.users.allSites')),
    },
    {
      id: 'active',
      header: t('settings.tokens.status'),
      cell: (u) => <span className={`badge badge--${u.active ? 'positive' : 'neutral'}`}>{u.active ? t('settings.users.active') : t('settings.users.inactive')}</span>,
    },
    { id: 'login', header: t('settings.users.lastLogin'), cell: (u) => <span className="tabular">{u.lastLoginAt ? format.date(Date.parse(u.lastLoginAt), { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</span> },
    {
      id: 'actions',
      header: t('settings.actions'),
      cell: (u) => (
        <button type="button" className="button button--ghost button--small" onClick={() => setEditing(u)} aria-label={t('settings.users.editNamed', { name: u.name })}>
          {t('settings.users.edit')}
        </button>
      ),
    },
  ];
  const title = t('settings.users.title');

  return (
    <>
      {editing ? (
        <UserForm
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? null : editing}
          isSelf={editing !== 'new' && editing.id === currentUserId}
          sites={sites}
          onCancel={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            setSaved(user.email);
            users.refetch();
          }}
        />
      ) : null}
      {saved ? (
        <p className="notice notice--positive" role="status">
          {t('settings.users.saved', { email: saved })}
        </p>
      ) : null}
      <DataCard
        title={title}
        subtitle={t('settings.users.subtitle')}
        state={{ ...users, hasData: Boolean(users.data) }}
        skeleton="table"
        className="card--flush-body"
        testId="users"
        actions={
          <button type="button" className="button button--primary button--small" onClick={() => setEditing('new')}>
            <Icon name="user" size={14} />
            {t('settings.users.new')}
          </button>
        }
      >
        <DataTable caption={title} hideCaption columns={columns} rows={list} rowKey={(u) => u.id} testId="user-row" />
      </DataCard>
    </>
  );
}
