import { dayNumberOf } from './time';
import type { DemoOptions, ResolvedDemoOptions } from './types';

export const DEFAULT_DEMO_SEED = 20_251_128;
export const DEFAULT_DEMO_DAYS = 120;

export function resolveDemoOptions(options: DemoOptions): ResolvedDemoOptions {
  const days = options.days ?? DEFAULT_DEMO_DAYS;
  const scale = options.scale ?? 1;
  const sites = options.sites ?? 8;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  if (!Number.isInteger(sites) || sites < 1) throw new RangeError(`sites must be a positive integer, got ${sites}`);
  if (Number.isNaN(options.endDate.getTime())) throw new RangeError('endDate is not a valid date');
  const endDay = dayNumberOf(options.endDate);
  return { seed: options.seed >>> 0, days, scale, sites, firstDay: endDay - days, endMs: endDay * 86_400_000 };
}
