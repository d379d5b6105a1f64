import nlp from 'compromise';

// Word lists for finding names by rule in any Latin-script language. Kept short and measured by `npm run eval`.

/** Courtesy titles: before a name they mark a person; with a surname alone they are a short form ("Mr Ings"). */
export const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|dra|prof|sr|sra|srta|sir|dame|don|doña|dona|herr|frau|sig|sig\.ra|signor|signora|dott|mme|m|senhor|senhora)\.?$/i;

/** Role and kinship nouns that announce a name ("the UN special envoy Staffan de Mistura", "Bundeskanzler Friedrich Merz"). */
export const ROLE =
  /(^|-)(president[ea]?|präsident(in)?|ex-?president[ea]?|vicepresident[ea]|minister|ministerin|ministr[oa]|primeiro-ministro|premier|chancellor|kanzler(in)?|bundeskanzler(in)?|cancelliere|sindaco|alcalde(sa)?|prefeito|mayor|governor|governador|senator|senador|leader|líder|leder|ledare|partileder|partiledare|statsminister|envoy|veteran|star|popstar|singer|rapper|songwriter|footballer|striker|midfielder|goalkeeper|actor|actress|player|spieler|jogador|jugador|director|direttore|manager|coach|trainer|entrenador|allenatore|técnico|chairman|chairwoman|spokesman|spokeswoman|portavoz|sprecher(in)?|secretary|judge|lawyer|attorney|professor|designer|guide|heiress|model|host|comedian|writer|escritor|journalist|biologist|scientist|commissioner|speaker|founder|fundador|candidat[oa]|referee|schiedsrichter|schiri|experte?|chef|chefin|fraktionschef(in)?|kommunikationschef|assessor|deputad[oa]|abwehrspieler|king|queen|pope|papa|rey|reina|re|regina|relative|brother|sister|son|daughter|wife|husband|widow|bruder|schwester|sohn|tochter|witwe|hermano|hermana|hijo|hija|esposa|esposo|viuda|irmão|irmã|filho|filha|viúva|fratello|sorella|figlio|figlia|moglie|marito|vedova|slektning|bror|søster|sønn|datter|kone|ektemann|enke|släkting|syster|dotter|änka)$/i;

/** Lower-case words that join a name's parts ("Staffan de Mistura", "Luiz Inácio Lula da Silva"). */
export const PARTICLE = /^(de|da|do|dos|das|del|della|di|von|van|der|den|bin|al|du|le|la)$/;

/** Capitalised function words that start sentences ("El", "Die", "When"): stripped from the start of a run. */
export const FUNCTION_WORD =
  /^(the|el|la|los|las|il|lo|gli|le|der|die|das|den|dem|des|ein|eine|o|os|a|as|um|uma|en|et|och|og|i|på|av|em|no|na|por|para|con|mit|und|auch|nach|bei|wie|für|per|del|al|ha|é|es|ist|sind|war|after|when|while|but|and|in|on|at|of|for|to|with|from|by|as|if|more|yet|also|during|since|under|over|former|frühere|ex|an|how|why|what|who|where|which|whose|could|should|would|will|can|may|not|no|yes|this|that|these|those|his|her|their|our|my|its|latest|breaking|live|watch|video|photos|analysis|opinion|review|interview)$/i;

/** Words of places, organisations and events, not people ("Monte Bianco", "Real Madrid", "Douglas Fir"). */
export const NOT_A_NAME =
  /^(san|santa|santo|são|st|saint|sankt|monte|mount|lake|lago|rio|río|isla|isola|porto|puerto|port|fort|cape|real|palazzo|palácio|piazza|plaza|via|casa|banco|bank|copa|corte|court|nova|nuevo|novo|new|north|south|east|west|united|pacific|atlantic|arctic|central|western|eastern|northern|southern|grand|great|gran|national|nacional|federal|royal|dow|dom|pré|primeira|primera|prima|taça|liga|bundesliga|serie|league|cup|city|county|street|road|ward|hospital|university|college|school|foundation|fundação|fundación|fondazione|stiftung|ministry|ministerio|ministério|ministero|government|gobierno|governo|regierung|regjeringen|regeringen|museum|museo|museu|galleria|gallery|opera|theatre|theater|teatro|hotel|club|clube|arena|equipe|team|airport|station|stazione|church|chiesa|iglesia|igreja|cathedral|park|parque|parco|island|falls|fir|pine|oak|lace|house|library|index|report|act|day|week|news|times|post|award|awards|prize|festival|summit|games|party|partido|partito|union|council|committee|court|senate|congress|parliament|assembly)$/i;

/** Plants and things named like people; a name ending in one of the heads above is a thing too ("Douglas Fir"). */
export const THINGS =
  /^(sweet william|black-eyed susan|creeping charlie|queen anne|jack russell|bloody mary|tom collins|earl grey)$/i;

const firstNames = new Map<string, boolean>();

/** A given name compromise's lexicon knows (it covers many languages' common given names). */
export function isGivenName(word: string): boolean {
  let known = firstNames.get(word);
  if (known === undefined) {
    known = (nlp(word).has('#FirstName') as boolean) && !NOT_A_NAME.test(word) && !FUNCTION_WORD.test(word);
    firstNames.set(word, known);
  }
  return known;
}
