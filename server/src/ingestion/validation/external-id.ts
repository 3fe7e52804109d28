import { createHash } from 'node:crypto';
import type { ImportKind } from '../import-kind';

/**
 * The external_id of a row that has none: the kind and a hash of everything
 * the row says (site, channel, program, time, values). The same row imported
 * twice gets the same id, so exact duplicates collapse instead of doubling.
 */
export function contentExternalId(kind: ImportKind, content: readonly unknown[]): string {
  return `${kind}:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}
