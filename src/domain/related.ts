/** What ranking needs to know of an article: its id, date, people and events. */
export interface RelatednessProfile {
  id: string;
  publishedAt: string;
  personIds: readonly string[];
  eventIds: readonly string[];
}

export interface RelatedArticle {
  articleId: string;
  /** Shared people plus shared events. */
  score: number;
  publishedAt: string;
}

export const RELATED_LIMIT = 5;

/** Other articles ranked by shared people and events, then recency; articles sharing nothing are left out. */
export function rankRelated(
  target: RelatednessProfile,
  candidates: readonly RelatednessProfile[],
  limit = RELATED_LIMIT,
): RelatedArticle[] {
  const people = new Set(target.personIds);
  const events = new Set(target.eventIds);
  return candidates
    .filter((candidate) => candidate.id !== target.id)
    .map((candidate) => ({
      articleId: candidate.id,
      publishedAt: candidate.publishedAt,
      score:
        candidate.personIds.filter((id) => people.has(id)).length +
        candidate.eventIds.filter((id) => events.has(id)).length,
    }))
    .filter((related) => related.score > 0)
    .sort(compareRelated)
    .slice(0, limit);
}

export function compareRelated(a: RelatedArticle, b: RelatedArticle): number {
  return b.score - a.score || b.publishedAt.localeCompare(a.publishedAt) || a.articleId.localeCompare(b.articleId);
}

/** Adds or refreshes one entry in an existing ranking, keeping the best `limit`. */
export function mergeRelated(
  existing: readonly RelatedArticle[],
  entry: RelatedArticle,
  limit = RELATED_LIMIT,
): RelatedArticle[] {
  const others = existing.filter((related) => related.articleId !== entry.articleId);
  const merged = entry.score > 0 ? [...others, entry] : others;
  return merged.sort(compareRelated).slice(0, limit);
}
