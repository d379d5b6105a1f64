import nlp from 'compromise';
import { isListedGivenName } from './given-names.js';
import { FUNCTION_WORD, HONORIFIC, isGivenName, NOT_A_NAME, PARTICLE, ROLE, THINGS } from './name-words.js';

/** A run of capitalised words in a sentence, and whether a role or honorific announced it. */
export interface NameRun {
  /** The name's words, leading roles, honorifics and function words removed. */
  words: string[];
  cued: boolean;
  /** Whether only a listed given name may announce it: no article or place word before it, no particle in it. */
  plain?: boolean;
  /** Whether the run starts its sentence (so its first word is capitalised anyway). */
  initial?: boolean;
  /** The role or honorific that announced it ("Bundeskanzler", "Sra."), when one did. */
  title?: string;
  /** The role noun right before the run ("singer" in "New Zealand singer Lorde"), when there is one. */
  roleBefore?: string;
  /** The word right before the run, when inside a sentence. */
  before?: string;
  /** Whether a colon ends it: a label ("Clockwatch: keep up with…"), not a name. */
  label?: boolean;
}

// A name right after a verb of saying is a person speaking ("sier Ajay Singh Yadav", "said Sarah Price").
const SPEECH =
  /^(said|says|told|according|sier|sa|sagte|sagt|säger|sade|dijo|afirmó|explicó|disse|afirmou|dice|detto|ha|spiegato)$/i;
// French writes the generic of a street, school or venue in lower case before the name it honours.
const PLACE_BEFORE =
  /^(?:[ldLD]['’])?(rue|avenue|boulevard|bd|quai|allée|impasse|place|esplanade|lycée|collège|école|stade|musée|hôpital|gare|pont)$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}’'-]*\p{Ll}[\p{Ll}’'-]*$|^\p{Lu}[\p{Ll}]*\.$/u;

/**
 * Runs of capitalised words (particles allowed inside: "Staffan de Mistura") in any Latin-script text.
 * Punctuation ends a run; sentence-initial function words, roles and honorifics are stripped from its start.
 */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: string[] = [];
  let previous = '';
  let before = '';
  let appositive = false;
  const recent: string[] = [];
  // An appositive is closed by punctuation ("…, Jair Bolsonaro, classificou"), not by a list's "e" ("Minas Gerais e Rio").
  const close = (byPunctuation = false, label = false) => {
    // "avenue Jean Jaurès", "lycée Jean Moulin": a place named after a person is not that person.
    if (PLACE_BEFORE.test(before)) current = [];
    if (current.length)
      runs.push({
        ...trimRun(current, appositive && byPunctuation ? 'president' : before),
        ...(before ? { before } : {}),
        ...(label ? { label } : {}),
      });
    current = [];
  };
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[“"«„(‘'¿¡–-]+/u, '').replace(/(['’]s)?[”"»)’'.,;:!?]*$/u, '');
    const ends = /[,.;:!?)”"»]$/u.test(raw) && !HONORIFIC.test(raw.replace(/^[“"«„(]+/u, ''));
    if (CAPITALISED.test(word) || (HONORIFIC.test(word) && /^\p{Lu}/u.test(word))) {
      // "o candidato do PSL à Presidência, Jair Bolsonaro,": a name set off by a comma after a role noun.
      if (!current.length)
        [before, appositive] = [
          // A run that starts a sentence has no word before it to cue it.
          /[.!?:]["”»]?$/u.test(recent[recent.length - 1] ?? '.') ? '' : previous,
          /,$/.test(recent[recent.length - 1] ?? '') &&
            recent.slice(-6).some((w) => ROLE.test(w.replace(/[,.;:]$/, ''))),
        ];
      current.push(HONORIFIC.test(raw) ? raw : word);
    } else if (current.length && PARTICLE.test(word) && !ends && (!/^de[rn]$/.test(word) || /^va?on$/.test(previous))) {
      current.push(word);
    } else {
      close();
    }
    if (ends) close(true, /:$/.test(raw));
    // A possessive ends a name: "Donald Trump's State of the Union" names Donald Trump.
    else if (current.length && /['’]s$/u.test(raw)) close();
    previous = word;
    recent.push(raw);
    if (recent.length > 6) recent.shift();
  }
  close(true);
  return runs.filter((run) => run.words.length > 0);
}

const ARTICLE = /^(the|el|la|los|las|il|lo|gli|le|les|der|die|das|dem|des|o|os|a|as|den|det)$/i;

// English words compromise knows as something other than a name ("Book", "Premiere"): not a surname.
const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const ordinaryWord = (word: string) => {
  const tag = LEXICON[word.toLowerCase()];
  return tag !== undefined && !/Name|Person/.test(tag);
};

/**
 * A run that only a given name from the locale lists announces ("Erling Haaland"): weaker evidence than
 * compromise's own given names, so no article or place word before it, no particle inside, no ordinary
 * English word after the given name ("Kelvin Book") nor as the first word of a sentence ("Even Donald
 * Trump"), and no place as the given name ("London Premiere").
 */
const listedName = (run: NameRun) =>
  run.plain === true &&
  run.words.length <= 3 &&
  isListedGivenName(run.words[0] as string) &&
  !run.words.slice(run.initial ? 0 : 1).some(ordinaryWord) &&
  !(nlp(run.words[0] as string).has('#Place') as boolean);

function trimRun(words: string[], before: string): NameRun {
  let start = 0;
  let title: string | undefined;
  const strippable = (word: string) =>
    FUNCTION_WORD.test(word) || NOT_A_NAME.test(word) || ROLE.test(word) || HONORIFIC.test(word) || PARTICLE.test(word);
  while (start < words.length && strippable(words[start] as string)) {
    if (ROLE.test(words[start] as string) || HONORIFIC.test(words[start] as string)) title = words[start];
    start++;
  }
  // "der Dortmunder Abwehrspieler Weigl": a role inside the run announces what follows it.
  const role = words.findLastIndex((word, i) => i >= start && i < words.length - 1 && ROLE.test(word));
  if (role >= start) {
    title = words[role];
    start = role + 1;
  }
  // "expresidenta de Brasil Dilma Rousseff": after "de", the first word of a longer run is the place.
  const rest = words.slice(PARTICLE.test(before) && words.length - start >= 3 ? start + 1 : start);
  while (rest.length && PARTICLE.test(rest[rest.length - 1] as string)) rest.pop();
  const cued = title !== undefined || ROLE.test(before) || HONORIFIC.test(before) || SPEECH.test(before);
  // "en el Santiago Bernabéu", "Santa Margherita Ligure", "Santiago de Compostela": places, not people.
  const lead = words.slice(0, start);
  const plain =
    !ARTICLE.test(before) &&
    !lead.some((w) => ARTICLE.test(w) || NOT_A_NAME.test(w)) &&
    !rest.some((w) => PARTICLE.test(w));
  return {
    words: rest,
    cued,
    plain,
    initial: before === '' && start === 0,
    ...(title ? { title } : {}),
    // Only right before the name: "the minister The Spanish government" announces no one.
    ...(ROLE.test(before) && start === 0 ? { roleBefore: before } : {}),
  };
}

// Modal verbs are function words, but surnames after a given name ("Theresa May", "Will Smith" aside).
const MODAL = /^(may|will|can)$/i;

/** True when the words can be a person's full name: no place or organisation word, not a plant. */
export function couldBeFullName(words: readonly string[]): boolean {
  const capitalised = words.filter((w) => !PARTICLE.test(w));
  return (
    capitalised.length >= 2 &&
    capitalised.length <= 4 &&
    !capitalised.some((w, i) => NOT_A_NAME.test(w) || (FUNCTION_WORD.test(w) && !(i > 0 && MODAL.test(w)))) &&
    !THINGS.test(words.join(' '))
  );
}

/**
 * People named in text of any Latin-script language, by rule: a run of two to four capitalised words that
 * starts with a known given name, or that a role or honorific announces, or whose last word the text
 * later uses alone ("Thorsten Kinhöfer" … "Kinhöfer"). Single words are short forms, folded later.
 */
export function namesByRule(
  paragraphs: readonly string[],
  options: { reuse: boolean; capitalisedNouns?: boolean; sportsCopy?: boolean },
): { full: { name: string; title?: string }[]; singles: string[]; mononyms: string[] } {
  const runs = paragraphs.flatMap((p) => nameRuns(p));
  const singles = runs.filter((r) => r.words.length === 1).map((r) => r.words[0] as string);
  const announced = runs.filter(
    (r) => couldBeFullName(r.words) && (r.cued || isGivenName(r.words[0] as string) || listedName(r)),
  );
  const surnames = new Set(announced.map((r) => r.words[r.words.length - 1]));
  const reused = options.reuse
    ? runs.flatMap((r) => {
        // A reused surname: given name + surname, or two given names + surname ("Lutz Michael Fröhlich"), never
        // a noun before a surname already named ("Körperteil Weigl") or a genitive ("Zwayers Auslegung").
        // "Even Donald Trump": an ordinary English word before a given name starts the sentence, not the name.
        const words =
          r.words.length === 3 && isGivenName(r.words[1] as string) && !ordinaryWord(r.words[0] as string)
            ? r.words
            : r.words.slice(-2);
        const [first = '', last = ''] = [words[0], words[words.length - 1]];
        const genitive = /s$/.test(first) && (singles.includes(first.slice(0, -1)) || surnames.has(first.slice(0, -1)));
        return !announced.includes(r) &&
          couldBeFullName(words) &&
          singles.includes(last) &&
          !surnames.has(last) &&
          !genitive
          ? [{ ...r, words }]
          : [];
      })
    : [];
  // A relative of a person the text names ("Arman Khan" … "Guddu Khan"): a capitalised word inside a sentence
  // before that surname. Not in German, whose nouns are capitalised ("Körperteil Weigl").
  const family = options.capitalisedNouns
    ? []
    : runs.filter(
        (r) =>
          !announced.includes(r) &&
          r.words.length === 2 &&
          r.plain === true &&
          !r.initial &&
          surnames.has(r.words[1]) &&
          couldBeFullName(r.words) &&
          !ordinaryWord(r.words[0] as string),
      );
  return {
    full: [...announced, ...reused, ...family].map((r) => ({
      name: r.words.join(' '),
      ...(r.title ? { title: r.title } : {}),
    })),
    singles,
    mononyms: runs
      .filter((r) => isMononym(r) || (options.sportsCopy === true && isSportsSurname(r)))
      .map((r) => r.words[0] as string),
  };
}

/** The players a line of sports copy names by surname alone (a headline: "Moura joins Spurs"). */
export const sportsSurnamesIn = (line: string): string[] =>
  nameRuns(line)
    .filter(isSportsSurname)
    .map((r) => r.words[0] as string);

// "League of Ireland club Limerick": what follows names a team.
const TEAM_NOUN = /^(club|clubs|side|team|outfit|franchise)$/i;
// Club words: "Town have completed the signing", "the United box".
const CLUB =
  /^(town|rovers|athletic|wanderers|albion|villa|palace|forest|hotspur|rangers|celtic|spurs|blues|reds|gunners|magpies)$/i;

/**
 * Sports copy names players by surname alone ("Dembele drags Lingard back", "Sanchez, Martial and Lukaku"),
 * often without ever giving the full name. There, one capitalised word that is not cued by an honorific, not
 * after an article, and that is a known surname or no English word at all (nor a given name, place,
 * organisation or club word) is a player. Only in copy filed under sport: elsewhere such words are brands
 * and places too often.
 */
const isSportsSurname = (run: NameRun) => {
  const word = run.words[0] as string;
  return (
    run.words.length === 1 &&
    run.plain === true &&
    run.title === undefined &&
    run.label !== true &&
    !TEAM_NOUN.test(run.before ?? '') &&
    word.length >= 3 &&
    !isGivenName(word) &&
    !NOT_A_NAME.test(word) &&
    !CLUB.test(word) &&
    (!(word.toLowerCase() in LEXICON) || /LastName/.test(LEXICON[word.toLowerCase()] ?? '')) &&
    !(nlp(word).has('(#Place|#Organization|#Demonym|#Month|#WeekDay)') as boolean) &&
    // Team nicknames are plural ("the Grizzlies and Suns"); plural surnames are in the lexicon ("Jones").
    !(nlp(word).has('#Plural') as boolean)
  );
};

/**
 * One word a role noun announces ("New Zealand singer Lorde", "the popstar Lorde"): a person known by one
 * name, even when the text names them once. Not a given name ("singer Taylor" is a short form), not an
 * ordinary English word, place or organisation word ("the leader Labour").
 */
const isMononym = (run: NameRun) =>
  run.words.length === 1 &&
  run.roleBefore !== undefined &&
  run.title === undefined &&
  !isGivenName(run.words[0] as string) &&
  !ordinaryWord(run.words[0] as string) &&
  !NOT_A_NAME.test(run.words[0] as string) &&
  !(nlp(run.words[0] as string).has('(#Place|#Organization)') as boolean);
