import { useFormat, useT } from '../../i18n';
import type { UploadState } from './useUpload';

/** Bytes sent while uploading; an indeterminate bar while the server validates and merges. */
export function UploadProgress({ state }: { state: UploadState }) {
  const t = useT();
  const format = useFormat();
  if (state.phase !== 'uploading' && state.phase !== 'processing') return null;
  const share = state.phase === 'uploading' && state.total > 0 ? state.loaded / state.total : null;
  const label = share === null ? t('data.upload.processing') : t('data.upload.sending', { percent: format.number(share, { style: 'percent', maximumFractionDigits: 0 }) });
  return (
    <div className="upload-progress" data-testid="upload-progress">
      <progress max={1} value={share ?? undefined} aria-label={label} />
      <p role="status" className="secondary-text">
        {label}
      </p>
    </div>
  );
}
