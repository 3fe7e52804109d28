import { useId } from 'react';
import { Icon } from '../components/Icon';
import { LOCALES, LOCALE_NAMES, matchLocale } from './locales';
import { useLocale, useT } from './useT';

export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="language-switcher">
      <Icon name="globe" />
      <label htmlFor={id} className="visually-hidden">
        {t('topbar.language')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = matchLocale(event.target.value);
          if (next) setLocale(next);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
