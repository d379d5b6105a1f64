import { de, en, es, fr, it, nb_NO, pt_BR, pt_PT, sv } from '@faker-js/faker';

// Given names of the languages the importer reads, from @faker-js/faker's locale data (maintained lists of
// real given names per locale). compromise's lexicon misses names it reads as words ("Taylor", "Frank").
const LOCALES = [en, de, es, fr, it, nb_NO, pt_BR, pt_PT, sv];

const names = new Set(LOCALES.flatMap((locale) => Object.values(locale.person?.first_name ?? {}).flat() as string[]));

/** True when a locale list holds the word as a given name ("Taylor", "Melania", "Erling"). */
export const isListedGivenName = (word: string): boolean => names.has(word);
