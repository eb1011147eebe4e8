/** Small statistics for the bench: medians and ratios that survive empty inputs. */

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a == null || b == null || b <= 0 ? null : a / b;
}

export function max(xs: readonly number[]): number | null {
  return xs.length ? Math.max(...xs) : null;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Rounds for the JSON report (three significant decimals are plenty on a noisy machine). */
export function round(x: number | null, digits = 3): number | null {
  return x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits;
}
