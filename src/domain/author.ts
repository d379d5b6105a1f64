/** Someone credited with an article, as the byline states them. */
export interface Author {
  name: string;
  /** "Environment editor", when the byline states it. */
  role?: string;
  /** "dpa", "Associated Press", when the byline names the organisation the author writes for. */
  organisation?: string;
}
