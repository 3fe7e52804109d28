import type { FormattedExecutionResult } from 'graphql';

/**
 * Apollo serialises every answer once, in its `stringifyResult` option (this function); the
 * response cache shares that text instead of serialising an answer of several megabytes again.
 * A miss registers its `data` object and is handed the text Apollo sends; a hit answers with a
 * token object standing for a stored text, which is sent as it is. Both maps are keyed by objects
 * that live only as long as their request, so nothing stays behind when one is never serialised.
 */
const awaitingText = new WeakMap<object, (text: string) => void>();
const storedText = new WeakMap<object, string>();

/** Hands `store` the text of the answer whose data is `data`, once sent, unless it goes out with errors or extensions. */
export function whenSerialised(data: object, store: (text: string) => void): void {
  awaitingText.set(data, store);
}

/** Data for an answer whose text is `text` (as `stringifyResult` produced it): sent without serialising. */
export function serialisedData(text: string): Record<string, unknown> {
  const token = {};
  storedText.set(token, text);
  return token;
}

/**
 * Apollo's default serialisation (JSON and a newline), sharing the text with the response cache,
 * with every character above U+00FF written as a JSON escape (`\u2013`): the same JSON value.
 * V8 keeps a string holding any such character (an en dash in a variant's description, a site
 * named Łódź) at two bytes per character; escaped, the text of a 13 MB cube takes 13 MB of heap,
 * not 26, whether the cache keeps it or the response is still being written.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const { data } = value;
  if (!data) return serialise(value);
  const onlyData = value.errors === undefined && value.extensions === undefined;
  const stored = storedText.get(data);
  if (stored !== undefined) {
    return onlyData ? stored : serialise({ ...value, data: (JSON.parse(stored) as FormattedExecutionResult).data });
  }
  const text = serialise(value);
  const store = awaitingText.get(data);
  awaitingText.delete(data);
  if (store && onlyData) store(text);
  return text;
}

function serialise(value: FormattedExecutionResult): string {
  return oneByte(`${JSON.stringify(value)}\n`);
}

const WIDE_CHARACTER = /[\u0100-\uffff]/g;

/** The text with characters above U+00FF escaped, as a one-byte string (the Latin-1 round trip makes V8 store it so). */
export function oneByte(text: string): string {
  WIDE_CHARACTER.lastIndex = 0;
  if (!WIDE_CHARACTER.test(text)) return text;
  const escaped = text.replace(WIDE_CHARACTER, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Buffer.from(escaped, 'latin1').toString('latin1');
}
