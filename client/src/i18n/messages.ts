/** A plural message picks its form with Intl.PluralRules; `other` is the form every language has. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
