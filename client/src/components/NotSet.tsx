import { useT } from '../i18n';

/** A missing value: a dash for the eye, words for a screen reader. */
export function NotSet() {
  const t = useT();
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('common.notSet')}</span>
    </span>
  );
}
