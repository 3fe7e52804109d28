import { InitialSchema1764316800000 } from './1764316800000-InitialSchema';
import { DailyRollups1764403200000 } from './1764403200000-DailyRollups';
import { Ingestion1764489600000 } from './1764489600000-Ingestion';
import { Security1764576000000 } from './1764576000000-Security';
import { DataVersions1764662400000 } from './1764662400000-DataVersions';
import { CoarseRollups1764748800000 } from './1764748800000-CoarseRollups';
import { PolicySettingsOnce1764835200000 } from './1764835200000-PolicySettingsOnce';
import { OrgWeeklyRollups1764921600000 } from './1764921600000-OrgWeeklyRollups';

/** Every migration, in order. Add new ones here (the server does not glob). */
export const MIGRATIONS = [
  InitialSchema1764316800000,
  DailyRollups1764403200000,
  Ingestion1764489600000,
  Security1764576000000,
  DataVersions1764662400000,
  CoarseRollups1764748800000,
  PolicySettingsOnce1764835200000,
  OrgWeeklyRollups1764921600000,
];
