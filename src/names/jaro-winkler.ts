/**
 * Match flags reused between calls (no allocation per comparison: the linkage computes millions):
 * a's from 0, b's from `half`.
 */
let flags = new Uint8Array(512);

/** Jaro–Winkler similarity (0–1), prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  if (a.length > flags.length / 2 || b.length > flags.length / 2)
    flags = new Uint8Array(2 * Math.max(a.length, b.length, flags.length));
  const half = flags.length / 2;
  flags.fill(0, 0, a.length);
  flags.fill(0, half, half + b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    const code = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (flags[half + j] || code !== b.charCodeAt(j)) continue;
      flags[i] = 1;
      flags[half + j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!flags[i]) continue;
    while (!flags[half + k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
