import { logBeta } from './gamma';

// Regularized incomplete beta by its continued fraction, evaluated with the modified Lentz
// method (Numerical Recipes §6.4). The fraction converges fast for x < (a+1)/(a+b+2); beyond
// that the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) is used. Callers that know 1 - x exactly
// pass it as `y`, since forming 1 - x from x loses digits when x is near 1.

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10000;

function continuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta: continued fraction did not converge (a=${a}, b=${b}, x=${x})`);
}

/** I_x(a, b), the regularized incomplete beta function; y = 1 - x when known more precisely. */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (Number.isNaN(x) || !(a > 0 && b > 0)) return NaN;
  if (x <= 0) return 0;
  if (x >= 1 || y <= 0) return 1;
  return incompleteBetaFromLogs(x, y, Math.log(x), Math.log(y), a, b);
}

/** I_x(a, b) given x, y = 1 - x and their logarithms, each computed as precisely as the caller can. */
export function incompleteBetaFromLogs(x: number, y: number, logX: number, logY: number, a: number, b: number): number {
  const logFront = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * continuedFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * continuedFraction(b, a, y)) / b;
}
