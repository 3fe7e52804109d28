import { Navigate, useSearchParams, type To } from 'react-router-dom';
import { useLocale } from '../../i18n';
import { LANG_PARAM } from '../../i18n/locales';

/**
 * <Navigate replace>, once the URL carries the language. The I18nProvider writes `lang` into an
 * address without it; that write, made from the old address in the same render, would undo a
 * redirect made beside it.
 */
export function Redirect({ to }: { to: To }) {
  const [params] = useSearchParams();
  const { locale } = useLocale();
  if (params.get(LANG_PARAM) !== locale) return null;
  return <Navigate to={to} replace />;
}
