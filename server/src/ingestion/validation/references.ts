import { CODE_RULE } from '../../sites/site-rules';
import { fail, ok, Parsed } from './field-values';

export interface SiteRef {
  code: string;
  name: string;
  /** Its database id (staged with the code, so the merge joins nothing to resolve it). */
  id?: string;
}

export interface ProgramRef {
  code: string;
  name: string;
  id?: string;
}

/** What a site created by `--create-missing` gets besides its code (its name and city default to the code). */
export interface SiteDefaults {
  country: string;
  timeZone: string;
  city?: string;
}

/** The rule the database holds for site and program codes. */
export const CODE_PATTERN = CODE_RULE;

function listed(codes: string[]): string {
  return codes.length > 8 ? `${codes.slice(0, 8).join(', ')}, …` : codes.join(', ');
}

class ByCodeOrName<T extends { code: string; name: string; id?: string }> {
  private readonly byCode = new Map<string, T>();
  private readonly byLowerCode = new Map<string, T>();
  private readonly byLowerName = new Map<string, T[]>();

  constructor(readonly all: readonly T[]) {
    for (const item of all) {
      this.byCode.set(item.code, item);
      this.byLowerCode.set(item.code.toLowerCase(), item);
      const name = item.name.trim().toLowerCase();
      this.byLowerName.set(name, [...(this.byLowerName.get(name) ?? []), item]);
    }
  }

  /** The id of the item with exactly this code; null for a code to be created (--create-missing). */
  idOf(code: string): string | null {
    return this.byCode.get(code)?.id ?? null;
  }

  /** The item with this code (any case), else the one item with this name; 'several' when a name is shared. */
  find(value: string): T | 'several' | undefined {
    const found = this.byCode.get(value) ?? this.byLowerCode.get(value.toLowerCase());
    if (found) return found;
    const named = this.byLowerName.get(value.toLowerCase()) ?? [];
    return named.length > 1 ? 'several' : named[0];
  }
}

/**
 * Resolves the `site` and `program` cells (a code or a name) to codes. With
 * createMissing an unknown code is accepted and created before the merge
 * (sites only with site defaults, as a site needs a country and time zone).
 */
export class ReferenceResolver {
  private readonly sites: ByCodeOrName<SiteRef>;
  private readonly programs: ByCodeOrName<ProgramRef>;

  constructor(
    sites: readonly SiteRef[],
    programs: readonly ProgramRef[],
    private readonly createMissing = false,
    private readonly siteDefaults: SiteDefaults | null = null,
  ) {
    this.sites = new ByCodeOrName(sites);
    this.programs = new ByCodeOrName(programs);
  }

  site(raw: string): Parsed<string> {
    const value = raw.trim();
    if (value === '') return fail('is required');
    const site = this.sites.find(value);
    if (site === 'several') return fail('names several sites; use the site code');
    if (site) return ok(site.code);
    const known = this.sites.all.map((s) => s.code);
    if (!this.createMissing) {
      return fail(`is not a site of this organisation (sites: ${listed(known) || 'none yet'}); create it first or import with --create-missing`);
    }
    if (!CODE_PATTERN.test(value)) return fail('cannot become a new site code: use letters, digits, _ . - (at most 64)');
    if (!this.siteDefaults) {
      return fail('is not a site of this organisation; --create-missing needs --site-defaults country=CC,timeZone=Area/City to create it');
    }
    return ok(value);
  }

  /** Site id and code, program id and code, as staged: the id is null for a code created by --create-missing. */
  staged(siteCode: string, programCode: string): [string | null, string, string | null, string] {
    return [this.sites.idOf(siteCode), siteCode, this.programs.idOf(programCode), programCode];
  }

  program(raw: string): Parsed<string> {
    const value = raw.trim();
    if (value === '') {
      if (this.programs.all.length === 1) return ok(this.programs.all[0].code);
      const known = this.programs.all.map((p) => p.code);
      return fail(known.length ? `is required: the organisation has ${known.length} programs (${listed(known)})` : 'is required: the organisation has no program yet');
    }
    const program = this.programs.find(value);
    if (program === 'several') return fail('names several programs; use the program code');
    if (program) return ok(program.code);
    if (!this.createMissing) {
      return fail(`is not a program of this organisation (programs: ${listed(this.programs.all.map((p) => p.code)) || 'none yet'}); create it first or import with --create-missing`);
    }
    if (!CODE_PATTERN.test(value)) return fail('cannot become a new program code: use letters, digits, _ . - (at most 64)');
    return ok(value);
  }
}
