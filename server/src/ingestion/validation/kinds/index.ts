import type { ImportKind } from '../../import-kind';
import type { KindDefinition } from '../kind-definition';
import { CONTACTS } from './contacts';
import { EVALUATIONS } from './evaluations';
import { KPIS } from './kpis';
import { SURVEYS } from './surveys';

export const KIND_DEFINITIONS: Record<ImportKind, KindDefinition> = {
  surveys: SURVEYS,
  evaluations: EVALUATIONS,
  kpis: KPIS,
  contacts: CONTACTS,
};
