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

/** Apollo's default serialisation (JSON and a newline), byte for byte, sharing the text with the response cache. */
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
  return `${JSON.stringify(value)}\n`;
}
