import type { Channel } from '@cxlens/shared';
import { Rng, hashInts } from './prng';
import type { OrganizationRow, ProgramCode, ProgramRow, SiteRow } from './types';

/**
 * The demo tenant. Storylines a CX director should find in the dashboard:
 * - BLIND SPOT, Manila (MNL): mystery-shop and QA checklists score 90%+, yet
 *   CSAT is among the lowest — agents follow the script and do not listen.
 * - HIDDEN STRENGTH, Bogotá (BOG): checklists score ~70% (greeting script and
 *   disclosures skipped), yet customers are among the happiest.
 * - Kraków (KRK) strong and Cairo (CAI) weak on both axes; the rest aligned.
 * - Dallas (DFW) improves steadily over the period (coaching + staffing).
 * - Lisbon (LIS) dips for two weeks mid-period after a CRM system migration.
 * - TELCO NPS dips around month-end billing; every site's daily CSAT moves
 *   with its queue stress (ASA up / service level down → CSAT down).
 */
export const DEMO_BLIND_SPOT_SITE = 'MNL';
export const DEMO_HIDDEN_STRENGTH_SITE = 'BOG';
export const DEMO_IMPROVING_SITE = 'DFW';
export const DEMO_MIGRATION_SITE = 'LIS';

export const DEMO_ORGANIZATION: OrganizationRow = { slug: 'demo', name: 'Northwind Contact Services' };

export const DEMO_PROGRAMS: readonly ProgramRow[] = [
  { code: 'TELCO', name: 'Telco – Consumer care' },
  { code: 'BANK', name: 'Retail banking' },
];

export type SiteStory = 'improving' | 'migration' | 'blind-spot' | 'hidden-strength';

export interface SiteProfile extends SiteRow {
  /** BCP 47 tags with relative weights. */
  languages: readonly (readonly [string, number])[];
  serves: Partial<Record<ProgramCode, readonly Channel[]>>;
  programWeight: Partial<Record<ProgramCode, number>>;
  /** Contacts offered per average weekday at scale 1. */
  dailyContacts: number;
  agents: number;
  /** Shift of the customer-satisfaction latent (≈ CSAT points × 1.3). */
  voc: number;
  /** Logit of passing a checklist item. */
  vop: number;
  /** Baseline queue stress: positive = understaffed, long waits. */
  stress: number;
  /** Handle-time multiplier. */
  aht: number;
  story?: SiteStory;
}

export const CURATED_SITES: readonly SiteProfile[] = [
  {
    code: 'LIS', name: 'Lisbon Oriente', city: 'Lisbon', country: 'PT', region: 'EMEA', timeZone: 'Europe/Lisbon',
    languages: [['pt-PT', 55], ['en-GB', 25], ['fr-FR', 10], ['de-DE', 10]],
    serves: { TELCO: ['VOICE', 'CHAT', 'EMAIL', 'SOCIAL'], BANK: ['VOICE', 'EMAIL'] },
    programWeight: { TELCO: 0.7, BANK: 0.3 },
    dailyContacts: 3200, agents: 44, voc: 0.35, vop: 1.1, stress: 0, aht: 1, story: 'migration',
  },
  {
    code: 'KRK', name: 'Kraków Zabłocie', city: 'Kraków', country: 'PL', region: 'EMEA', timeZone: 'Europe/Warsaw',
    languages: [['pl-PL', 50], ['de-DE', 25], ['en-GB', 25]],
    serves: { BANK: ['VOICE', 'CHAT', 'EMAIL', 'VIDEO'] },
    programWeight: { BANK: 1 },
    dailyContacts: 2400, agents: 36, voc: 0.85, vop: 1.5, stress: -0.35, aht: 0.92,
  },
  {
    code: 'CAI', name: 'Cairo Smart Village', city: 'Cairo', country: 'EG', region: 'EMEA', timeZone: 'Africa/Cairo',
    languages: [['ar-EG', 60], ['en-GB', 40]],
    serves: { TELCO: ['VOICE', 'CHAT', 'EMAIL', 'SMS'] },
    programWeight: { TELCO: 1 },
    dailyContacts: 2800, agents: 40, voc: -0.15, vop: 0.4, stress: 0.55, aht: 1.12,
  },
  {
    code: 'MNL', name: 'Manila Ortigas', city: 'Manila', country: 'PH', region: 'APAC', timeZone: 'Asia/Manila',
    languages: [['en-PH', 45], ['fil-PH', 25], ['en-AU', 30]],
    serves: { TELCO: ['VOICE', 'CHAT', 'EMAIL', 'SOCIAL'], BANK: ['VOICE', 'CHAT'] },
    programWeight: { TELCO: 0.6, BANK: 0.4 },
    dailyContacts: 4200, agents: 56, voc: -0.1, vop: 2.2, stress: 0.3, aht: 0.95, story: 'blind-spot',
  },
  {
    code: 'KUL', name: 'Kuala Lumpur Bangsar South', city: 'Kuala Lumpur', country: 'MY', region: 'APAC',
    timeZone: 'Asia/Kuala_Lumpur',
    languages: [['ms-MY', 55], ['en-MY', 45]],
    serves: { BANK: ['VOICE', 'CHAT', 'APP', 'SELF_SERVICE'] },
    programWeight: { BANK: 1 },
    dailyContacts: 2600, agents: 34, voc: 0.3, vop: 0.95, stress: 0.05, aht: 1,
  },
  {
    code: 'BOG', name: 'Bogotá Chapinero', city: 'Bogotá', country: 'CO', region: 'LATAM', timeZone: 'America/Bogota',
    languages: [['es-CO', 80], ['en-US', 20]],
    serves: { TELCO: ['VOICE', 'CHAT', 'SMS', 'SOCIAL'], BANK: ['VOICE'] },
    programWeight: { TELCO: 0.75, BANK: 0.25 },
    dailyContacts: 3000, agents: 42, voc: 0.8, vop: 0.35, stress: -0.1, aht: 1.05, story: 'hidden-strength',
  },
  {
    code: 'DFW', name: 'Dallas Las Colinas', city: 'Dallas', country: 'US', region: 'NA', timeZone: 'America/Chicago',
    languages: [['en-US', 80], ['es-US', 20]],
    serves: { BANK: ['VOICE', 'CHAT', 'EMAIL', 'VIDEO', 'APP', 'SELF_SERVICE'] },
    programWeight: { BANK: 1 },
    dailyContacts: 2800, agents: 38, voc: 0.25, vop: 0.9, stress: 0.1, aht: 1, story: 'improving',
  },
  {
    code: 'YVR', name: 'Vancouver Waterfront', city: 'Vancouver', country: 'CA', region: 'NA', timeZone: 'America/Vancouver',
    languages: [['en-CA', 80], ['fr-CA', 20]],
    serves: { TELCO: ['VOICE', 'CHAT', 'APP', 'SELF_SERVICE'] },
    programWeight: { TELCO: 1 },
    dailyContacts: 2000, agents: 28, voc: 0.5, vop: 1.2, stress: -0.1, aht: 0.97,
  },
];

const SYNTHETIC_CITIES: readonly (readonly [string, string, string, string, string, string])[] = [
  ['JNB', 'Johannesburg', 'ZA', 'Africa/Johannesburg', 'EMEA', 'en-ZA'],
  ['BOM', 'Mumbai', 'IN', 'Asia/Kolkata', 'APAC', 'en-IN'],
  ['MEX', 'Mexico City', 'MX', 'America/Mexico_City', 'LATAM', 'es-MX'],
  ['DUB', 'Dublin', 'IE', 'Europe/Dublin', 'EMEA', 'en-IE'],
  ['CEB', 'Cebu', 'PH', 'Asia/Manila', 'APAC', 'en-PH'],
  ['GRU', 'São Paulo', 'BR', 'America/Sao_Paulo', 'LATAM', 'pt-BR'],
  ['NBO', 'Nairobi', 'KE', 'Africa/Nairobi', 'EMEA', 'en-KE'],
  ['PHX', 'Phoenix', 'US', 'America/Phoenix', 'NA', 'en-US'],
  ['KTM', 'Kathmandu', 'NP', 'Asia/Kathmandu', 'APAC', 'en-IN'],
  ['SYD', 'Sydney', 'AU', 'Australia/Sydney', 'APAC', 'en-AU'],
  ['LIM', 'Lima', 'PE', 'America/Lima', 'LATAM', 'es-PE'],
  ['HFX', 'Halifax', 'CA', 'America/Halifax', 'NA', 'en-CA'],
];

const SYNTHETIC_CHANNELS: readonly Channel[] = ['CHAT', 'EMAIL', 'SOCIAL', 'SMS', 'VIDEO', 'APP', 'SELF_SERVICE'];

/** Benchmark sites beyond the curated eight: plausible, varied, and the same for a given seed and index. */
function syntheticSite(seed: number, index: number): SiteProfile {
  const rng = new Rng(hashInts(seed, 0x5175, index));
  const [iata, city, country, timeZone, region, language] = SYNTHETIC_CITIES[index % SYNTHETIC_CITIES.length];
  const channels: Channel[] = ['VOICE', ...SYNTHETIC_CHANNELS.filter(() => rng.chance(0.4))];
  const both = rng.chance(0.4);
  const first: ProgramCode = rng.chance(0.5) ? 'TELCO' : 'BANK';
  const serves: SiteProfile['serves'] = both ? { TELCO: channels, BANK: ['VOICE'] } : { [first]: channels };
  const n = String(index + 1).padStart(3, '0');
  return {
    code: `${iata}${n}`, name: `${city} ${n}`, city, country, region, timeZone,
    languages: [[language, 1]],
    serves,
    programWeight: both ? { TELCO: 0.7, BANK: 0.3 } : { [first]: 1 },
    dailyContacts: Math.round(1500 + rng.next() * 3000),
    agents: 24 + rng.int(30),
    voc: rng.normal(0.3, 0.35),
    vop: rng.normal(1.0, 0.5),
    stress: rng.normal(0, 0.3),
    aht: 0.9 + rng.next() * 0.25,
  };
}

export function demoSiteProfiles(seed: number, count = CURATED_SITES.length): SiteProfile[] {
  const sites = CURATED_SITES.slice(0, count);
  for (let i = sites.length; i < count; i++) sites.push(syntheticSite(seed, i));
  return sites;
}

export function toSiteRow(p: SiteProfile): SiteRow {
  return { code: p.code, name: p.name, city: p.city, country: p.country, region: p.region, timeZone: p.timeZone };
}
