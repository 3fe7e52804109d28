import { isScoringProblem, scoreEvaluation, ScoringRules, EvaluationScore } from '@cxlens/shared';
import { fail, MAX_TEXT_LENGTH, ok, Parsed } from './field-values';

/** One checklist line as stored in process_evaluation.items. */
export interface StoredItem {
  section: string;
  item: string;
  weight: number | null;
  points: number | null;
  max: number;
  critical: boolean;
  bonus: boolean;
}

const MAX_ITEMS = 500;
const NOT_APPLICABLE = new Set(['n/a', 'na', '-', '']);

function numberOrNull(value: unknown, what: string): Parsed<number | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'string' && NOT_APPLICABLE.has(value.trim().toLowerCase())) return ok(null);
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(n) ? ok(n) : fail(`${what} must be a number or null, got ${JSON.stringify(value)}`);
}

function label(value: unknown, what: string, required: boolean): Parsed<string> {
  if (value === undefined || value === null || value === '') return required ? fail(`${what} is required`) : ok('');
  if (typeof value !== 'string') return fail(`${what} must be text`);
  if (value.length > MAX_TEXT_LENGTH) return fail(`${what} is longer than ${MAX_TEXT_LENGTH} characters`);
  return ok(value.trim());
}

function item(o: Record<string, unknown>): Parsed<StoredItem> {
  const name = label(o.item ?? o.name, 'item', true);
  if (!name.ok) return name;
  const section = label(o.section, 'section', false);
  if (!section.ok) return section;
  const points = numberOrNull(o.points, 'points');
  if (!points.ok) return points;
  const max = numberOrNull(o.max, 'max');
  if (!max.ok) return max;
  if (max.value === null) return fail('max is required');
  const weight = numberOrNull(o.weight, 'weight');
  if (!weight.ok) return weight;
  const isSet = (v: unknown) => v === true || v === 'true' || v === 1;
  return ok({
    section: section.value,
    item: name.value,
    weight: weight.value,
    points: points.value,
    max: max.value,
    critical: isSet(o.critical),
    bonus: isSet(o.bonus),
  });
}

/** The `items` cell: a JSON array of {section, item, points (null = N/A), max, critical, bonus, weight}. */
export function checklistItems(raw: string): Parsed<StoredItem[] | null> {
  if (raw.trim() === '') return ok(null);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('must be a JSON array of items like [{"section":"Greeting","item":"Used name","points":1,"max":1,"critical":false}]');
  }
  if (!Array.isArray(json)) return fail('must be a JSON array of items');
  if (json.length > MAX_ITEMS) return fail(`has ${json.length} items; at most ${MAX_ITEMS}`);
  const items: StoredItem[] = [];
  for (let i = 0; i < json.length; i++) {
    const o = json[i];
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return fail(`item ${i + 1} must be an object`);
    const parsed = item(o as Record<string, unknown>);
    if (!parsed.ok) return fail(`item ${i + 1}: ${parsed.reason}`);
    items.push(parsed.value);
  }
  return ok(items);
}

/** The shared scoring function applied to stored items; a problem names the item. */
export function scoreItems(items: StoredItem[], rules: ScoringRules): Parsed<EvaluationScore> {
  const result = scoreEvaluation(items, rules);
  if (isScoringProblem(result)) return fail(result.index === null ? result.reason : `item ${result.index + 1}: ${result.reason}`);
  return ok(result);
}
