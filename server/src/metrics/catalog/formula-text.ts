import { Formula, LinearForm } from '@cxlens/shared';
import { assertNever } from '../../common/assert-never';

function linearText(form: LinearForm): string {
  const text = [form.add.join(' + '), ...form.subtract.map((part) => `− ${part}`)].join(' ');
  return form.add.length + form.subtract.length > 1 ? `(${text})` : text;
}

/** A formula over the additive parts as a reader sees it, e.g. "100 × csat_top2 ÷ csat_n". */
export function formulaText(formula: Formula): string {
  switch (formula.kind) {
    case 'proportion':
      return `100 × ${linearText(formula.numerator)} ÷ ${linearText(formula.denominator)}`;
    case 'mean':
      return `${formula.sum} ÷ ${formula.n}`;
    case 'nps':
      return `100 × (${formula.promoters} − ${formula.detractors}) ÷ ${formula.n}`;
    case 'ratio':
      return `${formula.multiplier === 1 ? '' : `${formula.multiplier} × `}${linearText(formula.numerator)} ÷ ${linearText(formula.denominator)}`;
    case 'count':
      return `Σ ${formula.count}`;
    default:
      return assertNever(formula);
  }
}
