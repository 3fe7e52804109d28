import { registerEnumType } from '@nestjs/graphql';
import { IMPORT_KINDS, IMPORT_MODES, IMPORT_STATUSES, ImportKind, ImportMode, ImportStatus } from '../import-kind';

const upperKeys = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;

/** GraphQL names are upper case (SURVEYS, STRICT); the values are what the API, CLI and database use (surveys, strict). */
export const ImportKindEnum = upperKeys<ImportKind>(IMPORT_KINDS);
export const ImportModeEnum = upperKeys<ImportMode>(IMPORT_MODES);
export const ImportStatusEnum = upperKeys<ImportStatus>(IMPORT_STATUSES);

registerEnumType(ImportKindEnum, { name: 'ImportKind', description: 'What a file or batch holds: survey responses, evaluations, KPI intervals or contact records.' });
registerEnumType(ImportModeEnum, { name: 'ImportMode', description: 'STRICT: any invalid row rejects the file. PARTIAL: valid rows are written, invalid rows reported.' });
registerEnumType(ImportStatusEnum, { name: 'ImportStatus' });
