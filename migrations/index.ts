import { InitialSchema1764316800000 } from './1764316800000-InitialSchema';

/** Every migration, in order. Add new ones here (the server does not glob). */
export const MIGRATIONS = [InitialSchema1764316800000];
