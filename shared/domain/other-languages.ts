// The EU's other languages (Finnish, Estonian, Hungarian, the Nordic, Slavic and Baltic ones, Romanian): which one a
// text is written in, by its stop words, and its frequent words that open sentences in capitals as given names would.
import { OTHER_LANGUAGE_WORDS } from './other-language-words.js';
import { fold, isFrequentWord, memo, type TextScan } from './text-scan.js';

/** Each marker word with the languages it tells, and each frequent word that is a given name too with its languages. */
const MARKERS = new Map<string, string[]>();
const WORDS = new Map<string, string[]>();
for (const [language, { markers, words }] of Object.entries(OTHER_LANGUAGE_WORDS)) {
  for (const word of markers.split(' ')) MARKERS.set(word, [...(MARKERS.get(word) ?? []), language]);
  for (const word of words.split(' ')) WORDS.set(word, [...(WORDS.get(word) ?? []), language]);
}

/** How much of a text's start tells its language. */
const LANGUAGE_REACH = 4000;

/** Letters that only some of the other languages write, and those languages (a text in one writes them in a few words). */
const LETTERS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[äöÄÖ]/, ['fi', 'sv', 'et']],
  [/[åÅ]/, ['sv', 'da', 'fi']],
  [/[æøÆØ]/, ['da']],
  [/[õÕ]/, ['et']],
  [/[őűŐŰ]/, ['hu']],
  [/[ěřůĚŘŮ]/, ['cs']],
  [/[ľĺŕôĽĹŔÔ]/, ['sk']],
  [/[čšžČŠŽ]/, ['cs', 'sk', 'sl', 'hr', 'lt', 'lv']],
  [/[đĐ]/, ['hr']],
  [/[șțşţăâîȘȚŞŢĂÂÎ]/, ['ro']],
  [/[ėįųūĖĮŲŪ]/, ['lt']],
  [/[āēīķļņģĀĒĪĶĻŅĢ]/, ['lv']],
];

/**
 * The other language a text is written in: the one whose marker words its start holds most, as many as the eight
 * languages' frequent words, and two at least, or one where the text writes that language's letters ("Jos sinulla on
 * kysyttävää", "Din luna mai lucrăm"); '' for a text in one of the eight, or in none that its words tell.
 */
export function otherLanguageOf(scan: TextScan): string {
  return memo(scan, 'other-language', () => {
    const text = scan.text.slice(0, LANGUAGE_REACH);
    const counts = new Map<string, number>();
    let eight = 0;
    for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      const word = m[0];
      if (isFrequentWord(word)) eight++;
      const languages = MARKERS.get(fold(word));
      if (languages) for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
    // German writes "ä", "ö" beside "ü" and "ß": no Finnish, Swedish or Estonian.
    const german = /[üßÜ]/.test(text);
    const lettered = new Set(LETTERS.flatMap(([letters, languages]) => (letters.test(text) ? languages : [])));
    let best = '';
    let most = 0;
    for (const [language, n] of counts) {
      const enough = n >= 2 || (lettered.has(language) && !(german && language !== 'et'));
      if (enough && n >= eight && n > most) [best, most] = [language, n];
    }
    return best;
  });
}

/**
 * Whether a capitalised word that is a given name too ("Jos", "Tai", "Din", "Majd") is rather a frequent word of the
 * language the text is written in, opening its sentence or a line: Finnish "Jos sinulla on kysyttävää" (if you have
 * questions), Swedish "Din beställning" (your order). Not after a word in lower case, where a name stands mid-sentence.
 */
export function otherLanguageWordAt(scan: TextScan, key: string, start: number): boolean {
  const languages = WORDS.get(key);
  if (!languages) return false;
  if (/\p{Ll}[,;]?[ \t]+$/u.test(scan.text.slice(Math.max(0, start - 24), start))) return false;
  return languages.includes(otherLanguageOf(scan));
}
