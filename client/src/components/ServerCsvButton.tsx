import { useState } from 'react';
import { readJson, sessionFetch } from '../api/sessionClient';
import { downloadBlob } from '../export/download';
import { useT } from '../i18n';
import { Icon } from './Icon';

/** Downloads a CSV the server writes (all matching records, audited), within the session. */
export function ServerCsvButton({ title, url, fileName }: { title: string; url: string; fileName: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const response = await sessionFetch(url, { headers: { accept: 'text/csv' } });
      if (!response.ok) {
        const body = await readJson<{ message?: string; errors?: { message?: string }[] }>(response);
        throw new Error(body?.message ?? body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
      }
      downloadBlob(await response.blob(), `${fileName}.csv`);
    } catch (error) {
      setFailure(error instanceof TypeError ? t('error.network') : error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-actions">
      <button type="button" className="button button--ghost button--small" onClick={download} disabled={busy} aria-label={t('export.csvAllOf', { title })} title={t('export.serverCsvHelp')}>
        <Icon name="download" size={14} />
        CSV
      </button>
      {failure ? (
        <span role="alert" className="export-actions__error">
          {failure}
        </span>
      ) : null}
    </div>
  );
}
