// General English words that signal what kind of thing a proper name is. None of them names a
// person, place or event: they are titles, institution heads and verbs, true of any book.
export const TITLES = new Set(("mr mrs ms miss dr doctor sir lord lady king queen emperor empress president general captain professor saint st pope prince princess " +
  "duke duchess count countess baron bishop archbishop cardinal father mother sister brother colonel major admiral chancellor sultan " +
  "viceroy governor senator judge justice rabbi reverend rev lieutenant sergeant marshal minister premier chairman secretary").split(" "));

export const ORG_HEADS = new Set(("party committee congress university college company council church society league bank army navy association union " +
  "ministry institute institution school court parliament government office department corporation commission academy assembly conference " +
  "federation foundation museum library hospital board bureau agency club guild order senate cabinet directorate tribunal " +
  "press times review journal laboratory observatory fund organization organisation trust group").split(" "));

// Heads of event names ("the Crimean War", "the Treaty of Paris"): neither people nor places.
export const EVENT_HEADS = new Set("war battle revolution treaty peace act rebellion revolt crisis siege campaign affair uprising reform reformation renaissance plague famine".split(" "));

export const PLACE_HEADS = new Set(("river sea ocean mountains mountain mount lake island islands bay gulf strait valley street road square bridge canal " +
  "province county city town village region district coast peninsula desert forest hills cape harbour harbor port").split(" "));

// Nouns after which "of X" or "in X" names a place.
export const PLACE_NOUNS = new Set("city town port village province capital region country district county state kingdom republic island coast".split(" "));

export const PLACE_PREPOSITIONS = new Set("in at near from into across through towards toward outside inside around throughout to via".split(" "));

// Verbs (lemmas) whose subject is, in expository prose, almost always a person.
export const PERSON_VERBS = new Set(("say write argue believe think die marry recall insist propose declare complain claim hope want learn study live " +
  "know feel decide refuse remark reply explain describe suggest admit deny fear remember travel resign speak tell ask compose paint publish " +
  "discover invent serve succeed inherit retire return visit meet sail preach teach persuade urge warn resolve defend attack praise criticise " +
  "criticize accuse denounce appoint elect marry bear born").split(" "));

// Kin: nouns that name a person by a family relation (one list for the lexicon and the definitions).
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  "wife husband son daughter father mother brother sister widow uncle aunt nephew niece grandson granddaughter".split(" "),
);

// Relations after "X's" that only a person has.
export const PERSON_RELATIONS = new Set([
  ...KIN_NOUNS,
  ..."death life career friend colleague birthplace birth pupil teacher successor predecessor biographer".split(" "),
]);

export const MOTION_VERBS = new Set("move go travel sail return come flee emigrate send arrive leave depart fly march retreat escape migrate settle".split(" "));

export const LEADING_PRONOUNS = new Set(["he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "such"]);

// The names religious English gives the deity: a blank on one is guessed from the sentence's tone
// ("… always justifies His ways", "the word of ___") by a reader who never opened the book.
export const DEITY_NAMES = new Set("god providence heaven almighty deity creator lord".split(" "));
