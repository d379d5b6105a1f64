import type { EventKind } from '../../domain/event.js';

const KIND_WORDS: [EventKind, RegExp][] = [
  ['SUMMIT', /\bsummits?\b|\bgipfel|\bcumbre|\bcúpula/i],
  ['ANNIVERSARY', /\banniversar|\bjubil|\baniversario|\bjahrestag|\bliberation day/i],
  ['ELECTION', /\belection|\bvote\b|\bballot|\bwahl|\belecci|\beleiç/i],
  [
    'CONFLICT',
    /\bwar\b|\binvasion|\bconflict|\bkrieg|\bguerra|\battack|\boffensive|\bmilitary exercise|\bmilitärövning/i,
  ],
  ['VISIT', /\bvisit|\bbesuch|\bvisita/i],
  ['MEETING', /\bmeeting|\bmet\b|\btalks\b|\bconference|\bpress conference|\baddress\b|\bspeech|\btreffen|\breunión/i],
  ['DISASTER', /\bearthquake|\bflood|\bhurricane|\bwildfire|\bshipwreck|\bcrash\b/i],
  ['SPORT', /\bolympic|\bworld cup|\bchampionship|\bderby|\bgrand prix/i],
  ['CULTURE', /\bfestival|\baward|\bpremiere|\bexhibition/i],
];

/** The kind an event's name suggests ("Summit in Hanoi" → SUMMIT); OTHER when nothing matches. */
export function classifyEventKind(name: string): EventKind {
  return KIND_WORDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'OTHER';
}

// Stricter than the kinds: a category is an event only when it names one ("State of the Union address"),
// not a topic ("Awards and prizes", "Military").
const EVENT_NAME =
  /\b(summit|address|election|olympics|world cup|war|anniversary|festival|championship|games|conference|referendum|inauguration|derby)\b/i;
const TOPIC_WORDS = /\b(and|news|politics|prizes)\b/i;

/** True when a name reads like one event (a category such as "State of the Union address"). */
export const namesAnEvent = (name: string): boolean => EVENT_NAME.test(name) && !TOPIC_WORDS.test(name);
