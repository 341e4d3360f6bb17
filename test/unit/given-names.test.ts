// The generated list of given names is what its script makes from the libraries' lists,
// so that it cannot drift from its sources or be edited by hand.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES_FILE, givenNamesModule, selectGivenNames } from '../../scripts/given-names.js';
import { GIVEN_NAMES } from '../../shared/domain/given-names.js';

describe('given names', () => {
  it('are exactly what `npm run lexicon:names` generates', () => {
    const names = selectGivenNames();
    expect(GIVEN_NAMES).toEqual(names);
    expect(readFileSync(GIVEN_NAMES_FILE, 'utf8')).toBe(givenNamesModule(names));
  });

  it('hold common names of every language and none of their common words', () => {
    for (const name of ['anna', 'lukas', 'giulia', 'lucia', 'joao', 'bram', 'pawel', 'aoife', 'mehmet', 'jiri']) {
      expect(GIVEN_NAMES).toContain(name);
    }
    for (const word of ['will', 'grace', 'may', 'mai', 'les', 'una', 'nur', 'uma', 'che', 'domingo', 'jesus']) {
      expect(GIVEN_NAMES).not.toContain(word);
    }
  });
});
