import type { Named } from '../parsed-entry.js';

/** IPTC NewsCodes vocabularies whose codes are written as QCodes ("medtop:20000763"). */
const IPTC: readonly { uri: string; alias: string }[] = [
  { uri: 'cv.iptc.org/newscodes/mediatopic/', alias: 'medtop' },
  { uri: 'cv.iptc.org/newscodes/subjectcode/', alias: 'subj' },
  { uri: 'cv.iptc.org/newscodes/genre/', alias: 'genre' },
];
const IPTC_SCHEME = (uri: string) => `http://${uri}`;

/** A term's vocabulary and code as the source gives them; `qcode` when the vocabulary is an IPTC one. */
export interface Coded {
  scheme?: string;
  code?: string;
  /** True for an IPTC QCode: the code identifies the term whatever its label's language. */
  qcode: boolean;
}

/**
 * The vocabulary and code of a labelled thing: ninjs 1.x `scheme` + `code`, ninjs 2.x/3.x `uri` (+
 * `literal`, the code inside the vocabulary), a QCode, or an RSS/Atom scheme + term. A URI alone is read
 * as its vocabulary's URI followed by the code (how IPTC and most controlled vocabularies build them).
 */
export function codedOf(named: Pick<Named, 'scheme' | 'code' | 'uri'>): Coded {
  const qcode = named.code?.match(/^([a-z0-9-]+):(.+)$/);
  const byAlias = qcode && IPTC.find((v) => v.alias === qcode[1]);
  if (byAlias && qcode) return { scheme: IPTC_SCHEME(byAlias.uri), code: named.code as string, qcode: true };
  const uri = named.uri ?? (named.scheme && named.code ? `${withSlash(named.scheme)}${named.code}` : undefined);
  const iptc = uri && IPTC.find((v) => uri.replace(/^https?:\/\//, '').startsWith(v.uri));
  if (iptc && uri) {
    const code = uri.replace(/^https?:\/\//, '').slice(iptc.uri.length);
    if (code) return { scheme: IPTC_SCHEME(iptc.uri), code: `${iptc.alias}:${code}`, qcode: true };
  }
  if (named.scheme || !named.uri) return { ...pick(named.scheme, named.code), qcode: false };
  const literal = named.code;
  if (literal && named.uri.endsWith(literal))
    return { ...pick(named.uri.slice(0, -literal.length), literal), qcode: false };
  const slash = named.uri.replace(/\/+$/, '').lastIndexOf('/');
  return slash > named.uri.indexOf('//') + 1
    ? { ...pick(named.uri.slice(0, slash + 1), named.uri.slice(slash + 1).replace(/\/+$/, '')), qcode: false }
    : { ...pick(undefined, named.uri), qcode: false };
}

const withSlash = (scheme: string) => (/[/#:]$/.test(scheme) ? scheme : `${scheme}/`);
const pick = (scheme: string | undefined, code: string | undefined) => ({
  ...(scheme ? { scheme } : {}),
  ...(code ? { code } : {}),
});

/** What a Guardian tag is, from its id (the path of the category's domain URL). */
export type GuardianTag =
  | { role: 'section'; code: string }
  | { role: 'contributor'; code: string }
  | { role: 'genre'; code: string }
  | { role: 'keyword'; code: string };

export const GUARDIAN_SCHEME = 'https://www.theguardian.com/';
const GUARDIAN_TAG = /^https?:\/\/(?:www\.)?theguardian\.com\/([a-z0-9-]+\/[a-z0-9-]+)\/?$/;

/**
 * Guardian feeds give each tag's URL as the category domain. A section's own tag repeats the section
 * ("world/world"), a contributor's lives under "profile/", "tone/…" and "type/…" tags say what kind of piece
 * it is (tone/comment, tone/obituaries, type/article: genres, not topics), every other tag is a keyword of a section.
 */
export function guardianTag(domain: string | undefined): GuardianTag | undefined {
  const tagId = domain && GUARDIAN_TAG.exec(domain)?.[1];
  if (!tagId) return undefined;
  const [section, name] = tagId.split('/') as [string, string];
  if (section === 'profile') return { role: 'contributor', code: tagId };
  if (section === 'tone' || section === 'type') return { role: 'genre', code: tagId };
  if (section === name) return { role: 'section', code: section };
  return { role: 'keyword', code: tagId };
}
