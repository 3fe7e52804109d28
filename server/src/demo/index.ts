/** The demo-data generator's public API (pure, deterministic, streamable); the loader is in demo-loader.ts. */
export { chunked } from './chunked';
export { generateProcessEvaluations, scoreChecklist } from './evaluations';
export { generateKpiIntervals } from './kpis';
export { DEFAULT_DEMO_DAYS, DEFAULT_DEMO_SEED, resolveDemoOptions } from './options';
export {
  CURATED_SITES, DEMO_BLIND_SPOT_SITE, DEMO_HIDDEN_STRENGTH_SITE, DEMO_IMPROVING_SITE, DEMO_MIGRATION_SITE,
  DEMO_ORGANIZATION, DEMO_PROGRAMS, demoSiteProfiles, toSiteRow,
} from './sites-catalog';
export { generateSurveyResponses } from './surveys';
export type * from './types';
