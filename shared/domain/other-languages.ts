// The EU's other languages (Finnish, Estonian, Hungarian, the Nordic, Slavic and Baltic ones, Romanian): which one a
// text is written in, by its stop words and its letters, and its frequent words that open sentences in capitals as given
// names would. And for every language the classifier tells: its most frequent words that are no names, and the words
// its spelling dictionary writes in lower case that are spelt as given names.
import { franc } from 'franc';
import { COMMON_WORDS } from './common-words.js';
import { GIVEN_NAME_WORDS } from './given-name-words.js';
import { allMatches } from './matches.js';
import { OTHER_LANGUAGE_WORDS } from './other-language-words.js';
import { addTo, czechOrSlovakNotPolish, fold, frequentWordLanguages, languageOf, memo, type TextScan } from './text-scan.js';

/** Each marker word with the languages it tells, and each frequent word that is a given name too with its languages. */
const MARKERS = new Map<string, string[]>();
const WORDS = new Map<string, string[]>();
for (const [language, { markers, words }] of Object.entries(OTHER_LANGUAGE_WORDS)) {
  for (const word of markers.split(' ')) addTo(MARKERS, word, language);
  for (const word of words.split(' ')) addTo(WORDS, word, language);
}

/** A field label's end right after a word: a colon or an equals sign (not a clock's "10:30", which follows digits). */
const FIELD_LABEL_END = /^[ \t]?[:=]/;

/** How much of a text's start tells its language. */
const LANGUAGE_REACH = 4000;

/** What a language's letters count for, as marker words; and the least score that tells a language. */
const LETTER_WEIGHT = 2;
const LEAST_SCORE = 1;

/** Letters that only some of the other languages write, and those languages (a text in one writes them in a few words). */
const LETTERS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[äöÄÖ]/, ['fi', 'sv', 'et']],
  [/[åÅ]/, ['sv', 'da', 'fi']],
  [/[æøÆØ]/, ['da']],
  [/[õÕ]/, ['et']],
  [/[őűŐŰ]/, ['hu']],
  [/[ěřůĚŘŮ]/, ['cs']],
  [/[ťďňŤĎŇ]/, ['cs', 'sk']],
  [/[ľĺŕĽĹŔ]/, ['sk']],
  [/[čšžČŠŽ]/, ['cs', 'sk', 'sl', 'hr', 'lt', 'lv']],
  [/[đĐ]/, ['hr']],
  // Not "â", "î": French and Portuguese write them too.
  [/[șțşţăȘȚŞŢĂ]/, ['ro']],
  [/[ėįųĖĮŲ]/, ['lt']],
  // Latvian writes "ū" too ("ūdens", holdout-938).
  [/[ūŪ]/, ['lt', 'lv']],
  [/[āēīķļņģĀĒĪĶĻŅĢ]/, ['lv']],
];

/**
 * The other language a text is written in: the one its start's marker words and letters tell most, more than the eight
 * languages' frequent words tell any of them ("Jos sinulla on kysyttävää", "Din luna mai lucrăm"); '' for a text in one
 * of the eight, or in none that its words tell.
 */
export function otherLanguageOf(scan: TextScan): string {
  return memo(scan, 'other-language', () => otherLanguageOfText(scan.text));
}

/** The other language a text's start is written in, as `otherLanguageOf` tells it: for a part of a longer text. */
export function otherLanguageOfText(whole: string): string {
  const text = whole.slice(0, LANGUAGE_REACH);
  // Czech and Slovak share "na", "i", "z", "do" with Polish: where they write their letters and no Polish ones,
  // those words tell no Polish.
  const noPolish = czechOrSlovakNotPolish(text);
  // Each language's score: its words, each by how many languages share it ("de" tells a quarter of French).
  const eight = new Map<string, number>();
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  for (const m of allMatches(/\p{L}+/gu, lower)) {
    const word = m[0];
    // A field's label, as a form or a structured export writes it ("produits[0].nom: Carafe", holdout-880): no word
    // of prose, and repeated with every record, so it would tell a language by itself ("nom" is Slovak's too).
    if (FIELD_LABEL_END.test(lower.slice(m.index + word.length, m.index + word.length + 3))) continue;
    const theirs = frequentWordLanguages(word);
    if (theirs)
      for (const language of theirs)
        if (!(noPolish && language === 'pl')) eight.set(language, (eight.get(language) ?? 0) + 1 / theirs.length);
    const languages = MARKERS.get(fold(word));
    if (languages) for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1 / languages.length);
  }
  const eightMost = Math.max(0, ...eight.values());
  // Letters count as much as two marker words, shared by the languages that write them.
  // German writes "ä", "ö" beside "ü" and "ß": they tell no Finnish, Swedish or Estonian there.
  const german = /[üßÜ]/.test(text);
  // Portuguese writes "õ" beside "ã" and "ç" ("Simões", "Praça", "betão"): there it tells no Estonian.
  const portuguese = /[ãçÃÇ]/.test(text);
  for (const [letters, languages] of LETTERS) {
    if (!letters.test(text) || (german && languages.includes('fi')) || (portuguese && languages.includes('et'))) continue;
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + LETTER_WEIGHT / languages.length);
  }
  let best = '';
  let most = 0;
  for (const [language, n] of counts) if (n >= LEAST_SCORE && n > eightMost && n > most) [best, most] = [language, n];
  // Greek and Bulgarian by their scripts; where the words or the letters point to another language at all, or the
  // eight's words tell none, the trigram model tells which, or that the text is in one of the eight (a Croatian log
  // read as Dutch, an Estonian one as no language, a Latvian one as Lithuanian, holdout-938; a German export with a
  // Croatian surname stays German). It costs about 0.3 ms a call; an eighth of the eval set's texts ask it.
  const script = scriptLanguage(text);
  if (script) return script;
  if (counts.size === 0 && eightMost >= LEAST_SCORE) return best;
  // Which of the other languages: the words' and the letters' where they told one, else the model's (close kin such
  // as Slovak and Slovene score alike on a short text's trigrams).
  const trigrams = trigramLanguage(text);
  return trigrams === undefined ? best : trigrams && (best || trigrams);
}

/** The EU's languages as franc's ISO 639-3 codes (Standard Estonian and Latvian among them), and the codes this file uses. */
const FRANC_CODES: Readonly<Record<string, string>> = {
  bul: 'bg',
  hrv: 'hr',
  ces: 'cs',
  dan: 'da',
  nld: 'nl',
  eng: 'en',
  ekk: 'et',
  fin: 'fi',
  fra: 'fr',
  deu: 'de',
  ell: 'el',
  hun: 'hu',
  ita: 'it',
  lvs: 'lv',
  lit: 'lt',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  slk: 'sk',
  slv: 'sl',
  spa: 'es',
  swe: 'sv',
};
const FRANC_ONLY = Object.keys(FRANC_CODES);
/** The eight languages the classifier reads with its own lists: a text in one is in no other language. */
/** The eight languages the classifier reads most closely. */
export const EIGHT: ReadonlySet<string> = new Set(['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt']);
/** How much of a text's start the trigram model reads, and the fewest letters it is asked about. */
const TRIGRAM_REACH = 2000;
const TRIGRAM_LEAST = 40;

/**
 * The EU language franc's trigram model tells for a text: one of the other languages, '' for one of the eight, undefined
 * where it tells none (too short, or no letters it knows).
 */
function trigramLanguage(text: string): string | undefined {
  const sample = text.slice(0, TRIGRAM_REACH);
  if ((sample.match(/\p{L}/gu) ?? []).length < TRIGRAM_LEAST) return undefined;
  const language = FRANC_CODES[franc(sample, { only: FRANC_ONLY, minLength: TRIGRAM_LEAST })];
  if (language === undefined) return undefined;
  return EIGHT.has(language) ? '' : language;
}

/** Letters of the Greek and the Cyrillic scripts: the EU writes Greek, and Bulgarian, in them. */
const ANY_GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]/u;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
/** Greek or Bulgarian where most of a text's letters are in their script; else ''. */
function scriptLanguage(text: string): string {
  if (!ANY_GREEK_OR_CYRILLIC.test(text)) return '';
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return '';
  if ((text.match(GREEK) ?? []).length * 2 > letters) return 'el';
  if ((text.match(CYRILLIC) ?? []).length * 2 > letters) return 'bg';
  return '';
}

/**
 * Whether a capitalised word that is a given name too ("Jos", "Tai", "Din", "Majd") is rather a frequent word of the
 * language the text is written in, opening its sentence or a line: Finnish "Jos sinulla on kysyttävää" (if you have
 * questions), Swedish "Din beställning" (your order). Not after a word in lower case, where a name stands mid-sentence.
 */
export function otherLanguageWordAt(scan: TextScan, key: string, start: number): boolean {
  const languages = WORDS.get(key);
  if (!languages || afterLowerCaseWord(scan.text, start)) return false;
  return languages.includes(otherLanguageOf(scan));
}

/**
 * Whether a capitalised word opens a sentence of a text in another EU language and is no frequent word of it: there a
 * given name that is one of the eight languages' words is a name ("Mette har brækket armen", Italian "mette" aside).
 */
export function opensOtherLanguageSentence(scan: TextScan, key: string, start: number): boolean {
  const language = otherLanguageOf(scan);
  return language !== '' && !afterLowerCaseWord(scan.text, start) && !wordOfLanguage(key, language);
}

/** Whether a folded word is among the frequent words of `language` (one of the EU's other languages). */
export function wordOfLanguage(key: string, language: string): boolean {
  return WORDS.get(key)?.includes(language) ?? false;
}

/** The language a text is written in: one of the EU's other languages where its markers tell it, else one of the eight's. */
export const textLanguage = (scan: TextScan): string => otherLanguageOf(scan) || languageOf(scan);

/** A generated table of one string of words per language, read as sets, each made on first use; none for a language it lacks. */
function wordSets(table: Readonly<Record<string, string>>): (language: string) => ReadonlySet<string> {
  const sets = new Map<string, ReadonlySet<string>>();
  const none: ReadonlySet<string> = new Set();
  return (language) => {
    const words = table[language];
    if (words === undefined) return none;
    const known = sets.get(language);
    if (known) return known;
    const set = new Set(words.split(' '));
    sets.set(language, set);
    return set;
  };
}

/** A language's thousand most frequent words, less the names (`common-words.ts`); none for '' (no language told). */
export const commonWordsOf = wordSets(COMMON_WORDS);
/** Whether a word in lower case is among the thousand most frequent of one of the eight languages (names left out). */
export const frequentInLanguages = (word: string): boolean => [...EIGHT].some((language) => commonWordsOf(language).has(word));

/** A dictionary language's words in lower case that are spelt as given names (`given-name-words.ts`). */
const dictionaryWordsOf = wordSets(GIVEN_NAME_WORDS);

/**
 * Whether a given name typed in lower case is a word of the text's language, as its spelling dictionary has it in lower
 * case ("leen" in Dutch, "nya" in Swedish) or among its frequent words: then it tells no one by itself. Where the
 * language is not told (''), a word of any of them.
 */
export function givenNameIsWord(name: string, language: string): boolean {
  const word = name.toLowerCase();
  const key = fold(word);
  if (language === '')
    return (
      Object.keys(GIVEN_NAME_WORDS).some((code) => dictionaryWordsOf(code).has(word)) ||
      WORDS.has(key) ||
      frequentWordLanguages(word) !== undefined
    );
  // In one of the EU's other languages, also a frequent word of any of them that a given name spells ("din", "jos").
  return (
    dictionaryWordsOf(language).has(word) ||
    (frequentWordLanguages(word)?.includes(language) ?? false) ||
    (language in OTHER_LANGUAGE_WORDS && WORDS.has(key))
  );
}

/** Whether a word in lower case stands before `start` on its line, a comma maybe between: the word stands mid-sentence. */
export const afterLowerCaseWord = (text: string, start: number) =>
  /\p{Ll}[,;]?[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start));

/**
 * Case endings of the languages that decline given names, each with the nominative ending it replaces ('' where the
 * ending is added to the nominative): Finnish "Martinille", "Liisalle", Estonian "Kadrile", "Tõnuga", Hungarian
 * "Gábort", "Katának", Lithuanian "Tomui", "Rasai", Latvian "Jānim", "Līgai". Folded, as the given names are.
 */
// biome-ignore format: a word table reads best packed
const CASE_ENDINGS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  fi: ['lle', 'lla', 'lta', 'ssa', 'sta', 'ksi', 'na', 'n', 'a', 'ta', 'han', 'hin', 'sen', 'kin'].map((e) => [e, '']),
  et: ['le', 'l', 'lt', 'ga', 'ni', 'ks', 'st', 'sse', 's', 'ta', 'd', 'i'].map((e) => [e, '']),
  hu: [
    't', 'ot', 'et', 'at', 'nak', 'nek', 'val', 'vel', 'al', 'el', 'hoz', 'hez', 'tol', 'rol', 'ban', 'ben', 'nal', 'nel',
    'ert', 'on', 'en', 'ra', 're', 'ba', 'be', 'ig', 'ek', 'tal', 'tel',
  ].map((e) => [e, '']),
  lt: [
    ['ui', 'as'], ['u', 'as'], ['o', 'as'], ['a', 'as'], ['iui', 'ius'], ['iaus', 'ius'], ['iu', 'ius'], ['iui', 'is'],
    ['io', 'is'], ['i', 'is'], ['ai', 'a'], ['os', 'a'], ['a', 'a'], ['ei', 'e'], ['es', 'e'], ['e', 'e'],
  ],
  lv: [
    ['im', 'is'], ['i', 'is'], ['am', 's'], ['u', 's'], ['a', 's'], ['ai', 'a'], ['as', 'a'], ['u', 'a'], ['ei', 'e'],
    ['es', 'e'],
  ],
  // The Slavic languages' and Greek's cases of a given name, to its nominative (session 54's probe of chats naming a
  // colleague: "za Honzu", "za Maroša", "zamenjaš Žigo", "zastąpić Kubę", "τον Κώστα"): a man's consonant stem, a name in
  // "-a" (a woman's, or a familiar man's: Honza, Kuba, Žiga), a name in "-ek" (Tomek, Marek) and in "-o" (Marko).
  cs: [
    ['ovi', ''], ['em', ''], ['a', ''], ['u', ''], ['e', ''], ['ovi', 'a'], ['ou', 'a'], ['u', 'a'], ['y', 'a'], ['e', 'a'],
    ['o', 'a'], ['ka', 'ek'], ['kovi', 'ek'], ['kem', 'ek'], ['ku', 'ek'], ['i', 'e'],
  ],
  sk: [
    ['ovi', ''], ['om', ''], ['a', ''], ['u', ''], ['ovi', 'a'], ['ou', 'a'], ['u', 'a'], ['y', 'a'], ['e', 'a'], ['o', 'a'],
    ['ka', 'ek'], ['kovi', 'ek'], ['kom', 'ek'],
  ],
  sl: [['u', ''], ['om', ''], ['em', ''], ['a', ''], ['o', 'a'], ['e', 'a'], ['i', 'a'], ['ra', 'er'], ['ru', 'er'], ['rom', 'er']],
  hr: [
    ['u', ''], ['om', ''], ['em', ''], ['a', ''], ['e', ''], ['a', 'o'], ['u', 'o'], ['om', 'o'], ['u', 'a'], ['e', 'a'],
    ['i', 'a'],
  ],
  pl: [
    ['e', 'a'], ['y', 'a'], ['ie', 'a'], ['i', 'a'], ['a', ''], ['owi', ''], ['em', ''], ['u', ''], ['ka', 'ek'],
    ['kowi', 'ek'], ['kiem', 'ek'], ['ku', 'ek'],
  ],
  // Not Greek's genitive "-ου": most Greek surnames are written so ("Μαρία Γεωργίου").
  el: [['α', 'ας'], ['η', 'ης'], ['ο', 'ος'], ['ε', 'ος']],
};

/**
 * The given name a capitalised word of a text in Finnish, Estonian, Hungarian, Lithuanian or Latvian declines, by
 * `isName` (the given names' list): the word less its case ending, maybe less the stem's linking vowel ("Martin-i-lle")
 * or with the consonant that Finnish halves ("Mikon", Mikko) or Hungarian doubles ("Péter-rel") restored. Only endings
 * of `shortestEnding` letters or more where a word of one letter more is too often a word ("ilman" is no Ilma's).
 */
export function declinedGivenName(
  word: string,
  language: string,
  isName: (name: string) => boolean,
  shortestEnding = 1,
): string | undefined {
  const endings = CASE_ENDINGS[language];
  if (!endings) return undefined;
  const folded = fold(word);
  for (const [ending, nominative] of endings) {
    if (ending.length < shortestEnding || !folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    const stem = folded.slice(0, folded.length - ending.length);
    const candidates = [stem + nominative];
    if (nominative === '') {
      // A linking vowel before the ending (Finnish and Estonian "Martin-i-lle", "Martin-i-le").
      if ((language === 'fi' || language === 'et') && (stem.endsWith('i') || stem.endsWith('e')))
        candidates.push(stem.slice(0, -1));
      // Estonian names in "-t" decline on "-d" and a vowel: "Priiduga" is with Priit, "Tiidule" to Tiit.
      if (language === 'et' && /d[aeiu]$/.test(stem)) candidates.push(`${stem.slice(0, -2)}t`);
      // Finnish consonant gradation: "Mikon" is Mikko's, "Matin" Matti's.
      if (language === 'fi' && /[kpt][aeiouy]$/.test(stem)) candidates.push(`${stem.slice(0, -1)}${stem.at(-2)}${stem.at(-1)}`);
      // Hungarian "-val", "-vel" take the name's last consonant, doubled ("Péterrel", "Gáborral").
      if (language === 'hu' && (ending === 'al' || ending === 'el') && /([^aeiou])\1$/.test(stem))
        candidates.push(stem.slice(0, -1));
    }
    for (const name of candidates) if (name.length >= 3 && isName(name)) return name;
  }
  return undefined;
}

/** The languages whose cases `declinedGivenName` knows that capitalise more than names mid-sentence (places, titles, choirs). */
export const SLAVIC_OR_GREEK = new Set(['cs', 'sk', 'sl', 'hr', 'pl', 'el']);
/**
 * A place's word in those languages, its case endings after it: what is named after it is the place ("na plažama Lone
 * i Mulini", holdout-1127; "w parku Jordana", "na ostrově Kampa", "στην παραλία Μύρτου").
 */
const PLACE_NOUN_BEFORE =
  /(?<![\p{L}])(?:plaž\p{L}*|plaż\p{L}*|pláž\p{L}*|park\p{L}*|otok\p{L}*|ostrov\p{L}*|wysp\p{L}*|jezer\p{L}*|jazer\p{L}*|jezior\p{L}*|rijek\p{L}*|rzek\p{L}*|ulic\p{L}*|trg\p{L}*|námest\p{L}*|náměst\p{L}*|zaliv\p{L}*|uval\p{L}*|zátok\p{L}*|zatok\p{L}*|παραλί\p{L}*|πάρκ\p{L}*|νησ\p{L}*|λίμν\p{L}*|πλατεί\p{L}*)[,;]?[ \t]+$/iu;
/**
 * Where a declined name of those languages may stand: after a word all in lower case (not "Gorzkie Żale", "Królestwo
 * Eldoru", "Strýčka Váňu", a title's words) that is no place's word, and the word itself none of the language's frequent
 * words ("na Nové scéně").
 */
export const slavicNameMayStand = (text: string, start: number, word: string, language: string): boolean => {
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    /(?<![\p{L}])\p{Ll}+[,;]?[ \t]+$/u.test(before) &&
    !PLACE_NOUN_BEFORE.test(before) &&
    !commonWordsOf(language).has(word.toLowerCase())
  );
};
/** The letters Finnish, Estonian, Hungarian, the Baltic and Slavic languages and Greek write that most of the eight languages do not. */
const DECLINING_LETTERS = /[äöõőűėįųūāēīķļņģÄÖÕŐŰĖĮŲŪĀĒĪĶĻŅĢěščřžůťďňľĺŕôćđąęłśźżĚŠČŘŽŮŤĎŇĽĹŔÔĆĐĄĘŁŚŹŻ\u0370-\u03ff]/;
/** Frequent words of those languages written without such letters ("aga", "mutta", "hogy", "nem", "kad", "vai"). */
const DECLINING_WORDS =
  /(?<![\p{L}])(?:aga|ning|kui|pole|siis|mutta|kanssa|sitten|ovat|olen|hogy|egy|vagy|volt|nem|meg|csak|már|még|kad|yra|kaip|arba|jis|kas|vai|tas)(?![\p{L}])/iu;

/**
 * The language among those whose case endings `declinedGivenName` knows that a text is written in, or ''. Telling a
 * text's language reads all its words: only where its start writes those languages' letters or one of their frequent
 * words that the eight languages do not write.
 */
export function decliningLanguageOf(scan: TextScan): string {
  const head = scan.text.slice(0, LANGUAGE_REACH);
  if (!DECLINING_LETTERS.test(head) && !DECLINING_WORDS.test(head)) return '';
  const language = otherLanguageOf(scan);
  if (language in CASE_ENDINGS) return language;
  // Polish is one of the eight: `otherLanguageOf` tells none for it.
  return language === '' && languageOf(scan) === 'pl' ? 'pl' : '';
}
