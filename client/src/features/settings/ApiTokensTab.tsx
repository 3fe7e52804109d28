import { useState } from 'react';
import { useApiTokens, type CreatedApiToken } from '../../api/operations/apiTokens';
import type { Role } from '../../api/types';
import { ToggleControl } from '../../components/Controls';
import { useT } from '../../i18n';
import { capabilities } from '../auth/permissions';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenCreatedPanel } from './TokenCreatedPanel';
import { TokensCard } from './TokensCard';

/** Create an API token (its secret shown once), list them, revoke them; admins may list everyone's. */
export function ApiTokensTab({ role }: { role: Role }) {
  const t = useT();
  const everyone = capabilities(role).manageUsers;
  const [all, setAll] = useState(false);
  const list = useApiTokens(all);
  // The secret lives only here, in memory, until the user says they have copied it.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  return (
    <div className="grid grid--2-3">
      <div className="stack">
        {created ? (
          <TokenCreatedPanel token={created.token} name={created.apiToken.name} onDone={() => setCreated(null)} />
        ) : (
          <CreateTokenForm
            role={role}
            onCreated={(result) => {
              setCreated(result);
              list.refetch();
            }}
          />
        )}
      </div>
      <TokensCard
        result={list}
        showOwner={all}
        toolbar={everyone ? <ToggleControl label={t('settings.tokens.everyone')} checked={all} onChange={setAll} /> : null}
      />
    </div>
  );
}
