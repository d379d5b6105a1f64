import type { Person } from './person.js';

/** How many articles' roles a person keeps: the newest, so the item stays small however often they are named. */
export const MAX_ROLES = 50;

const key = (role: string) => role.trim().toLowerCase();

/** The roles with this article's role recorded (replacing what an earlier version of it said), newest last, bounded. */
export function recordRoles(
  roles: Readonly<Record<string, string>> | undefined,
  added: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const entries = Object.entries(roles ?? {}).filter(([articleId]) => !(added && articleId in added));
  return Object.fromEntries([...entries, ...Object.entries(added ?? {})].slice(-MAX_ROLES));
}

/** The role more than half of the articles that give the person a role agree on (case ignored), if one is. */
export function majorityRole(roles: Readonly<Record<string, string>> | undefined): string | undefined {
  const values = Object.values(roles ?? {});
  const counts = new Map<string, { role: string; count: number }>();
  for (const role of values) {
    const seen = counts.get(key(role));
    counts.set(key(role), { role: seen?.role ?? role, count: (seen?.count ?? 0) + 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count * 2 > values.length ? best.role : undefined;
}

/**
 * A person's description: what a source states (ninjs, metadata) wins and stays; otherwise the role most of
 * their articles agree on, recomputed on each write, so one article's phrase never becomes a global fact.
 */
export function describePerson(
  existing: Person | undefined,
  found: Person,
): Pick<Person, 'description' | 'descriptionSource' | 'roles'> {
  const roles = recordRoles(existing?.roles, found.roles);
  const stated = [existing, found].find((p) => p?.descriptionSource === 'SOURCE' && p.description);
  const description = stated?.description ?? majorityRole(roles);
  return {
    ...(description ? { description, descriptionSource: stated ? 'SOURCE' : 'ARTICLES' } : {}),
    ...(Object.keys(roles).length ? { roles } : {}),
  };
}
