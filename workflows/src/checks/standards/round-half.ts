/**
 * Rounds to `decimals` places. Scaling goes through 12 significant digits first so that binary
 * noise (1.15 × 10 = 11.499999999999998) does not decide a tie.
 */
export function roundHalf(value: number, decimals: number, method: 'halfUp' | 'halfEven'): number {
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toPrecision(12));
  const floor = Math.floor(scaled);
  const fraction = Number((scaled - floor).toPrecision(12));
  let rounded: number;
  if (fraction > 0.5) rounded = floor + 1;
  else if (fraction < 0.5) rounded = floor;
  else rounded = method === 'halfUp' || floor % 2 !== 0 ? floor + 1 : floor;
  return rounded / factor;
}

/** Ceiling that ignores binary noise: 50.000000000001 from a float product is 50, not 51. */
export function ceilExact(value: number): number {
  return Math.ceil(Number(value.toPrecision(12)));
}
