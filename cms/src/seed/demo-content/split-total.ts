import type { Random } from './create-random';

/**
 * Splits `total` over weighted keys so the parts add up exactly (largest remainder), with some
 * noise on the weights so months differ.
 */
export function splitTotal<K extends string>(input: {
  total: number;
  weights: Record<K, number>;
  random: Random;
}): Record<K, number> {
  const keys = Object.keys(input.weights) as K[];
  const noisy = keys.map((key) => input.weights[key] * input.random.float(0.75, 1.25));
  const sum = noisy.reduce((a, b) => a + b, 0);
  const exact = noisy.map((weight) => (weight / sum) * input.total);
  const parts = exact.map(Math.floor);
  let missing = input.total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    missing -= 1;
  }
  return Object.fromEntries(keys.map((key, index) => [key, parts[index] ?? 0])) as Record<K, number>;
}
