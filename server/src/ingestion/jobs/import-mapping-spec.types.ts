import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { MappingSpec } from '../mapping/mapping-spec';

@ObjectType({ description: 'A cxlens field read from one or more columns (several are joined by a space: date + time).' })
@InputType('ColumnMappingInput')
export class ColumnMapping {
  @Field()
  field: string;

  @Field(() => [String])
  columns: string[];
}

@ObjectType({ description: 'A cxlens field with the same value on every row (e.g. site = ZRH).' })
@InputType('FieldConstantInput')
export class FieldConstant {
  @Field()
  field: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'A value of the file (matched case-insensitively) and the value cxlens reads instead.' })
@InputType('ValueMappingInput')
export class ValueMapping {
  @Field()
  field: string;

  @Field()
  from: string;

  @Field()
  to: string;
}

@ObjectType()
@InputType('ImportMappingSpecInput')
export class ImportMappingSpecView {
  @Field(() => [ColumnMapping], { defaultValue: [] })
  columns: ColumnMapping[];

  @Field(() => [FieldConstant], { defaultValue: [] })
  constants: FieldConstant[];

  @Field(() => [ValueMapping], { defaultValue: [] })
  values: ValueMapping[];

  @Field(() => [String], { defaultValue: [], description: 'Date formats such as MM-DD-YYYY, tried besides ISO 8601.' })
  dateFormats: string[];

  @Field(() => [String], { defaultValue: [], description: 'Rows where one of these fields is empty are skipped.' })
  skipEmpty: string[];
}

/** jsonb keeps no key order: lists come back sorted by field (then source value). */
const sorted = <T>(o: Record<string, T>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function specView(spec: MappingSpec): ImportMappingSpecView {
  return {
    columns: sorted(spec.columns).map(([field, columns]) => ({ field, columns })),
    constants: sorted(spec.constants).map(([field, value]) => ({ field, value })),
    values: sorted(spec.values).flatMap(([field, map]) => sorted(map).map(([from, to]) => ({ field, from, to }))),
    dateFormats: spec.dateFormats,
    skipEmpty: spec.skipEmpty,
  };
}

export function specFromView(view: ImportMappingSpecView): MappingSpec {
  const values: MappingSpec['values'] = {};
  for (const v of view.values ?? []) (values[v.field] ??= {})[v.from.trim().toLowerCase()] = v.to;
  return {
    columns: Object.fromEntries((view.columns ?? []).map((c) => [c.field, c.columns])),
    constants: Object.fromEntries((view.constants ?? []).map((c) => [c.field, c.value])),
    values,
    dateFormats: view.dateFormats ?? [],
    skipEmpty: view.skipEmpty ?? [],
  };
}
