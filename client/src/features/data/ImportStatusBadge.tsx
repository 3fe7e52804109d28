import type { ImportStatus } from '../../api/types';
import { useT } from '../../i18n';

const TONE: Record<ImportStatus, string> = { SUCCEEDED: 'positive', PARTIAL: 'warning', REJECTED: 'detractor', FAILED: 'detractor', RUNNING: 'neutral' };
const GLYPH: Record<ImportStatus, string> = { SUCCEEDED: '✓', PARTIAL: '!', REJECTED: '✕', FAILED: '✕', RUNNING: '…' };

/** An import's status in a word and a glyph, not by colour alone. */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const t = useT();
  return (
    <span className={`badge badge--${TONE[status]}`}>
      <span aria-hidden="true">{GLYPH[status]}</span> {t(`data.status.${status}`)}
    </span>
  );
}
