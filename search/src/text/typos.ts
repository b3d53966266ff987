// Typo tolerance with Meilisearch's rules: words under 5 letters must match exactly, from
// 5 letters one typo is allowed, from 9 two; a typo on the first letter counts double.

export function allowedTypos(word: string): number {
  const length = [...word].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment) between `a` and `b`, with a
 * different first letter costing one more, or `max + 1` as soon as it exceeds `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  const firstLetter = x[0] !== y[0] ? 1 : 0;
  if (firstLetter > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (previous2[j - 2] as number) + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin + firstLetter > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return Math.min((previous[y.length] as number) + firstLetter, max + 1);
}
