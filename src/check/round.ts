/** Figures are computed on exact values and rounded to 2 decimals only for output. */
export function round2(x: number): number;
export function round2(x: number | null): number | null;
export function round2(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const r = Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}
