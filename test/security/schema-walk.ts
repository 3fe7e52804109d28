/**
 * Builds a runnable query for every root field of the schema from introspection:
 * required arguments get plausible values (and site filters the attacker's
 * target), every scalar leaf is selected, nested objects down to a depth.
 */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: { name: string; type: TypeRef; defaultValue: string | null }[] | null;
  enumValues: { name: string }[] | null;
}

export const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types { kind name
  fields(includeDeprecated: true) { name args { name defaultValue type { ...T } } type { ...T } }
  inputFields { name defaultValue type { ...T } } enumValues { name } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isNonNull = (t: TypeRef) => t.kind === 'NON_NULL';
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.ofType ? isList(t.ofType) : false);

export interface WalkContext {
  types: Map<string, FullType>;
  /** Values for argument/input names the generic rules would get wrong. */
  overrides: Record<string, unknown>;
}

export function schemaTypes(introspection: any): Map<string, FullType> {
  return new Map((introspection.__schema.types as FullType[]).map((t) => [t.name, t]));
}

function valueFor(name: string, type: TypeRef, ctx: WalkContext, depth = 0): unknown {
  if (name in ctx.overrides) return ctx.overrides[name];
  const base = named(type);
  const full = ctx.types.get(base.name!)!;
  let value: unknown;
  if (full.kind === 'ENUM') value = full.enumValues![0].name;
  else if (full.kind === 'INPUT_OBJECT') {
    const obj: Record<string, unknown> = {};
    for (const f of full.inputFields!) {
      if (isNonNull(f.type) && f.defaultValue === null) obj[f.name] = valueFor(f.name, f.type, ctx, depth + 1);
      else if (f.name in ctx.overrides) obj[f.name] = ctx.overrides[f.name];
    }
    value = obj;
  } else {
    value = { Int: 1, Float: 1, Boolean: false, String: 'x', ID: '1', DateTime: '2026-01-01T00:00:00Z', LocalDate: '2026-01-01' }[base.name!] ?? 'x';
  }
  return isList(type) && !Array.isArray(value) ? [value] : value;
}

function selection(type: TypeRef, ctx: WalkContext, depth: number): string {
  const full = ctx.types.get(named(type).name!)!;
  if (full.kind !== 'OBJECT') return '';
  if (depth <= 0) return '{ __typename }';
  const parts = full.fields!.map((f) => {
    if (f.args.some((a) => isNonNull(a.type) && a.defaultValue === null)) return '';
    const inner = ctx.types.get(named(f.type).name!)!;
    if (inner.kind === 'OBJECT') return `${f.name} ${selection(f.type, ctx, depth - 1)}`;
    return f.name;
  });
  return `{ __typename ${parts.filter(Boolean).join(' ')} }`;
}

/** One query document per root query field, with its variables. */
export function documentsFor(root: 'Query' | 'Mutation', ctx: WalkContext, depth = 4): { field: string; query: string; variables: Record<string, unknown> }[] {
  return ctx.types.get(root)!.fields!.filter((f) => !f.name.startsWith('__')).map((f) => {
    const variables: Record<string, unknown> = {};
    const decls: string[] = [];
    const args: string[] = [];
    for (const a of f.args) {
      if (!(isNonNull(a.type) && a.defaultValue === null) && !(a.name in ctx.overrides)) continue;
      variables[a.name] = valueFor(a.name, a.type, ctx);
      decls.push(`$${a.name}: ${typeString(a.type)}`);
      args.push(`${a.name}: $${a.name}`);
    }
    const op = root === 'Query' ? 'query' : 'mutation';
    const query = `${op} Probe${decls.length ? `(${decls.join(', ')})` : ''} { ${f.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(f.type, ctx, depth)} }`;
    return { field: f.name, query, variables };
  });
}

function typeString(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeString(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeString(t.ofType!)}]`;
  return t.name!;
}
