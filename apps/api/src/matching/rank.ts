import { score, type MatchContext, type MatchOffer, type MatchProfile, type MatchResult } from '@solidaria/core';

export interface Ranked<T> {
  item: T;
  match: MatchResult;
}

/** Scores pairs and keeps the eligible ones, best first (ties: the earlier in `items`). */
export function rank<T>(items: readonly T[], pair: (item: T) => [MatchProfile, MatchOffer], context: MatchContext, forSeeker: boolean): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const [profile, offer] = pair(item);
    const match = score(profile, offer, context, { forSeeker });
    if (match.eligible) ranked.push({ item, match });
  }
  return ranked.sort((a, b) => b.match.score - a.match.score);
}
