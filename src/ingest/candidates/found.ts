/** A name found in the text by one of the candidate stage's sources, before it is filtered and grouped. */
export type CandidateCategory =
  'person' | 'organisation' | 'news_agency' | 'media' | 'place' | 'product' | 'event';

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly category: CandidateCategory;
  /**
   * Where it came from, most specific first when spans tie: the gazetteer and the article's dateline
   * know a name for sure; rules over capitalised words know its kind from its words; compromise guesses.
   */
  readonly source: 'gazetteer' | 'product' | 'rule' | 'nlp';
}

const SOURCE_RANK: Record<Found['source'], number> = { gazetteer: 3, product: 2, rule: 1, nlp: 0 };

/** Overlapping spans: the longer one wins, then the more specific source, then the earlier one. */
export function chooseLongest(spans: readonly Found[]): Found[] {
  const ordered = [...spans].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      SOURCE_RANK[b.source] - SOURCE_RANK[a.source] ||
      a.start - b.start,
  );
  const chosen: Found[] = [];
  for (const span of ordered) {
    if (chosen.every((other) => span.end <= other.start || other.end <= span.start)) chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
