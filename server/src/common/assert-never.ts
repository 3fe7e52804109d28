/** Exhaustiveness check for a switch over a union: fails to compile when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
