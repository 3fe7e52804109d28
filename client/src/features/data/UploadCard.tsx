import { useId, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useFormat, useT } from '../../i18n';
import { UPLOAD_KINDS, type UploadKind, type UploadMode } from './upload';
import { UploadProgress } from './UploadProgress';
import { UploadResultView } from './UploadResultView';
import { useUpload } from './useUpload';

/** Upload a CSV or NDJSON file of one kind, strictly or partially, optionally as a dry run. */
export function UploadCard({ onFinished }: { onFinished: () => void }) {
  const t = useT();
  const format = useFormat();
  const id = useId();
  const [kind, setKind] = useState<UploadKind>('surveys');
  const [mode, setMode] = useState<UploadMode>('partial');
  const [dryRun, setDryRun] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const upload = useUpload(onFinished);
  const busy = upload.state.phase === 'uploading' || upload.state.phase === 'processing';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.start(file, { kind, mode, dryRun });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <header className="card__header">
        <div className="card__heading">
          <h2 className="card__title" id={`${id}-title`}>
            {t('data.upload.title')}
          </h2>
          <p className="card__subtitle">{t('data.upload.subtitle')}</p>
        </div>
      </header>
      <form className="card__body upload-form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('data.upload.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as UploadKind)} disabled={busy} data-testid="upload-kind">
            {UPLOAD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`data.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field field--inline" disabled={busy}>
          <legend className="field__label">{t('data.upload.mode')}</legend>
          {(['partial', 'strict'] as const).map((m) => (
            <label key={m} className="radio">
              <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
              <span>
                <strong>{t(`data.mode.${m}`)}</strong> <span className="secondary-text">{t(`data.mode.${m}Help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={busy} />
          {t('data.upload.dryRun')}
        </label>
        <label className="field">
          <span className="field__label">{t('data.upload.file')}</span>
          <input type="file" accept=".csv,.txt,.ndjson,.jsonl,text/csv,application/x-ndjson" onChange={(e) => setFile(e.target.files?.[0] ?? null)} disabled={busy} data-testid="upload-file" />
          {file ? <span className="secondary-text">{file.name} · {format.number(file.size / 1024, { maximumFractionDigits: 0 })} KB</span> : <span className="secondary-text">{t('data.upload.fileHelp')}</span>}
        </label>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={!file || busy}>
            <Icon name="upload" size={16} />
            {dryRun ? t('data.upload.check') : t('data.upload.start')}
          </button>
          {busy ? (
            <button type="button" className="button button--secondary" onClick={upload.cancel}>
              {t('data.upload.cancel')}
            </button>
          ) : null}
        </div>
        <UploadProgress state={upload.state} />
        {upload.state.phase === 'done' ? <UploadResultView result={upload.state.result} /> : null}
        {upload.state.phase === 'failed' ? (
          <p role="alert" className="error-state error-state--compact">
            {upload.state.error === 'network' ? t('error.network') : upload.state.error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
