import type { Channel, EvaluationKind } from '@cxlens/shared';
import type { ProgramCode } from './types';

/** Checklist forms. max = 5 × weight; `ease` is the item's pass-logit offset. */
export interface FormItem {
  section: 'Greeting' | 'Verification' | 'Diagnosis' | 'Resolution' | 'Compliance' | 'Closing';
  item: string;
  weight: number;
  critical: boolean;
  ease: number;
  /** Scripted items are what the hidden-strength site skips; rapport items what it excels at. */
  style?: 'scripted' | 'rapport';
  /** Probability the item does not apply, or a rule. */
  notApplicable?: number | ((channel: Channel, scenario: string | null) => boolean);
}

const LIVE_VOICE: ReadonlySet<Channel> = new Set(['VOICE', 'VIDEO']);

export const QA_ITEMS: readonly FormItem[] = [
  { section: 'Greeting', item: 'Branded greeting', weight: 1, critical: false, ease: 1.0, style: 'scripted' },
  { section: 'Greeting', item: 'Used customer name', weight: 1, critical: false, ease: 0.4, style: 'scripted' },
  { section: 'Verification', item: 'Identity verified', weight: 2, critical: true, ease: 1.8 },
  { section: 'Verification', item: 'Data-protection statement', weight: 1, critical: false, ease: 0.6, style: 'scripted',
    notApplicable: (c) => c === 'EMAIL' || c === 'SMS' },
  { section: 'Diagnosis', item: 'Probing questions', weight: 2, critical: false, ease: 0.2, style: 'rapport' },
  { section: 'Diagnosis', item: 'Confirmed understanding', weight: 1, critical: false, ease: 0.4, style: 'rapport' },
  { section: 'Resolution', item: 'Correct solution offered', weight: 3, critical: false, ease: 0.6 },
  { section: 'Resolution', item: 'Ownership of next steps', weight: 2, critical: false, ease: 0.3, style: 'rapport' },
  { section: 'Resolution', item: 'Offer where appropriate', weight: 1, critical: false, ease: -0.3, notApplicable: 0.4 },
  { section: 'Compliance', item: 'Disclosure read', weight: 2, critical: true, ease: 1.6, style: 'scripted', notApplicable: 0.35 },
  { section: 'Compliance', item: 'Recording consent', weight: 1, critical: true, ease: 2.4, style: 'scripted',
    notApplicable: (c) => !LIVE_VOICE.has(c) },
  { section: 'Closing', item: 'Summarised the contact', weight: 1, critical: false, ease: 0.2, style: 'scripted' },
  { section: 'Closing', item: 'Offered further help', weight: 1, critical: false, ease: 0.7 },
  { section: 'Closing', item: 'Survey invitation', weight: 1, critical: false, ease: 0.5, notApplicable: 0.2 },
];

export const MYSTERY_SHOP_ITEMS: readonly FormItem[] = [
  { section: 'Greeting', item: 'Answered within target', weight: 1, critical: false, ease: 0.8 },
  { section: 'Greeting', item: 'Branded greeting', weight: 1, critical: false, ease: 0.9, style: 'scripted' },
  { section: 'Verification', item: 'Identity verified', weight: 2, critical: true, ease: 1.7 },
  { section: 'Diagnosis', item: 'Needs identified', weight: 2, critical: false, ease: 0.3, style: 'rapport' },
  { section: 'Resolution', item: 'Accurate information', weight: 3, critical: false, ease: 0.5 },
  { section: 'Resolution', item: 'Retention attempt', weight: 2, critical: false, ease: 0,
    notApplicable: (_c, s) => s !== 'Cancel contract' },
  { section: 'Resolution', item: 'Relevant offer presented', weight: 1, critical: false, ease: -0.2, notApplicable: 0.3 },
  { section: 'Compliance', item: 'Disclosure read', weight: 2, critical: true, ease: 1.5, style: 'scripted' },
  { section: 'Closing', item: 'Summarised next steps', weight: 1, critical: false, ease: 0.3, style: 'scripted' },
  { section: 'Closing', item: 'Professional close', weight: 1, critical: false, ease: 0.8, style: 'rapport' },
];

export const SCENARIOS: Record<ProgramCode, readonly string[]> = {
  TELCO: ['Cancel contract', 'Dispute bill', 'Upgrade plan', 'Activate roaming', 'Report network fault'],
  BANK: ['Report lost card', 'Open savings account', 'Dispute card transaction', 'Mortgage enquiry', 'Reset online banking'],
};

export const AGENCIES: readonly (readonly [string, string])[] = [
  ['Clearview Mystery Shopping', 'CLV'],
  ['Benchmark CX Partners', 'BCX'],
  ['ShopperTrack Research', 'STR'],
];

export function formName(kind: EvaluationKind, program: ProgramCode, channel: Channel): string {
  if (kind === 'MYSTERY_SHOP') return `Mystery shop – ${program === 'TELCO' ? 'Telco' : 'Banking'} v3`;
  return LIVE_VOICE.has(channel) ? 'QA scorecard – Voice v4' : 'QA scorecard – Digital v2';
}
