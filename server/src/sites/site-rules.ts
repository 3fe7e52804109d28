/** The rules the database holds for a site, checked first so the caller learns which field and why. */

export interface SiteFields {
  code?: string;
  name?: string;
  city?: string;
  country?: string;
  region?: string | null;
  timeZone?: string;
}

export interface FieldProblem {
  field: string;
  reason: string;
}

export const CODE_RULE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function isIanaTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Problems with the given fields (all of them required when `creating`). */
export function siteProblems(site: SiteFields, creating: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: keyof SiteFields) => creating && (site[field] === undefined || site[field] === null);
  for (const field of ['code', 'name', 'city', 'country', 'timeZone'] as const) {
    if (need(field)) problems.push({ field, reason: 'is required' });
  }
  if (site.code !== undefined && !CODE_RULE.test(site.code)) {
    problems.push({ field: 'code', reason: `"${site.code}" must start with a letter or digit and use letters, digits, _ . - (at most 64)` });
  }
  for (const field of ['name', 'city'] as const) {
    const v = site[field];
    if (v !== undefined && (v.trim() === '' || v.length > 200)) problems.push({ field, reason: 'must be 1-200 characters, not blank' });
  }
  if (site.country !== undefined && !/^[A-Z]{2}$/.test(site.country)) {
    problems.push({ field: 'country', reason: `"${site.country}" must be an ISO 3166-1 alpha-2 code in capitals, e.g. PT` });
  }
  if (site.timeZone !== undefined && !isIanaTimeZone(site.timeZone)) {
    problems.push({ field: 'timeZone', reason: `"${site.timeZone}" is not an IANA time zone such as Europe/Lisbon` });
  }
  return problems;
}

export function programProblems(program: { code?: string; name?: string }, creating: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (creating && program.code === undefined) problems.push({ field: 'code', reason: 'is required' });
  if (creating && program.name === undefined) problems.push({ field: 'name', reason: 'is required' });
  if (program.code !== undefined && !CODE_RULE.test(program.code)) {
    problems.push({ field: 'code', reason: `"${program.code}" must start with a letter or digit and use letters, digits, _ . - (at most 64)` });
  }
  if (program.name !== undefined && (program.name.trim() === '' || program.name.length > 200)) {
    problems.push({ field: 'name', reason: 'must be 1-200 characters, not blank' });
  }
  return problems;
}
