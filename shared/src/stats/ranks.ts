/** 1-based ranks with ties given their average rank; non-finite values get NaN and are not ranked. */
export function averageRanks(values: readonly number[]): number[] {
  const ranks = values.map(() => NaN);
  const order = values
    .map((v, index) => ({ v, index }))
    .filter(({ v }) => Number.isFinite(v))
    .sort((a, b) => a.v - b.v);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    // positions start..end (0-based) share ranks start+1..end+1
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) ranks[order[i].index] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Mid-rank percentile of each value on 0..100: (number below + half the number equal) / n · 100,
 * i.e. (average rank - ½) / n · 100. Non-finite values get NaN and are not counted in n.
 */
export function percentileRank(values: readonly number[]): number[] {
  const ranks = averageRanks(values);
  const n = ranks.filter((r) => !Number.isNaN(r)).length;
  return ranks.map((r) => (Number.isNaN(r) ? NaN : ((r - 0.5) / n) * 100));
}
