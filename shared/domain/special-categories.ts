// GDPR Art. 9 special categories: lexicon hits count only when a person is in view, so an
// article about a disease stays non-personal while a sick note does not. Also the other
// document-wide signals: a writer speaking of themself, and confidentiality markers.
import { sexOfGivenName } from './given-name-genders.js';
import { BODY_WORDS, CITIES, INTERNAL_INQUIRY, SPECIAL_CATEGORIES, type SpecialCategory } from './lexicons.js';
import { allMatches } from './matches.js';
import { GIVEN, surnameLike } from './names.js';
import { frequentInLanguages, otherLanguageOf } from './other-languages.js';
import { CELL_DELIMITERS, cellsUnder, columnAt, headerOfCellAt, newTableCache } from './tables.js';
import {
  eitherCase,
  fold,
  type Hit,
  hitBetween,
  hitsAt,
  isFrequentWord,
  languageNear,
  memo,
  near,
  paragraphAround,
  type TextScan,
  wordAt,
} from './text-scan.js';
import { mayMatchFrom, textMatches } from './word-gate.js';

export type { SpecialCategory } from './lexicons.js';

const FAMILIES = SPECIAL_CATEGORIES.map((category) => [category, `special:${category}`, `special-field:${category}`] as const);

/** Parties whose names are words too, capitalised where a sentence opens: "we can", "to add", "enough", "binds". */
const WORD_PARTIES = new Set(['Podemos', 'Sumar', 'Chega', 'Lega', 'Junts', 'Compromís']);
/** A word in lower case right before, in the same sentence. */
const WORD_OF_SENTENCE_BEFORE = /\p{Ll}[ \t]+$/u;

/** Lithium's words: a mood stabiliser, or a battery's metal where the text speaks of batteries. */
const LITHIUM = new Set(['lithium', 'litio']);

/**
 * A person's role as a field's label, its colon after the word ("Autista:"), where a term's stem only begins the word:
 * not a term's whole word, which says what the person is ("Doente: Ana Costa", a patient).
 */
function roleLabel(scan: TextScan, hit: Hit): boolean {
  if (!scan.byFamily.has('person-role')) return false;
  const label = /^([\p{L}'’-]+)[ \t]*:/u.exec(scan.text.slice(hit.start, hit.start + 40));
  if (!label || hit.start + (label[1] as string).length <= hit.end) return false;
  return hitsAt(scan, hit.start).some((role) => role.family === 'person-role');
}
/**
 * A capitalised surname at `at` right after a capitalised given name, one space apart ("Duarte ▸Mesquita", a mosque; "Federica
 * ▸Zanetti"): the whole word there is a surname by the lists or its ending, not a German noun after a name ("Emirs
 * Erdnussallergie").
 */
const WORD_BEFORE = /(\p{Lu}[\p{Ll}'’-]+) $/u;
export function givenNameBefore(text: string, at: number, anyCapitalised?: () => boolean): boolean {
  if (!/^\p{Lu}/u.test(text[at] ?? '')) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  if (before === undefined || !GIVEN.has(fold(before))) return false;
  if (anyCapitalised?.()) return true;
  return surnameLike(fold(wordAt(text, at)));
}
/**
 * A capitalised term that is the surname of someone the text names in full elsewhere, the same word right after a given
 * name there ("Exposição de Inês Quaresma … Quaresma, nascida em 1979", Lent, holdout-885): the name's again.
 */
export function surnameNamedElsewhere(text: string, at: number, anyCapitalised?: () => boolean): boolean {
  if (!/^\p{Lu}/u.test(text[at] ?? '')) return false;
  const word = wordAt(text, at);
  for (let other = text.indexOf(word); other >= 0; other = text.indexOf(word, other + 1))
    if (other !== at && wordAt(text, other) === word && givenNameBefore(text, other, anyCapitalised)) return true;
  return false;
}
/**
 * Whether the term at `at` is a surname, the name's and no term: right after a given name, or the same word after a
 * given name where the text names its bearer in full ("Inês Quaresma … Quaresma, nascida em 1979"), any capitalised word
 * so placed counting where the language writes its nouns in lower case (`surnamesAnyWord`).
 */
export function surnameAt(scan: TextScan, at: number): boolean {
  const anyCapitalised = () => surnamesAnyWord(scan, at);
  return givenNameBefore(scan.text, at, anyCapitalised) || surnameNamedElsewhere(scan.text, at, anyCapitalised);
}
/**
 * Where a capitalised word after a given name is a surname whatever it means: in a language that writes its nouns in
 * lower case and its headings so ("Marta Quaresma", Lent, holdout-811). Not German, which capitalises every noun, nor
 * English, whose headings capitalise every word ("Anna Sick Leave").
 */
export function surnamesAnyWord(scan: TextScan, at: number): boolean {
  const language = languageNear(scan, at);
  return language !== 'de' && language !== 'en' && language !== '';
}

/**
 * Everyday words of the EU's languages that the scan, folding case and accents, reads as a special category's term or
 * as a word one of its stems begins, in lower case as they are written, with the languages they are everyday words in
 * (none: every language's, the term being written otherwise). "*" ends a prefix. German "Kraft" (force: "tritt in
 * Kraft"; Danish "kræft", cancer), Czech "kolik" (how much; German "Kolik", colic), Finnish "missä" (where) and Swedish
 * "missa" (to miss; a mass), Swedish "stämmer" and Danish "stammer" (is right, comes from; to stammer), Estonian
 * "sünnipäev" (a birthday; Sunni), Hungarian "halál" (death; halal) and "megmutat" (to show; "megműtötték", operated
 * on), Latvian and Lithuanian "kur" (where; a German "Kur"), Portuguese "sinto" (I feel; a Sinto) and "chora" (cries),
 * Polish "trudna" (difficult; Croatian pregnant) and "kurde" (a mild oath; a Kurd), Italian "autista" (a driver),
 * "romani" (Romans), "opere" (works; French "opéré") and "ripulire" (to clean up; Finnish diarrhoea), Danish "støtter"
 * (supports; German "stottern"), Slovak "samú" (alone; French "SAMU"), "misiu" (a mission; Lithuanian "mišių", masses)
 * and "prehľad" (an overview; Slovene "prehlad", a cold), English
 * "hospitality", "cure" and "syndicate". Found by reading every special term against each EU language's 10,000 most
 * frequent words (`npm run lexicon:collisions`); the rest of what that finds are terms in that language too ("sairas",
 * "sjuk", "syg", "haige", "beteg": sick).
 */
export const EVERYDAY_NON_TERMS: readonly (readonly [string, readonly string[]])[] = [
  ['kraft', []],
  ['kraften', []],
  ['kolik', ['cs', 'sk', 'sl', 'hr']],
  ['kolika', ['hr', 'sl']],
  ['koliki', []],
  ['koliko', []],
  ['kolikor', []],
  ['kolikrát', []],
  ['kolikokrat', []],
  ['missä', []],
  ['missa', ['sv', 'fi']],
  ['stämmer', []],
  ['stammer', ['da']],
  ['sünni*', []],
  ['sunnib', []],
  ['sunnitud', []],
  ['halál*', []],
  ['megmuta*', []],
  ['kur', ['lv', 'lt']],
  ['sinto', ['pt']],
  ['sinto-*', []],
  ['chora', ['pt']],
  ['trudna', ['pl']],
  ['kurde', ['pl']],
  ['autista', ['it']],
  ['autisti', ['it']],
  ['romani', ['it']],
  ['opere', []],
  ['ripulir*', []],
  ['ripulit*', []],
  ['ripulisc*', []],
  ['ripulend*', []],
  ['hospitalit*', []],
  ['hospitalid*', []],
  ['cure', []],
  ['hindurch', []],
  ['syndicate*', []],
  ['syndicati*', []],
  ['gravidade', []],
  ['urazit', []],
  ['urazil*', []],
  ['urážk*', []],
  ['urážliv*', []],
  ['narazen', []],
  ['odboru', []],
  ['compromis', []],
  ['forsa', []],
  ['astme', ['et']],
  ['lause', []],
  ['samu', ['cs', 'sk', 'sl', 'et']],
  ['samú', []],
  ['misiu', []],
  ['støtte*', []],
  ['prehľad*', []],
  ['tose', ['lt']],
  ['lek', ['sv', 'nl']],
  ['kila', []],
  ['bidt', ['da']],
  ['tosse', ['da']],
  ['malade', ['sv']],
];
const EVERYDAY_WORDS = new Map(EVERYDAY_NON_TERMS.filter(([w]) => !w.endsWith('*')));
const EVERYDAY_PREFIXES = EVERYDAY_NON_TERMS.filter(([w]) => w.endsWith('*')).map(([w, l]) => [w.slice(0, -1), l] as const);
/**
 * The languages a word in lower case, as written, is an everyday word of by `EVERYDAY_NON_TERMS` (empty: every
 * language's), or undefined where it is none.
 */
export const everydayLanguages = (word: string): readonly string[] | undefined =>
  EVERYDAY_WORDS.get(word) ?? EVERYDAY_PREFIXES.find(([prefix]) => word.startsWith(prefix))?.[1];
/**
 * Whether the term's whole word, as written, is an everyday word of the text's language (`EVERYDAY_NON_TERMS`). A phrase
 * that goes on past the word is the term's ("cure thermale", "chora na raka").
 */
function everydayWord(scan: TextScan, hit: Hit): boolean {
  const word = wordAt(scan.text, hit.start).toLowerCase();
  if (hit.end > hit.start + word.length) return false;
  const languages = everydayLanguages(word);
  if (languages === undefined) return false;
  if (languages.length === 0) return true;
  return languages.includes(languageNear(scan, hit.start)) || languages.includes(otherLanguageOf(scan));
}
/**
 * A capitalised term that is a given name too, right before a capitalised surname or right after a greeting ("Dolores
 * Fuentes", "Hi Asma,", "Salut Nicu,"): the name's.
 */
const SURNAME_AFTER = /^[\p{L}'’-]+ (\p{Lu}[\p{Ll}'’-]+)/u;
function givenNameAt(scan: TextScan, at: number): boolean {
  const { text } = scan;
  if (!/^\p{Lu}/u.test(text[at] ?? '') || !GIVEN.has(fold(wordAt(text, at)))) return false;
  const greeted = (scan.byFamily.get('salutation') ?? []).some(
    (hit) => hit.end <= at && at - hit.end <= 3 && /^[ \t]+$/.test(text.slice(hit.end, at)),
  );
  if (greeted) return true;
  const surname = SURNAME_AFTER.exec(text.slice(at, at + 60))?.[1];
  return surname !== undefined && surnameLike(fold(surname));
}
/**
 * Counts terms per category, and values of the fields and columns that ask for one; only
 * those starting in [from, to) (a window's own region).
 */
export function findSpecialCategoryTerms(scan: TextScan, from = 0, to = scan.text.length): Map<SpecialCategory, number> {
  const found = new Map<SpecialCategory, number>();
  // A vet's bill or record: its patient is an animal ("Pacjent: pies … Szczepienie", "Patient: Biscuit (Labrador …)"),
  // its treatments no one's health; not where the writer speaks of themself ("ich muss mit dem Hund zum Tierarzt und
  // bin krankgeschrieben").
  const veterinary =
    ((scan.byFamily.has('veterinary') && scan.byFamily.has('animal')) || scan.byFamily.has('animal-breed')) &&
    !writerSpeaks(scan);
  for (const [category, family, fieldFamily] of FAMILIES) {
    if (category === 'health' && veterinary) continue;
    let count = 0;
    for (const hit of scan.byFamily.get(family) ?? []) {
      if (hit.start < from || hit.start >= to) continue;
      // Anyone's, asked of the readers ("if anyone has an allergy, tell me", "si alguien tiene alguna alergia",
      // holdout-859): no one's.
      if (anyonesTerm(scan.text, hit)) continue;
      // An everyday word of the language the text is written in that spells a term ("Kolik bude rekonstrukce stát?",
      // Czech "how much", not colic, holdout-926; "sinto muito", Portuguese "I feel", no Sinto).
      if (everydayWord(scan, hit)) continue;
      // A given name before its surname or after a greeting ("Dolores Fuentes llega mañana", "Hi Asma,").
      if (givenNameAt(scan, hit.start)) continue;
      // An animal's, a vet or an animal told in the term's sentence ("Quick update from the vet – Biscuit has an ear
      // infection", "unsere Katze hat Diabetes und bekommt Insulin", holdout-856).
      if (category === 'health' && animalsOwn(scan, hit)) continue;
      // A biometric photo or passport asked for is a document's format, not someone's biometric data ("bringen Sie ein
      // biometrisches Passfoto mit", "photo biométrique", "biometric passport").
      if (category === 'biometric' && documentFormat(scan.text, hit)) continue;
      // Lithium in a text about batteries is their metal, not a mood stabiliser ("Ten years of lithium").
      if (category === 'health' && LITHIUM.has(hit.phrase) && scan.byFamily.has('battery')) continue;
      // A hospital as someone's employer, after the employer's label on its line (holdout-377: "Empresa: Hospital
      // Universitario Virgen Macarena"), is where they work.
      if (
        category === 'health' &&
        HOSPITALS.has(hit.phrase) &&
        EMPLOYER_BEFORE.test(scan.text.slice(Math.max(0, hit.start - 80), hit.start))
      )
        continue;
      // … or in a table's column of where people work ("workplace", "Arbeitgeber", "miejsce pracy": a union's or an
      // employer's list of staff, "Sarah Kettle,Northgate Hospital", holdout-1135).
      if (
        category === 'health' &&
        (HOSPITAL_WORD.test(hit.phrase) || carePlace(hit.phrase)) &&
        EMPLOYER_COLUMN.test(headerOfCellAt(scan.text, hit.start, CELL_DELIMITERS) ?? '')
      )
        continue;
      // … or a hospital's office or its running, its headline's too ("nuevo gerente del Hospital Comarcal", "la gestión
      // económica del Hospital de Barbastro", "director of the Royal Infirmary", holdout-862): whom it is run by.
      if (category === 'health' && runByItsOffice(scan, hit)) continue;
      // … or where someone works a shift or a duty ("mam dyżur w szpitalu do rana", "Nachtdienst im Krankenhaus",
      // "a night shift at the hospital", holdout-639).
      if (
        category === 'health' &&
        HOSPITAL_WORD.test(hit.phrase) &&
        DUTY_BEFORE.test(scan.text.slice(Math.max(0, hit.start - 40), hit.start))
      )
        continue;
      // … or where the sentence says someone works there ("Seit 2018 arbeite ich auf einer internistischen Station des
      // Klinikums Nürnberg", a nurse's application, holdout-765), not where they were taken in after it.
      if (category === 'health' && (HOSPITAL_WORD.test(hit.phrase) || carePlace(hit.phrase)) && worksThere(scan.text, hit.start))
        continue;
      // The last word of an organisation's name after "the" ("joins from the Thames Valley Air Ambulance", holdout-873).
      if (category === 'health' && endsOrganisationName(scan.text, hit)) continue;
      // A role's label that begins like a term ("Autista: Luca Marini", the Italian driver, not autism): a field's label.
      if (roleLabel(scan, hit)) continue;
      // Allergens are substances a menu or a label lists ("Allergene auf Nachfrage", "Spørg om allergener"), no one's
      // allergy.
      if (category === 'health' && ALLERGEN.test(scan.text.slice(hit.start, hit.start + 12))) continue;
      // A sport's handicap: a golfer's by its number ("Handicap: 14", "hcp 18"), a race's by its kind ("Corsa 3 – Premio
      // Chiara Luce (1.600 m, handicap)", holdout-614); not "portatore di handicap", "en situation de handicap".
      if (category === 'health' && hit.phrase === 'handicap' && sportsHandicap(scan.text, hit)) continue;
      // A surname that is a term too, right after a given name ("Duarte Mesquita", a mosque; "Maria Krebs"): the name's.
      if (surnameAt(scan, hit.start)) continue;
      // A square or a street named after an event by its letters ("Námestie SNP 4", the Slovak National Uprising,
      // holdout-1045): an address, no party.
      if (category === 'political-opinion' && STREET_WORD_BEFORE.test(scan.text.slice(Math.max(0, hit.start - 16), hit.start)))
        continue;
      // A party named by a word is the party only after a word of its sentence ("vota a Podemos", "o meu pai vota no
      // Chega"), not opening a sentence or after a greeting ("Podemos passar a reunião para as 15h?", "Hola Marta,
      // Podemos vernos mañana").
      if (
        category === 'political-opinion' &&
        WORD_PARTIES.has(hit.phrase) &&
        !WORD_OF_SENTENCE_BEFORE.test(scan.text.slice(Math.max(0, hit.start - 24), hit.start))
      )
        continue;
      count += 1;
    }
    for (const hit of scan.byFamily.get(fieldFamily) ?? [])
      for (const at of fieldValues(scan, hit)) if (at >= from && at < to) count += 1;
    for (const reading of DERIVED[category] ?? []) count += reading(scan, from, to);
    if (count > 0) found.set(category, count);
  }
  return found;
}

/** A square's or a street's word right before a name: "Námestie", "nám.", "ulica", "ul.", "Platz", "plaza", "piazza". */
const STREET_WORD_BEFORE =
  /(?<![\p{L}])(?:námestie|nám\.|náměstí|ulica|ul\.|ulice|trieda|třída|nábrežie|nábřeží|square|platz|plaza|place|piazza|praça|plein|plac|trg|tér)[ \t]+$/iu;
/** A word for allergens (the substances): "allergens", "Allergene", "allergènes", "alérgenos", "alergeny". */
const ALLERGEN = /^(?:allergen|allergèn|alérgen|alergen)/iu;
/** After a handicap's word: its number, as golf writes it ("Handicap: 14", "handicap 22,4"). */
const HANDICAP_NUMBER_AFTER = /^[ \t]*[:=]?[ \t]*[+-]?\d{1,2}(?:[.,]\d)?(?![\d.,]?\d)/;
/** A racecourse's words, which the person-name rules read too: a race card lists horses named like people. */
export const RACECOURSE_WORDS =
  'ippodromo|hippodrome|racecourse|rennbahn|galopprennbahn|trabrennbahn|hipódromo|renbaan|tor wyścigowy';
/** A sport's words in a text: golf, a race, a racecourse. */
const SPORTS = new RegExp(
  String.raw`(?<![\p{L}])(?:golf\p{L}*|stableford|${RACECOURSE_WORDS}|corsa|corse|race|races|rennen|course hippique|carrera|carreras|gonitwa|gonitwy|fantino|jockey|jinete|dżokej|tiercé)(?![\p{L}])`,
  'iu',
);
/** Whether a handicap's word is a sport's: its number after it, or a sport's words in the text. */
const sportsHandicap = (text: string, hit: { start: number; end: number }) =>
  HANDICAP_NUMBER_AFTER.test(text.slice(hit.end, hit.end + 12)) || SPORTS.test(text);

/**
 * A medicine someone takes, by its name and dose, after a verb of taking in its sentence or before a schedule ("Prende
 * già il Lasix da 25 mg al mattino", "she takes Eliquis 5 mg twice a day", "Euthyrox 50 µg 1-0-0"): the lexicon knows
 * the common medicines' names, not every brand.
 */
const DOSE =
  /(?<![\p{L}])\p{Lu}[\p{L}-]{2,}[ \t]+(?:(?:da|de|di|von|of)[ \t]+)?\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|ug|ml|IE|UI|I\.E\.)(?![\p{L}])/gu;
const TAKING_BEFORE =
  /(?<![\p{L}])(?:prende|prendo|prendere|assume|assumo|takes?|taking|took|nimmt|nehme|nehmen|genommen|prend|prends|prenait|toma|tomo|tomando|tomaba|tomar|neemt|neem|gebruikt|bierze|biorę|przyjmuje)(?![\p{L}])[^.!?\n]*$/iu;
const SCHEDULE_AFTER =
  /^[ \t,]*(?:1-0-[01]|0-0-1|1-1-1|al mattino|la sera|in the morning|daily|twice a day|once a day|täglich|morgens|abends|le matin|le soir|por la mañana|por la noche|'s ochtends|'s avonds|rano|wieczorem|de manhã|à noite)(?![\p{L}\d])/iu;
/** A dose's number and unit, which every DOSE ends with: most texts have none, and this is found much faster. */
const DOSE_UNIT = /\d[ \t]?(?:mg|mcg|µg|ug|ml|IE|UI|I\.E\.)(?![\p{L}])/gu;

function medicineTaken(text: string, from: number, to: number): number {
  DOSE_UNIT.lastIndex = from;
  if (!DOSE_UNIT.test(text)) return 0;
  let count = 0;
  // Only the window's doses: the search starts at its start and stops at its end, not at every dose of the text.
  DOSE.lastIndex = from;
  for (let m = DOSE.exec(text); m !== null && m.index < to; m = DOSE.exec(text)) {
    const end = m.index + m[0].length;
    if (TAKING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || SCHEDULE_AFTER.test(text.slice(end, end + 24)))
      count += 1;
  }
  return count;
}

/** "The" and one to four capitalised words right before a term: the term ends an organisation's name ("the Thames Valley Air ▸Ambulance"). */
const ORGANISATION_NAME_BEFORE = /(?<![\p{L}])the[ \t]+(?:\p{Lu}[\p{L}'’&.-]*[ \t]+){1,4}$/u;
/** Whether a capitalised term stands in an organisation's name after "the" (ORGANISATION_NAME_BEFORE), not a place of care's. */
export function endsOrganisationName(text: string, hit: Hit): boolean {
  // Not a hospital's or a clinic's name, where someone is taken ("taken to the Great Western Hospital", holdout-417).
  if (carePlace(hit.phrase) || HOSPITAL_WORD.test(hit.phrase)) return false;
  return (
    /^\p{Lu}/u.test(text[hit.start] ?? '') && ORGANISATION_NAME_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))
  );
}
/** A hospital's word in the health terms. */
const HOSPITALS = new Set(['hospital', 'hôpital', 'ospedale', 'ziekenhuis', 'szpital', 'krankenhaus']);
/** Places of care, which an office holder opens or visits as often as a patient is taken to them. */
const CARE_PLACES = new Set([
  ...HOSPITALS,
  ...['hospitals', 'clinic', 'clinics', 'klinik', 'kliniken', 'klinikum', 'clinique', 'clinica', 'clínica', 'kliniek'],
  ...['ospedali', 'hôpitaux', 'krankenhäuser', 'ziekenhuizen', 'szpitale', 'hospitais', 'hospitales', 'centre de santé'],
  ...['health centre', 'health center', 'gesundheitszentrum', 'centro de salud', 'centro de saúde', 'gezondheidscentrum'],
]);
/** Whether a health term is a place of care's word ("ospedale", "clinic"), not an illness's or a treatment's. */
export const carePlace = (phrase: string): boolean => CARE_PLACES.has(phrase);
/**
 * An employer's label, then at most a few words on its line before the hospital's name: "Empresa: Hospital …",
 * "Arbeitgeber: Städtisches Krankenhaus".
 */
const EMPLOYER_BEFORE =
  /(?:empresa|employer|arbeitgeber(?:in)?|employeur|datore di lavoro|werkgever|pracodawca|entidade (?:patronal|empregadora)|empleador|centro de trabajo|lugar de trabajo|workplace|place of work|arbeitsstelle|lieu de travail|luogo di lavoro|miejsce pracy|local de trabalho)[ \t]*:[^\n:]{0,32}$/i;

/** A table's column of where people work, or for whom, in the EU's languages ("workplace", "place_of_work", "Arbeitgeber"). */
const EMPLOYER_COLUMN =
  /^(?:workplace|place[ _-]of[ _-]work|work[ _-]?location|work[ _-]?site|employer|employing[ _-](?:organi[sz]ation|trust|body)|arbeitsplatz|arbeitsort|arbeitsstelle|dienstort|einsatzort|arbeitgeber(?:in)?|lieu[ _-]de[ _-]travail|employeur|luogo[ _-]di[ _-]lavoro|sede[ _-]di[ _-]lavoro|datore[ _-]di[ _-]lavoro|centro[ _-]de[ _-]trabajo|lugar[ _-]de[ _-]trabajo|empleador|empresa|werkplek|werkgever|werklocatie|miejsce[ _-]pracy|pracodawca|zakład[ _-]pracy|local[ _-]de[ _-]trabalho|entidade[ _-]empregadora|empregador|arbetsplats|arbetsgivare|arbejdsplads|arbejdsgiver|työpaikka|työnantaja|pracoviště|zaměstnavatel|pracovisko|zamestnávateľ|munkahely|munkáltató|loc[ _-]de[ _-]muncă|angajator|radno[ _-]mjesto|poslodavac|delovno[ _-]mesto|delodajalec|töökoht|tööandja|darbavieta|darba[ _-]devējs|darbovietė|darbdavys|εργοδότης|χώρος[ _-]εργασίας|работодател|месторабота)$/iu;
/** An office or the running of a place right before its name: "gerente del", "director of the", "Leiterin des", "gestión económica del". */
/**
 * An office's words, or a running's: "director", "Leiterin", "gestión económica", a chaplain's ("cappellano
 * dell'ospedale", holdout-964).
 */
const OFFICE_WORDS = String.raw`(?:chaplain|cappellano|aumônier|capellán|aalmoezenier|kapelan|capelão|krankenhausseelsorger|krankenhausseelsorgerin|director|directora|directeur|directrice|direttore|direttrice|dyrektor\p{L}*|diretor|diretora|gerente|manager|chief executive|head|leiter|leiterin|responsabile|primario|primaria|jefe|jefa|chef|chefarzt|chefärztin|hoofd|kierownik|kierowniczka|ordynator|responsável|geschäftsführer|geschäftsführerin|gestión|gestión económica|management|administración|administrador|administradora|administrator|bestuurder|voorzitter|presidente|président|présidente|amministratore|direzione|dirección|direção|directie)`;
/** The preposition of an office's place or unit: "director of the", "gerente del", "Leiter der". */
const OFFICE_OF = `(?:of the|of|del|de la|de l['’]|du|des|dell['’]|della|dello|der|van het|van de|do|da)`;
const OFFICE_OF_BEFORE = new RegExp(String.raw`(?<![\p{L}])${OFFICE_WORDS}[ \t]+${OFFICE_OF}(?:[ \t]+|(?<=['’]))$`, 'iu');
/**
 * An organisation's unit, after an office or a running of it, and before a term that names the unit ("la tête de la
 * division diagnostic", "Leiter der Abteilung Kardiologie", "responsabile del reparto di cardiologia", "kierownik oddziału
 * kardiologii"); or, in English, after it, the term before the unit's word ("head of the diagnostics division",
 * holdout-947).
 */
const UNIT_WORDS = `(?:division|department|unit|business unit|service|team|ward|abteilung|sparte|bereich|geschäftsbereich|station|département|pôle|unité|branche|reparto|dipartimento|divisione|unità|servizio|servicio|departamento|unidad|área|afdeling|divisie|eenheid|oddziału|oddział|działu|dział|zakładu|zakład|pionu|serviço|divisão|unidade)`;
const OFFICES = String.raw`(?:${OFFICE_WORDS}|tête|leitung|direction|guida|dirección|leiding|kierownictwo|chefia|kierownik\p{L}*)`;
const UNIT_RUN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${OFFICES}[ \t]+(?:${OFFICE_OF}[ \t]+)?${UNIT_WORDS}(?:[ \t]+(?:de|d['’]|di|of|van|der|für|des|du|do|da|del|della|dell['’]|de la))?[ \t]*['’]?$`,
  'iu',
);
const OFFICE_OF_THE = new RegExp(String.raw`(?<![\p{L}])${OFFICES}[ \t]+of(?:[ \t]+the)?[ \t]+$`, 'iu');
const UNIT_AFTER = new RegExp(String.raw`^\p{L}*[ \t]+${UNIT_WORDS}(?![\p{L}])`, 'iu');
/**
 * Whether a term is a place's or a unit's its office runs: a hospital's or its emergency department's word after the
 * office (OFFICE_OF_BEFORE), or a unit's name after its office and its word (UNIT_RUN_BEFORE, OFFICE_OF_THE then
 * UNIT_AFTER): whom it is run by, not anyone's care.
 */
export function runByItsOffice(scan: TextScan, hit: Hit): boolean {
  const { text } = scan;
  const from = Math.max(0, hit.start - 64);
  // Each pattern opens with an office's word, OFFICE_OF_BEFORE's among UNIT_RUN_BEFORE's (the word gate asks first
  // whether the text has one at all, or a part read starts inside a word).
  if (!mayMatchFrom(scan, UNIT_RUN_BEFORE, from) && !mayMatchFrom(scan, UNIT_RUN_BEFORE, Math.max(0, hit.start - 48)))
    return false;
  const before = text.slice(from, hit.start);
  if (HOSPITAL_WORD.test(hit.phrase) && OFFICE_OF_BEFORE.test(before.slice(-48))) return true;
  return UNIT_RUN_BEFORE.test(before) || (OFFICE_OF_THE.test(before) && UNIT_AFTER.test(text.slice(hit.end, hit.end + 24)));
}
/**
 * A hospital's word, alone or in a phrase ("w szpitalu", "im Krankenhaus"), or its emergency department's, which a head
 * runs as well ("responsabile del pronto soccorso di Grosseto", holdout-869).
 */
const HOSPITAL_WORD = new RegExp(
  [...HOSPITALS, 'notaufnahme', 'urgences', 'pronto soccorso', 'urgencias', 'spoedeisende hulp', 'izba przyjęć'].join('|'),
);
/**
 * A duty or a shift worked, then at most three short words, before a hospital's word: where someone works, not where
 * they are cared for. Not a doctor or a nurse seen there ("saw a doctor at the hospital").
 */
const DUTY_BEFORE =
  /(?<![\p{L}])(?:shifts?|night shift|on call|on duty|(?:nacht|spät|früh|bereitschafts|avond)?dienst|schicht|dyżur\p{L}*|garde|turno|guardia|plantão)(?:[ \t]+[\p{L}'’]{1,4}){0,3}[ \t]+$/iu;

/** A verb of working (not the noun after an article or a preposition: "dal lavoro"), then words of its clause. */
const WORK_VERB =
  /(?<![\p{L}])(?<!(?:the|from|off|at|to|after|before|my|his|her|vom|zur|der|die|das|nach|du|au|le|mon|son|dal|del|al|il|dopo|el|de|mi|su|tras|het|op|na|naar|van|do|no|o|od|po|przy|meu|seu|após)[ \t]+)(?:arbeite|arbeitet|arbeiten|arbeitete|tätig|beschäftigt|work|works|worked|working|employed|travaille|travaillé|travailler|lavoro|lavora|lavorato|trabajo|trabaja|trabajado|trabajar|werk|werkt|gewerkt|pracuję|pracuje|pracowałam|pracowałem|trabalho|trabalha|trabalhei)(?![\p{L}])[^.!?\n,;]*$/iu;
/** Being taken in, after the verb of working: "worked until I collapsed and was admitted to hospital". */
const TAKEN_IN =
  /(?<![\p{L}])(?:taken|admitted|ended up|collapsed|eingeliefert|gelandet|zusammengebrochen|hospitalisé|admis|ricoverat[oa]|ingresad[oa]|opgenomen|beland|przyjęt[ya]|trafił\p{L}*|internad[oa]|levad[oa])(?![\p{L}])/iu;
/** Whether the clause before a place of care (within 90 characters) says someone works there. */
function worksThere(text: string, start: number): boolean {
  // The verb within 90 characters, the ten before it seen for an article or a preposition.
  const from = Math.max(0, start - 100);
  const before = WORK_VERB.exec(text.slice(from, start));
  return before !== null && (from === 0 || before.index >= 10) && !TAKEN_IN.test(before[0]);
}

/**
 * A baby on the way as parents tell it, by a verb of expecting, someone's, an ordinal and a child's word ("expecting
 * their first child", "attend notre premier enfant", "aspettano il loro secondo figlio"; "expecting a baby" is a
 * lexicon term). Not waiting for one's child ("attend son enfant devant l'école", "Wir erwarten Ihr Kind um 8 Uhr").
 */
const BABY_ON_THE_WAY = new RegExp(
  [
    String.raw`expect(?:s|ing|ed)?\s+(?:our|their|his|her|my)\s+(?:first|second|third|fourth)\s+(?:baby|child)`,
    String.raw`erwarte[nt]?\s+(?:ihr|sein|unser)\s+(?:erstes|zweites|drittes)\s+(?:Kind|Baby)`,
    String.raw`attend(?:ons|ent|ez|ait|aient)?\s+(?:notre|leur|son|mon|votre)\s+(?:premier|deuxième|second|troisième)\s+(?:enfant|bébé)`,
    String.raw`aspett(?:a|iamo|ano|ava)\s+(?:il|la)\s+(?:(?:loro|nostro|nostra|sua|suo)\s+)?(?:primo|prima|secondo|seconda|terzo|terza)\s+(?:figlio|figlia|bambino|bambina)`,
    String.raw`esper(?:a|amos|an|aba|ando)\s+(?:su|nuestro|nuestra|sus)\s+(?:primer|primera|segundo|segunda|tercer|tercera)\s+(?:hijo|hija|bebé)`,
    String.raw`verwacht(?:en)?\s+(?:ons|hun|haar|zijn)\s+(?:eerste|tweede|derde)\s+(?:kindje|kind|baby)`,
    String.raw`spodziewa(?:my|ją|ła|li)?\s+się\s+(?:pierwszego|drugiego|trzeciego)\s+(?:dziecka|synka|córeczki)`,
    String.raw`(?:à|a)\s+espera\s+(?:do\s+(?:primeiro|segundo|terceiro)|da\s+(?:primeira|segunda))\s+(?:bebé|bebê|filho|filha)`,
  ]
    // Whole words only: not inside a longer word, nor before one ("child-friendly").
    .map((alternative) => String.raw`(?<![\p{L}\d])(?:${alternative})(?![\p{L}\d-])`)
    .join('|'),
  'giu',
);

function babyOnTheWay(text: string, from: number, to: number): number {
  if (!/expect|erwart|attend|aspett|esper|verwacht|spodziew|espera/i.test(text)) return 0;
  return matchesIn(text, BABY_ON_THE_WAY, from, to);
}

/** Each word of BODY_WORDS, folded, with the languages whose table holds it. */
function languagesOfBodyWords(kind: keyof (typeof BODY_WORDS)[string]): ReadonlyMap<string, ReadonlySet<string>> {
  const languages = new Map<string, Set<string>>();
  for (const [language, words] of Object.entries(BODY_WORDS))
    for (const word of words[kind]) {
      const key = fold(word);
      languages.set(key, (languages.get(key) ?? new Set()).add(language));
    }
  return languages;
}
const BODY_LANGUAGES = {
  hurt: languagesOfBodyWords('hurt'),
  operated: languagesOfBodyWords('operated'),
  removed: languagesOfBodyWords('removed'),
  parts: languagesOfBodyWords('parts'),
  organs: languagesOfBodyWords('organs'),
};
/** What may stand between a verb and its part: up to three words, no clause's end ("broke his left wrist"). */
/** Up to three words between a verb and a part, a line wrapped between them too ("skręcił\nkostkę"). */
const BODY_GAP = /^[ \t]*\n?[ \t]*(?:[\p{L}-]+(?:[ \t]+\n?[ \t]*|\n[ \t]*|['’][ \t]*)){0,3}$/u;
type Reading = (scan: TextScan, from: number, to: number) => number;
/**
 * The readings beyond the word lists, by category: a sick note's code, a body part hurt, a baby on the way, a medicine's
 * dose, a same-sex partner, parents from abroad, a vote.
 */
const DERIVED: Partial<Record<SpecialCategory, readonly Reading[]>> = {
  health: [
    (scan, from, to) => sickNotesL4(scan.text, from, to),
    (scan, from, to) => sickAsAValue(scan.text, from, to),
    (scan, from, to) => italianDisabilityLeave(scan.text, from, to),
    bodyHurt,
    (scan, from, to) => babyOnTheWay(scan.text, from, to),
    (scan, from, to) => medicineTaken(scan.text, from, to),
    (scan, from, to) => prescriptionAtPharmacy(scan.text, from, to),
  ],
  'sex-life-orientation': [sameSexPartners, sameSexWedding, writersSameSexPartner, writerDatesSameSex, writerDatesNamedSameSex],
  'ethnic-origin': [(scan, from, to) => parentsFromAbroad(scan.text, from, to), originByAdjective],
  'political-opinion': [(scan, from, to) => votesAndCampaigns(scan.text, from, to)],
};
/**
 * How many special-category terms in [from, to) those readings find, but for the categories `leaving`: what a published
 * reading must not make weak beside a name, as the lists' words are not (context-detectors.ts).
 */
export function derivedSpecialTerms(scan: TextScan, from: number, to: number, leaving: readonly SpecialCategory[] = []): number {
  let count = 0;
  for (const [category, readings] of Object.entries(DERIVED) as [SpecialCategory, readonly Reading[]][])
    if (!leaving.includes(category)) for (const reading of readings) count += reading(scan, from, to);
  return count;
}

/** In English a part is someone's, or one of theirs ("broke his wrist", "a hip replacement"), not "the arm of a chair". */
const ENGLISH_OWNER = /(?:^|[^\p{L}])(?:his|her|their|my|our|both|a|an|one)[ \t]+(?:(?:left|right|lower|upper|new)[ \t]+)?$/iu;

/**
 * A body part hurt, operated on or taken out ("broke his wrist skiing", "hat sich das Knie verdreht", "se operó de la
 * cadera", "had his appendix out", "złamał nadgarstek"): a verb and a part within three words, either way round, of
 * one language.
 */
function bodyHurt(scan: TextScan, from: number, to: number): number {
  const verbs = [
    ...(scan.byFamily.get('body-hurt') ?? []).map((hit) => [hit, BODY_LANGUAGES.hurt, true] as const),
    ...(scan.byFamily.get('body-operated') ?? []).map((hit) => [hit, BODY_LANGUAGES.operated, true] as const),
    ...(scan.byFamily.get('body-removed') ?? []).map((hit) => [hit, BODY_LANGUAGES.removed, false] as const),
  ];
  if (verbs.length === 0) return 0;
  const { text } = scan;
  let count = 0;
  for (const [family, languages, anyPart] of [
    ['body-organs', BODY_LANGUAGES.organs, false],
    ['body-parts', BODY_LANGUAGES.parts, true],
  ] as const) {
    for (const part of scan.byFamily.get(family) ?? []) {
      if (part.start < from || part.start >= to) continue;
      const partLanguages = languages.get(fold(part.phrase));
      const paired = verbs.some(([verb, verbLanguages, withParts]) => {
        if (anyPart && !withParts) return false;
        const gap =
          verb.end <= part.start
            ? text.slice(verb.end, part.start)
            : part.end <= verb.start
              ? text.slice(part.end, verb.start)
              : undefined;
        if (gap === undefined || gap.length > 40 || !BODY_GAP.test(gap)) return false;
        const shared = [...(verbLanguages.get(fold(verb.phrase)) ?? [])].filter((language) => partLanguages?.has(language));
        if (shared.length === 0) return false;
        return (
          !(shared.length === 1 && shared[0] === 'en') || ENGLISH_OWNER.test(text.slice(Math.max(0, part.start - 24), part.start))
        );
      });
      if (paired) count += 1;
    }
  }
  return count;
}

/** Photos and passports, which "biometric" describes as formats. */
const DOCUMENT_WORD =
  '(?:pass)?(?:foto|photo|bild|lichtbild)s?|photographs?|pass(?:port)?s?|reisepass|passeports?|passaportes?|passaportos?|paszport\\p{L}*|zdjęci\\p{L}*|fotografi\\p{L}*|paspoort';
const FORMAT_AFTER = new RegExp(`^\\p{L}*[ \\t]+(?:${DOCUMENT_WORD})(?![\\p{L}])`, 'iu');
const FORMAT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DOCUMENT_WORD})[ \\t]+$`, 'iu');
const documentFormat = (text: string, hit: Hit) =>
  FORMAT_AFTER.test(text.slice(hit.end, hit.end + 30)) || FORMAT_BEFORE.test(text.slice(Math.max(0, hit.start - 20), hit.start));

/** The writer speaks of themself: a first-person word, not an initial ("Mrs J. Patel": French "j'" is one too). */
const writerSpeaks = (scan: TextScan) => (scan.byFamily.get('first-person') ?? []).some((hit) => scan.text[hit.end] !== '.');

/** Titles that tell a woman or a man (folded, as the scan gives them). */
const FEMALE_TITLES = new Set([
  'mrs',
  'ms',
  'miss',
  'frau',
  'fr',
  'mme',
  'mlle',
  'madame',
  'sig.ra',
  'sigra',
  'signora',
  'sra',
  'srta',
  'senora',
  'mevr',
  'mw',
  'mevrouw',
  'pani',
  'senhora',
  'exma',
  'dona',
]);
const MALE_TITLES = new Set([
  'mr',
  'herr',
  'herrn',
  'hr',
  'm',
  'monsieur',
  'sig',
  'signor',
  'sr',
  'senor',
  'dhr',
  'heer',
  'meneer',
  'pan',
  'pana',
  'senhor',
  'exmo',
]);

/**
 * A same-sex couple: a partner's word whose gender the phrase tells ("sa compagne", "su novio") after a title or a given
 * name of the same gender in its sentence ("Mme Nathalie Roux … avec sa compagne", "Javier López vive con su novio"),
 * the nearest before it deciding. A given name tells a gender where the lists agree on it (given-name-genders.ts).
 */
function sameSexPartners(scan: TextScan, from: number, to: number): number {
  let count = 0;
  for (const [family, same, sex] of [
    ['partner-female', FEMALE_TITLES, 'female'],
    ['partner-male', MALE_TITLES, 'male'],
  ] as const) {
    for (const partner of scan.byFamily.get(family) ?? []) {
      if (partner.start < from || partner.start >= to) continue;
      const title = near(scan, 'title', partner.start, 199);
      const given = firstOfName(scan, near(scan, 'given-name', partner.start, 199));
      // A given name the lists give no gender ("Luca", "Andrea") leaves it to the title before it ("Il sig. Luca …").
      const nearest =
        given && (!title || given.start > title.start) && (!title || sexOfGivenName(fold(given.phrase)) !== undefined)
          ? given
          : title;
      if (!nearest || /[.!?]\s/.test(scan.text.slice(nearest.end + 1, partner.start))) continue;
      if (nearest === given ? sexOfGivenName(fold(nearest.phrase)) === sex : same.has(fold(nearest.phrase))) count += 1;
    }
  }
  // Someone's partner by a word that tells no gender, then the partner's given name: the same sex as the name nearest
  // before it in the sentence ("Emma asked to update her emergency contact to her girlfriend, Chloe Ward", holdout-684).
  for (const partner of scan.byFamily.get('their-partner') ?? []) {
    if (partner.start < from || partner.start >= to) continue;
    const name = PARTNER_NAME_AFTER.exec(scan.text.slice(partner.end, partner.end + 40))?.[1];
    const sex = name ? sexOfGivenName(fold(name)) : undefined;
    const given = firstOfName(scan, near(scan, 'given-name', partner.start, 199));
    if (!sex || !given || /[.!?]\s/.test(scan.text.slice(given.end + 1, partner.start))) continue;
    if (sexOfGivenName(fold(given.phrase)) === sex) count += 1;
  }
  return count;
}

/**
 * The writer's own partner of the writer's sex: "porto la mia compagna, Elisa" signed "Valentina", "my husband" signed
 * "Tom". The writer is whoever signs: a given name alone or before a surname on one of the text's last lines.
 */
function writersSameSexPartner(scan: TextScan, from: number, to: number): number {
  const female = scan.byFamily.get('my-partner-female');
  const male = scan.byFamily.get('my-partner-male');
  const neutral = scan.byFamily.get('my-partner');
  if (!female && !male && !neutral) return 0;
  const sex = signersSex(scan);
  if (!sex) return 0;
  let count = 0;
  for (const hit of (sex === 'female' ? female : male) ?? []) if (hit.start >= from && hit.start < to) count += 1;
  // A partner's word that tells no gender, then the partner's given name ("Mijn partner Joost en ik trouwen", signed
  // "Ruben", holdout-602): the name tells it.
  for (const hit of neutral ?? []) {
    if (hit.start < from || hit.start >= to) continue;
    const name = PARTNER_NAME_AFTER.exec(scan.text.slice(hit.end, hit.end + 40))?.[1];
    if (name && sexOfGivenName(fold(name)) === sex) count += 1;
  }
  return count;
}
/**
 * The one the writer looks for to date, by a word that tells their sex ("op zoek naar een leuke man om mee te daten",
 * "looking for a nice guy", "cerco un uomo"), an adjective or two between.
 */
const SEEKING_PERSON =
  /(?<![\p{L}])(?:looking for|searching for|seeking|op zoek naar|ich suche|suche|auf der suche nach|je cherche|à la recherche d['’]|cerco|alla ricerca di|busco|estoy buscando|szukam|procuro|ando à procura de)[ \t]+(?:(?:a|an|een|einen|eine|un|une|uno|una|um|uma)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(man|guy|woman|girl|lady|mann|frau|homme|femme|mec|uomo|donna|ragazzo|ragazza|hombre|mujer|chico|chica|vrouw|meid|jongen|mężczyzny|faceta|chłopaka|kobiety|dziewczyny|homem|mulher|rapaz|rapariga)(?![\p{L}])/giu;
/** The words of those sought that tell a man. */
// biome-ignore format: a word table reads best packed
const SOUGHT_MALE = new Set([
  'man', 'guy', 'mann', 'homme', 'mec', 'uomo', 'ragazzo', 'hombre', 'chico', 'jongen', 'mężczyzny', 'faceta', 'chłopaka',
  'homem', 'rapaz',
]);
/**
 * The writer dating someone of the writer's sex: one who signs "Joost" looking for "een leuke man om mee te daten" in a
 * text about dating (lexicon family `dating`, holdout-768). Not someone looked for without a dating word ("looking for
 * a man with a van").
 */
function writerDatesSameSex(scan: TextScan, from: number, to: number): number {
  if (!scan.byFamily.has('dating')) return 0;
  const sex = signersSex(scan);
  if (!sex) return 0;
  let count = 0;
  for (const m of textMatches(scan, SEEKING_PERSON)) {
    if (m.index < from || m.index >= to) continue;
    if ((SOUGHT_MALE.has((m[1] as string).toLowerCase()) ? 'male' : 'female') === sex) count += 1;
  }
  return count;
}

/**
 * Whom the writer is dating, by their given name: "salgo con Adrián", "estoy saliendo con", "I'm dating Tom", "je sors
 * avec Julien", "ik heb verkering met Daan", "namoro com o Pedro", "ich bin mit Jonas zusammen", "spotykam się z Kubą" is
 * declined and left out.
 */
const DATING_NAMED =
  /(?<![\p{L}])(?:salgo con|estoy saliendo con|i['’]?m dating|i am dating|i['’]?m seeing|je sors avec|ik heb verkering met|ik date met|namoro com|ando a namorar com|estou a namorar com|estou namorando|(?:ich )?bin (?:jetzt |seit [\p{L}\d ]{1,20} )?mit)[ \t]+(?:(?:el|la|o|a)[ \t]+)?(\p{Lu}\p{Ll}+)(?![\p{L}])/giu;
/** The German pattern's "zusammen" after the name: "ich bin mit Jonas zusammen", not "ich bin mit Jonas im Kino". */
const TOGETHER_AFTER = /^[ \t]+(?:\p{L}+[ \t]+){0,3}?zusammen(?![\p{L}])/iu;
/** A chat line's speaker before the message, maybe after its time stamp: "[30/11/26 21:05] Marcos: …", "Marcos: …". */
const CHAT_SPEAKER =
  /^[ \t]*(?:\[[^\]\n]{4,40}\][ \t]*|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*-[ \t]*)?(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+)?:[ \t]/u;
/**
 * The writer dating someone of the writer's sex, named: the given name after a dating verb in the first person ("el
 * sábado se lo dije a mis padres, que salgo con Adrián", holdout-1120), the writer told by the chat line's speaker or by
 * the signature, each sex where the lists agree on it.
 */
function writerDatesNamedSameSex(scan: TextScan, from: number, to: number): number {
  const { text } = scan;
  let count = 0;
  for (const m of allMatches(DATING_NAMED, text)) {
    if (m.index < from || m.index >= to) continue;
    const name = m[1] as string;
    if (
      /mit$/i.test(m[0].slice(0, m[0].length - name.length).trimEnd()) &&
      !TOGETHER_AFTER.test(text.slice(m.index + m[0].length))
    )
      continue;
    const partner = sexOfGivenName(fold(name));
    if (!partner) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const speaker = CHAT_SPEAKER.exec(text.slice(lineStart, m.index))?.[1];
    const writer = speaker ? sexOfGivenName(fold(speaker)) : signersSex(scan);
    if (writer === partner) count += 1;
  }
  return count;
}

/** The partner's given name right after the partner's word, a comma maybe between ("my partner, Sam,"). */
const PARTNER_NAME_AFTER = /^,?[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** The sex of the given name that signs the text: a line of its last 200 characters that a given name opens. */
function signersSex(scan: TextScan): 'female' | 'male' | undefined {
  const { text } = scan;
  const given = scan.byFamily.get('given-name') ?? [];
  for (let k = given.length - 1; k >= 0; k--) {
    const hit = given[k] as Hit;
    if (text.length - hit.start > 200) break;
    const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
    const lineEnd = text.indexOf('\n', hit.end);
    const label = SIGNED_LABEL.exec(text.slice(lineStart, hit.start));
    if (!label) continue;
    const line = text.slice(lineStart + label[0].length, lineEnd < 0 ? text.length : lineEnd).trim();
    // The line holds the name and at most a surname or two, maybe after a signature's label ("Firmado: Álvaro
    // Quintana", holdout-1019): a signature, not a sentence.
    if (line.split(/\s+/).length > 3) continue;
    return sexOfGivenName(fold(hit.phrase));
  }
  // A message of one paragraph signed at its line's end after its closing words ("… Maandag neem ik taart mee! Groetjes,
  // Sanne"), the last such line of its last 200 characters.
  let closing: RegExpExecArray | undefined;
  for (const m of allMatches(CLOSING_THEN_NAME, text.slice(-200))) closing = m;
  return closing ? sexOfGivenName(fold(closing[1] as string)) : undefined;
}
/** Before a signature's name on its line: nothing, or a label that says it signs ("Signed:", "Firmado:", "Podpis:"). */
const SIGNED_LABEL =
  /^[ \t]*(?:(?:signed|signature|unterschrift|gezeichnet|gez\.|signé|firmato|firma|firmado|fdo\.|getekend|handtekening|get\.|podpisano|podpis|assinado|assinatura)[ \t]*:?[ \t]*)?$/iu;
/** A closing's words, then a given name ending a line: "Groetjes, Sanne", "Liebe Grüße, Anna", "Cheers, Tom". */
const CLOSING_THEN_NAME =
  /(?<![\p{L}])(?:groetjes|groeten|liefs|cheers|thanks|love|best|liebe grüße|viele grüße|lg|grüße|bisous|bises|amitiés|saluti|un abbraccio|baci|besos|saludos|un abrazo|pozdrawiam|pozdrowienia|buziaki|beijinhos|beijos|abraços|cumprimentos)[,!.]?[ \t]+(\p{Lu}\p{Ll}+)[ \t]*[.!]?[ \t]*\r?$/gimu;

/** The couple's own wedding after their names: "o seu casamento", "heiraten", "se marient", "are getting married". */
const THEIR_WEDDING =
  /(?:their|o seu|a sua|ihre[nmr]?|leur|il loro|su|hun|ich)[ \t]+(?:wedding|casamento|hochzeit|trauung|mariage|matrimonio|nozze|boda|bruiloft|ślub|wesele)|heiraten|se marient|si sposano|si sposeranno|se casan|se casam|vão casar|van a casarse|trouwen|biorą ślub|wezmą ślub|(?:are|will be)[ \t]+getting[ \t]+married|will[ \t]+marry|are[ \t]+marrying/i;
/** Between two given names: the first's surnames, then married or in a civil union with ("… est pacsé avec …"). */
const MARRIED_TO =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}[ \t]+(?:is married to|married|ist verheiratet mit|est (?:pacsée?|mariée?) avec|s['’]est (?:pacsée?|mariée?) avec|è sposat[oa] con|si è sposat[oa] con|è unit[oa] civilmente con|está casad[oa] con|se casó con|is getrouwd met|is getrouwd met|trouwde met|jest (?:żonaty|zamężna|po ślubie) z|wziął ślub z|wzięła ślub z|é casad[oa] com|casou com|casou-se com)[ \t]+$/iu;
/** Between two given names of a couple: the first's surnames, then "and" ("Carlos Mendes e Tiago …"). */
const COUPLE_BETWEEN = /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}[ \t]+(?:e|und|et|y|and|i|en|ed|&)[ \t]+$/u;

/**
 * A same-sex couple by their given names, joined by "and" before their wedding in the same sentence ("Carlos Mendes e
 * Tiago Ferreira … o seu casamento", "Anna und Lena heiraten") or one married to the other: both women's or both men's
 * names, as the lists agree.
 */
function sameSexWedding(scan: TextScan, from: number, to: number): number {
  const given = scan.byFamily.get('given-name');
  if (!given) return 0;
  const { text } = scan;
  let count = 0;
  for (let k = 1; k < given.length; k++) {
    const first = given[k - 1] as Hit;
    const second = given[k] as Hit;
    if (first.start < from || first.start >= to || second.start - first.end > 80) continue;
    const between = text.slice(first.end, second.start);
    // Joined by "and" before their wedding, or one married to the other ("Thomas Petit est pacsé avec Antoine",
    // "Carlos Ruiz está casado con Pedro").
    const couple =
      (COUPLE_BETWEEN.test(between) && THEIR_WEDDING.test(sentenceFrom(text, second.end))) || MARRIED_TO.test(between);
    if (!couple) continue;
    const sex = sexOfGivenName(fold(first.phrase));
    if (sex && sexOfGivenName(fold(second.phrase)) === sex) count += 1;
  }
  // "Jonas und sein Freund heiraten", "Tiago e o namorado vão casar": a given name and their partner of the same sex.
  for (const hit of given) {
    if (hit.start < from || hit.start >= to) continue;
    const m = WITH_PARTNER.exec(text.slice(hit.end, hit.end + 80));
    if (!m) continue;
    const partner = fold(m[1] as string);
    const sex = FEMALE_PARTNER_WORDS.test(partner) ? 'female' : 'male';
    if (sexOfGivenName(fold(hit.phrase)) === sex && THEIR_WEDDING.test(sentenceFrom(text, hit.end + m[0].length))) count += 1;
  }
  // "Marka Zająca – w sobotę bierze ślub ze swoim partnerem", "Jonas heiratet seinen Freund": a given name, then in its
  // sentence a wedding to a partner whose word tells their sex, the same as the name's (declined names read by their
  // nominative).
  // Looked for once a text: the readings ask of every sentence's range.
  for (const m of memo(scan, 'marries-partner', () => allMatches(MARRIES_PARTNER, text))) {
    if (m.index < from || m.index >= to) continue;
    const sentence = /[^.!?\n]*$/.exec(text.slice(Math.max(0, m.index - 160), m.index))?.[0] ?? '';
    const sex = FEMALE_SPOUSE_WORDS.test(fold(m[1] as string)) ? 'female' : 'male';
    // English and German tell the one who marries by the possessive ("his boyfriend", "ihre Freundin"); the other
    // languages' possessives agree with the partner, so the names before the verb in the sentence tell it there.
    const possessive = POSSESSIVE_OF.exec(m[0])?.[1]?.toLowerCase();
    if (possessive !== undefined) {
      if ((possessive.startsWith('h') ? possessive === 'his' : possessive.startsWith('sein')) === (sex === 'male')) count += 1;
      continue;
    }
    const named = allMatches(CAPITALISED, sentence).map((w) => sexOfDeclinedName(fold(w[0])));
    if (named.includes(sex) && !named.some((other) => other !== undefined && other !== sex)) count += 1;
  }
  return count;
}
const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
/** The English or German possessive before the partner's word, which tells who marries. */
const POSSESSIVE_OF = /(?<![\p{L}])(his|her|seinen|seine|ihren|ihre)[ \t]+\p{L}+$/iu;
/**
 * A wedding to a partner whose word tells their sex, in the EU's larger languages: "bierze ślub ze swoim partnerem",
 * "heiratet (im Mai) seinen Freund", "marries his boyfriend", "épouse son compagnon", "sposa il suo compagno", "se casa con su
 * novio", "trouwt met zijn vriend", "casa com o namorado". Not Dutch's "zijn partner" or English "his partner", whose
 * sex the word does not tell.
 */
const MARRIES_PARTNER =
  /(?<![\p{L}])(?:(?:bierze|weźmie|wziął|wzięła|brała|brał)[ \t]+ślub[ \t]+(?:ze[ \t]+swoim|ze[ \t]+swoją|z)|(?:heiratet|heiratete|wird[ \t]+heiraten|hat[ \t]+geheiratet)(?:[ \t]+[\p{L}\d.]+){0,3}?[ \t]+(?:seinen|ihren|seine|ihre)|(?:marries|married|is[ \t]+marrying|will[ \t]+marry|is[ \t]+getting[ \t]+married[ \t]+to)[ \t]+(?:his|her)|(?:épouse|épousera|va[ \t]+épouser|se[ \t]+marie[ \t]+avec|s['’]est[ \t]+mariée?[ \t]+avec)[ \t]+(?:son|sa)|(?:sposa|sposerà|si[ \t]+sposa[ \t]+con)[ \t]+(?:il[ \t]+suo|la[ \t]+sua)|(?:se[ \t]+casa|se[ \t]+casará|se[ \t]+ha[ \t]+casado)[ \t]+con[ \t]+su|(?:trouwt|gaat[ \t]+trouwen|trouwde)[ \t]+met[ \t]+(?:zijn|haar)|(?:casa|vai[ \t]+casar|casou)[ \t]+com[ \t]+(?:o|a)(?:[ \t]+(?:seu|sua))?)[ \t]+(partnerem|narzeczonym|chłopakiem|partnerką|narzeczoną|dziewczyną|freund|partner|verlobten|freundin|partnerin|verlobte|boyfriend|fiancé|husband|girlfriend|fiancée|wife|compagnon|compagne|fiancée?|mari|femme|compagno|compagna|fidanzat[oa]|novi[oa]|prometid[oa]|vriend|vriendin|verloofde|namorad[oa]|noiv[oa]|companheir[oa])(?![\p{L}])/giu;
const FEMALE_SPOUSE_WORDS =
  /^(?:partnerka|narzeczona|dziewczyna|freundin|partnerin|verlobte|girlfriend|fiancee|wife|compagne|femme|compagna|fidanzata|novia|prometida|vriendin|namorada|noiva|companheira)$/;
/**
 * The sex of a given name, or of its nominative where a Slavic language declines it ("Marka" for Marek, "Tomaszem" for
 * Tomasz, "Anny" for Anna): its case ending off, and the mobile "e" back before a last consonant ("mark" → "marek").
 */
function sexOfDeclinedName(folded: string): 'female' | 'male' | undefined {
  const direct = sexOfGivenName(folded);
  if (direct) return direct;
  for (const ending of ['owi', 'em', 'om', 'ie', 'a', 'u', 'y', 'e', 'i']) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    const stem = folded.slice(0, -ending.length);
    const sex = sexOfGivenName(stem) ?? sexOfGivenName(`${stem.slice(0, -1)}e${stem.slice(-1)}`) ?? sexOfGivenName(`${stem}a`);
    if (sex) return sex;
  }
  return undefined;
}
/** The rest of the sentence from `index`, up to 200 characters: where a couple's wedding is told. */
const sentenceFrom = (text: string, index: number) => /^[^.!?\n]*/.exec(text.slice(index, index + 200))?.[0] ?? '';
/** After a given name (and its surnames): "and", a possessive, a partner's word ("und sein Freund", "e o namorado"). */
const WITH_PARTNER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}[ \t]+(?:und|and|et|e|y|en|i|&)[ \t]+(?:(?:sein|seine|his|her|son|sa|il suo|la sua|su|zijn|haar|jego|jej|o|a)[ \t]+)?(freund|freundin|boyfriend|girlfriend|copain|copine|ragazzo|ragazza|fidanzato|fidanzata|novio|novia|vriend|vriendin|chłopak|dziewczyna|namorado|namorada|compagnon|compagne|compagno|compagna|companheiro|companheira)(?![\p{L}])/iu;
const FEMALE_PARTNER_WORDS =
  /^(?:freundin|girlfriend|copine|ragazza|fidanzata|novia|vriendin|dziewczyna|namorada|compagne|compagna|companheira)$/;

/** The first given name of a name whose later word is one too ("María García": García is a man's given name as well). */
function firstOfName(scan: TextScan, hit: Hit | undefined): Hit | undefined {
  let first = hit;
  for (
    let before = first && near(scan, 'given-name', first.start, 2);
    before;
    before = near(scan, 'given-name', before.start, 2)
  ) {
    if (!/^[ \t]+$/.test(scan.text.slice(before.end, (first as Hit).start))) break;
    first = before;
  }
  return first;
}

/** A word, its first letter in either case ("Eltern", "eltern" at a sentence's start or not). */
const PARENTS = String.raw`(?:(?:${eitherCase('her|his|their|my|our')})\s+parents|(?:${eitherCase('ihre|seine|meine|deren|die')})\s+Eltern(?:\s+von(?:\s+\p{Lu}[\p{L}'’-]+){1,3})?|(?:${eitherCase('ses|leurs|mes|les')})\s+parents(?:\s+d[e'’]\s?(?:\p{Lu}[\p{L}'’-]+\s?){1,3})?|(?:${eitherCase('i suoi|i miei|i loro|i')})\s+genitori(?:\s+di(?:\s+\p{Lu}[\p{L}'’-]+){1,3})?|(?:${eitherCase('sus|mis|los')})\s+padres(?:\s+de(?:\s+\p{Lu}[\p{L}'’-]+){1,3})?|(?:${eitherCase('haar|zijn|mijn|hun|de')})\s+ouders(?:\s+van(?:\s+\p{Lu}[\p{L}'’-]+){1,3})?|(?:${eitherCase('jej|jego|moi|ich')})\s+rodzice|(?:${eitherCase('os seus|os meus|os')})\s+pais(?:\s+(?:dela|dele)|\s+d[eao](?:\s+\p{Lu}[\p{L}'’-]+){1,3})?)`;
const COME_FROM = String.raw`(?:are|were|come|came|stammen|kommen|sont|viennent|vengono|sono|son|vienen|komen|pochodzą|są|são|vieram)\s+(?:(?:originally|ursprünglich|originaires?|originari|originarios|oorspronkelijk)\s+)?(?:from|aus|de|d['’]|du|des|da|dal|dalla|di|del|della|uit|z|ze|do)\s*(?:(?:der|dem|la|el|het|the)\s+)?`;
/**
 * Someone's origin told by their parents' country, as social workers' and teachers' notes write it ("Ihre Eltern
 * stammen aus der Türkei", "ses parents sont originaires d'Algérie", "jej rodzice pochodzą z Ukrainy").
 */
const PARENTS_FROM = new RegExp(String.raw`(?<![\p{L}])${PARENTS}\s+${COME_FROM}(\p{Lu}[\p{L}-]*)`, 'gu');
/** A city is where parents live or grew up, not an origin ("seine Eltern kommen aus Hamburg"). */
const CITY_NAMES = new Set(CITIES.map(fold));
const PARENT_WORDS = /parents|eltern|genitori|padres|ouders|rodzice|pais/i;

function parentsFromAbroad(text: string, from: number, to: number): number {
  if (!PARENT_WORDS.test(text)) return 0;
  let count = 0;
  for (const m of allMatches(PARENTS_FROM, text))
    if (m.index >= from && m.index < to && !CITY_NAMES.has(fold(m[1] as string))) count += 1;
  return count;
}

/**
 * Someone's origin by a country's or a people's adjective after a copula ("est d'origine marocaine", "è di origine
 * marocchina", "es de origen marroquí", "é de origem cabo-verdiana", "is of Turkish origin"), or before the origin's word
 * ("hat marokkanische Wurzeln", "ist türkischer Herkunft", "ma marokańskie pochodzenie", "jest pochodzenia
 * ukraińskiego"). Not a product's or a social origin ("d'origine animale", "di origine controllata", "de origen humilde").
 */
const ORIGIN_AFTER_COPULA =
  /(?<![\p{L}])(?:est|sont|était|suis|être|è|sono|era|sei|essere|es|son|soy|ser|é|são|sou|y|et|e)[ \t]+(?:d['’][ \t]?origine|di[ \t]+origin[ei]|de[ \t]+origen|de[ \t]+origem)[ \t]+(\p{Ll}[\p{L}-]*)|(?<![\p{L}])(?:is|are|was|were|am)[ \t]+of[ \t]+(\p{Lu}[\p{L}-]*)[ \t]+(?:origin|heritage|background|extraction)(?![\p{L}])/gu;
const ORIGIN_BEFORE_WORD =
  /(?<![\p{L}])(\p{Ll}+(?:ische[nr]?|skie|ckie|skiego|ckiego))[ \t]+(?:Wurzeln|Herkunft|Abstammung|pochodzenie|pochodzenia)(?![\p{L}])|(?<![\p{L}])pochodzenia[ \t]+(\p{Ll}+(?:skiego|ckiego))(?![\p{L}])/gu;
// biome-ignore format: a word table reads best packed
const NOT_AN_ORIGIN = new Set([
  'animale', 'vegetale', 'controlee', 'protegee', 'inconnue', 'inconnu', 'naturelle', 'minerale', 'geographique', 'humaine',
  'biologique', 'sociale', 'modeste', 'populaire', 'ouvriere', 'paysanne', 'bourgeoise', 'noble', 'douteuse', 'incertaine',
  'controllata', 'protetta', 'sconosciuta', 'naturale', 'umile', 'umili', 'modesta', 'geografica', 'biologica', 'popolare',
  'operaia', 'contadina', 'incerta', 'animal', 'vegetal', 'desconocido', 'desconocida', 'natural', 'humilde', 'geografico',
  'social', 'biologico', 'obrero', 'obrera', 'campesino', 'campesina', 'incierto', 'desconhecida', 'desconhecido',
  'operaria', 'biologische', 'biologischen', 'geografische', 'geographische', 'soziale', 'historische', 'historischen',
  'technische', 'technischen', 'tierische', 'tierischen', 'pflanzliche', 'pflanzlichen', 'chemische', 'chemischen',
  'społecznego', 'zwierzęcego', 'roślinnego', 'naturalnego', 'geograficznego',
]);

function originByAdjective(scan: TextScan, from: number, to: number): number {
  const { text } = scan;
  if (!/origin[ei]?\b|orige[nm]\b|wurzeln|herkunft|abstammung|pochodzeni/i.test(text)) return 0;
  let count = 0;
  for (const pattern of [ORIGIN_AFTER_COPULA, ORIGIN_BEFORE_WORD])
    for (const m of allMatches(pattern, text))
      if (
        m.index >= from &&
        m.index < to &&
        !NOT_AN_ORIGIN.has(fold((m[1] ?? m[2]) as string)) &&
        personEarlierInSentence(scan, m.index)
      )
        count += 1;
  return count;
}

/** The families that name or point to a person: a given name, a title, a pronoun or a word for kin. */
const PERSON_FAMILIES = ['given-name', 'title', 'person-word'] as const;

/**
 * Whether the sentence before `index` names or points to someone ("Jonas Weber ist türkischer Herkunft", "Er ist …"),
 * so that a dish's or a grape's origin is no one's ("Harira ist marokkanischer Herkunft", "ce cépage est d'origine
 * sicilienne").
 */
function personEarlierInSentence(scan: TextScan, index: number): boolean {
  const start = Math.max(0, index - 160);
  const before = scan.text.slice(start, index);
  const stop = before.search(/[.!?\n][^.!?\n]*$/);
  const from = stop < 0 ? start : start + stop + 1;
  return PERSON_FAMILIES.some((family) => {
    const hit = near(scan, family, index, index - from);
    return hit !== undefined && hit.start >= from;
  });
}

/**
 * Voting, campaigning and standing for, in the eight languages ("voted for", "hat … gewählt", "fait campagne pour",
 * "głosowała na", "si candida con"); not the English "candidate for", which job applications write before a role. A
 * member's words too, with the preposition a party's name follows ("lid is van de SP", "membre du PS", "iscritta al
 * PD", holdout-1009); not "member of", which teams' and purchase orders' letters follow as well.
 */
const VOTE_OR_CAMPAIGN = `(?:voted|votes|will vote|standing for|kandidiert für|kandidiert|kandidiere|mi candido|mi sono candidat[oa]|me presento|je me présente|faço campanha|fiz campanha|hago campaña|hice campaña|fais campagne|faccio campagna|tracte|tractais|tracté|kandyduję|głosuję|zagłosuję|je vote|voto|voterò|votaré|votarei|ik stem|si candida|candidato|candidata|se presenta por|kandidaat voor|kandyduje z listy|kandyduje|é candidato|é candidata|campaign(?:s|ed|ing)?|canvass(?:es|ed|ing)?|gewählt|wählt|wähle|Wahlkampf|a voté|votera|votait|fait campagne|ha votato|votato|voterà|fa campagna|votó|votará|hace campaña|stemde|stemt|gestemd|voert campagne|głosował[aoy]?|głosuje|zagłosował[aoy]?|zagłosuje|prowadzi kampanię|votou|votará|faz campanha|vota|vote|milite|militait|milita|ha la tessera|rozdaje ulotki|roznosi ulotki|concejal|concejala|radnym|radną|radny|radna|raadslid|conseiller municipal|conseillère municipale|consigliere comunale|consigliera comunale|vereador|vereadora|councillor|lid van|lid is van|lid was van|lid werd van|membre du|adhérente? du|militante? du|iscritt[oa] al|militante del|afiliad[oa] al|militante do|filiad[oa] no|Mitglied der|Mitglied in der)`;
/**
 * The parties whose names are words or letters too, which the lexicon does not count alone ("the Greens", "i Verdi", "PS"),
 * and the sides voted for by an adjective or a side's word ("je vote écologiste", "vota a sinistra", "voto a la
 * izquierda", holdout-1120).
 */
const PARTY_OBJECT = String.raw`(?:Greens|Verts|[ée]cologistes?|communistes?|gauche|droite|sinistra|destra|izquierda|derecha|lewicę|prawicę|esquerda|direita|Verdi|Verdes|Zielon\p{Ll}*|Lewic\p{Ll}*|Labour|Conservatives|Liberals|Lib Dems|Liberal Democrats|Reform UK|Plaid Cymru|Sinn Féin|Fianna Fáil|Fine Gael|Sozialdemokraten|Christdemokraten|Liberalen|socialistes?|Socialists|socialisti|socialistas|comunistas|PS|PD|PP|RN|PO|KO|M5S|IL|CDS|PCP|Livre|Ciudadanos|Renaissance|Reconquête|Linke|Republikaner|Bloco|Vox|VOX|SP|D66|PSOE|Podemos|Sumar|Chega|Lega|PVV|VVD|PvdA|SPD|CDU|CSU|FDP|AfD|PiS|Konfederacj\p{Ll}*)`;
/**
 * Whom someone votes, campaigns or stands for, by a party's name that is a word or letters too ("Anna Weber voted for
 * the Greens", "a voté pour les écologistes", "faz campanha pelo PS", "si candida con il PD", "kandyduje z listy
 * Lewicy"): only right after the verb and its small words, so
 * that "we voted for option B" or "the PS at the letter's end" are no one's opinion.
 */
const VOTED_FOR = new RegExp(
  String.raw`(?<![\p{L}])${VOTE_OR_CAMPAIGN}[ \t]+(?:(?:for|für|pour|per|a|à|al|por|para|op|voor|na|em|no|nos|nas|pelo|pela|the|die|den|le|la|les|i|il|el|los|las|de|het|o|os|as|dla|na rzecz|chez|bei der wahl|heeft|hat|con|com|with|sur|do|du|des|del|della|dello|da|list[ae]?|liste|lista|lijst)[ \t]+){0,4}${PARTY_OBJECT}(?![\p{L}\d]|-\p{L})`,
  'gu',
);

/** The verbs alone, to skip the pattern above in a text that holds none: built from the same list, so it never misses. */
const VOTE_WORD = new RegExp(String.raw`(?<![\p{L}])${VOTE_OR_CAMPAIGN}`, 'u');

function votesAndCampaigns(text: string, from: number, to: number): number {
  if (!VOTE_WORD.test(text)) return 0;
  return matchesIn(text, VOTED_FOR, from, to);
}

/** How many matches of a global pattern start in [from, to). */
/** A pharmacy, by its word in the EU's languages. */
const PHARMACY = String.raw`(?:pharmacy|chemist['’]?s|apotheke|pharmacie|farmacia|farmácia|apotheek|aptece|apteka|apteki|aptekę|lékárn\p{L}*|lekár(?:eň|ni|ne)|lekarn\p{L}*|ljekarn\p{L}*|gyógyszertár\p{L}*|patik\p{L}*|farmaci\p{L}*|аптека(?:та)?|φαρμακεί\p{L}*|apteek\p{L}*|apteeg\p{L}*|aptiek\p{L}*|vaistin\p{L}*|apotek\p{L}*)`;
/** The word that names both a prescription and a recipe in most of the EU's languages ("Rezept", "recept", "συνταγή"). */
const PRESCRIPTION_OR_RECIPE = String.raw`(?:rezept|ordonnance|ricett[ae]|recet[ae]s?|receit[ae]s?|recept[aeuy]?|recepti|receptas|recepte|retsept\p{L}*|resepti\p{L}*|rețet[aăe]|reteta|συνταγή|рецепта(?:та)?)`;
/**
 * A prescription waiting at a pharmacy ("Ihr Rezept liegt in der Apotheke bereit", "ditt recept finns att hämta på
 * apoteket"): the word is a cook's recipe too in most of the EU's languages, a prescription beside a pharmacy in its
 * sentence (session 54's probe of pharmacies' notices read 6 of 22 special).
 */
const PRESCRIPTION_AT_PHARMACY = new RegExp(
  String.raw`(?<![\p{L}])${PRESCRIPTION_OR_RECIPE}(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])${PHARMACY}(?![\p{L}])|(?<![\p{L}])${PHARMACY}(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])${PRESCRIPTION_OR_RECIPE}(?![\p{L}])`,
  'giu',
);
/** Ready to collect, as a pharmacy tells a customer ("ready for collection", "liegt … bereit", "finns att hämta"). */
const READY_TO_COLLECT =
  /(?<![\p{L}])(?:ready|collect\p{L}*|pick(?:ed)? up|bereit|abholbereit|abholen|abholung|prête?|à retirer|pront[oa]|ritirar\p{L}*|list[oa]|recoger|klaar|ophalen|afhalen|gotow[aey]|odbior\p{L}*|odbioru|levantar|klar|hämta\p{L}*|afhent\p{L}*|připraven\p{L}*|vyzvednu\p{L}*|pripraven\p{L}*|vyzdvihnu\p{L}*|pripravljen\p{L}*|prevzem\p{L}*|spreman|sprem(?:an|na|no)|preuzim\p{L}*|átvehető|gata|ridica\p{L}*|готова|έτοιμη|noudettavissa|valmis|gatava|paruošt\p{L}*|atsiim\p{L}*|hentes|afhentes)(?![\p{L}])/iu;
/** A prescription ready at a pharmacy, in its sentence: a customer's notice, not a talk on e-prescriptions (holdout-815). */
function prescriptionAtPharmacy(text: string, from: number, to: number): number {
  let count = 0;
  for (const m of allMatches(PRESCRIPTION_AT_PHARMACY, text)) {
    if (m.index < from || m.index >= to) continue;
    const start = 1 + Math.max(...['.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, m.index - 1)));
    const end = m.index + m[0].length + (/^[^.!?\n]*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
    if (READY_TO_COLLECT.test(text.slice(start, end))) count += 1;
  }
  return count;
}

function matchesIn(text: string, pattern: RegExp, from: number, to: number): number {
  let count = 0;
  for (const m of allMatches(pattern, text)) if (m.index >= from && m.index < to) count += 1;
  return count;
}

/** "L4", the form and the word for a sick note in Polish ("nieobecna (L4)", "jest na L4"): with digits, so no lexicon term. */
const L4 = /(?:^|[\s(])L4(?=[\s).,;:]|$)/gm;
/** A Polish text: its letters, or the words a sick note stands with ("nieobecna", "na L4"). */
const POLISH_LETTERS = /[ąćęłńśźż]|\bnieobecn|\bzwolnieni|\bna L4\b/i;

/**
 * The English "sick" or "ill" alone as a value: in brackets after someone, or as a table's cell ("Anna Weber (sick)",
 * "Anna Weber,sick,3"). In a sentence it is slang too ("that's sick", "sick of waiting").
 */
const SICK_VALUE = /(?:\(|^|,|;|\t|:)[ \t]*(?:sick|ill)[ \t]*(?=\)|,|;|\t|\r?\n|$)/gim;

function sickAsAValue(text: string, from: number, to: number): number {
  if (!/\b(?:sick|ill)\b/i.test(text)) return 0;
  return matchesIn(text, SICK_VALUE, from, to);
}

function sickNotesL4(text: string, from: number, to: number): number {
  if (!text.includes('L4') || !POLISH_LETTERS.test(text)) return 0;
  return matchesIn(text, L4, from, to);
}

/**
 * Italy's law 104/92 for disabled people and their carers, as leave requests name it ("i permessi della legge 104",
 * "L. 104/92", "permessi 104"): with digits, so no lexicon term.
 */
const LAW_104 =
  /(?<![\p{L}\d])(?:legge|l\.)[ \t]*(?:n\.[ \t]*)?104(?:\/(?:19)?92)?(?!\d)|(?<![\p{L}])permess[oi](?:[ \t]+(?:della|ex))?[ \t]+104(?!\d)/giu;

function italianDisabilityLeave(text: string, from: number, to: number): number {
  if (!text.includes('104')) return 0;
  return matchesIn(text, LAW_104, from, to);
}

/** Answers that give nothing away: blanks, dashes, "none", "prefer not to say", "keine Angabe", "neuvedeno", "ei" … */
const NO_ANSWER =
  /^(?:[-–—_./\s]*|n\.?\s?a\.?|none|no|nil|unknown|not (?:known|stated|disclosed|applicable)|prefer not to (?:say|answer)|rather not say|declined?|keine?|nein|unbekannt|k\.?\s?a\.?|keine angabe|ohne|non|aucune?|néant|inconnue?|non (?:communiquée?|renseignée?)|nessun[oa]?|non dichiarat[oa]|ninguna?|nada|desconocid[oa]|nee|geen|onbekend|nie|brak|nie dotyczy|não|nenhum[a]?|desconhecid[oa]|sem|ne|žádné|žádná|žádný|žiadne|žiadna|žiadny|neuveden[oaáé]|nič|brez|nema|ni|neznano|nepoznato|nem|nincs|nincsen|ismeretlen|nu|niciuna|niciunul|nespecificat|necunoscut|не|няма|неизвестно|όχι|κανένα|καμία|άγνωστο|ei|ei ole|ei mitään|ei tiedossa|tuntematon|puudub|teadmata|nē|nav|nezināms|nėra|nežinoma|nej|ingen|inget|okänd|okänt|intet|ukendt)$/iu;
/**
 * After a field's label (maybe with its version: "ICD-10"): its colon, then a short answer on the same line (not a
 * sentence, not a box to tick).
 */
const FIELD_VALUE = /^(?:-[\dA-Z]{1,4}(?:-[A-Z]{2})?)?[ \t]*[:=][ \t]*([^\n[\]☐☑☒]{1,40}?)[ \t]*(?:\n|$)/u;
/**
 * Where a form field's label may stand: at the start of a line, after a bullet, a cell delimiter or a wide gap; at a
 * line's start also after the reader's possessive, as a letter gives a field ("Ihre Blutgruppe: A Rh positiv").
 */
const FIELD_START =
  /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:(?:your|ihre?|deine?|votre|ton|ta|vostro|vostra|il suo|la sua|il tuo|la tua|su|tu|uw|jouw|twoja|twój|pana|pani|o seu|a sua|o teu|a tua)[ \t]+)?$|[\t|;][ \t]*$|\S {2,}$/iu;

/**
 * Where the answers to a special-category field are: each row under it when it heads a table
 * column ("ethnic_group"), or the value after it when it labels a form field ("Konfession: rk").
 */
function* fieldValues(scan: TextScan, hit: Hit): Iterable<number> {
  const { text } = scan;
  const tables = memo(scan, 'tables', newTableCache);
  const column = columnAt(text, hit.start, tables);
  // The header is the field's word, maybe abbreviated with its dot ("Konf.").
  if (column && fold(column.header).replace(/[.:]+$/, '') === fold(text.slice(hit.start, hit.end))) {
    for (const { cell, at } of cellsUnder(text, column, tables)) if (!NO_ANSWER.test(cell)) yield at;
    return;
  }
  const value = FIELD_VALUE.exec(text.slice(hit.end, hit.end + 48))?.[1];
  if (value === undefined || NO_ANSWER.test(value) || /[.!?]\s/.test(value)) return;
  if (FIELD_START.test(text.slice(Math.max(0, hit.start - 40), hit.start))) yield hit.start;
}

/** "je nach", "je mehr … desto", "je Person": German "each", "the more". */
const GERMAN_JE = /^[Jj]e\s+(?:nach|mehr|weniger|desto|umso|person|stück|tag|woche|monat|jahr|kind|teilnehmer|seite|\d)/iu;
/**
 * The French "je" before its verb or a pronoun ("je suis", "je ne", "je vous", "je souffre", "je prends"):
 * a verb of the first person ends in -e, -s, -x or -ai. Not the Czech, Slovak or Slovene "je" (is) before
 * "členem", "nemocná", "v nemocnici".
 */
const FRENCH_JE = /^[Jj]e\s+(?:ne|n['’]|me|m['’]|te|t['’]|le|la|les|l['’]|lui|leur|vous|y|en|\p{L}*(?:e|s|x|ai))(?![\p{L}])/u;

/** The families of a vet's, an animal's and a breed's words. */
const ANIMAL_FAMILIES = ['veterinary', 'animal', 'animal-breed'];
/** Whether a vet or an animal is told in the term's sentence: the animal's health, no one's (not the writer's own "I"). */
function animalsOwn(scan: TextScan, hit: Hit): boolean {
  const { text } = scan;
  if (!ANIMAL_FAMILIES.some((family) => scan.byFamily.has(family))) return false;
  const [start, end] = sentenceOf(text, hit.start, Math.max(0, hit.start - 160), Math.min(text.length, hit.end + 160));
  if ((scan.byFamily.get('first-person') ?? []).some((self) => self.start >= start && self.start < end)) return false;
  // Not the term's own animal ("a guide dog", "Blindenhund"): whose dog it is, the sentence tells. Nor a frequent word of
  // the eight languages that spells an animal's name without its marks (Dutch "kon", could, as the Polish "koń", a horse:
  // "Bezoeker met diabetes kon de hoofdingang niet in", holdout-960); the Spanish "perro" is a dog however frequent.
  const word = (animal: Hit) => text.slice(animal.start, animal.end).toLowerCase();
  return ANIMAL_FAMILIES.some((family) =>
    (scan.byFamily.get(family) ?? []).some(
      (animal) =>
        animal.start >= start &&
        animal.start < end &&
        (animal.start < hit.start || animal.start >= hit.end) &&
        // Any of the eight's frequent words: a short text's language is not told surely ("kon" read as Italian).
        !(word(animal) !== animal.phrase && frequentInLanguages(word(animal))),
    ),
  );
}
/**
 * The writer asking to be told or reached ("let me know", "tell me", "contact me", "lasst es mich wissen", "faites-moi
 * savoir", "fatemi sapere", "decídmelo", "laat het me weten", "dajcie mi znać", "avisem-me", holdout-861): whom to tell,
 * no disclosure of their own.
 */
const ASKED_TO_BE_TOLD =
  /(?<![\p{L}])(?:(?:let|tell|contact|ask|email|e-mail|call|ring|text|message|phone)[ \t]+me(?![\p{L}])|lass(?:t)?[ \t]+(?:es[ \t]+)?mich[ \t]+wissen|sag(?:t)?[ \t]+mir|faites-moi|dites-moi|contactez-moi|fais-moi|dis-moi|fatemi|ditemi|scrivetemi|contattatemi|fammi|dimmi|avisadme|decidme|escribidme|avísame|dime|hacédmelo|házmelo|laat[ \t]+(?:het[ \t]+)?(?:me|mij)[ \t]+weten|dajcie[ \t]+mi|daj[ \t]+mi|napiszcie[ \t]+(?:do[ \t]+)?mnie|avisem-me|digam-me|contactem-me|avisa-me|diz-me)/iu;
/** Whether the term is anyone's, asked of the readers in an "if anyone" clause that it ends (IF_ANYONE_BEFORE). */
function anyonesTerm(text: string, hit: Hit): boolean {
  return IF_ANYONE_BEFORE.test(text.slice(Math.max(0, hit.start - 80), hit.start));
}
/**
 * "If anyone" and its clause up to the term, within its clause ("if anyone has", "si alguien tiene alguna"; not "If
 * anyone asks, Tom has the flu", whose term is Tom's).
 */
const IF_ANYONE_BEFORE =
  /(?<![\p{L}])(?:if|wenn|falls|si|se|als|indien|jeśli|jeżeli|jesli|jezeli|caso)[ \t]+(?:anyone|anybody|someone|somebody|jemand|irgendjemand|quelqu['’]un|qualcuno|alguien|alguno|alguna|iemand|ktoś|ktos|alguém)(?:[ \t]+[^.!?\n,;:–—]{0,60})?$/iu;
/** How close a first-person word must stand before a special-category term to be about the writer. */
const SELF_REACH = 60;

/**
 * Special-category terms the writer says about themself ("I have been diagnosed with …",
 * "ich bin Mitglied der Gewerkschaft"): the writer is a person, whoever reads it.
 */
export function selfDisclosures(scan: TextScan, from = 0, to = scan.text.length): number {
  const found = scan.byFamily.get('first-person');
  if (!found) return 0;
  // The German "je" ("je nach Punktzahl", "je Person") is not the French "je"; "j" is the French "j'" only before
  // its apostrophe ("78 J., w" is an age in years).
  const selves = found
    .filter((self) => {
      const text = scan.text.slice(self.start, self.end + 12);
      if (self.end - self.start === 1) return text[1] === "'" || text[1] === '’';
      // In a Polish or a Slovak text "ich" is "their" ("ich rodzicom", "doklady o ich kúpe", holdout-996), not the
      // German "I": not in a text in another of the EU's languages either.
      if (/^[Ii]ch(?![\p{L}])/u.test(text)) return languageNear(scan, self.start) !== 'pl' && otherLanguageOf(scan) === '';
      // In a Dutch text "je" is "you" or "your" ("Meld je ziek", "bij je leidinggevende").
      if (/^[Jj]e(?![\p{L}])/u.test(text))
        return !GERMAN_JE.test(text) && FRENCH_JE.test(text) && languageNear(scan, self.start) !== 'nl';
      return true;
    })
    .filter((self) => !ASKED_TO_BE_TOLD.test(scan.text.slice(Math.max(0, self.start - 16), self.end + 12)));
  let count = 0;
  for (const [, family] of FAMILIES) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      if (hit.start < from || hit.start >= to) continue;
      // Anyone's, asked of the readers before the writer asks to be told ("si alguien tiene alguna alergia, que me lo
      // diga", holdout-859): the writer's "me" is whom to tell, not whose the term is.
      if (anyonesTerm(scan.text, hit)) continue;
      if (
        selves.some((self) => beside(scan.text, self, hit) && !colleaguesWork(scan, self, hit) && !eventsTopic(scan, self, hit))
      )
        count += 1;
    }
  }
  return count;
}

/** A time of day ("08:40", "14h15", "godz. 9:40"), and whether a range's second time follows it ("9:00–12:00", "tussen 14:00 en 17:00"). */
const TIME_OF_DAY = /(?<![\d:.,])(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?![\d:])/g;
const RANGE_AFTER =
  /^[ \t]*(?:uhr|h)?[ \t]*(?:[-–—]|to|till|until|bis|à|a|al|alle|tot|en|do|às|and|und|et|e|y)[ \t]+(?:\d|[-–—])/iu;
const RANGE_BEFORE =
  /(?:[-–—]|from|von|ab|zwischen|de|du|à partir de|entre|dalle|da|a partire dalle|desde|a partir de|tussen|van|vanaf|od|das|between)[ \t]*$/iu;
/** Today, tomorrow: a window of hours on a named day is one delivery's ("vandaag tussen 14:00 en 17:00"). */
const THIS_DAY =
  /(?<![\p{L}])(?:today|tomorrow|heute|morgen|aujourd['’]hui|demain|oggi|domani|hoy|mañana|vandaag|dzisiaj|dziś|jutro|hoje|amanhã)(?![\p{L}])/iu;

/** A day: a date ("09.12.2026", "14/12"), a day of a month ("9 December", "4 décembre", "14th Apr"), today or tomorrow. */
const A_DAY = new RegExp(
  String.raw`(?<![\d.])\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d:])|(?<!\d)\d{1,2}(?:st|nd|rd|th|er|º|\.)?[ \t]+(?:de[ \t]+)?(?:jan|feb|fév|fev|mär|mar|apr|avr|abr|kwi|may|mai|mei|maj|mag|jun|juin|giu|cze|jul|juil|lug|lip|aug|août|ago|sie|sep|set|wrz|oct|okt|ott|out|paź|nov|lis|dec|dez|déc|dic|gru|ene|gen|sty|lut|mrt|márz)\p{L}*|${THIS_DAY.source}`,
  'iu',
);

/** How far around the reader's care a notice's time and terms may stand, within its paragraph. */
const NOTICE_REACH = 300;

/**
 * The sentence around `index` within [from, to): from after the last sentence's end before it to its own end. A sentence
 * ends at ".", "!" or "?" after a letter or a bracket, then a line's end or a capital; a date's dots ("am 09.12. um 10
 * Uhr") and an abbreviation's before a number ("o godz. 08:40") end none.
 */
function sentenceOf(text: string, index: number, from: number, to: number): [number, number] {
  let start = from;
  for (const m of allMatches(SENTENCE_ENDS, text.slice(from, index))) start = from + m.index + m[0].length;
  const after = SENTENCE_END.exec(text.slice(index, to));
  return [start, after ? index + after.index + 1 : to];
}
/**
 * A sentence's end: its mark after a letter or a bracket, then a capital, a blank line or the text's end ("o godz. 08:40"
 * goes on, also where a line wraps after "godz.").
 */
const SENTENCE_END = /(?<=[\p{L})])[.!?](?=[ \t]*$|\s+\p{Lu}|[ \t]*\r?\n[ \t]*\r?\n)/u;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/**
 * Special-category terms about the reader of a notice of their own care: a reminder of their appointment, their
 * prescription delivered, their results ("Przypominamy o wizycie w Poradni Onkologicznej w dniu 09.12.2026 o godz.
 * 08:40", "Vandaag tussen 14:00 en 17:00 bezorgen wij uw herhaalrecept aan huis: insuline …"): the reader's care with
 * a day and a time of day in its sentence, and the terms within 300 characters of it in its paragraph. Such a notice is
 * sent to one person, named or not. Not a leaflet's opening hours ("Mon–Fri 8:00–18:00") nor its asking the reader to
 * book ("Book your flu vaccination at 9:30").
 */
export function readerDisclosures(scan: TextScan, from = 0, to = scan.text.length): number {
  const cares = scan.byFamily.get('readers-care');
  if (!cares) return 0;
  const { text } = scan;
  const notices: [number, number][] = [];
  for (const care of cares) {
    const [paragraphStart, paragraphEnd] = paragraphAround(text, care.start);
    const start = Math.max(paragraphStart, care.start - NOTICE_REACH);
    const end = Math.min(paragraphEnd, care.end + NOTICE_REACH);
    // The day and the time are the care's own: in its sentence ("Votre rendez-vous … est pris en charge à 100 % tous les
    // deux ans. … le 14/12 à 18h00, une réunion d'information" gives another event's).
    const [sentenceStart, sentenceEnd] = sentenceOf(text, care.start, start, end);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    if (hitBetween(scan, 'book-one', start, end)) continue;
    const timed = allMatches(TIME_OF_DAY, sentence).some((m) => {
      const ranged =
        RANGE_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
        RANGE_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index));
      return !ranged || THIS_DAY.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    });
    if (timed && A_DAY.test(sentence)) notices.push([start, end]);
  }
  if (notices.length === 0) return 0;
  let count = 0;
  for (const [, family] of FAMILIES) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      if (hit.start < from || hit.start >= to) continue;
      if (notices.some(([start, end]) => hit.start >= start && hit.end <= end)) count += 1;
    }
  }
  return count;
}

/** The prepositions after a topic's word: "on", "about", "über", "sur", "sobre", "over", "o" … */
const TOPIC_PREPOSITIONS = `on|about|of|for|em|für|pour|per|para|voor|dla|in|über|zum|zur|zu|vom|von|der|des|sur|sul|sulla|sullo|sui|de|du|d['’]|di|del|della|dello|dei|sobre|da|do|das|dos|van|over|z|o|dotycząc[aey]|na temat|na|with|mit|avec|con|met|com|w`;
/** A talk's, an event's, a study's or a leaflet's words: what a term after them (and a preposition) is the topic of. */
const EVENT_AND_LEAFLET_WORDS = `leaflets?|brochures?|flyers?|posters?|guides?|guidance|handouts?|fact ?sheets?|merkblatt|broschüre|infoblatt|dépliant|affiche|volantino|opuscolo|folleto|cartel|folder|ulotk[aęi]|broszur[aęy]|plakat|folheto|cartaz|talks?|presentations?|training|courses?|workshops?|webinars?|seminars?|lectures?|surveys?|questionnaires?|thesis|dissertation|study|articles?|campaigns?|vortrag|präsentation|schulung|kurs|seminar|umfrage|fragebogen|masterarbeit|bachelorarbeit|studie|artikel|kampagne|conférence|présentation|formation|cours|atelier|webinaire|séminaire|enquête|mémoire|thèse|étude|article|campagne|conferenza|presentazione|formazione|corso|seminario|indagine|questionario|tesi|studio|articolo|campagna|charla|ponencia|presentación|formación|curso|taller|encuesta|cuestionario|tesis|estudio|artículo|campaña|lezing|presentatie|cursus|vragenlijst|scriptie|wykład|prezentacj[aęi]|szkoleni[ea]|warsztaty|ankiet[aęy]|artykuł|kampani[aęi]|palestra|apresentação|formação|seminário|inquérito|questionário|tese|dissertação|estudo|artigo|campanha`;
/**
 * … and a session's, a service's, a department's, a prevention's, a trial's and a voucher's words, of which a term may be
 * the field too ("die Gutscheine für die Grippeschutzimpfung beim Betriebsarzt", holdout-831).
 */
const TOPIC_WORDS = `drop-ins?|vouchers?|gutscheine?|bons?|buoni|vales?|bonnen|bony|sessions?|séance|sessione|sesión|sessie|sesj[aęi]|sessão|instructions?|leitfaden|anleitung|aushang|fiche|guida|istruzioni|vademecum|guía|instrucciones|handleiding|instructie|poradnik|instrukcj[aęi]|guia|instruções|research|awareness|prevention|screening|renewal|service|department|ward|unit|clinic|prävention|vorsorge|aufklärung|abteilung|station|recherche|sensibilisation|prévention|dépistage|renouvellement|unité|laboratorio|ricerca|sensibilizzazione|prevenzione|rinnovo|reparto|servizio|investigación|concienciación|prevención|cribado|renovación|servicio|unidad|planta|onderzoek|voorlichting|preventie|afdeling|dienst|prac[aęy]|badani[ea]|profilaktyk[aię]|oddział|investigação|sensibilização|prevenção|rastreio|renovação|serviço|unidade|trials?|clinical trials?|studien|essais?|experience|erfahrung|expérience|esperienza|experiencia|ervaring|doświadczeni[ea]|experiência|sperimentazion[ei]|ensayos?|ensaios?|sign-ups|registrations|anmeldungen|inscriptions|iscrizioni|inscripciones|aanmeldingen|zapisy|inscrições|background|qualifications?|degree|speciali[sz]ation|specialty|speciality|ausbildung|studium|fachgebiet|spécialisation|spécialité|diplôme|specializzazione|laurea|specialización|especialidad|licenciatura|máster|opleiding|specialisatie|specjalizacj[aęi]|wykształcenie|especialização|especialidade|mestrado`;
/** A topic's word (of `words`), maybe one word after it, and its preposition. */
const topicHead = (words: string, prepositions = TOPIC_PREPOSITIONS) =>
  String.raw`(?<![\p{L}])(?:${words})(?:[ \t]+\p{L}+)?[ \t]+(?:${prepositions})(?:\s+|(?<=['’]))`;
const TOPIC_HEAD_SOURCE = topicHead(`${EVENT_AND_LEAFLET_WORDS}|${TOPIC_WORDS}`);
export const TOPIC_HEAD = new RegExp(TOPIC_HEAD_SOURCE, 'iu');
/** What may stand between a topic's preposition and its term: up to twelve words, maybe an elided article. */
const TOPIC_TAIL = String.raw`(?:[\p{L}'’-]+,?\s+){0,12}(?:\p{L}+['’])?$`;
/**
 * Talks, courses, studies, campaigns, services, leaflets and vouchers, and their preposition, before a term ("a talk on",
 * "a new leaflet on", holdout-827): what the term is the topic or the field of.
 */
export const TOPIC_BEFORE_TERM = new RegExp(`${TOPIC_HEAD_SOURCE}${TOPIC_TAIL}`, 'iu');
/**
 * A talk's, an event's or a leaflet's topic only, after "on" or "about", as a writer tells of their own work ("a flyer on
 * diabetes awareness week"); not a session with a psychologist or of chemotherapy, which is the writer's care.
 */
const EVENT_TOPIC_BEFORE_TERM = new RegExp(
  `${topicHead(EVENT_AND_LEAFLET_WORDS, 'on|about|über|sur|sul|sulla|sullo|sui|sobre|over|o|na temat|dotycząc[aey]')}${TOPIC_TAIL}`,
  'iu',
);
/** Charities, societies and services a term names ("Irish Cancer Society", "Deutsche Krebshilfe"), or a term's prevention. */
export const ORGANISATION_AFTER_TERM =
  /^\p{L}*[ \t]+(?:first aiders?|champions?|ambassadors?|ersthelfer(?:innen)?|secouristes?|society|foundation|trust|charity|association|research|prevention|awareness|screening|unit|ward|clinic|department|service|centre|center|stiftung|gesellschaft|verband|hilfe|prävention|vorsorge|fondation|ligue|prévention|fondazione|lega|associazione|prevenzione|fundación|asociación|prevención|stichting|fonds|vereniging|preventie|fundacja|stowarzyszenie|profilaktyka|fundação|associação|liga|prevenção)(?![\p{L}])/iu;
/**
 * Delivering, explaining, offering or giving a thing: what they deliver or offer is goods or a service ("levert de
 * medicijnen", "our nurse will also give flu jabs", "zaprasza seniorów na bezpłatne badanie cholesterolu", holdout-819);
 * what they present, prepare, write, order or take over is their work ("présentera la nouvelle mutuelle santé",
 * "przygotował instrukcję udzielania pierwszej pomocy przy zawale", holdout-827).
 */
const HANDLES_HEAD_SOURCE = String.raw`(?<![\p{L}])(?:deliver(?:s|ed|ing)?|brings?|explain(?:s|ed|ing)?|liefert|bringt|erklärt|livre|apporte|explique(?:ra)?|consegna|porta|spiega|entrega|lleva|explica(?:rá)?|levert|bezorgt|brengt|legt[ \t]+uit|dostarcz[ay]|przywiezie|wyjaśni|explicar|offer(?:s|ed|ing)?|give(?:s|n)?|gave|giving|perform(?:s|ed)?|organi[sz](?:es|ed)|holds?|bietet|anbieten|organisiert|propose|offre|effectue|réalise|organise|anime|esegue|effettua|organizza|ofrece|realiza|organiza|imparte|biedt|geeft|organiseert|oferuje|zaprasza|przeprowadz[ai]|organizuje|oferece|dá|present(?:s|ed|ing)?|präsentiert|présente(?:ra)?|presenta|presenterà|presentará|presenteert|przedstawi|apresenta(?:rá)?|prepared|prepares|vorbereitet|erstellt|prépar(?:e|é|era)|preparat[oa]|preparado|prepara|opgesteld|przygotował[a]?|przygotuje|preparou|wrote|written|geschrieben|écrit|scritto|escrito|geschreven|napisał[a]?|ordered|bestellt|commandé|ordinato|besteld|zamówił[a]?|encomendou|takes[ \t]+over|übernimmt|reprend|przejmuje|distribut(?:es|ed|ing)|hands?[ \t]+out|handing[ \t]+out|verteilt|distribue|distribuisce|reparte|deelt|rozdaje|distribui)\s+`;
export const HANDLES_HEAD = new RegExp(HANDLES_HEAD_SOURCE, 'iu');
export const HANDLES_BEFORE_TERM = new RegExp(`${HANDLES_HEAD_SOURCE}(?:[\\p{L}'’-]+\\s+){0,6}$`, 'iu');
/**
 * A field one studied or specialises in, up to three words before the term ("ha studiato cardiologia a Pavia",
 * "specialised in paediatric oncology"): their field, not their state ("studied nursing but is now off with pneumonia").
 */
export const STUDIED_BEFORE_TERM =
  /(?<![\p{L}])(?:stud(?:ied|ies|ying)|studiert|étudiée?|studiat[oa]|estudi(?:ó|ado|ada)|gestudeerd|studiował[a]?|estudou|speciali[sz](?:ed|es|ing)[ \t]+in|spezialisiert[ \t]+auf|spécialisée?[ \t]+en|specializzat[oa][ \t]+in|especializad[oa][ \t]+(?:en|em)|gespecialiseerd[ \t]+in|specjalizuje[ \t]+się[ \t]+w)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** A role's own place right after its word ("colleague from occupational health", "a colega da farmácia"). */
export const ROLE_PLACE =
  /^[ \t]+(?:from|of|in|at|aus|von|vom|der|im|de|du|des|da|do|della|dello|dell['’]|del|di|van|z|ze|w)(?:[ \t]+|(?<=['’]))(?:[\p{L}'’.-]+[ \t]+)?$/iu;
/**
 * The term is a talk's, an event's or a leaflet's topic the writer tells of ("the temp agency sent over a flyer on
 * diabetes awareness week, I've pinned it in the kitchen", holdout-831): theirs only where their word stands right
 * before it ("a talk on my diabetes").
 */
function eventsTopic(scan: TextScan, self: Hit, term: Hit): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', term.start - 1) + 1;
  if (!EVENT_TOPIC_BEFORE_TERM.test(text.slice(Math.max(lineStart, term.start - 120), term.start))) return false;
  return !(self.end <= term.start && /^[ \t]+(?:\p{L}+[ \t]+)?$/u.test(text.slice(self.end, term.start)));
}
/**
 * The term is the writer's colleague's place or work, not the writer's state ("my colleague in the medicines information
 * team has prepared a new leaflet on antibiotics", "mi compañera dará una charla sobre … dolor de espalda", holdout-827):
 * a title's word (colleague) right after the first-person word, then its place up to the term, or a topic's or a
 * handling's words before it.
 */
function colleaguesWork(scan: TextScan, self: Hit, term: Hit): boolean {
  if (self.start > term.start) return false;
  const colleague = [...hitsAt(scan, self.end + 1), ...hitsAt(scan, self.end + 2)].find((hit) => hit.family === 'title');
  if (colleague === undefined || colleague.end > term.start) return false;
  const between = scan.text.slice(colleague.end, term.start);
  return ROLE_PLACE.test(between) || TOPIC_BEFORE_TERM.test(between) || HANDLES_BEFORE_TERM.test(between);
}

/** A first-person word before the term ("my diagnosis") or after it ("the union fee from my salary"), on its line. */
function beside(text: string, self: Hit, term: Hit): boolean {
  return self.start <= term.start
    ? term.start - self.end <= SELF_REACH && !lineBreakBetween(text, self.end, term.start)
    : self.start - term.end <= SELF_REACH && !lineBreakBetween(text, term.end, self.start);
}

/**
 * Whether a line ends between the two: a list's, a form's or a paragraph's end. Not where prose is wrapped: one line
 * break, the line before it long and ending inside its sentence ("O meu pai foi\ninternado ontem …", at 72 columns).
 */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  const i = text.indexOf('\n', from);
  if (i < 0 || i >= to) return false;
  const next = text.indexOf('\n', i + 1);
  if (next >= 0 && next < to) return true;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i).replace(/[ \t\r]+$/, '');
  if (!WRAPPED_LINE.test(line)) return true;
  // The next line goes on in lower case, or with a capitalised word after an article's or a preposition's, as a German
  // noun or a name goes on ("dass er seit dem\nSommer wegen einer Depression …", holdout-804; not a programme's next
  // line after "… mit Kinderchor").
  const goesOn = text.slice(i + 1, i + 8).replace(/^[ \t]*(?:>[ \t]*)*/, '');
  const lastWord = /\p{Ll}+$/u.exec(line)?.[0];
  return !(/^\p{Ll}/u.test(goesOn) || (lastWord !== undefined && isFrequentWord(lastWord) && /^\p{Lu}\p{Ll}/u.test(goesOn)));
}
/** A line wrapped inside its sentence: long, ending in a word or a comma. */
const WRAPPED_LINE = /^[^\n]{55,}[\p{L},]$/u;

/** Where "All staff" addresses a text's readers: before a comma, a colon or the line's end, or after "To:", "Dear". */
const ADDRESSEE_AFTER = /^[ \t]*(?:[,:!]|\r?\n|$)/;
const ADDRESSEE_BEFORE = /(?:to|dear|hi|hello|attn|for)[ \t:]*$/i;

/** Marks that are everyday adjectives too: only as a heading, a label or in capitals. */
const GENERAL_WORDS = new Set(['restricted', 'internal', 'intern', 'reservado', 'riservato']);

/** Labels before a document's classification ("Classification: Restricted", "Einstufung: VERTRAULICH"). */
const CLASSIFICATION_LABEL =
  /(?:classification|classified|klassifizierung|einstufung|vertraulichkeit|schutzklasse|classificazione|clasificación|classificatie|klasyfikacja|classificação)[ \t]*:[ \t]*$/iu;

/** A quotation mark opening before a word on its line and not closed before it; its closing mark after the word. */
const QUOTE_OPEN_BEFORE = /[«“„][^«»“”„\n]*$/u;
const QUOTE_CLOSE_AFTER = /^[^«»“”„\n]*[»”“]/u;
/** An internal inquiry's words, a marker only opening a line. */
const INQUIRY = new Set(INTERNAL_INQUIRY);
/**
 * A mark that the document is confidential or for its organisation's people: a phrase anywhere
 * ("strictly confidential", "nur für den internen Gebrauch", "to all staff"), one word only as a
 * mark is written — a heading or a label at a line's start, in capitals, or after a
 * classification's label — not in a sentence ("Wir behandeln Ihre Daten vertraulich",
 * "Restricted parking on Main Street", "internal audit").
 */
export function hasConfidentialityMarker(scan: TextScan, from = 0, to = scan.text.length): boolean {
  const { text } = scan;
  return (scan.byFamily.get('confidential') ?? []).some((h) => {
    if (h.start < from || h.start >= to) return false;
    // Inside a quotation on its line, the speaker's words (« Ce prix revient à toute l'équipe », holdout-848).
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    if (QUOTE_OPEN_BEFORE.test(text.slice(lineStart, h.start)) && QUOTE_CLOSE_AFTER.test(text.slice(h.end, h.end + 300)))
      return false;
    const word = text.slice(h.start, h.end);
    // "All staff" is a text's addressee ("All staff,", "To: All staff"), not a sentence about them ("All staff are
    // trained to …" in a policy for parents).
    if (/^all staff$/i.test(word))
      return (
        ADDRESSEE_AFTER.test(text.slice(h.end, h.end + 4)) ||
        ADDRESSEE_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))
      );
    // "Who this applies to\nAll employees with …": a preposition ending a line is its sentence's, no addressee's (holdout-645).
    if (/^(?:to|an|à|a|aan|do)[ \t]*\r?\n/i.test(word)) return false;
    const before = text.slice(lineStart, h.start);
    // An internal inquiry as a heading names it ("Enquête interne sur …"), not a procedure's "une enquête interne peut être
    // ouverte" (holdout-186).
    if (INQUIRY.has(word.toLowerCase())) return /^[\s#*>]*$/.test(before);
    if (/\s/.test(word)) return true;
    // At a line's start as a heading or a label ("Confidential", "Intern – niet verspreiden"); the words that only
    // mean confidential also opening a sentence ("… amber. Confidential until published"), not "Restricted parking …".
    const atStart = /^[\s#*>[(|_-]*$/.test(before);
    const label = /^[ \t]*(?:$|[\r\n:–—|/,)\]-])/.test(text.slice(h.end, h.end + 4));
    const general = GENERAL_WORDS.has(word.toLowerCase());
    const heading = (atStart && (label || !general)) || (!general && /[.!?][ \t]+$/.test(before));
    // Ending a short label line: "Company confidential", "Strictly private & confidential", "NDA – confidential" (not an
    // everyday adjective: "Documento riservato" is a phrase of its own).
    const labelEnd = !general && label && LABEL_LINE_BEFORE.test(before);
    return heading || labelEnd || word === word.toUpperCase() || CLASSIFICATION_LABEL.test(before);
  });
}
/** Up to four words (and "&", "–", "/") opening a line before a marker: a label's line, not a sentence's. */
const LABEL_LINE_BEFORE = /^[\s#*>[(|_-]*(?:\p{L}+[ \t]*(?:[&–—/+-][ \t]*)?){1,4}[ \t]+$/u;
