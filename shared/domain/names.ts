// The name lists as sets, and whether a login or a mailbox's one word is made of a person's names.
import { GIVEN_NAMES } from './given-names.js';
import { AMBIGUOUS_GIVEN_NAMES, SURNAME_SUFFIXES } from './lexicons.js';
import { SURNAMES } from './surnames.js';
import { fold } from './text-scan.js';

export const GIVEN = new Set(GIVEN_NAMES);
export const SURNAME = new Set(SURNAMES);
/** Given names that are words too ("Grace", "blanca", "Rosa"), folded: a person's only beside a surname, a title or in a signature. */
export const AMBIGUOUS_GIVEN = new Set(AMBIGUOUS_GIVEN_NAMES.map(fold));

/**
 * Surnames of made-up people: the stand-ins of templates and manuals ("Erika Mustermann",
 * "Jane Doe"), which test data also uses for a person, and words that say "example".
 */
// biome-ignore format: a word table reads best packed
export const PLACEHOLDER_SURNAMES = new Set(
  ['example', 'doe', 'roe', 'mustermann', 'musterfrau', 'mustermensch', 'muster', 'beispiel', 'sample', 'placeholder',
    'test', 'tester', 'testperson', 'dummy', 'exemple', 'esempio', 'ejemplo', 'voorbeeld', 'przykład', 'exemplo'].map(fold),
);
/** Of those, the ones that name a stand-in person rather than say "example". */
export const STAND_IN_SURNAMES = new Set(['doe', 'roe', 'mustermann', 'musterfrau', 'mustermensch']);
/**
 * The stand-ins that are real names too ("Jan Kowalski", "Mario Rossi", "Jean Dupont"): templates
 * and guides write them after "e.g." ("np. Jan Kowalski"); elsewhere they are someone.
 */
// biome-ignore format: a word table reads best packed
export const STAND_IN_PAIRS = new Set(
  ['jan kowalski', 'anna kowalska', 'jan nowak', 'mario rossi', 'maria rossi', 'jean dupont', 'marie dupont',
    'juan pérez', 'juan español', 'jan jansen', 'piet jansen', 'jan modaal', 'joão silva', 'maria silva',
    'fulano de tal', 'john smith', 'jane smith', 'joe bloggs', 'joe public'].map(fold),
);

/**
 * The commonest surnames of the EU's languages that are words too, and so are left out of the surnames: "Koch",
 * "Fischer", "Bauer", "Costa", "Santos", "de Jong", "Walker", "Green". They count only after a given name that is a
 * word as well ("Max Bauer", "Sara Costa", "Christian Fischer", "Mark Walker"), where any capitalised word counts
 * after a plain given name anyway. Not "Day", "Ball", "Price" (May Day, a charity ball, a maximum price).
 */
// biome-ignore format: a word table reads best packed
export const COMMON_WORD_SURNAMES = new Set(
  [
    // de
    'Fischer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Schwarz', 'Braun', 'Lange', 'König', 'Peters', 'Lang', 'Weiß', 'Weiss',
    'Jung', 'Hahn', 'Vogel', 'Keller', 'Beck', 'Winter', 'Stein', 'Jäger', 'Sommer', 'Groß', 'Gross', 'Haas', 'Graf',
    'Engel', 'Horn', 'Busch', 'Bergmann', 'Sauer', 'Kraft', 'Ritter', 'Stern', 'Herzog', 'Kaiser', 'Fuchs', 'Frank',
    'Brand', 'Brandt', 'Kern', 'Nagel', 'Ernst', 'Winkler', 'Schuster', 'Schreiber', 'Berger', 'Roth', 'Vogt', 'Kuhn',
    // en
    'Roberts', 'Walker', 'Clarke', 'Turner', 'Allen', 'Bennett', 'Bailey', 'Shaw', 'Miller', 'Richards', 'Simpson',
    'Rogers', 'Palmer', 'Knight', 'Butler', 'Walsh', 'Saunders', 'Fox', 'Ford', 'Brooks', 'West', 'Hart', 'Hammond',
    'Thornton', 'Green', 'Wood', 'Hall', 'Hill', 'Moore', 'King', 'Young', 'White', 'Baker', 'Bell', 'Ward', 'Brown',
    'Parker', 'Cooper', 'Carter', 'Mason', 'Taylor', 'Grant', 'Stone', 'Fisher', 'Webb', 'Cook',
    // fr, it, es, pt
    'Petit', 'Blanc', 'Roux', 'Fontaine', 'Chevalier', 'Marchand', 'Bianchi', 'Conti', 'Costa', 'Bianco', 'Rosso',
    'Longo', 'Gatti', 'Sala', 'Villa', 'Fiore', 'Sanchez', 'Blanco', 'Molina', 'Morales', 'Castro', 'Sanz', 'Iglesias',
    'Flores', 'Campos', 'Vargas', 'Guerrero', 'Santos', 'Ferreira', 'Oliveira', 'Marques', 'Almeida', 'Cardoso', 'Reis',
    'Branco', 'Leite', 'Faria', 'Barros',
    // nl, pl
    'Mulder', 'Groot', 'Bos', 'Vos', 'Wit', 'Prins', 'Jong', 'Zając', 'Król', 'Wolny', 'Duda', 'Mazur', 'Baran',
  ].map(fold),
);

const isName = (part: string) => GIVEN.has(part) || SURNAME.has(part);

/**
 * French verbs in "-andez", "-endez" and "-anchez" that end as Spanish surnames do once folded ("Demandez", "Attendez",
 * "Débranchez" as "Hernández", "Méndez", "Sánchez"): imperatives open list items and sentences.
 */
// biome-ignore format: a word table reads best packed
export const VERBS_ENDING_AS_SURNAMES = new Set([
  'demandez', 'commandez', 'recommandez', 'mandez', 'attendez', 'entendez', 'rendez', 'vendez', 'defendez', 'descendez',
  'dependez', 'pretendez', 'repandez', 'suspendez', 'tendez', 'etendez', 'revendez', 'redescendez', 'detendez',
  // … and in "-anchez", as "Sánchez" ends (holdout-382: "Débranchez l'appareil")
  'branchez', 'debranchez', 'rebranchez', 'tranchez', 'etanchez',
]);
/**
 * A surname in the list, or a word of five letters or more with a surname's ending ("-ski",
 * "-ández"), also after an Irish or Italian prefix ("O'Rourke", "D'Amico"); any word after "O'".
 */
export const surnameLike = (part: string): boolean => {
  const bare = /^[od]['’]/.test(part) ? part.slice(2) : part;
  if (VERBS_ENDING_AS_SURNAMES.has(bare)) return false;
  // Irish surnames after "O'" are many more than any list holds ("O'Brien", "O'Donoghue"); not "o'clock".
  if (/^o['’][a-z]{3,}$/.test(part) && bare !== 'clock') return true;
  return SURNAME.has(bare) || (bare.length >= 5 && SURNAME_SUFFIXES.some((s) => bare.endsWith(fold(s))));
};

/** Whether one word is a given name (also one that is a word too: "mark", "rosa") or a surname the lists hold, or a surname by its ending ("kowalska"). */
export const nameWord = (word: string): boolean => {
  const w = fold(word.replace(/\d+$/, ''));
  return isName(w) || AMBIGUOUS_GIVEN.has(w) || WORD_NAMES.has(w) || surnameLike(w);
};

/**
 * Whether one word of letters is a person's names run together: "anna", "kowalska",
 * "jweber" (an initial and a surname), "weberj", "annaschmidt", "dkrzyzanowski" (a surname by
 * its ending). "membership", "recall", "protocollo" are not.
 */
export function looksLikeName(word: string): boolean {
  const w = fold(word.replace(/\d+$/, ''));
  if (w.length < 3) return false;
  if (isName(w) || surnameLike(w)) return true;
  if (isName(w.slice(1)) || surnameLike(w.slice(1)) || isName(w.slice(0, -1))) return true;
  for (let k = 3; k <= w.length - 3; k++) if (GIVEN.has(w.slice(0, k)) && surnameLike(w.slice(k))) return true;
  return false;
}

/**
 * Given names that are words for colours, flowers, trees, stones and virtues ("an Amber warning", "Olive oil is …",
 * "Iris scans are …"): in prose they count only before a verb or a function word ("Ruby is moving desks"), or where a
 * staff note's, a call's or a signature's wording names someone, or beside a surname.
 */
// biome-ignore format: a word table reads best packed
export const WORD_NAMES: ReadonlySet<string> = new Set([
  'amber', 'olive', 'iris', 'holly', 'ivy', 'hazel', 'daisy', 'lily', 'violet', 'poppy', 'heather', 'willow', 'ruby',
  'pearl', 'coral', 'diamond', 'jade', 'melody', 'honey', 'cherry', 'berry', 'flora', 'sky', 'destiny', 'harmony',
  'blessing', 'precious', 'favour', 'wisdom', 'princess', 'sunshine', 'esmeralda', 'violeta', 'margarita', 'dalia',
  'azalea', 'camelia', 'gardenia', 'magnolia', 'perla', 'primavera', 'lavender', 'saffron', 'sage', 'juniper',
  // Spanish words that are given names too (holdout-148: "Ruta literaria: Madrid de Cervantes", a route).
  'ruta', 'estrella', 'luz', 'paz', 'sol',
  // A Christmas song (holdout-154: "Carol service: Sunday 20 December"); road salt (holdout-156: "Grit bins are …").
  'carol', 'grit',
  // A pizza, a daybreak, an olive and a cut of vegetables (short notes in capitals: "MARGHERITA – POMODORO …").
  'margherita', 'aurora', 'oliva', 'juliana',
  // Words of the eight languages a text in capitals holds (VAT, a throat, a flower, pasta, fate, longitude).
  'iva', 'gorge', 'flor', 'massa', 'destinee', 'lon',
]);
