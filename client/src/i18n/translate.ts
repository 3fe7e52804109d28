import type { MessageKey, Messages } from './en';
import { formatNumber } from './format';
import type { Locale } from './locales';
import type { PluralMessage } from './messages';

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

const pluralRules = new Map<string, Intl.PluralRules>();

function pickPlural(locale: Locale, message: PluralMessage, count: unknown): string {
  if (typeof count !== 'number') return message.other;
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/** Looks up a message and fills `{name}` placeholders; numbers are formatted for the locale. */
export function translate(locale: Locale, messages: Messages, key: MessageKey, vars: TranslateVars = {}): string {
  const message = messages[key];
  const template = typeof message === 'string' ? message : pickPlural(locale, message, vars.count);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = vars[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
