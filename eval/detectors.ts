import { eld } from 'eld/medium';
import { franc } from 'franc-min';
import { detect as tinyld } from 'tinyld';
import { detectLanguage } from '../src/importers/enrich/language.js';
import { languageFamily } from './score.js';

// franc answers ISO 639-3; the gold set and the API use the two-letter subtags.
const ISO3: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  por: 'pt',
  spa: 'es',
  ita: 'it',
  nob: 'no',
  nno: 'no',
  swe: 'sv',
  dan: 'da',
  fra: 'fr',
  nld: 'nl',
};

/** The candidates compared in the report; the importer's own detector first. */
export const DETECTORS: Record<string, (text: string) => string | undefined> = {
  'importer (detectLanguage, eld)': (text) => detectLanguage(text),
  'tinyld detect()': (text) => tinyld(text) || undefined,
  'eld (medium)': (text) => eld.detect(text).language || undefined,
  'franc-min': (text) => {
    const code = franc(text, { minLength: 3 });
    return code === 'und' ? undefined : (ISO3[code] ?? code);
  },
};

export interface Sample {
  text: string;
  language: string;
}

export interface DetectorAccuracy {
  right: number;
  total: number;
  wrong: string[];
}

export function measure(detector: (text: string) => string | undefined, samples: readonly Sample[]): DetectorAccuracy {
  const wrong: string[] = [];
  for (const sample of samples) {
    const guess = detector(sample.text);
    if (!guess || languageFamily(guess) !== languageFamily(sample.language))
      wrong.push(`${guess ?? '?'} for ${sample.language}: "${sample.text.slice(0, 40)}"`);
  }
  return { right: samples.length - wrong.length, total: samples.length, wrong };
}
