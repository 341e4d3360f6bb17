// Detectors of contact, financial and secret data. Each finds one kind of identifier and
// validates it (checksums, numbering plans) so that look-alikes such as order numbers do
// not count, and weighs the words around it: context raises or lowers its confidence.
import { isValidIBAN } from 'ibantools';
import { type CountryCode, type MetadataJson, PhoneNumber } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';
import { classifierTerms, PHONE_WORD_COUNTRIES } from './lexicons.js';
import { allMatches } from './matches.js';
import { GIVEN, looksLikeName, nameWord, PLACEHOLDER_SURNAMES, SURNAME } from './names.js';
import { frequentInLanguages, otherLanguageOf } from './other-languages.js';
import {
  type DigitText,
  digitText,
  exampleCodeBlock,
  fold,
  type Hit,
  hitBetween,
  Lexicon,
  languageNear,
  languageSurelyNear,
  memo,
  near,
  nearHitOnLine,
  nearOnLine,
  scanText,
  type TextScan,
} from './text-scan.js';
import { textHas } from './word-gate.js';

export type FindingCategory = 'personal' | 'special' | 'secret' | 'marker';

export interface Match {
  readonly type: string;
  readonly value: string;
  readonly confidence: number;
  /** Where the match starts in the text searched. */
  readonly index: number;
}

export interface Detector {
  readonly type: string;
  readonly category: FindingCategory;
  /** Finds matches in a text, or in a text already scanned. */
  find(input: string | TextScan): Iterable<Match>;
}

const LEXICON = new Lexicon(classifierTerms());

/** The one pass every detector reads from. */
export function scanFor(text: string): TextScan {
  return withNordicReader(scanText(text, LEXICON));
}

/** The Nordic languages' words for "you" and "your", which are other words elsewhere (French "du", Romanian "din"). */
const NORDIC_YOU = 'du|dig|din|dina|ditt|dit|dine|deg';
const NORDIC_SECOND_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:${NORDIC_YOU})(?![\p{L}])`, 'giu');
const NORDIC_LETTER = /[åæøÅÆØ]/;
/** The same words by ASCII word boundaries, no look-behind tried at every position: only to tell whether any stands. */
const NORDIC_SECOND_PERSON_START = new RegExp(String.raw`\b(?:${NORDIC_YOU})\b`, 'i');

/**
 * A text in Swedish, Danish or Norwegian speaks to its reader with "du" and "din" ("Här kommer din hyresavi", "Har du
 * frågor"), which the lexicon leaves out of the reader's words as the French and Romanian words they are too: in such a
 * text they count, as "you" and "your" do in English (holdout-346's rent notice).
 */
function withNordicReader(scan: TextScan): TextScan {
  // The Nordic letters first ("å", "æ", "ø"), which French, Dutch and Romanian texts do not write: cheaper to ask.
  if (!NORDIC_LETTER.test(scan.text) || !NORDIC_SECOND_PERSON_START.test(scan.text)) return scan;
  if (!['sv', 'da', 'no'].includes(otherLanguageOf(scan))) return scan;
  const added: Hit[] = [];
  for (const m of allMatches(NORDIC_SECOND_PERSON, scan.text))
    added.push({ start: m.index, end: m.index + m[0].length, family: 'second-person', phrase: m[0].toLowerCase() });
  if (added.length === 0) return scan;
  const byStart = (a: Hit, b: Hit) => a.start - b.start;
  const byFamily = new Map(scan.byFamily);
  byFamily.set('second-person', [...(scan.byFamily.get('second-person') ?? []), ...added].sort(byStart));
  // What was derived from the hits goes; the text's language stays.
  const memo = new Map([...scan.memo].filter(([key]) => key === 'other-language'));
  return { ...scan, hits: [...scan.hits, ...added].sort(byStart), byFamily, memo };
}

export function defineDetector(type: string, category: FindingCategory, find: (scan: TextScan) => Iterable<Match>): Detector {
  return { type, category, find: (input) => find(typeof input === 'string' ? scanFor(input) : input) };
}

/** Characters around each digit that the numeric detectors see (an IBAN's country code, an address's street). */
const DIGIT_MARGIN = 40;
/** The text around the digits, shared by every numeric detector of one scan. */
export function digitsOf(scan: TextScan): DigitText {
  return memo(scan, 'digit-text', () => digitText(scan, DIGIT_MARGIN));
}

/** What the digits of a text look like: enough to skip a detector that cannot match. */
export interface DigitShape {
  /** A run of digits with capital letters glued to its front ("DE89", "X248", "RCCMNL83"). */
  readonly lettersBefore: boolean;
  /** A run of digits with a small letter glued to its front ("rssmra85", a codice fiscale typed in a chat). */
  readonly smallBefore: boolean;
  /** A run of digits with a capital letter glued to its end ("54362315K", "1234567TW"). */
  readonly letterAfter: boolean;
  /** … or a small letter, maybe after a hyphen ("54362315k", "150387-099r"). */
  readonly smallAfter: boolean;
  /** A run after "+" (or "+(", "+ ") or starting with "00": an international phone number. */
  readonly international: boolean;
  /** The most digits in one group of runs joined by single spaces or hyphens ("4111 1111 1111 1111": 16). */
  readonly longestSpacedGroup: number;
  /** Six digits and then "-", "+" or a letter: a Finnish personal identity code's date and century sign. */
  readonly sixThenSign: boolean;
  /** Four runs joined by dots: an IPv4 address. */
  readonly dottedQuad: boolean;
  /** A run starting with 756: a Swiss AHV number. */
  readonly ahv: boolean;
  /** A run of two or more digits starting with 0: a national trunk prefix. */
  readonly zeroLead: boolean;
  /**
   * Three digits, one space or hyphen, then three or two digits ("612 345", "622 18"): how ES, PT, PL and IT group
   * mobiles, and Spain in pairs too.
   */
  readonly threeByThree: boolean;
}

const isCapital = (c: number) => c >= 65 && c <= 90;
const isSmall = (c: number) => c >= 97 && c <= 122;

export function shapeOf(scan: TextScan): DigitShape {
  return memo(scan, 'digit-shape', () => measureShape(scan));
}

function measureShape(scan: TextScan): DigitShape {
  const { text, digitRuns } = scan;
  let lettersBefore = false;
  let smallBefore = false;
  let letterAfter = false;
  let smallAfter = false;
  let international = false;
  let longestSpacedGroup = 0;
  let spaced = 0;
  let sixThenSign = false;
  let dottedQuad = false;
  let ahv = false;
  let dots = 0;
  let zeroLead = false;
  let threeByThree = false;
  let previousLength = 0;
  for (let r = 0; r < digitRuns.length; r += 2) {
    const from = digitRuns[r] as number;
    const to = digitRuns[r + 1] as number;
    const before = text.charCodeAt(from - 1);
    if (isCapital(before)) lettersBefore = true;
    else if (isSmall(before)) smallBefore = true;
    if (isCapital(text.charCodeAt(to)) || (text.charCodeAt(to) === 45 && isCapital(text.charCodeAt(to + 1)))) letterAfter = true;
    else if (isSmall(text.charCodeAt(to)) || (text.charCodeAt(to) === 45 && isSmall(text.charCodeAt(to + 1)))) smallAfter = true;
    if (before === 43 || text.charCodeAt(from - 2) === 43 || (text.charCodeAt(from) === 48 && text.charCodeAt(from + 1) === 48))
      international = true;
    if (to - from >= 3 && text.charCodeAt(from) === 55 && text.charCodeAt(from + 1) === 53 && text.charCodeAt(from + 2) === 54)
      ahv = true;
    // Runs continue a group when exactly one separator stands between them: a card's groups
    // by a space or "-" ("4111 1111"), an IPv4 address's by dots.
    const previousEnd = r > 0 ? (digitRuns[r - 1] as number) : -2;
    const single = from - previousEnd === 1;
    const spacedJoin = single && (before === 32 || before === 45);
    spaced = spacedJoin ? spaced + (to - from) : to - from;
    longestSpacedGroup = Math.max(longestSpacedGroup, spaced);
    dots = single && before === 46 ? dots + 1 : 0;
    if (dots >= 3) dottedQuad = true;
    if (to - from >= 2 && text.charCodeAt(from) === 48) zeroLead = true;
    if (spacedJoin && (to - from === 3 || to - from === 2) && previousLength === 3) threeByThree = true;
    previousLength = to - from;
    if (to - from === 6) {
      const after = text.charCodeAt(to);
      if (after === 45 || after === 43 || isCapital(after)) sixThenSign = true;
    }
  }
  const shape = {
    lettersBefore,
    smallBefore,
    letterAfter,
    smallAfter,
    international,
    longestSpacedGroup,
    sixThenSign,
    dottedQuad,
    ahv,
    zeroLead,
    threeByThree,
  };
  return shape;
}

/** Regex matches in the text around the digits, with their positions in the scanned text. */
export function* digitMatches(
  scan: TextScan,
  pattern: RegExp,
): Iterable<{ value: string; index: number; groups: RegExpMatchArray }> {
  const d = digitsOf(scan);
  if (!d.text) return;
  for (const m of allMatches(pattern, d.text)) yield { value: m[0], index: d.toSource(m.index ?? 0), groups: m };
}

/** Words before a match that raise its confidence, and words that lower it. */
export function weigh(scan: TextScan, index: number, base: number, raise?: string, lower?: string, reach = 40): number {
  if (lower && near(scan, lower, index, reach)) return Math.min(base, 0.45);
  if (raise && near(scan, raise, index, reach)) return Math.min(0.99, Math.round((base + 0.1) * 100) / 100);
  return base;
}

// --- e-mail -------------------------------------------------------------------------

const EMAIL_AT = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
/** A character of an address's local part, [A-Za-z0-9._%+-], by its code. */
const localChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;
/** Words of mailboxes that belong to a function, not a person ("press", "jobs", "datenschutz", …). */
const ROLE_WORDS = new Set(
  (
    'info contact contacts kontakt contacto contatto contato kontakty support help helpdesk service services servicio ' +
    'servizio servico serwis klantenservice kundenservice sales vertrieb ventas vendite vendas verkoop sprzedaz ' +
    'press presse prensa stampa pers prasa imprensa media news newsletter marketing communication communications ' +
    'kommunikation comunicacion comunicazione comunicacao office buero bureau ufficio oficina kantoor biuro escritorio ' +
    'admin administrator administration webmaster postmaster hostmaster abuse noreply no reply donotreply do not ' +
    'mailer daemon privacy privacidad privacidade datenschutz dpo gdpr rgpd dsgvo dsb iod rodo avg legal juridique ' +
    'legale juridico compliance security billing invoice invoices rechnung rechnungen facturation factures fatture ' +
    'fatturazione facturas facturacion faturacao faktury accounts accounting buchhaltung comptabilite contabilita ' +
    'contabilidad boekhouding ksiegowosc finance finanzas hr rh rrhh personal personnel jobs job careers career karriere ' +
    'bewerbung recrutement recrutamento reclutamento empleo empleos trabajo lavora lavoro con noi carriere vacatures ' +
    'vacature werken praca kariera rekrutacja team equipe orders order bestellung ' +
    'commande ordini pedidos shop store boutique negozio tienda loja winkel sklep reception empfang accueil segreteria ' +
    'secretaria secretariaat sekretariat feedback enquiries inquiries anfragen events tickets it ops dev devops root test ' +
    'example mail general zentrale central centrale library biblioteca bibliothek bibliotheque bibliotheek biblioteka ' +
    'museum museo musee muzeum museu school schule ecole scuola escuela escola szkola rathaus gemeinde ' +
    'stadt mairie ville comune ayuntamiento municipio gemeente urzad camara council parish pfarramt paroisse parrocchia ' +
    'parroquia parochie parafia paroquia clinic klinik clinique clinica praxis cabinet studio kanzlei apotheke pharmacie ' +
    'farmacia apotheek apteka people talent recruitment recruiting hiring payroll benefits onboarding facilities ' +
    'procurement purchasing einkauf achats acquisti compras inkoop zakupy personalwesen ressources humaines ' +
    'risorse umane recursos humanos personeelszaken kadry vorstand board geschaeftsstelle geschaeftsfuehrung kasse ' +
    'schatzmeister kassenwart mitglieder bestuur secretaris penningmeester zarzad direzione presidenza tesoreria junta ' +
    'direccion direcao tresorier atencion atendimento ciudadana ciudadano ciudadania cidadao cidadania citizen citizens ' +
    'buerger buergerservice buergerbuero cittadino cittadini usuario usuarios utente utenti cliente clientes customer ' +
    'customers client clients klant klanten kunden klient klienci ' +
    // Lists of everyone ("all-staff@", "alle-mitarbeiter@", "tous-les-salaries@").
    'staff all everyone alle mitarbeiter mitarbeitende belegschaft tous salaries collaborateurs tutti dipendenti ' +
    'todos empleados plantilla iedereen medewerkers personeel wszyscy pracownicy colaboradores employees colleagues ' +
    'announce announcements intern internal desk clerk ' +
    // Public offices and procedures ("pref-enquete-pv@gironde.gouv.fr", holdout-391).
    'prefecture pref prefettura prefeitura enquete enquetes consultation consultations concertation urbanisme ' +
    'planning bauamt ordnungsamt standesamt anagrafe tributi protocollo registro griffie cadastre catastro catasto ' +
    // A town hall's departments ("etat-civil@", "ccas@", "mediatheque@", "kultur@", holdout-450).
    'etat civil etatcivil ccas mediatheque mediathek mediateca culture kultur cultura sport sports jeunesse jugend ' +
    'social sozial sociale enfance scolaire voirie travaux environnement dechets urbanismo turismo tourisme tourismus ' +
    'tourism elettorale polizia policia police polizei ' +
    // Property management and its lists of residents ("gestion@syndic-…", "coproprietaires-residence-…@listes…").
    'gestion gestione gestao beheer syndic copropriete coproprietaires residents bewohner mieter locataires inquilini ' +
    'condomini condominio vecinos bewoners huurders mieszkancy moradores condominos listes lists liste ' +
    // Quotes' desks ("devis@menuiseries-du-val.fr", holdout-811).
    'devis quote quotes quotation quotations angebot angebote offerte offertes preventivi preventivo presupuesto ' +
    'presupuestos oferty wyceny orcamento orcamentos ' +
    // Services in the plural, help desks, editors' and returns' mailboxes ("servizi.generali@", "redactie@").
    'servizi servicios servicos dienste diensten assistenza assistance asistencia assistencia redactie redaktion ' +
    'redazione redaccion redakcja redaccao reclami reclamos reklamation reklamacje returns retouren devoluciones ' +
    // News and members' lists ("nieuws@", "leden@", "abonnes@").
    'nieuws nachrichten actualites notizie noticias aktualnosci noticia leden membres soci socios czlonkowie ' +
    'abonnes abonnenten subscribers iscritti suscriptores abonnees ' +
    // Czech, Slovak, Nordic and Finnish desks ("servis@autoservis-….cz", "kundservice@", "asiakaspalvelu@", holdout-525).
    'servis podpora obchod objednavky prodej fakturace reklamace kancelar kundservice kundeservice kundtjanst ' +
    'asiakaspalvelu myynti laskutus tilaukset salg forsaljning ' +
    // Trade unions by their acronyms ("cgt.metallurgie42@", holdout-558): a union's section, not a member.
    'cgt cfdt cftc unsa cgil cisl uil ugt ccoo dgb igmetall fnv cnv opzz nszz cgtp ogbl lbc acv abvv ictu unite unison'
  ).split(' '),
);
/**
 * A town's pools, stadiums, halls and theatres ("piscine.jeanbouin@ville-angers.fr", holdout-591): a facility's desk,
 * even where the facility is named after someone, unless another word is a known name ("theo.kino@").
 */
const FACILITY_WORDS = new Set(
  (
    'piscine piscina piscinas schwimmbad hallenbad freibad zwembad basen plywalnia stade stadio estadio stadion ' +
    'sporthalle gymnase palestra polideportivo theatre theater teatro teatr kino cinema cinematheque'
  ).split(' '),
);
/**
 * Role words that are people's names or begin their addresses too: a function's only as the whole mailbox ("hola@",
 * "resi@shop" for an Italian shop's returns), not beside a name ("ola.nordmann@", "resi.huber@").
 */
const ROLE_WORDS_ALONE = new Set('hello hallo bonjour ciao hola ola resi reso'.split(' '));
/** "First name" and "last name" in the EU's languages, as an address's pattern spells them ("vorname.nachname@"). */
const PLACEHOLDER_GIVEN = new Set(
  'firstname vorname prenom nome nombre voornaam imie etunimi fornavn fornamn jmeno meno keresztnev prenume eesnimi vardas vards'.split(
    ' ',
  ),
);
const PLACEHOLDER_FAMILY = new Set(
  'lastname surname name nachname nom cognome apellido achternaam nazwisko sukunimi efternavn efternamn prijmeni priezvisko vezeteknev nume perekonnanimi pavarde uzvards'.split(
    ' ',
  ),
);
/**
 * Role words that also make compounds ("werkenbij", "karriereportal", "servicedesk"): not the
 * ones that begin or end people's names too ("ville" in "villeneuve").
 */
// biome-ignore format: a word table reads best packed
const ROLE_STEMS = [
  'info', 'werken', 'vacature', 'karriere', 'career', 'careers', 'jobs', 'bewerbung', 'recrutement', 'recruiting',
  'support', 'service', 'kontakt', 'contact', 'contatto', 'contacto', 'noreply', 'newsletter', 'marketing', 'presse',
  'sales', 'vertrieb', 'billing', 'invoice', 'rechnung', 'facture', 'fattura', 'factura', 'factuur', 'faktura',
  'datenschutz', 'privacy', 'compliance', 'helpdesk', 'servicedesk', 'kundenservice', 'klantenservice', 'secretariat',
  'sekretariat', 'segreteria', 'secretaria', 'administration', 'verwaltung', 'buchhaltung', 'accounting', 'reception',
  'empfang', 'biblioteca', 'bibliothek', 'library', 'apotheke', 'farmacia', 'pharmacie', 'apteka', 'bestellung',
  'orders', 'webshop', 'people', 'talent', 'recruitment', 'payroll', 'procurement', 'purchasing',
  // Customers' desks as compounds ("kundendialog-nord@", holdout-591; "klantencontact@").
  'kunden', 'klanten',
];

function isRoleWord(token: string): boolean {
  return ROLE_WORDS.has(token) || ROLE_STEMS.some((w) => token.length > w.length && (token.startsWith(w) || token.endsWith(w)));
}

/** Mailbox providers of private persons: an address there is a person's. */
const PERSONAL_PROVIDERS =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|icloud|me|aol|proton|protonmail|gmx|web|t-online|freenet|orange|wanadoo|free|laposte|sfr|libero|virgilio|alice|tiscali|telefonica|ziggo|kpnmail|hetnet|wp|onet|o2|interia|sapo|portugalmail|btinternet|sky|seznam|mail)\./i;

/** Whether an address is at a mailbox provider of private persons ("…@gmail.com", "…@libero.it"): its holder's own. */
export const privateMailbox = (address: string): boolean => PERSONAL_PROVIDERS.test(address.slice(address.indexOf('@') + 1));

/** A public body's domain: "gov.mt", "gouv.fr", "gv.at", "gob.es", "admin.ch", "gov.pl", "overheid.nl". */
const GOVERNMENT_DOMAIN =
  /(?:^|\.)(?:gov|gouv|gv|gob|govt|government|overheid|admin\.ch|bund\.de)(?:\.[a-z]{2,3})?$|(?:^|\.)gov\.[a-z]{2}$/i;

/** How sure an address is a person's: a function's mailbox is weak evidence, "jan.kowalski@" strong. */
export function mailboxWeight(address: string): number {
  const at = address.indexOf('@');
  const tokens = address
    .slice(0, at)
    .toLowerCase()
    .split(/[._+-]+/)
    .filter(Boolean);
  if (privateMailbox(address)) return 0.95;
  if (tokens.some((t) => isRoleWord(t.replace(/\d+$/, '')))) return 0.4;
  if (tokens.length === 1 && ROLE_WORDS_ALONE.has(tokens[0] as string)) return 0.4;
  if (tokens.some((t) => FACILITY_WORDS.has(t)) && !tokens.some((t) => !FACILITY_WORDS.has(t) && looksLikeName(t))) return 0.4;
  // How a body writes every staff member's address ("etunimi.sukunimi@kangasala.fi", "vorname.nachname@…"): no one's.
  if (tokens.length === 2 && PLACEHOLDER_GIVEN.has(tokens[0] as string) && PLACEHOLDER_FAMILY.has(tokens[1] as string))
    return 0.4;
  const words = tokens.filter((t) => /^\p{L}{2,}\d*$/u.test(t));
  // Three words or more of which none is a name, or a public body's address without one ("marsaskala.lc@gov.mt"): a
  // list's or an office's, not "anna.maria.rossi@" nor "jan.kowalski@gov.pl".
  const named = () => words.some((w) => looksLikeName(w));
  if ((words.length >= 3 || (words.length >= 2 && GOVERNMENT_DOMAIN.test(address.slice(at + 1)))) && !named()) return 0.45;
  // Two words of which none is a name and one a frequent word ("data-platform@", "cuentas-a-pagar@", "lista-wypisz@",
  // holdout-799): a team's, a desk's or a list's.
  if (words.length === 2 && words.some((w) => w.length >= 4 && frequentInLanguages(w)) && !words.some(nameWord)) return 0.45;
  if (words.length >= 2) return 0.95;
  // One word: a person's when it is made of their names ("jweber", "kowalska") or follows an
  // initial ("h.whitcombe"); otherwise a function's or the organisation's own ("membership@",
  // "recall@", "acme@acme-moebel.example").
  const initial = tokens.some((t) => /^\p{L}$/u.test(t));
  return words.length === 1 && (initial || looksLikeName(words[0] as string)) ? 0.75 : 0.45;
}

/**
 * A stand-in's mailbox where the text says it shows an example ("Beispiel: … "email": "erika.mustermann@example.com"",
 * "e.g. jane.doe@example.com"), as a stand-in's name is read: test data writes a real person so too, elsewhere.
 */
function standIn(scan: TextScan, address: string): boolean {
  if (!scan.byFamily.has('example-marker')) return false;
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  // A stand-in's surname or a placeholder's word (the stand-ins are among the placeholders: "jane.doe@", "joao.exemplo@",
  // holdout-621). Not a domain reserved for documentation alone: synthetic and test data give real-looking people
  // addresses at "example.com" too.
  return local.split(/[._+-]+/).some((token) => PLACEHOLDER_SURNAMES.has(token));
}

/**
 * The domains reserved for documentation (RFC 2606 and RFC 6761: "example.com", "*.example", "*.test", "*.invalid"),
 * and the word "example" as the other languages' documentation writes a domain with it ("maria@exemplo.pt",
 * "erika@beispiel.de", holdout-1070):
 * an example's address where an example's code block shows it ("Example request body:" above
 * `"email": "jane@example.com"`). Not elsewhere: synthetic and test data give real-looking people such addresses too.
 */
const DOCUMENTATION_DOMAIN =
  /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost|(?:beispiel|exemple|esempio|ejemplo|voorbeeld|przyklad|exemplo|exempel|eksempel)\.[a-z]{2,3})$/i;

/**
 * A schema's or a specification's example field right before the value on its line ("example: john.smith@example.com",
 * `"examples": ["jane@example.org"`, an OpenAPI document's): a documentation domain's address there is an example's.
 */
const EXAMPLE_FIELD_BEFORE =
  /(?:^|[\s"'{,[])["']?(?:example|examples|x-example|sample|default)["']?[ \t]*[:=][ \t]*\[?[ \t]*["']?$/i;

/** Every address in a scan, with how sure it is a person's: read by the email detector and by the phone detector's mailbox check. */
function emailMatches(scan: TextScan): readonly Match[] {
  return memo(scan, 'emails', () => {
    const { text } = scan;
    const found: Match[] = [];
    // "Kontaktieren Sie uns: werkstatt@gmx.de": an organisation speaking of itself gives its own address.
    const spokenFor = (address: string, value: string, index: number): Match => {
      const weight = ownWordsMailbox(text, address, index) ? 0.45 : mailboxWeight(address);
      const ours = nearOnLine(scan, 'organisation-contact', index, 80);
      const shown =
        ours ||
        standIn(scan, address) ||
        (DOCUMENTATION_DOMAIN.test(address) &&
          (exampleCodeBlock(scan, index) || EXAMPLE_FIELD_BEFORE.test(beforeOnLine(text, index))));
      return { type: 'email', value, confidence: shown ? Math.min(0.45, weight) : weight, index };
    };
    let lastEnd = -1;
    for (const at of scan.ats) {
      let start = at;
      while (start > 0 && start > at - 64 && localChar(text.charCodeAt(start - 1))) start--;
      if (start === at || start < lastEnd) continue;
      const m = EMAIL_AT.exec(text.slice(start, at + 256));
      if (!m) continue;
      lastEnd = start + m[0].length;
      found.push(spokenFor(m[0], m[0], start));
    }
    // Addresses inside a URL's query, their "@" encoded: "?email=anna.kowalska%40onet.pl".
    if (text.includes('%40')) {
      for (const m of allMatches(ENCODED_EMAIL, text)) {
        const address = `${m[1]}@${m[2]}`;
        found.push({ type: 'email', value: m[0], confidence: mailboxWeight(address), index: m.index });
      }
    }
    // Spelt out without brackets: "anna.schmidt at gmx dot de", "a.rossi AT libero PUNTO it", "anna dot schmidt at
    // gmail dot com" — a local part with a dot (written or spelt), an underscore or a digit, so that "meet at home dot
    // …" is no address.
    // Read around each spelt-out dot only: the words are common ("the point is"), the address rare.
    for (const dot of allMatches(SPOKEN_DOT, text)) {
      const from = Math.max(0, dot.index - 96);
      const m = SPOKEN_EMAIL.exec(text.slice(from, dot.index + dot[0].length));
      const local = (m?.[1] ?? '').replace(SPOKEN_DOTS_IN_LOCAL, '.');
      if (m) found.push(spokenFor(`${local}@${m[2]}.${m[3]}`, m[0], from + m.index));
    }
    // Addresses written so that harvesters miss them: "marek.nowicki [at] gmail [dot] com".
    if (OBFUSCATED_AT.test(text)) {
      for (const m of allMatches(OBFUSCATED_EMAIL, text)) {
        found.push(spokenFor(`${m[1]}@${(m[2] as string).replace(OBFUSCATED_DOT, '.')}`, m[0], m.index));
      }
    }
    return found;
  });
}

/**
 * A mailbox named by words the text writes elsewhere, none of them a name ("colloque-chaleur@…" under « Villes et chaleur »,
 * a colloquium's title, holdout-947): an event's or a project's address, named after it as its title is, not a person's.
 */
function ownWordsMailbox(text: string, address: string, index: number): boolean {
  if (privateMailbox(address)) return false;
  const words = address
    .slice(0, address.indexOf('@'))
    .toLowerCase()
    .split(/[._+-]+/);
  if (words.length < 2 || !words.every((w) => /^\p{L}{4,}$/u.test(w) && !nameWord(w))) return false;
  const elsewhere = `${text.slice(0, index)} ${text.slice(index + address.length)}`.toLowerCase();
  return words.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(elsewhere));
}

const ENCODED_EMAIL =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._+-]{1,64})%40([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
const AT_WORDS = '(?:at|ät|arroba|chiocciola|apenstaartje|małpa|malpa)';
const DOT_WORDS = '(?:dot|punkt|point|punto|punt|kropka|ponto)';
const SPOKEN_DOT = new RegExp(String.raw`[ \t]${DOT_WORDS}[ \t]+[a-z]{2,6}(?![\p{L}\d])`, 'giu');
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\d._%+-])(\p{L}[\p{L}\d%+-]*[._\d][\p{L}\d._%+-]*|\p{L}[\p{L}\d]*(?:[ \t]+${DOT_WORDS}[ \t]+\p{L}[\p{L}\d]*)+)[ \t]+${AT_WORDS}[ \t]+([\p{L}\d-]{2,63})[ \t]+${DOT_WORDS}[ \t]+([a-z]{2,6})$`,
  'iu',
);
const SPOKEN_DOTS_IN_LOCAL = new RegExp(String.raw`[ \t]+${DOT_WORDS}[ \t]+`, 'giu');
const OBFUSCATED_AT = new RegExp(String.raw`[[(<{][ \t]*${AT_WORDS}[ \t]*[\])>}]`, 'i');
const OBFUSCATED_DOT = new RegExp(String.raw`[ \t]*(?:[[(<{][ \t]*${DOT_WORDS}[ \t]*[\])>}]|\.)[ \t]*`, 'gi');
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\d._%+-])([\p{L}\d._%+-]{1,64})[ \t]*[[(<{][ \t]*${AT_WORDS}[ \t]*[\])>}][ \t]*([\p{L}\d-]{1,63}(?:(?:[ \t]*[[(<{][ \t]*${DOT_WORDS}[ \t]*[\])>}][ \t]*|\.)[\p{L}\d-]{1,63}){1,4})`,
  'giu',
);

export const emailDetector = defineDetector('email', 'personal', emailMatches);

// --- phone --------------------------------------------------------------------------

// International numbers: a + or 00, then digits with the usual separators. Cheap to scan
// for; only these candidates go to libphonenumber for validation.
const PHONE_INTERNATIONAL = /(?:\+|\b00)[1-9][\d \u00a0()./-]{5,20}\d/g;
const ENCODED_PHONE = /%2[Bb]([1-9]\d{7,14})(?!\d)/g;
// National numbers only after a phone word ("Tel.: 030 1234567"), parsed for the document's countries; an aside in
// brackets may stand between ("Telefon (privat): …"), an area code in brackets is the number's ("Handy (0151) 234 567 89"),
// and whom to call before a colon ("Zvanīt Intai: 29 45 61 78").
const PHONE_NATIONAL =
  /^[\s.:#-]{0,4}(?:\((?=[^)]*\p{L})[^)]{0,12}\)[\s.:]{0,3})?(?:(?:\p{Ll}+|[Nn]r|[Nn]o|[Nn][°º]|[Nn]um)[.:]{0,2}\s+){0,3}(?:\p{Lu}\p{Ll}+:\s+)?(\(?\d[\d \u00a0()./-]{5,18}\d)/u;
/** A date, day first or year first ("Call for papers opens: 15/01/2027", holdout-379), read as no phone number. */
const DATE_SHAPED =
  /^(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d|(?:19|20)\d\d([./-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01]))$/;
/**
 * Mobile numbers as each country writes them at home, grouped: distinctive enough to count
 * without a phone word, and still validated for that country. Countries that group alike share
 * one pattern ("612 345 678" in Spain, "777 123 456" in Czechia), tried in order.
 */
const MOBILE_FORMATS: ReadonlyArray<readonly [readonly CountryCode[], RegExp, zeroLead: boolean]> = [
  [['FR'], /\b0[67](?:[ .]\d{2}){4}\b/g, true],
  [['NL'], /\b06(?:[ -]\d{8}\b|(?:[ -]\d{2}){4}\b)/g, true],
  [['BE'], /\b04\d{2}(?:[ /.]\d{2}){3}\b/g, true],
  [['DE'], /\b01[5-7]\d{1,2}[ /]\d{6,8}\b/g, true],
  [['AT'], /\b06[5-9]\d[ /]\d{6,8}\b/g, true],
  [['GB'], /\b07\d{3} ?(?:\d{6}|\d{3} \d{3})\b/g, true],
  [['IT'], /\b3[1-9]\d[ .]\d{3}[ .]\d{3,4}\b/g, false],
  [['ES', 'CZ'], /\b[67]\d{2} \d{3} \d{3}\b/g, false],
  // Spain groups a mobile in pairs too ("622 18 40 97", holdout-552).
  [['ES'], /\b[67]\d{2}(?: \d{2}){3}\b/g, false],
  [['PT'], /\b9[1236]\d \d{3} \d{3}\b/g, false],
  [['PL'], /\b[5-8]\d{2}[ -]\d{3}[ -]\d{3}\b/g, false],
  [['IE'], /\b08[35-9][ -]?\d{3}[ -]?\d{4}\b/g, true],
  [['SE'], /\b07[02369]-?\d{3}[ ]?\d{2}[ ]?\d{2}\b/g, true],
  [['FI'], /\b0(?:4\d|50)[ -]?\d{3}[ ]?\d{4}\b/g, true],
  [['RO'], /\b07\d{2}[ .]?\d{3}[ .]?\d{3}\b/g, true],
  [['HU'], /\b06[ -]?(?:20|30|31|50|70)[ -/]?\d{3}[ -]?\d{4}\b/g, true],
  [['HR'], /\b09[1-9][ ]?\d{3}[ ]?\d{3,4}\b/g, true],
  [['SK'], /\b09\d{2}[ ]?\d{3}[ ]?\d{3}\b/g, true],
  [['GR'], /\b69\d[ ]?\d{3}[ ]?\d{4}\b/g, false],
];

/**
 * A number's label right before it: "Nr katalogowy", "Art.-Nr.", "SKU", "Ref.", "Bestellnummer", and a bank account's
 * ("kontonr. 0440116243", a Danish account that is a Finnish mobile's shape; holdout-502), not a bare "account" ("Your
 * account manager: 07911 123456").
 */
const NUMBER_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:konto\p{L}*|account (?:no|nr|number)|n[°º] de compte|numero di conto|número de cuenta|número de conta|rekening\p{L}*|rachun\p{L}*|tilinumero|nr|no|n[°º]|art|sku|ref|pos|item|part|artikel\p{L}*|bestell\p{L}*|katalog\p{L}*|catalog\p{L}*|article|articolo|artículo|referencia|riferimento|référence|codice|código|kod|order|commande|ordine|pedido|encomenda|zamówienie|invoice|rechnung|facture|fattura|factura|factuur|faktura|fatura|tracking|sendung\p{L}*|id)\.?[ \t:#.-]*(?:\p{Ll}+[ \t:#.-]*)?$/iu;

/** A code's or an id's label: what follows it is no phone number. */
const CODE_LABEL =
  /(?<![\p{L}])(?:id|ids|pin|code|passcode|kenncode|kennung|codice|código|identifiant|identificativo|identificador|toegangscode|kod|conference id|meeting id)(?![\p{L}])/iu;

const CODE_LABEL_BEFORE = new RegExp(String.raw`${CODE_LABEL.source}[ \t]*[:#.=-]?[ \t]*$`, 'iu');

/** A phone word that says the number is a mobile's, between the phone word and the number or as the word itself. */
const MOBILE_WORD =
  /(?<![\p{L}])(?:handy|mobil\p{L}*|mobile|cell(?:phone|ular)?|portable|cellulare|móvil|movil|mobiel|gsm|komórk\p{L}*|telemóvel|telemovel|natel|kännykkä|matkapuhelin|mobiltelefon)(?![\p{L}])/iu;

/** Where a national number is tried when its phone word does not tell the country. */
const EU_COUNTRIES: readonly CountryCode[] = ['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'PT', 'BE', 'AT', 'IE', 'GB', 'LU', 'CH'];
/** Europe's numbering plans, where a mobile's word looks for its number. */
// biome-ignore format: a country table reads best packed
const EUROPE: readonly CountryCode[] = [
  ...EU_COUNTRIES, 'RO', 'BG', 'HR', 'CZ', 'SK', 'HU', 'SI', 'GR', 'CY', 'MT', 'DK', 'SE', 'FI', 'NO', 'EE', 'LV', 'LT', 'IS',
];
const metadata = metadataJson as unknown as MetadataJson;
const callingCodes = (metadata as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes;
const countryCodes = (metadata as unknown as { countries: Record<string, [string]> }).countries;

/**
 * The number's type by the numbering plan (libphonenumber's max metadata: MOBILE, FIXED_LINE,
 * TOLL_FREE …), undefined when it is not a valid number, given the calling code and national
 * digits: the library's own text parser costs several times more, for nothing here.
 */
function numberType(callingCode: string, national: string): NumberType | undefined {
  if (national.length < 4) return undefined;
  const number = new CorePhoneNumber(callingCode, national, metadata);
  if (number.isValid()) return number.getType() ?? 'UNKNOWN';
  // A calling code that several countries share is read as its main country's; the others have their own plans
  // ("+44 7911 …" is a Guernsey mobile, "+39 06 698 …" the Vatican's, "+47 79 …" Svalbard's).
  const countries = callingCodes[callingCode] ?? [];
  for (let i = 1; i < countries.length; i++) {
    const other = new CorePhoneNumber(countries[i] as string, national, metadata);
    if (other.isValid()) return other.getType() ?? 'UNKNOWN';
  }
  return undefined;
}
type NumberType = ReturnType<PhoneNumber['getType']> | 'UNKNOWN';
// The core build's constructor takes the metadata as a third argument; its typings omit it.
const CorePhoneNumber = PhoneNumber as unknown as new (
  callingCode: string,
  national: string,
  metadata: MetadataJson,
) => { isValid(): boolean; getType(): ReturnType<PhoneNumber['getType']> };

/** Freephone, premium-rate, shared-cost and universal access numbers: only organisations have them. */
const ORGANISATION_TYPES = new Set<NumberType>(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);
/** What a number written in a country's mobile grouping must be to count without a phone word. */
const MOBILE_TYPES = new Set<NumberType>(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

/** A line open day and night right after the number, as a bank's or an insurer's is ("au 09 69 39 99 99, 24 h/24", holdout-1131). */
const DAY_AND_NIGHT_AFTER =
  /^[ \t]*[,(–-]?[ \t]*(?:24[ \t]*h?[ \t]*\/[ \t]*24|24[ \t]*\/[ \t]*7|7[ \t]*j?[ \t]*\/[ \t]*7|24 hours a day|rund um die uhr|24 ore su 24|24 horas|24 uur per dag|całą dobę|jour et nuit|day and night)/iu;
/**
 * When a private person can be reached, written after their number: "(abends)", "after 6 pm",
 * "après 18 h", "dopo le 18", "a partir de las 19 h", "na 18.00 uur", "po 17:00". Offices give
 * opening hours, not evenings. Or the line's kind after it: "(privat)", "(home)".
 */
const AVAILABLE_AFTER =
  /^[\s,(–-]*(?:abends|evenings?|in the evening|after\s+\d|nach\s+\d|ab\s+\d{1,2}\s*uhr|le soir|après\s+\d|dopo le\s+\d|la sera|por la tarde|a partir de las\s+\d|'s avonds|na\s+\d|wieczorem|po\s+\d|à noite|depois das\s+\d|(?:privat|private|privé|privato|privado|particular|prywatny|domowy|home|thuis|casa|domicile)(?![\p{L}]))/iu;

/**
 * Office hours after a number, a range of weekdays and a time ("(man–fre kl. 9–12)", "Mo–Fr 8–16 Uhr", "lun.-ven. de
 * 9h à 12h"): an office's line. Read so only where the number plan cannot tell a mobile from a landline (Denmark's, all
 * eight digits alike), which would otherwise count as a mobile.
 */
const WEEKDAY = String.raw`(?:mon(?:day)?|mo|man(?:dag)?|mån(?:dag)?|maa(?:nantai)?|ma(?:andag)?|lun(?:di|edì|es)?|lu|seg(?:unda)?|pon(?:iedziałek)?|po|tue|tues|di|dinsdag|wed|mi|mer|mié|woe|thu|do|jeu|gio|jue|fri(?:day)?|fr|fre(?:dag)?|fre|pe(?:rjantai)?|ven(?:dredi|erdì)?|vie(?:rnes)?|vr(?:ijdag)?|pt|piątek|pią|sex(?:ta)?|sat(?:urday)?|sa|lør(?:dag)?|lör(?:dag)?|sam|sab|sáb|za|sob)\.?`;
const OFFICE_HOURS_AFTER = new RegExp(
  String.raw`^[ \t]*[,(–-]?[ \t]*(?:${WEEKDAY})[ \t]*[-–][ \t]*(?:${WEEKDAY})[ \t]*,?[ \t]*(?:kl\.?|klo|von|van|de|dalle|from|entre|godz\.?|w godz\.?)?[ \t]*\d{1,2}`,
  'iu',
);

/** How surely a kind of number is a person's: a mobile over a landline over a freephone or premium line. */
const personalRank = (type: NumberType) => (MOBILE_TYPES.has(type) ? 2 : ORGANISATION_TYPES.has(type) ? 0 : 1);

/**
 * Countries whose mobile numbers are always written with a short first group: Switzerland's "076 145 52 30", France's
 * "06 12 34 56 78", Sweden's "076-145 52 30". A number grouped after four digits ("0761 455 230", Freiburg's area
 * code) is no mobile of theirs.
 */
const SHORT_FIRST_GROUP: ReadonlySet<CountryCode> = new Set(['CH', 'FR', 'SE']);
const LONG_FIRST_GROUP = /^\(?0\d{3,}\)?[ /.-]/;

/** The most personal kind of number a national number is in any of these countries; undefined where it is valid in none. */
function mostPersonalType(value: string, countries: readonly CountryCode[]): NumberType | undefined {
  let best: NumberType | undefined;
  const longFirstGroup = LONG_FIRST_GROUP.test(value);
  for (const country of countries) {
    const type = nationalType(value, country);
    if (longFirstGroup && type && MOBILE_TYPES.has(type) && SHORT_FIRST_GROUP.has(country)) continue;
    if (type && (!best || personalRank(type) > personalRank(best))) best = type;
    if (best && MOBILE_TYPES.has(best)) break;
  }
  return best;
}

/** A national number's kind in the first of these countries where it is valid. */
function firstType(value: string, countries: readonly CountryCode[]): NumberType | undefined {
  for (const country of countries) {
    const type = nationalType(value, country);
    if (type) return type;
  }
  return undefined;
}

/** The countries whose numbers a text in each language most likely gives. */
const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly CountryCode[]>> = {
  en: ['GB', 'IE', 'MT'],
  de: ['DE', 'AT', 'CH', 'LU'],
  fr: ['FR', 'BE', 'LU', 'CH'],
  it: ['IT', 'CH'],
  es: ['ES'],
  nl: ['NL', 'BE'],
  pl: ['PL'],
  pt: ['PT'],
};

/** Letters only one or a few countries' languages write, and those countries: a text's home where its words do not tell. */
const COUNTRY_LETTERS: ReadonlyArray<readonly [RegExp, readonly CountryCode[]]> = [
  [/[ěřůĚŘŮ]/, ['CZ']],
  [/[ľĺŕôĽĹŔÔ]/, ['SK']],
  [/[őűŐŰ]/, ['HU']],
  [/[șțȘȚ]/, ['RO']],
  [/[đĐ]/, ['HR']],
  [/[α-ωΑ-Ω]/, ['GR']],
  [/[āēīķļņģĀĒĪĶĻŅĢ]/, ['LV']],
  [/[ėįųĖĮŲ]/, ['LT']],
  // Only German writes "ß" (not Switzerland's): a list's "Straße" tells a German-speaking home where its few words do not
  // (holdout-508's branch list, "0761 208 440" Freiburg's landline, not a Romanian mobile).
  [/ß/, ['DE', 'AT']],
];
function countriesByLetters(scan: TextScan): readonly CountryCode[] {
  return memo(scan, 'countries-by-letters', () => {
    const text = scan.text.slice(0, 8000);
    const countries = COUNTRY_LETTERS.flatMap(([letters, countries]) => (letters.test(text) ? countries : []));
    // Danish and Norwegian write "æ" and "ø"; Swedish and Finnish "å" beside "ä" and "ö".
    if (/[øØæÆ]/.test(text)) countries.push('DK', 'NO');
    else if (/[åÅ]/.test(text) && /[äöÄÖ]/.test(text)) countries.push('SE', 'FI');
    // Estonian writes "õ" beside "ä", "ö" or "ü"; Portuguese "õ" beside none of them.
    if (/[õÕ]/.test(text) && /[äöüÄÖÜ]/.test(text)) countries.push('EE');
    return countries;
  });
}

/** The type of an international number ("+49 30 901820", "0049 …"): its calling code is one to three digits. */
export function internationalType(written: string): NumberType | undefined {
  // "+49 (0)171 …", "+33 (0)6 …": the trunk zero in brackets is dialled at home only.
  const digits = written.replace(/\(0\)/g, '').replace(/\D/g, '').replace(/^00/, '');
  for (let k = 1; k <= 3; k++) {
    const code = digits.slice(0, k);
    if (callingCodes[code]) return numberType(code, digits.slice(k));
  }
  return undefined;
}

/** The type of a national number as written at home ("030 901820", "612 345 678", "06 30 123 4567"). */
export function nationalType(written: string, country: CountryCode): NumberType | undefined {
  const digits = written.replace(/\D/g, '');
  const code = countryCodes[country]?.[0];
  // Italy keeps its leading 0; Hungary's trunk prefix is 06, Lithuania's 8; the others drop a 0.
  const national = country === 'IT' ? digits : digits.replace(country === 'HU' ? /^06/ : country === 'LT' ? /^8/ : /^0/, '');
  return code === undefined ? undefined : numberType(code, national);
}

export const validInternational = (written: string) => internationalType(written) !== undefined;
export const validNational = (written: string, country: CountryCode) => nationalType(written, country) !== undefined;

/** Where function mailboxes stand ("info@", "dpo@", "biblioteca@"), as [start, end) pairs. */
function roleMailboxes(scan: TextScan): number[] {
  return memo(scan, 'role-mailboxes', () => {
    const spans: number[] = [];
    for (const m of emailMatches(scan)) if (m.confidence < 0.5) spans.push(m.index, m.index + m.value.length);
    return spans;
  });
}

/**
 * A notice's line for further information, opened by its word ("Lisätietoja antaa kaavoitusarkkitehti, puh. 044 …",
 * "Further information: the planning officer, tel. …", "Informacje: referat budownictwa, tel. …", "Daugiau informacijos
 * telefonu 8 800 …", holdout-939).
 */
const INFORMATION_LEAD =
  /^[ \t]*(?:[-–•*][ \t]*)?(?:lisätietoja|lisätiedot|tiedustelut|further information|more information|for (?:further|more) information|information|informationen|weitere informationen|auskunft|auskünfte|nähere auskünfte|renseignements|informations|pour tout renseignement|per informazioni|informazioni|información|más información|meer informatie|inlichtingen|informacje|informacji udziela|więcej informacji|informações|mais informações|upplysningar|mer information|ytterligare information|yderligere oplysninger|flere opplysninger|nærmere oplysninger|további információ|bővebb információ|informace|informácie|πληροφορίες|daugiau informacijos|informacija|sīkāka informācija|sīkāku informāciju|papildu informācija|lisainfo|lisateave|täpsem info|täpsemat teavet|dodatne informacije|više informacija|informacije|informații suplimentare|relații suplimentare|informații|допълнителна информация|информация)(?![\p{L}])/iu;
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]+/gu;
/**
 * A number on such a line that names no one before it, by a given name or a surname the lists know (a role or an
 * office only: "kaavoitusarkkitehti", "the planning officer"): the office's number, even a mobile's (Nordic offices
 * give their officials' work mobiles). A line that names its contact ("Lisätietoja: Anne Rautio, puh. …") is read as
 * before.
 */
function informationLine(scan: TextScan, index: number): boolean {
  const lineStart = scan.text.lastIndexOf('\n', index - 1) + 1;
  const before = scan.text.slice(lineStart, index);
  const lead = INFORMATION_LEAD.exec(before);
  if (!lead) return false;
  for (const m of allMatches(CAPITALISED_WORD, before.slice(lead[0].length))) {
    const word = fold(m[0]);
    if (GIVEN.has(word) || SURNAME.has(word)) return false;
  }
  return true;
}

/** A function's mailbox within 120 characters of `index`, on the same line. */
function besideRoleMailbox(scan: TextScan, index: number): boolean {
  const spans = roleMailboxes(scan);
  const { text } = scan;
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number;
    const end = spans[k + 1] as number;
    const between = start > index ? text.slice(index, start) : text.slice(end, index);
    if ((start > index ? start - index : index - end) <= 120 && !between.includes('\n')) return true;
  }
  return false;
}

/** Whether `index` lies inside one of the [start, end) pairs. */
/** Whether one of the [start, end) pairs in `ranges` covers `index`. */
export const within = (ranges: readonly number[], index: number) => {
  for (let i = 0; i < ranges.length; i += 2) if (index >= (ranges[i] as number) && index < (ranges[i + 1] as number)) return true;
  return false;
};

/** An IBAN's country, check digits and groups right before: "IBAN IE94 ADKO 0098 9001 …" holds no phone number. */
const IBAN_BEFORE = /(?<![A-Z\d])[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){0,7} ?$/;
const insideIban = (text: string, index: number) => IBAN_BEFORE.test(text.slice(Math.max(0, index - 40), index));

/**
 * A structured field's key path whose parent names a function or an organisation, as JSON and YAML files are read
 * ("support.telephone: 09 70 80 90 10", "store.phone", "company.contact.tel"); not "customer.phone" or "contact.phone".
 */
const ORGANISATION_KEYS = new Set(
  (
    'support helpdesk servicedesk service services sales office company organisation organization org business store ' +
    'shop branch headquarters hq hotline reception press media billing vendor supplier merchant seller issuer bank ' +
    'hospital clinic school library museum venue hotel restaurant agency firm kundenservice kundendienst filiale ' +
    'geschaeft firma societe entreprise azienda negozio empresa tienda bedrijf winkel sklep loja'
  ).split(' '),
);
const KEY_PATH = /^[ \t]*([A-Za-z0-9_.-]+)[ \t]*[:=][ \t]*["']?$/;
function underOrganisationKey(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const key = KEY_PATH.exec(text.slice(lineStart, index))?.[1];
  if (!key?.includes('.')) return false;
  const parents = key.toLowerCase().split('.').slice(0, -1);
  return parents.some((segment) => ORGANISATION_KEYS.has(segment.replace(/[_-]/g, '')));
}

/** A number written with its switchboard's extension ("-0") after the last group. */
const SWITCHBOARD = /\d[ ]?-[ ]?0$/;

export const phoneDetector = defineDetector('phone', 'personal', function* (scan) {
  /** Numbers already found, as [start, end) pairs: a mobile inside an international number is the same number. */
  const found: number[] = [];
  const take = (value: string, index: number, type: NumberType, base: number, raise?: string): Match => {
    found.push(index, index + value.length);
    // A freephone or premium number, or one beside a function's mailbox on its line ("write to
    // dpo@… or call 0117 …"), is an organisation's. A landline is as often an office's as a
    // person's: weak, unless the words before it make it someone's ("call me on", "privat").
    const landline =
      (type === 'FIXED_LINE' ||
        (type === 'FIXED_LINE_OR_MOBILE' &&
          OFFICE_HOURS_AFTER.test(scan.text.slice(index + value.length, index + value.length + 40)))) &&
      !near(scan, 'personal-phone', index, 40) &&
      !AVAILABLE_AFTER.test(scan.text.slice(index + value.length, index + value.length + 24));
    // "0711 340 928-0": extension 0 is a company's switchboard, as German and Austrian numbers write it; no one
    // writes a mobile so.
    const organisation =
      ORGANISATION_TYPES.has(type) ||
      SWITCHBOARD.test(value) ||
      besideRoleMailbox(scan, index) ||
      (informationLine(scan, index) && !near(scan, 'personal-phone', index, 40)) ||
      underOrganisationKey(scan, index) ||
      DAY_AND_NIGHT_AFTER.test(scan.text.slice(index + value.length, index + value.length + 24)) ||
      // A documented example's number, in a code block an example's line introduces ("Example request body:").
      exampleCodeBlock(scan, index);
    const weighed = weigh(scan, index, base, raise, 'organisation-contact');
    const confidence = organisation ? 0.45 : landline ? Math.min(0.5, weighed) : weighed;
    return { type: 'phone', value, confidence, index };
  };
  const shape = shapeOf(scan);
  // International form, anywhere.
  for (const m of shape.international ? digitMatches(scan, PHONE_INTERNATIONAL) : []) {
    if (insideIban(scan.text, m.index)) continue;
    const type = internationalType(m.value);
    if (type) yield take(m.value, m.index, type, 0.8, 'phone-context');
  }
  // Inside a URL's query, the "+" encoded: "?phone=%2B31612345678".
  if (scan.text.includes('%2B') || scan.text.includes('%2b')) {
    for (const m of allMatches(ENCODED_PHONE, scan.text)) {
      const type = internationalType(`+${m[1]}`);
      if (type) yield take(m[0], m.index, type, 0.8, 'phone-context');
    }
  }
  // Mobile numbers in their country's own grouping need no phone word: "06 12 34 56 78",
  // unless they follow a company register or VAT label ("RCS Lyon 852 114 006").
  for (const [countries, pattern, zeroLead] of MOBILE_FORMATS) {
    if (zeroLead ? !shape.zeroLead : !shape.threeByThree) continue;
    for (const m of digitMatches(scan, pattern)) {
      if (
        within(found, m.index) ||
        nearOnLine(scan, 'company-register', m.index, 48) ||
        near(scan, 'vat-context', m.index, 12) ||
        insideIban(scan.text, m.index)
      )
        continue;
      // Part of a longer run of digit groups ("Meeting ID: 384 512 447 219"): no number of its own, unless a country's
      // calling code is what stands before it ("0034 612 345 678").
      const before = scan.text.slice(Math.max(0, m.index - 8), m.index);
      const after = scan.text.slice(m.index + m.value.length, m.index + m.value.length + 2);
      if (/^[ .-]?\d/.test(after) || (/\d[ .-]?$/.test(before) && !/(?:\+|\b00)\d{1,3}[ .-]?$/.test(before))) continue;
      // "Nr katalogowy 0721 234 567", "Art.-Nr. 0612 345 678": an article's or a record's number, not a mobile
      // (unless a phone word labels it: "Handy-Nr.").
      const labelled = NUMBER_LABEL_BEFORE.test(scan.text.slice(Math.max(0, m.index - 24), m.index));
      if (labelled && !nearOnLine(scan, 'phone-context', m.index, 24)) continue;
      // A code's or an id's label right before, even after a phone word: "Phone conference ID: 715 882 041#".
      if (CODE_LABEL_BEFORE.test(scan.text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // A foreign mobile's grouping that is a landline at home, grouped after its area code ("0761 455 230" in a German
      // text: Freiburg's, not a Romanian mobile), is read as the text's own country's, after its phone word if any. The
      // language is the number's surroundings', so that a message pasted below a German report keeps its own.
      // So is a service number at home, however grouped ("bel 088 440 1200" in Dutch: a company number, not a Bulgarian
      // mobile; holdout-623).
      const home = LANGUAGE_COUNTRIES[languageNear(scan, m.index)] ?? [];
      if (!countries.some((c) => home.includes(c))) {
        const atHome = firstType(m.value, home);
        if (
          atHome !== undefined &&
          (ORGANISATION_TYPES.has(atHome) || (atHome === 'FIXED_LINE' && LONG_FIRST_GROUP.test(m.value)))
        )
          continue;
      }
      // The same after a phone word that names other countries, where it is a landline there grouped after its area
      // code ("Telefon: 0761 208 440" under a bakery's name: Freiburg's, not a Romanian mobile; holdout-508's probes).
      const word = nearHitOnLine(scan, 'phone-context', m.index, 24);
      const byWord = word ? (PHONE_WORD_COUNTRIES[fold(word.phrase)] ?? []) : [];
      if (
        byWord.length > 0 &&
        LONG_FIRST_GROUP.test(m.value) &&
        !countries.some((c) => byWord.includes(c)) &&
        firstType(m.value, byWord) === 'FIXED_LINE'
      )
        continue;
      // The same where the text's letters tell a country the eight languages do not cover ("ř", "ů": Czech): Zlín's
      // "577 210 334" on a Czech school menu is no Polish mobile.
      const lettered = countriesByLetters(scan);
      if (!countries.some((c) => lettered.includes(c)) && firstType(m.value, lettered) === 'FIXED_LINE') continue;
      for (const country of countries) {
        const type = nationalType(m.value, country);
        if (type && MOBILE_TYPES.has(type)) {
          yield take(m.value, m.index, type, 0.7, 'phone-context');
          break;
        }
      }
    }
  }
  // Any national form after a phone word; the word's language tells the likely countries ("Handy": DE, AT, CH).
  for (const hit of scan.byFamily.get('phone-context') ?? []) {
    const m = PHONE_NATIONAL.exec(scan.text.slice(hit.end, hit.end + 48));
    const value = m?.[1];
    if (!m || !value) continue;
    const index = hit.end + m[0].length - value.length;
    if (within(found, index) || DATE_SHAPED.test(value)) continue;
    // A code's or an id's label between the phone word and the number: "Phone conference ID: 715 882 041#", "Telefon-PIN".
    if (CODE_LABEL.test(scan.text.slice(hit.end, index))) continue;
    // The countries the word and the text's language suggest ("07823 455 196" is a UK mobile
    // in an English text, a landline in a German one; "phone" is English in the JSON of an
    // Italian shop too), read as the most personal kind of number it is in any of them.
    const byWord = PHONE_WORD_COUNTRIES[fold(hit.phrase)] ?? [];
    const surely = LANGUAGE_COUNTRIES[languageSurelyNear(scan, index)];
    const byLanguage = surely ?? countriesByLetters(scan);
    // Both known: the countries they agree on ("Telefon" in a German text: DE, AT, CH, not SE, whose mobiles start 07).
    const agreed = byWord.filter((c) => byLanguage.includes(c));
    const suggested = agreed.length > 0 ? agreed : [...byWord, ...byLanguage];
    // Without a hint, the first EU country it is valid in, as before (Irish mobiles share their first digits with German area codes).
    let type = suggested.length > 0 ? mostPersonalType(value, suggested) : firstType(value, EU_COUNTRIES);
    // Valid in none of them, or only as a service number there: any EU country's reading. But a service number of the
    // country whose language the text surely is stays one, but for another country's mobile (a Polish ad's mobile after
    // Portuguese paragraphs): "llame al 900 811 422" in Spanish is a Spanish freephone, no Finnish or Irish landline
    // (holdout-608).
    if (!type || ORGANISATION_TYPES.has(type)) {
      const elsewhere = mostPersonalType(value, EU_COUNTRIES);
      const serviceAtHome = () =>
        surely?.some((country) => {
          const kind = nationalType(value, country);
          return kind !== undefined && ORGANISATION_TYPES.has(kind);
        }) === true;
      if (
        elsewhere &&
        (!type || (personalRank(elsewhere) > personalRank(type) && (MOBILE_TYPES.has(elsewhere) || !serviceAtHome())))
      )
        type = elsewhere;
    }
    // A mobile's word ("Handy: 0722 123 456"): a landline at home is another country's mobile, as the writer says.
    if (type && !MOBILE_TYPES.has(type) && MOBILE_WORD.test(scan.text.slice(hit.start, index))) {
      const mobile = mostPersonalType(value, EUROPE);
      if (mobile && MOBILE_TYPES.has(mobile)) type = mobile;
    }
    if (type) yield take(value, index, type, 0.85);
  }
});

// --- IBAN and payment cards ---------------------------------------------------------

/**
 * An IBAN: country code, check digits, then 11–30 alphanumerics, its groups apart by a space or a hyphen, or by a
 * line's end where an e-mail's lines are wrapped.
 */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:(?:[ -]|[ \t]*\r?\n[ \t]*)?[A-Z0-9]){11,30}\b/g;
/** An IBAN in lower case, grouped or not: "nl91 abna 0417 1643 00". */
const IBAN_LOWER_CASE = /\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]){11,30}\b/g;

/** A text's first three lines, where a letterhead names who issues it. */
const LETTERHEAD = /^\s*(?:[^\n]*\n){0,2}[^\n]*/;

/**
 * Whether the document's parties are companies: two or more party labels ("Seller:",
 * "Nabywca:", "Bill to") each with a legal form on its line or the next, as on an invoice
 * between businesses, or one such label below a letterhead with a legal form. Its account
 * numbers and customer numbers are then the companies', not a person's.
 */
export function betweenCompanies(scan: TextScan): boolean {
  return memo(scan, 'between-companies', () => {
    const labels = partyLabels(scan);
    // The issuer's letterhead: a legal form on the text's first lines, before any party's label.
    const head = LETTERHEAD.exec(scan.text)?.[0].length ?? 0;
    const forms = scan.byFamily.get('legal-form') ?? [];
    const first = forms[0];
    const letterhead = first !== undefined && first.start < Math.min(head, labels[0]?.start ?? head);
    // The addressee's block under it, before any party's label: a company's name on a line of its own
    // ("Stadtwerke Meißen GmbH" above "Abteilung Einkauf", holdout-385).
    const addressee = letterhead && addresseeCompany(scan.text, forms, lineEndOf(scan.text, first.end), labels[0]?.start);
    return (letterhead ? 1 : 0) + (addressee ? 1 : 0) + labels.filter((label) => label.company).length >= 2;
  });
}

/** Where the line holding `index` ends: its line break, or the text's end. */
export const lineEndOf = (text: string, index: number) => {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
};
/** The text before `index` on its line. */
export const beforeOnLine = (text: string, index: number) => text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
/** The line that holds `index`, without its line break. */
export const lineAround = (text: string, index: number) =>
  text.slice(text.lastIndexOf('\n', index - 1) + 1, lineEndOf(text, index));

/** A letter's first lines, where the addressee's block stands under the letterhead. */
const ADDRESS_BLOCK_LINES = 12;

/**
 * A legal form after `from` (the letterhead's line) on a short line of its own among a letter's first lines, before
 * `before` (a party's label): the addressee is a company.
 */
function addresseeCompany(text: string, forms: readonly Hit[], from: number, before = text.length): boolean {
  let blockEnd = 0;
  for (let n = 0; n < ADDRESS_BLOCK_LINES && blockEnd >= 0; n++) blockEnd = text.indexOf('\n', blockEnd + 1);
  const end = Math.min(before, blockEnd < 0 ? text.length : blockEnd);
  return forms.some((form) => {
    if (form.start <= from || form.start >= end) return false;
    const line = text.slice(text.lastIndexOf('\n', form.start) + 1, lineEndOf(text, form.end));
    return line.trim().length <= 60 && !/[:·|]/.test(line);
  });
}

/**
 * A party's label ends in its colon or its line's end, or in a JSON path's keys below it and their colon, as extraction
 * writes a structured document's fields ("proveedor.razonSocial: Envases del Ebro S.A.").
 */
const PARTY_LABEL_END = /^(?:\.[\p{L}_][\p{L}\d_]{0,30}){0,2}[ \t]*(?::|\n)/u;

/**
 * The Croatian and Slovenian joint-stock company after its name ("Slavonska Pekara d.d."), which the legal forms leave out
 * as the Dutch "de dato" before a date.
 */
const JOINT_STOCK_DD = /\p{Lu}[\p{L}-]+[ \t]+d\.[ \t]?d\.(?![\p{L}\d]|[ \t]*\d)/u;

/** The parties' labels ("Seller:", "Kunde:") where they stand, and whether a legal form follows on their line or the next. */
function partyLabels(scan: TextScan): readonly { start: number; company: boolean }[] {
  return memo(scan, 'party-labels', () => {
    const { text } = scan;
    const labels: { start: number; company: boolean }[] = [];
    for (const hit of scan.byFamily.get('invoice-party') ?? []) {
      const label = PARTY_LABEL_END.exec(text.slice(hit.end, hit.end + 40));
      if (!label) continue;
      const lineEnd = text.indexOf('\n', hit.end + label[0].length);
      const nextEnd = lineEnd < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
      const to = Math.min(nextEnd < 0 ? text.length : nextEnd, hit.end + 200);
      const company = hitBetween(scan, 'legal-form', hit.end, to) || JOINT_STOCK_DD.test(text.slice(hit.end, to));
      labels.push({ start: hit.start, company });
    }
    return labels;
  });
}

/**
 * A document between companies, and the party labelled last before `index` is a company: its account. Not where that
 * party is none ("supplier": "reimbursement", "payee": "employee expense claim" among 1,500 suppliers' payments).
 */
function companysAccount(scan: TextScan, index: number): boolean {
  if (!betweenCompanies(scan)) return false;
  const before = partyLabels(scan).filter((label) => label.start < index);
  return before.length === 0 || (before.at(-1)?.company ?? false);
}

/**
 * The example IBANs of the SWIFT IBAN registry and of payment providers' documentation, and
 * the card numbers of their test systems: they stand in manuals, API guides and test plans.
 * Weak evidence where the text says it shows an example ("e.g.", "sample", "Beispiel"); test
 * data also gives them to people, so elsewhere they count as any account or card does.
 */
// biome-ignore format: a word table reads best packed
const TEST_VALUES = new Set([
  'DE89370400440532013000', 'GB29NWBK60161331926819', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
  'FR7630006000011234567890189', 'IT60X0542811101000000123456', 'ES9121000418450200051332', 'ES7921000813610123456789',
  'NL91ABNA0417164300', 'NL02ABNA0123456789', 'BE68539007547034', 'BE71096123456769', 'AT611904300234573201',
  'PL61109010140000071219812874', 'PT50000201231234567890154', 'CH9300762011623852957', 'CH5604835012345678009',
  'LU280019400644750000', 'IE29AIBK93115212345678', 'SE4550000000058398257466', 'FI2112345600000785',
  'DK5000400440116243', 'CZ6508000000192000145399', 'SK3112000000198742637541', 'RO49AAAA1B31007593840000',
  'BG80BNBG96611020345678', 'HU42117730161111101800000000', 'HR1210010051863000160', 'SI56263300012039086',
  'GR1601101250000000012300695', 'EE382200221020145685', 'LV80BANK0000435195001', 'LT121000011101001000',
  'CY17002001280000001200527600', 'MT84MALT011000012345MTLCAST001S', 'NO9386011117947',
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4000000000000002',
  '4000000000000077', '4000000000003220', '4000002500003155', '4000000000009995', '4917610000000000',
  '4444333322221111', '4988438843884305', '5555555555554444', '5105105105105100', '5200828282828210',
  '5454545454545454', '5500000000000004', '2223003122003222', '2223000048400011', '378282246310005',
  '371449635398431', '378734493671000', '6011111111111117', '6011000990139424', '3530111333300000',
  '3566002020360505', '6200000000000005', '6759649826438453', '30569309025904', '38520000023237',
  // … and more of the providers' published test cards (3-D Secure, declines, other schemes).
  '4000002760003184', '4000008260003178', '4000000000003063', '4000000000003055', '4000008400001629',
  '4000000000000341', '4000000000009987', '4000000000009979', '4000000000000069', '4000000000000127',
  '4000000000000119', '4100000000000019', '4000000000000259', '4111111145551142', '5555444433331111',
  '2222400070000005', '370000000000002', '4005519200000004', '4009348888881881', '4012000033330026',
  '4012000077777777', '4217651111111119', '4500600000000061', '5431111111111111', '4543474002249996',
  '5436031030606378', '345678901234564', '36227206271667', '3056930009020004',
]);
/**
 * A card number mostly of zeros after its issuer's digits ("4000 0027 6000 3184"): a test system's, as no issuer numbers
 * its customers' cards so; counted as a test value where the text shows an example, as the listed ones are.
 */
const zerosTestCard = (value: string) => /^\d{13,19}$/.test(value) && (value.slice(1).match(/0/g) ?? []).length >= 8;
const TEST_VALUE_CONFIDENCE = 0.3;
/**
 * A test value of the banks' and payment providers' documentation, in a text with an example's word anywhere: an API
 * guide's sample request says "the test IBAN above" below its code block. These values are no one's account, so the
 * whole text's scope cannot weaken a real one; a masked card's last four are real, and need the word on their line.
 */
const isTestValue = (scan: TextScan, value: string) =>
  (TEST_VALUES.has(value) || zerosTestCard(value)) && scan.byFamily.has('example-marker');
/**
 * An IBAN whose account is one digit over and over ("FR76 0000 0000 0000 0000 0000 000", holdout-1008): valid by its
 * check digits, and a placeholder wherever it stands, as code's and forms' examples write it; no bank gives it.
 */
const placeholderAccount = (value: string) => /^[A-Z]{2}\d{2}(\d)\1+$/.test(value.replace(/ /g, ''));

/** Polish account numbers (NRB) are the IBAN without its "PL": 26 digits, grouped 2 + 6 × 4 ("61 1090 1014 0000 0712 1981 2874"). */
const NRB_CANDIDATE = /\b\d{2}(?: ?\d{4}){6}\b/g;

/** How sure a valid IBAN at `index` is a person's account. */
function ibanWeight(scan: TextScan, index: number, value: string): number {
  if (isTestValue(scan, value) || placeholderAccount(value)) return TEST_VALUE_CONFIDENCE;
  // An organisation's account: a legal form, or a public body, an association or a parish
  // as its holder, on the same line before it ("Stadtkasse Lindau, IBAN …", an invoice's
  // footer); a legal form on another line does not tell.
  const holder = near(scan, 'legal-form', index, 160) ?? near(scan, 'organisation-account', index, 160);
  const sameLine = holder !== undefined && !scan.text.slice(holder.end, index).includes('\n');
  return sameLine ||
    companyFooter(scan, index) ||
    heldByOrganisation(scan, index) ||
    holderAfter(scan, index) ||
    companysAccount(scan, index) ||
    issuersAccount(scan, index) ||
    sellersAccount(scan, index)
    ? 0.45
    : weigh(scan, index, 0.9, 'iban-context');
}

/**
 * A company's footer: its legal form and its VAT or register number on the IBAN's line or the line before ("Termoidraulica
 * Padana S.r.l. – … – P. IVA 02417650204\nIBAN IT85X…", holdout-608), or the number on the line after and the legal form
 * on the first line, as invoices close. Not where the IBAN's line makes
 * the account the reader's ("Ihre IBAN"), nor on a payslip or between parties.
 */
function companyFooter(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (readersBefore(scan, text.slice(lineStart, index), index)) return false;
  // Not a payslip's or a contract's, whose employer and its VAT number may stand above the employee's account, nor any
  // document with parties' labels, whose accounts the rules above weigh.
  if (partyLabels(scan).length > 0 || textHas(scan, EMPLOYEE_FIELD)) return false;
  const from = lineBefore(text, index)?.[0] ?? lineStart;
  const to = lineEndOf(text, index);
  // The register or VAT number may close the footer on the line after ("Bankverbindung: … IBAN …\nUSt-IdNr.: DE…",
  // holdout-877), the issuer's legal form on the text's first line (not a recipient's further down the letterhead: a sole
  // trader invoicing a company).
  const after = to < text.length ? lineEndOf(text, to + 1) : to;
  const issuer = text.search(/\S/);
  return (
    (hitBetween(scan, 'legal-form', from, to) ||
      (to < after && hitBetween(scan, 'legal-form', issuer, lineEndOf(text, issuer)))) &&
    (hitBetween(scan, 'company-register', from, after) || hitBetween(scan, 'vat-context', from, after))
  );
}

/** Where a company's letterhead gives its register number: its first lines. */
const LETTERHEAD_REACH = 600;
/** The reader's own account, or a holder's field, just before an IBAN: "votre compte", "Ihre IBAN", "your account". */
const READERS_BEFORE =
  /(?<![\p{L}])(?:votre|vos|your|ihr|ihre|ihrem|ihren|ihres|dein|deine|uw|jouw|su|sus|vostro|vostra|tuo|tua|twój|twoje|twojego|pana|pani|seu|sua|din|ditt|dit|teie|tilisi)(?![\p{L}])/giu;
/**
 * Whether `before` (the text just before `index`) makes the account the reader's. "su" only in Spanish: Italian "su" is
 * "on" ("bonifico su IBAN", holdout-825).
 */
function readersBefore(scan: TextScan, before: string, index: number): boolean {
  for (const m of allMatches(READERS_BEFORE, before)) {
    if (m[0].toLowerCase() !== 'su' || languageNear(scan, index) === 'es') return true;
  }
  return false;
}
/** How a company asks to be paid, on an IBAN's line or the line before: "Paiement … par virement :", "Bankverbindung". */
const PAYMENT_TERMS_BEFORE =
  /(?<![\p{L}])(?:paiement|règlement|virement|payment|payable|bank details|zahlung|zahlbar|bankverbindung|überweisung|pagamento|bonifico|pago|transferencia|betaling|overboeking|płatność|płatne|przelew|transferência)/iu;
/** A record of an employee's pay or contract: a field for the employee ("Salarié :", "Työntekijä:"). */
const EMPLOYEE_FIELD =
  /(?<![\p{L}])(?:salarié|salariée|employee|arbeitnehmer(?:in)?|mitarbeiter(?:in)?|työntekijä|dipendente|lavoratore|trabajador(?:a)?|werknemer|medewerker|pracownik|trabalhador(?:a)?|anställd|medarbejder)[ \t]*:/iu;

/** The line before the one holding `index`, as [start, end): undefined on a text's first line. */
function lineBefore(text: string, index: number): [number, number] | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1);
  return lineStart <= 0 ? undefined : [text.lastIndexOf('\n', lineStart - 1) + 1, lineStart];
}

/**
 * The issuer's own account in a company's terms, price list or quote: its letterhead names it with a legal form and its
 * register or VAT number ("TRANSPORTS ROUSSEAU & FILS SAS … RCS Dijon B 412 345 678"), the document has no parties' labels
 * and no employee's field, and the lines before the IBAN ask for payment without making it the reader's or a holder's
 * ("Paiement … par virement : IBAN FR76 …"; not a payslip's "Tilinumero:", not "votre compte").
 */
function issuersAccount(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const head = LETTERHEAD.exec(text)?.[0].length ?? 0;
  const form = scan.byFamily.get('legal-form')?.[0];
  if (form === undefined || form.start >= head) return false;
  // Its register number, or its VAT number on the letterhead's lines ("… – P.IVA 03489120987 – Tel. …", holdout-825).
  const registered =
    hitBetween(scan, 'company-register', 0, Math.min(text.length, LETTERHEAD_REACH)) || hitBetween(scan, 'vat-context', 0, head);
  if (!registered) return false;
  if (partyLabels(scan).length > 0 || textHas(scan, EMPLOYEE_FIELD)) return false;
  return paymentTermsBefore(scan, index) !== undefined;
}

/**
 * The text from the line before an IBAN up to it, where it asks to be paid ("Règlement par virement – IBAN …") and is
 * neither the reader's account ("votre compte") nor after a holder's field on the line before; undefined otherwise.
 */
function paymentTermsBefore(scan: TextScan, index: number): string | undefined {
  const { text } = scan;
  const previous = lineBefore(text, index);
  const before = text.slice(previous?.[0] ?? 0, index);
  const asked =
    PAYMENT_TERMS_BEFORE.test(before) &&
    !readersBefore(scan, before, index) &&
    !(previous && HOLDER_FIELD.test(text.slice(...previous)));
  return asked ? before : undefined;
}

/** A seller's or an issuer's label on an invoice, in the EU languages ("Émetteur", "Lieferant", "Dodavatel"). */
const SELLER_LABEL =
  /^(?:seller|supplier|vendor|sold by|verkäufer|lieferant|auftragnehmer|rechnungssteller|vendeur|fournisseur|prestataire|émetteur|venditore|fornitore|cedente|prestatore|vendedor|proveedor|emisor|leverancier|verkoper|opdrachtnemer|sprzedawca|wystawca|dostawca|wykonawca|fornecedor|prestador|izdavatelj|dobavljač|prodavatelj|dobavitelj|izdajatelj|dodavatel|dodávateľ|szállító|eladó|furnizor|tarnija|müüja|pardavėjas|tiekėjas|piegādātājs|leverantör|säljare|leverandør|sælger|selger|toimittaja|myyjä|προμηθευτής|εκδότης|доставчик|laskuttaja)(?![\p{L}])/iu;

/**
 * An invoice's payment instructions where its first party is the seller, a company by its legal form ("ÉMETTEUR\nImprimerie
 * du Rhône SARL … Règlement par virement – IBAN FR76 …", holdout-674): the seller's account, whoever the buyer is. Not the
 * reader's account, nor a holder's field on the line before, nor a payslip's.
 */
function sellersAccount(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const first = partyLabels(scan)[0];
  if (!first?.company || first.start > index || !SELLER_LABEL.test(text.slice(first.start, first.start + 24))) return false;
  if (textHas(scan, EMPLOYEE_FIELD)) return false;
  const before = paymentTermsBefore(scan, index);
  return before !== undefined && !REFUND_BEFORE.test(before);
}
/** A refund or a credit to the buyer's account: "Remboursement par virement sur le compte …", "Erstattung auf". */
const REFUND_BEFORE =
  /(?<![\p{L}])(?:refund\p{L}*|reimburse\p{L}*|rembours\p{L}*|erstatt\p{L}*|rückerstatt\p{L}*|gutschrift|rimbors\p{L}*|reembols\p{L}*|devolución|terugbetal\p{L}*|restitui\p{L}*|reembolso|zwrot\p{L}*|avoir)(?![\p{L}])/iu;

/** In whose name an account is, after its number: "t.n.v.", "in the name of", "au nom de", "a nome di", "zugunsten". */
const IN_THE_NAME_OF =
  /^[^\n]{0,24}?(?<![\p{L}])(?:t\.n\.v\.|ten name van|in (?:the )?name of|payable to|au nom de|à l['’]ordre de|a nome di|intestato a|a nombre de|em nome de|lautend auf|zugunsten|na rzecz)(?![\p{L}])/iu;
/**
 * The holder after the number on its line, an organisation by its legal form: "… NL91 ABNA 0417 1643 00 t.n.v.
 * Drukkerij Van Leeuwen B.V." (an invoice between companies, holdout-452).
 */
function holderAfter(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const lineEnd = text.indexOf('\n', index);
  const end = lineEnd < 0 ? text.length : lineEnd;
  // The number as written, its groups apart by spaces ("NL91 ABNA 0417 1643 00").
  const number = /^[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){8,}/.exec(text.slice(index, end));
  if (!number) return false;
  const numberEnd = index + number[0].length;
  const holder = IN_THE_NAME_OF.exec(text.slice(numberEnd, end));
  return holder !== null && hitBetween(scan, 'legal-form', numberEnd + holder[0].length, end);
}

/** An account holder's field, as a transfer's details give it on the line before the IBAN's ("Kontoinhaber: …"). */
const HOLDER_FIELD =
  /^[ \t]*(?:account holder|account name|beneficiary|kontoinhaber(?:in)?|zahlungsempfänger|empfänger|titulaire(?: du compte)?|bénéficiaire|intestatario|intestato a|beneficiario|titular(?: de la cuenta| da conta)?|rekeninghouder|ten name van|tenaamstelling|begunstigde|odbiorca|właściciel rachunku|beneficiário)[ \t]*:/iu;

/**
 * The line before the IBAN's holds its holder's field, and the holder is an organisation by a legal form or its kind
 * ("Account holder: DRK Kreisverband Köln e.V.\nIBAN: …", a charity's appeal).
 */
function heldByOrganisation(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const previous = lineBefore(text, index);
  if (!previous || !HOLDER_FIELD.test(text.slice(...previous))) return false;
  const [previousStart, lineStart] = previous;
  return (
    hitBetween(scan, 'legal-form', previousStart, lineStart) || hitBetween(scan, 'organisation-account', previousStart, lineStart)
  );
}

export const ibanDetector = defineDetector('iban', 'personal', function* (scan) {
  for (const m of digitMatches(scan, NRB_CANDIDATE)) {
    const value = `PL${m.value.replace(/ /g, '')}`;
    if (!isValidIBAN(value)) continue;
    // Without an account word before it ("nr rachunku", "konto") 26 digits may be anything: weak.
    const weight = ibanWeight(scan, m.index, value);
    const confidence = near(scan, 'iban-context', m.index, 40) ? weight : Math.min(weight, 0.45);
    yield { type: 'iban', value: m.value, confidence, index: m.index };
  }
  // Typed in lower case ("iban: nl91abna0417164300"), as chats and forms have it: after an IBAN's word only.
  if (scan.byFamily.has('iban-context')) {
    for (const m of digitMatches(scan, IBAN_LOWER_CASE)) {
      // The longest valid start: the pattern runs on into a next word of one letter ("… 0076 0236 y el sábado").
      const value = longestValidIBAN(m.value.toUpperCase());
      if (value && near(scan, 'iban-context', m.index, 40))
        yield { type: 'iban', value, confidence: ibanWeight(scan, m.index, value), index: m.index };
    }
  }
  if (!shapeOf(scan).lettersBefore) return;
  const seen = new Set<number>();
  for (const m of digitMatches(scan, IBAN_CANDIDATE)) {
    const valid = longestValidIBAN(m.value);
    if (valid) {
      seen.add(m.index);
      yield { type: 'iban', value: valid, confidence: ibanWeight(scan, m.index, valid), index: m.index };
      continue;
    }
    // A candidate that is none, run on over a line's end, may have swallowed the start of one on the next line ("USt-IdNr.
    // DE812345678\nIBAN DE44 5001 …", which read as no IBAN at all): the next candidate inside it, read from the text.
    if (!/\n/.test(m.value)) continue;
    const after = m.index + 1;
    for (const n of allMatches(IBAN_CANDIDATE, scan.text.slice(after, after + m.value.length + 48))) {
      const index = after + n.index;
      const inner = longestValidIBAN(n[0]);
      if (inner && !seen.has(index)) {
        seen.add(index);
        yield { type: 'iban', value: inner, confidence: ibanWeight(scan, index, inner), index };
        break;
      }
    }
  }
});

/** The longest prefix of a greedy candidate that is a valid IBAN (the candidate may run into the next word). */
function longestValidIBAN(candidate: string): string | undefined {
  const compact = candidate.replace(/[\s-]/g, '');
  for (let length = compact.length; length >= 15; length--) {
    const value = compact.slice(0, length);
    if (isValidIBAN(value)) return value;
  }
  return undefined;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer identification ranges of the major card schemes, with their valid lengths. */
function cardIssuerKnown(digits: string, inCardContext: boolean): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  // Visa: 16 or 19 digits; 13 only beside a card word (13 digits starting with 4 are mostly EAN barcodes).
  if (digits.startsWith('4')) return n === 16 || n === 19 || (n === 13 && inCardContext);
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (digits.startsWith('6011') || digits.startsWith('65')) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (/^(5018|5020|5038|5893|6304|6759|676[1-3])/.test(digits)) return n >= 12 && n <= 19; // Maestro
  if (/^62/.test(digits)) return n >= 16 && n <= 19; // UnionPay
  return false;
}

/**
 * Twelve to nineteen digits, not a part of a longer run in the same grouping (a parcel's
 * "6201 2345 6789 0123 4567 89" holds no card), nor running into a date ("4556 … 9855 12/28").
 */
const CARD_CANDIDATE = /(?<!\d[/.]|\d{4}[ -])\b\d(?:[ -]?\d){11,18}\b(?![/.]\d|[ -]\d{4})/g;

/** Last four digits that stand for any: 0000, 1111 …, 1234, 4321. */
const PLACEHOLDER_LAST_FOUR = /(?:0000|1111|2222|3333|4444|5555|6666|7777|8888|9999|1234|4321)$/;
/**
 * A card number masked but for its last four digits, as statements and receipts print it ("**** **** **** 4417"), or
 * but for its issuer's first four or six digits too ("4970 •••• •••• 2231", "4970 12•• •••• 2231", "497012******2231";
 * holdout-519's card statement).
 */
const MASKED_CARD =
  /(?<![*•xX\d])(?:[*•xX]{4}[ -]?){3}\d{4}(?!\d)|(?<![*•xX\d])[*•xX]{8,15}\d{4}(?!\d)|(?<![*•xX\d])\d{4}[ -]?(?:\d{2}[*•xX]{2}|[*•xX]{4})[ -]?[*•xX]{4}[ -]?\d{4}(?!\d)|(?<![*•xX\d])\d{6}[*•xX]{6}\d{4}(?!\d)/g;

/**
 * A masked card after a card's word on its line ("Carte n° **** **** **** 4417", "VISA ************4417"): the holder's
 * account, as a statement's or a receipt's, though the number cannot be read.
 */
function* maskedCards(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!scan.byFamily.has('card-context') || !/[*•xX]{4}/.test(text)) return;
  for (const m of allMatches(MASKED_CARD, text)) {
    if (/^[xX ]+\d{4}$/.test(m[0]) && !/[xX]{4} ?[xX]{4}/.test(m[0])) continue;
    // A help text's placeholder ("shown as **** **** **** 1234") is no one's card.
    if (PLACEHOLDER_LAST_FOUR.test(m[0]) || !nearOnLine(scan, 'card-context', m.index, 40)) continue;
    // Weak only after an example's word on its line ("shown as, e.g., **** 4417"): a statement's "z. B." elsewhere
    // does not make its card no one's.
    const confidence = nearOnLine(scan, 'example-marker', m.index, 60) ? TEST_VALUE_CONFIDENCE : 0.7;
    yield { type: 'payment-card', value: m[0], confidence, index: m.index };
  }
}

export const paymentCardDetector = defineDetector('payment-card', 'personal', function* (scan) {
  yield* maskedCards(scan);
  if (shapeOf(scan).longestSpacedGroup < 12) return;
  for (const m of digitMatches(scan, CARD_CANDIDATE)) {
    // An IBAN's groups ("IT29 H872 6290 0680 6199 4050 658") hold no card number, whatever Luhn says.
    if (insideIban(scan.text, m.index)) continue;
    const digits = m.value.replace(/[ -]/g, '');
    const inCardContext = near(scan, 'card-context', m.index, 60) !== undefined;
    if (cardIssuerKnown(digits, inCardContext) && luhnValid(digits)) {
      const confidence = isTestValue(scan, digits) ? TEST_VALUE_CONFIDENCE : 0.95;
      yield { type: 'payment-card', value: m.value, confidence, index: m.index };
    }
  }
});

// --- secrets ------------------------------------------------------------------------

const TOKEN_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['aws-access-key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['github-token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g],
  ['slack-token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/g],
  ['google-api-key', /\bAIza[0-9A-Za-z_-]{35}\b/g],
  ['stripe-secret-key', /\b[rs]k_live_[0-9A-Za-z]{20,}\b/g],
  ['gitlab-token', /\bglpat-[0-9A-Za-z_-]{20,}\b/g],
  ['openai-api-key', /\bsk-(?:proj-|ant-)?[0-9A-Za-z_-]{32,}/g],
  ['json-web-token', /\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}/g],
  // Webhooks whose address is their key (anyone holding it posts to the channel) and service keys by their prefixes.
  ['slack-webhook', /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,}/g],
  ['discord-webhook', /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]{30,}/g],
  ['sendgrid-api-key', /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g],
  ['npm-token', /\bnpm_[A-Za-z0-9]{36}\b/g],
  ['azure-storage-key', /\bAccountKey=[A-Za-z0-9+/]{60,}={0,2}/g],
];
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g;
/** Any of the token prefixes, to skip the per-token patterns in text that has none. */
const TOKEN_PREFIX = /AKIA|ASIA|gh[pousr]_|xox[abprs]-|AIza|k_live_|glpat-|sk-|eyJ|hooks\.slack|webhooks\/|SG\.|npm_|AccountKey=/;
/** Whether a text holds a private key's header or a token's prefix, which only their own letter case writes. */
export const mayHoldToken = (text: string): boolean => text.includes('-----BEGIN') || TOKEN_PREFIX.test(text);
/** A value assigned on the key's own line: "DB_PASSWORD=" with nothing after it takes nothing from the next line. */
const ASSIGNED = /^["']?[ \t]*[:=][ \t]*["']?([^\s"'<>]{8,})/;
/**
 * A password given in a sentence: "das Passwort lautet Sonnenblume#2026", "your password is …", "votre mot de
 * passe provisoire est …", "la contraseña es …", up to four words after it ("le mot de passe du wifi est …", "la
 * password del wifi è …", "das WLAN-Passwort für den Besprechungsraum lautet …"), and up to three after the verb
 * before a colon ("lautet ab heute: …", holdout-1037). Only a value with a digit or a symbol: "Password is required".
 */
const STATED =
  /^\s*(?:[\p{L}-]+\s+){0,4}(?:lautet|ist|is|est|es|è|é|to|wynosi|luidt)(?:\s+\p{Ll}+){0,3}?\s*:?\s*["'„“«]?([^\s"'<>“”»]{8,}?)[.,;:!?)]*(?:\s|["'“”»]|$)/u;
/** Letters and a digit or a symbol; a hyphen or a slash alone makes a word ("case-sensitive", "groß-/kleinschreibungsabhängig"). */
const PASSWORD_LIKE = /^(?=.*\p{L})(?=.*[\d!#$%&*@?+=_~^]).{8,}$/u;
/** Not a secret: "<your password>", "${DB_PASSWORD}", "********", "YOUR_API_KEY", "changeme", "process.env.X". */
const PLACEHOLDER =
  /^(?:\$\{|\$[A-Z_]|%[A-Z_]|\{\{|\*{4}|x{4}|\.{3}|<|your|my_|example|changeme|placeholder|process\.env|os\.environ|getenv|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$)/i;
/** Credentials in a connection string: scheme://user:password@host. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]{3,})$/i;

/** Whether the value after a key is the key's own word with words going on after it on its line: a description. */
function describedByName(text: string, hit: Hit, m: RegExpExecArray): boolean {
  const value = (m[1] as string).toLowerCase();
  if (value !== text.slice(hit.start, hit.end).toLowerCase()) return false;
  const end = hit.end + m[0].length;
  return /^[ \t]+\p{L}/u.test(text.slice(end, end + 8));
}

export const secretDetector = defineDetector('secret', 'secret', function* (scan) {
  const { text } = scan;
  if (TOKEN_PREFIX.test(digitsOf(scan).text)) {
    for (const [type, pattern] of TOKEN_PATTERNS) {
      for (const m of digitMatches(scan, pattern)) yield { type, value: m.value, confidence: 0.9, index: m.index };
    }
  }
  if (text.includes('-----BEGIN')) {
    for (const m of allMatches(PRIVATE_KEY, text))
      yield { type: 'private-key', value: m[0], confidence: 0.99, index: m.index ?? 0 };
  }
  // "mot de passe" and "mot de passe provisoire" start alike: one password.
  const stated = new Set<number>();
  for (const hit of scan.byFamily.get('secret-key') ?? []) {
    const m = ASSIGNED.exec(text.slice(hit.end, hit.end + 200));
    // A placeholder is not a secret: "password: <your password>", "${DB_PASSWORD}", "********"; nor a field that a
    // list describes by its own name, words going on after it ("password: password string according to …").
    // "PWD=/home/j.hoffmann": a shell's working directory, as sudo's log lines write it, not a password.
    if (m?.[1] && /^pwd$/i.test(text.slice(hit.start, hit.end)) && /^(?:[/~]|[A-Za-z]:\\)/.test(m[1])) continue;
    if (m?.[1] && !PLACEHOLDER.test(m[1]) && !describedByName(text, hit, m)) {
      yield { type: 'password-assignment', value: m[1], confidence: 0.9, index: hit.start };
      continue;
    }
    const value = STATED.exec(text.slice(hit.end, hit.end + 80))?.[1];
    if (!value || !PASSWORD_LIKE.test(value) || PLACEHOLDER.test(value) || stated.has(hit.start)) continue;
    stated.add(hit.start);
    yield { type: 'password-assignment', value, confidence: 0.8, index: hit.start };
  }
  for (const at of scan.ats) {
    const before = text.slice(Math.max(0, at - 200), at);
    const m = before.includes('://') ? URL_CREDENTIALS.exec(before) : null;
    if (m) yield { type: 'credentials-in-url', value: m[1] ?? '', confidence: 0.9, index: at - (m[0].length ?? 0) };
  }
  // A command line's user and password ("curl -u m.dupont:Winter2026! https://…"); "--password=…" is a password's word.
  if (text.includes('-u ') || text.includes('--user')) {
    for (const m of allMatches(COMMAND_CREDENTIALS, text)) {
      const secret = m[1] ?? '';
      if (!PLACEHOLDER.test(secret) && PASSWORD_LIKE.test(secret))
        yield { type: 'password-assignment', value: secret, confidence: 0.85, index: m.index };
    }
  }
});
/** A command's credentials: `-u user:password` or `--user user:password` (curl). */
const COMMAND_CREDENTIALS = /(?<![\w-])(?:-u|--user)[ =]['"]?[^\s:'"]{1,64}:([^\s'"@]{4,64})['"]?(?=\s|$)/g;
