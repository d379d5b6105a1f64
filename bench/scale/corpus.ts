/**
 * A seeded synthetic corpus shaped like a national newsroom's: Zipf-distributed mentions (a few people
 * in thousands of articles), one summit whose coverage names 1,000 participants, bodies from 2 to 40 KB
 * (log-uniform), five languages. Documents are news-document/v1, imported through the real path.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
const LANGUAGE_WEIGHTS = [0.4, 0.2, 0.15, 0.15, 0.1];
export const SUMMIT = 'Global climate summit';
const SUMMIT_PARTICIPANTS = 1000;
// Words in each language, so a paragraph reads as the language the document is tagged with (the quality
// checks flag a paragraph in another language, which real copy rarely has).
const WORDS: Record<string, string[]> = {
  en: 'government minister council harbour election budget court ferry bridge storm hospital school union tariff market rail energy water treaty port university strike museum festival police river coast village'.split(
    ' ',
  ),
  de: 'Regierung Ministerin Gemeinderat Hafen Wahl Haushalt Gericht Fähre Brücke Sturm Krankenhaus Schule Gewerkschaft Zoll Markt Bahn Energie Wasser Vertrag Universität Streik Museum Polizei Fluss Küste Dorf und nicht'.split(
    ' ',
  ),
  fr: 'gouvernement ministre conseil élection budget tribunal pont tempête hôpital école syndicat marché chemin énergie eau traité université grève musée police rivière côte village mairie avec pour dans'.split(
    ' ',
  ),
  es: 'gobierno ministra consejo puerto elección presupuesto tribunal puente tormenta hospital escuela sindicato mercado tren energía agua tratado universidad huelga museo policía río costa pueblo con para'.split(
    ' ',
  ),
  pt: 'governo ministra conselho porto eleição orçamento tribunal ponte tempestade hospital escola sindicato mercado comboio energia água tratado universidade greve museu polícia rio costa aldeia com para'.split(
    ' ',
  ),
};

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s) over ranks 0..n-1 by inverse CDF on a precomputed table. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cdf: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k++) cdf.push((total += 1 / k ** s));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const FIRST =
  'Ada Bruno Clara Dmitri Elena Farid Greta Hugo Ines Jonas Karin Luis Maya Nils Olga Pablo Rosa Sven Tomas Ulla Vera Yusuf Zoe'.split(
    ' ',
  );
const LAST =
  'Almeida Berger Costa Dubois Eriksen Fischer Garcia Hansen Ivanova Jensen Keller Lopez Martin Novak Olsen Petit Quinn Rossi Schmidt Torres Urban Weber'.split(
    ' ',
  );
/** Person i: a stable, plausible two-word name (23 × 22 combinations, then a numbered middle initial). */
export function personName(i: number): string {
  const first = FIRST[i % FIRST.length] as string;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
  const round = Math.floor(i / (FIRST.length * LAST.length));
  return round ? `${first} ${String.fromCharCode(65 + (round % 26))}. ${last}` : `${first} ${last}`;
}

export interface CorpusDocument {
  name: string;
  text: string;
  language: string;
  bodyBytes: number;
}

/** What document i is about, without its body (cheap: the bulk loader needs only this). */
export interface CorpusMeta {
  id: string;
  language: string;
  headline: string;
  publishedAt: string;
  bodyBytes: number;
  names: string[];
  summit?: { name: string; kind: string; start: string; participants: string[] };
  rand: () => number;
}

/** Document i of the corpus for `seed` (documents are independent, so a corpus grows by appending). */
export function corpusDocument(seed: number, i: number, peoplePool: number): CorpusDocument {
  const meta = corpusMeta(seed, i, peoplePool);
  const { language, names, summit, bodyBytes, rand } = meta;
  const document = {
    format: 'news-document/v1',
    id: meta.id,
    language,
    headline: meta.headline,
    body: paragraphs(bodyBytes, names, language, rand),
    publishedAt: meta.publishedAt,
    people: names.map((name) => ({ name })),
    ...(summit ? { events: [summit] } : {}),
  };
  return { name: `corpus/${i}.json`, text: JSON.stringify(document), language, bodyBytes };
}

export function corpusMeta(seed: number, i: number, peoplePool: number): CorpusMeta {
  const rand = random(seed * 1_000_003 + i);
  const pickPerson = zipf(peoplePool, 1.1, rand);
  const language = pickLanguage(rand());
  const bodyBytes = Math.round(2048 * 20 ** rand()); // log-uniform 2 KB .. 40 KB
  const people = new Set<number>();
  const count = 2 + Math.floor(rand() * 4);
  while (people.size < count) people.add(pickPerson());
  const names = [...people].map(personName);
  // Every 20th article covers the summit and names 50 of its 1,000 delegates (the schema's maximum per event).
  const summit =
    i % 20 === 0
      ? {
          name: SUMMIT,
          kind: 'SUMMIT',
          start: '2026-11-10',
          participants: Array.from({ length: 50 }, (_, k) =>
            personName(peoplePool + (((i / 20) * 50 + k) % SUMMIT_PARTICIPANTS)),
          ),
        }
      : undefined;
  const published = new Date(Date.UTC(2026, 0, 1) + i * 7 * 60_000); // one article every 7 minutes
  const words = wordsOf(language, rand, 3);
  return {
    id: `bench-${seed}-${i}`,
    language,
    headline: `${capital(words[0] as string)} ${words[1]} ${words[2]}: report ${i}`,
    publishedAt: published.toISOString(),
    bodyBytes,
    names,
    ...(summit ? { summit } : {}),
    rand,
  };
}

function pickLanguage(x: number): string {
  let sum = 0;
  for (const [k, weight] of LANGUAGE_WEIGHTS.entries()) if (x < (sum += weight)) return LANGUAGES[k] as string;
  return 'en';
}

function paragraphs(bytes: number, names: string[], language: string, rand: () => number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const who = names[Math.floor(rand() * names.length)] as string;
    const words = wordsOf(language, rand, 40 + Math.floor(rand() * 40)).join(' ');
    const paragraph = `${who}: ${words}.`;
    out.push(paragraph);
    size += paragraph.length;
  }
  return out.slice(0, 2000);
}

/** `count` words of the language, never the same word twice in a row (a doubled word is a flagged typo). */
function wordsOf(language: string, rand: () => number, count: number): string[] {
  const list = WORDS[language] ?? WORDS.en ?? [];
  const out: string[] = [];
  while (out.length < count) {
    const next = list[Math.floor(rand() * list.length)] as string;
    if (next !== out.at(-1)) out.push(next);
  }
  return out;
}
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
