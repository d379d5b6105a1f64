/** A person in the news. The id is a slug of the canonical name ("kim-jong-un"), so it is readable and stable. */
export interface Person {
  id: string;
  name: string;
  /** Other names the person goes by in articles ("Kim", "Kim Jong Un"). */
  aliases: string[];
  /** A role phrase, e.g. "North Korean leader": stated by a source, or the role most of their articles agree on. */
  description?: string;
  /** Where the description comes from: a source that states it (ninjs, metadata) or the articles' majority role. */
  descriptionSource?: 'SOURCE' | 'ARTICLES';
  /** The role each of their newest articles gives (article id → role; deictic phrases never), bounded (person-roles.ts). */
  roles?: Record<string, string>;
  /** How many articles mention the person; maintained by article writes. */
  mentionCount: number;
  /** Fields an editor set (name, aliases, description): imports leave them as the editor left them. */
  overrides?: string[];
  updatedAt: string;
  /**
   * The stored revision a read saw: a save of this value applies only over that revision (0: only if the
   * person does not exist yet), so concurrent imports never lose each other's aliases. Absent: the save
   * applies unconditionally (people stored before revisions, and writes that read nothing).
   */
  revision?: number;
}

/** A person as one article mentions them. */
export interface PersonMention {
  personId: string;
  name: string;
  /** The role phrase this article gives ("the North Korean leader"), when it gives one. */
  role?: string;
}

/**
 * Public pages and lists show a person only while a published article mentions them: mentionCount
 * counts published mentions (unpublishing takes them off), so the rule costs no read.
 */
export const isMentioned = (person: Pick<Person, 'mentionCount'>): boolean => person.mentionCount > 0;
