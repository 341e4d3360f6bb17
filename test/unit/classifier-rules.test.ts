// The classifier's rules for documents EU organisations upload: where names stand, what
// makes contact and bank data a person's rather than an organisation's, and property tests
// for checksums and for the one failure that matters most (personal data called public).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { composeIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { classifyStream, classifyText, type FoundValue, WINDOW } from '../../shared/domain/classify.js';
import { personNameDetector, postalAddressDetector } from '../../shared/domain/context-detectors.js';
import {
  emailDetector,
  ibanDetector,
  luhnValid,
  mailboxWeight,
  paymentCardDetector,
  phoneDetector,
  validInternational,
  validNational,
} from '../../shared/domain/detectors.js';
import { extractText } from '../../shared/domain/extract.js';
import { surnameLike } from '../../shared/domain/names.js';
import { nationalIdDetector, vatNumberDetector } from '../../shared/domain/national-ids.js';
import { isPersonal, type Sensitivity } from '../../shared/domain/sensitivity.js';

const names = (text: string) => [...personNameDetector.find(text)].map((m) => m.value);
const confidence = (d: typeof emailDetector, text: string) => [...d.find(text)].map((m) => m.confidence);
const level = (text: string) => classifyText(text).sensitivity;
/**
 * Each text of a probe (its texts by language) read as `expected`, a level or any of several, but those holding one of
 * the phrases `left` names: what the probe still misses, which its test names.
 */
function expectRead(
  byLanguage: Readonly<Record<string, readonly string[]>>,
  expected: Sensitivity | readonly Sensitivity[],
  left: readonly string[] = [],
): void {
  for (const text of Object.values(byLanguage).flat()) {
    if (left.some((phrase) => text.includes(phrase))) continue;
    if (typeof expected === 'string') expect(level(text), text).toBe(expected);
    else expect(expected, text).toContain(level(text));
  }
}

describe('where names stand', () => {
  it('after titles, also in lower case mid-sentence, but not after a bare capital', () => {
    expect(names('Dear Ms Harper, thank you.')).toContain('Harper');
    expect(names("L'assemblea approva. Il sig. Esposito si astiene.")).toEqual(['Esposito']);
    expect(names('Pan Zając przygotuje oferty, a pani Nowak je sprawdzi.')).toEqual(['Zając', 'Nowak']);
    expect(names('Die Frau am Empfang.')).toEqual([]);
  });

  it('after salutations at a line start, but not generic addressees', () => {
    expect(names('Hallo Anna,\nwie geht es?')).toEqual(['Anna']);
    expect(names('Dear Customer,\nyour order shipped.')).toEqual([]);
    expect(names('Sehr geehrte Damen und Herren,\nanbei die Unterlagen.')).toEqual([]);
  });

  it('in signature blocks, unless the signature is a team; one word is weak (a company or a first name)', () => {
    expect(names('See you then.\n\nKind regards,\nPriya Raman\n')).toEqual(['Priya Raman']);
    expect(names('See you then.\n\nKind regards,\nThe Support Team\n')).toEqual([]);
    expect(classifyText('Your order has shipped.\n\nKind regards,\nAcme\n').sensitivity).toBe('public');
    // A department, a front desk or a school office signs too.
    expect(names('Anbei der Antrag.\n\nMit freundlichen Grüßen\nPersonalabteilung\n')).toEqual([]);
    expect(names('La aspettiamo.\n\nCordiali saluti\nReception Hotel Belvedere\n')).toEqual([]);
    expect(names('Szanowna Pani Wychowawczyni,\nproszę o usprawiedliwienie.')).toEqual([]);
    // A legal form as written, not a postcode's letters or a lower-case word ("LS6 2AB", "5 kg", "ab 9 Uhr").
    expect(names('To: Mr and Mrs Adeyemi, Flat 2, 41 Cedar Road, Leeds LS6 2AB')).toEqual(['Adeyemi']);
    expect(names('Herr Vogel, Lieferung ab 9 Uhr, 5 kg')).toEqual(['Vogel']);
    expect(names('Dear Ms Harper, Acme Ltd')).toEqual([]);
    // The other member states' legal forms, with or without their last dot.
    expect(names('Izdavatelj: Jadran Tisak d.o.o., Zagreb')).toEqual([]);
    expect(names('Dodavatel: Petr Svoboda s.r.o., Brno')).toEqual([]);
    expect(names('Tarnija: Kadri Tamm OÜ')).toEqual([]);
    expect(names('Tarnija: Kadri Tamm')).toEqual(['Kadri Tamm']);
  });

  it('not in job titles, acronyms or generic addressees', () => {
    expect(names('We are hiring: Sr. Software Engineer (m/f/d)')).toEqual([]);
    expect(names('DNA Test results are published weekly. ING Groep reports growth.')).toEqual([]);
    expect(names('Dear Valued Customer,\nLiebe Mitglieder,\nDear Parents,\n')).toEqual([]);
    expect(names('In greetings, use the first name: "Dear Anna,".')).toEqual([]);
  });

  it('in attendee lists, "the undersigned" and name phrases', () => {
    expect(names('Present: Laura Finch (chair), Tom Okafor; Priya Raman\n')).toEqual([
      'Laura Finch',
      'Tom Okafor',
      'Priya Raman',
    ]);
    expect(names('Ja, niżej podpisana Małgorzata Sikora, wyrażam zgodę')).toEqual(['Małgorzata Sikora']);
    expect(names("it's under the name Gareth Lloyd, postcode CF10 1EP")).toEqual(['Gareth Lloyd']);
  });

  it('in tables anywhere in a text: CSV after a preamble, Markdown, not a table of products', () => {
    expect(names('Staff list\n\n| Name | Department |\n|---|---|\n| Jan de Vries | Sales |\n| Ola Nordmann | IT |\n')).toEqual([
      'Jan de Vries',
      'Ola Nordmann',
    ]);
    expect(names('| Name | Price |\n|---|---|\n| Reading Lamp | 20 |\n')).toEqual([]);
  });

  it('after titles with initials, and in columns named by a role', () => {
    expect(names('Aan: de heer T. Smits\nDear Mr J. Smith,')).toEqual(['Smits', 'Smith']);
    expect(names('week,employee,project,hours\n2026-W10,Hannah Cole,Website,37.5\n')).toEqual(['Hannah Cole']);
  });

  it('names in lower case after a greeting or a sign-off, as quick messages write them; not "hi all", "ciao bella"', () => {
    expect(names('hey sarah, can you send me the invoice from jan? thx tom')).toEqual(['sarah', 'tom']);
    expect(names("ciao marco, domani porti tu la bimba all'asilo? baci giulia")).toEqual(['marco', 'giulia']);
    expect(names('hola lucía! mañana no puedo ir. besos, ana')).toEqual(['lucía', 'ana']);
    for (const text of ['hi all, the build is green. cheers', 'ciao bella, come stai?', 'hello world!'])
      expect(classifyText(text).sensitivity).toBe('public');
    // A title before the name, a name after the writer's introduction in a message in lower case, Polish short forms
    // in the vocative (holdout-165).
    // "o tomás": Portuguese writes a first name after its article (read since 2.32.0).
    expect(names('olá professor rui, o tomás hoje não vai. obrigada, inês')).toEqual(['rui', 'inês', 'tomás']);
    expect(names('dzien dobry pani haniu, jutro przyjdzie hydraulik. pozdrawiam')).toEqual(['haniu']);
    expect(names('buonasera a tutti, sono rosa del terzo piano.')).toEqual(['rosa']);
    // A chat export's speakers as people set their names, in lower case; not a log's levels (holdout-167).
    expect(names('[14/11/2026, 09:02] dan: morning!\n[14/11/2026, 09:05] lucy: yes, keys are with reception\n')).toEqual([
      'dan',
      'lucy',
    ]);
    expect(classifyText('[14/11/2026, 09:02] info: backup started\n[14/11/2026, 09:05] error: disk full\n').sensitivity).toBe(
      'public',
    );
    // In a short message in lower case, a known given name after a word that points to a person ("ask tom").
    expect(names('hi all, can you ask tom about the keys? thx')).toEqual(['tom']);
    expect(classifyText('the quick fox jumps with grace and style. thanks').sensitivity).toBe('public');
    // A message with no greeting, its thanks alone on the last line; the Spanish "a" before a person (holdout-173).
    expect(names('oye, una cosa\nle dices a pablo que empiece él la reunión?\ngracias!!')).toEqual(['pablo']);
    expect(classifyText('aviso: el sistema no estará disponible el sábado.\ngracias por tu paciencia.').sensitivity).toBe(
      'public',
    );
    // In prose with capitals, "This is akin to …" introduces no one.
    expect(classifyText('This is akin to setting the nullglob option in bash.').sensitivity).toBe('public');
  });

  it("a first name alone in a child's or a pupil's form, by the form's other fields; not a pet's, a ship's or a toy's", () => {
    for (const text of [
      'Name: Finn\nKlasse: 3b\nAbholung: 15:30',
      'Nombre: Lucía\nCurso: 3º B',
      'Naam: Daan\nGroep: 5',
      'Nome: Tiago\nTurma: 3.º A',
      'Name: Oliver\nClass: 4C\nCollected by: grandmother',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
    // A team in brackets between a first name and its verb; not a place's note that ends the sentence.
    expect(classifyText('Anna (Buchhaltung) ist heute krank.').sensitivity).toBe('special');
    expect(classifyText('Dependance: in het gebouw van sporthal De Willem (groep 1 en 2).').sensitivity).toBe('public');
    // Who stands in for someone, by a known surname alone ("Vertretung: Schneider"); not a pointer to a notice.
    expect(classifyText('Urlaubsvertretung: Schneider').sensitivity).toBe('personal');
    expect(classifyText('Vertretung: siehe Aushang').sensitivity).toBe('public');
    // A role's or a contact's field names a person by its key alone.
    for (const text of ['Patient: Anna\nStation: 3', 'Alumno: Hugo\nCurso: 2º B', 'Tenant: Sofia\nFlat: 3B', 'Kontakt: Julia'])
      expect(classifyText(text).sensitivity).not.toBe('public');
    for (const text of [
      'Name: Luna\nRasse: Labrador\nAlter: 3',
      'Name: Aurora\nClass: cruise ship\nYear: 2000',
      'Name: Lotta\nAlter: ab 3 Jahren\nPreis: 12,99 €',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
  });

  it('a Nordic word that folds into a name is a name only as a name is spelt ("Lån" is no Lan; "Bjørn", "Åsa" are names)', () => {
    expect(classifyText('Lån som förfaller betalas tillbaka.').sensitivity).toBe('public');
    expect(names('Bjørn Nielsen ringede i går. Hej Åsa, tack för mötet.')).toEqual(['Bjørn Nielsen', 'Åsa']);
  });

  it('words the name lists hold count as names only as the names that are words too do (before a surname, a verb)', () => {
    for (const text of [
      'Aide aux devoirs le mardi soir.',
      'Lien vers le formulaire ci-dessous.',
      'Tea and coffee are served at 10.',
      'Luna llena esta noche.',
      'Iban a la playa cada día.',
      'Missing items were returned.',
      'Massimo ribasso garantito su tutti i prodotti.',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
    expect(classifyText('Luna García called about the invoice.').sensitivity).toBe('personal');
  });

  it("things named like people: car makers' models, an airport on a flight's line (holdout-161)", () => {
    expect(names('Oferta: Skoda Octavia, Kia Ceed, Nissan Leaf, Alfa Romeo Giulia.')).toEqual([]);
    expect(names('Voo TP 1947 Lisboa (LIS) → Paris Orly (ORY), partida 06:55.')).toEqual([]);
    // Initials in brackets after a person, with no flight on the line, stay a person's.
    expect(names('Laura Finch (LF) will take the flight to Rome.')).toEqual(['Laura Finch']);
  });

  it('a surname that begins with its particle after a title ("Mevr. van Dijk"), not an idiom or an office', () => {
    expect(names('Mevr. van Dijk belde. Dhr. de Wit ook.')).toEqual(['van Dijk', 'de Wit']);
    expect(names('meneer van der Berg, Frau von der Leyen, Herr vom Stein')).toEqual([
      'van der Berg',
      'von der Leyen',
      'vom Stein',
    ]);
    expect(names('Sra. del Río llamó. M. de Villepin aussi.')).toEqual(['del Río', 'de Villepin']);
    // "der" after a German title is an idiom's; the full French and Portuguese words name the dead and saints.
    expect(names('Er ist Herr der Lage. Mevrouw de Voorzitter, dank u.')).toEqual([]);
    expect(names('Madame de La Fayette écrit. Romaria de Nossa Senhora da Agonia.')).toEqual([]);
  });

  it("in the other EU languages' titles and signatures", () => {
    expect(names('Tack för mötet.\n\nMed vänliga hälsningar,\nAstrid Lindqvist\n')).toEqual(['Astrid Lindqvist']);
    expect(names('Vă rugăm, Domnul Popescu, să semnați.')).toEqual(['Popescu']);
  });

  it('in fields whose key names a person, not in fields about things or companies', () => {
    expect(names('Nome da criança: Tiago Martins\nSchülerin: Lena Hartmann')).toEqual(['Tiago Martins', 'Lena Hartmann']);
    expect(names('Customer: Northwind Trading Ltd')).toEqual([]);
  });
});

describe('names in running text (synthetic examples)', () => {
  it('a first name after a lead-in colon or after a sentence that ends with a place word (holdout-136)', () => {
    expect(level('Pour info : Yusuf sera en formation toute la semaine prochaine.')).toBe('personal');
    expect(level('La classe andrà al museo. Amani non ha ancora riportato il modulo.')).toBe('personal');
    // Not a work's title after a colon, nor a museum's name, nor a dish.
    expect(level('Saturday 14:00 Family concert: Peter and the Wolf (Town Hall)')).toBe('public');
    expect(level('Visita al Museo Leonardo da Vinci')).toBe('public');
    expect(level('Chana Masala mit Basmatireis – 10,50 €')).toBe('public');
  });

  it("given names that are words too, alone as a staff note or a verb's subject names them (holdout-140)", () => {
    for (const note of [
      'Nina is op vakantie tot en met 12 december.',
      'Christian übernimmt ab Januar die Leitung des Lagers.',
      'Mark will be working from home on Friday.',
      'Sam has the keys to the storeroom this week.',
      'Ben fährt morgen mit dem Transporter nach Kassel.',
      'Sara oggi è in smart working.',
    ])
      expect(level(note)).toBe('personal');
    // Not a word opening a notice, a month, a virtue or a bill.
    for (const notice of [
      'Mark the boxes you want and return the form by Friday.',
      'Will the new opening hours apply on bank holidays?',
      'May is the busiest month for the ferry.',
      'Grace period for payments is 14 days.',
      'Bill is due at the end of the month.',
      'Max. 20 Personen pro Führung.',
      // A word defined (holdout-141): "is the", "es la", "is de naam".
      'Max is the function for the largest value in a range.',
      'Linda es la vista desde el mirador al atardecer.',
      'Sara is de naam van een woestijn.',
    ])
      expect(level(notice)).toBe('public');
  });

  it("an office's or a service's signature is no one's, in the eight languages (holdout-138)", () => {
    expect(level('Gentili fornitori,\nlo stabilimento resterà chiuso.\n\nCordiali saluti\nUfficio Acquisti')).toBe('public');
    expect(names('Z poważaniem\nBiuro Obsługi Klienta')).toEqual([]);
    expect(names('Szanowna Pani,\nw odpowiedzi na reklamację informujemy.')).toEqual([]);
  });

  it("colours', plants' and stones' names count as people only before a verb or a function word (holdout-137)", () => {
    expect(level('The Met Office has issued an Amber warning for coastal parts of Devon and Cornwall.')).toBe('public');
    expect(level('Hazel and Willow rods are available by the bundle. Olive trees are reduced.')).toBe('public');
    // Spanish words that are given names too: a route (holdout-148).
    expect(level('Ruta literaria: Madrid de Cervantes\n\nSalidas: domingos a las 11:00 desde la plaza.')).toBe('public');
    expect(level('Iris scans are taken once at enrolment and stored as a template.')).toBe('public');
    expect(level('Ruby is moving to the finance team from January.')).toBe('personal');
    expect(level('Big thanks to Heather for organising the lunch.')).toBe('personal');
  });

  it("feasts' figures who bear given names are no one, in a text about the feast (holdout-144)", () => {
    expect(level('Nikolausfeier: am Freitag kommt der Nikolaus. Nikolaus bringt für jedes Kind ein Säckchen mit.')).toBe(
      'public',
    );
    expect(level('Mikołajki: zapraszamy dzieci na spotkanie z Mikołajem. Święty Mikołaj przyjedzie saniami.')).toBe('public');
    expect(level('Cabalgata: Melchor, Gaspar y Baltasar recorrerán las calles. Los Reyes Magos recibirán a los niños.')).toBe(
      'public',
    );
    // A person of that name with a surname still counts, and the name outside such a text.
    expect(level('Weihnachtsfeier: Nikolaus Weber ist heute krank.')).toBe('special');
    expect(level('Nikolaus bringt die Unterlagen morgen vorbei.')).toBe('personal');
  });

  it('products named like people in a feed are things, however many (holdout-134)', () => {
    const feed =
      'sku,name,brand,price\nLMP-1,Aurora floor lamp brass,Lumen,129.00\nCHR-2,Oscar dining chair grey,Nordhaus,89.00\n';
    expect(classifyText(feed).sensitivity).toBe('public');
    expect(level('Oscar and Aurora will join the team on Monday.')).toBe('personal');
    // A role of something, not a thing's kind: "chair of the meeting".
    expect(level('Sophie chair of the meeting today.')).toBe('personal');
  });

  it("businesses, buildings, brands and towns that bear people's names (holdout-128)", () => {
    // A trade's word or capitalised words up to a legal form: a business.
    expect(names('Supplier: Morgan Whitfield Electrical Supplies Ltd, 22 Calder Road, Leeds')).toEqual([]);
    expect(names('25 x Johnson Lighting downlight, IP65')).toEqual([]);
    expect(names('Please send it to Morgan Whitfield by Friday.')).toEqual(['Morgan Whitfield']);
    // A surname whose line goes on to a legal form through a connector or a dash (the generator's invoices).
    expect(names('van de Veen en Zonen B.V. · Jolijnplantsoen 46 · 2151 QI Kibbel')).toEqual([]);
    expect(names('Verbeek - Hendriks B.V.\nJulesdijk 609 II')).toEqual([]);
    expect(names('Rodriguez et Le roux SARL · Voie d’Argenteuil 60 · 12389 Bourges')).toEqual([]);
    // Two particles before a surname of the company's name (the generator's seed 6174).
    expect(names('Hurtado Guillén Espinosa de los Monteros Ávalos S.A., 14152 Valencia.')).toEqual([]);
    expect(names('de Boer - van de Ven N.V. · Kuiperplantsoen 69')).toEqual([]);
    // A town's later words after its postcode and a first word or a particle; a name after a town with neither counts.
    expect(names('Magalhães LDA Lda., Travessa Hugo Batista 4, 9015-631 Vila Nova de Gaia.')).toEqual([]);
    expect(names('Pfeiffer GmbH, In Holzhausen 63c, 98591 Ost Malia.')).toEqual([]);
    // A town whose name opens with its article (generator seed 7777).
    expect(names('Pierre SEM SAS, Quai Saint-Séverin 807, 67694 La Rochelle.')).toEqual([]);
    // A town's name with two particles after its postcode (generator seed 9001; the eval set's "Talavera de la Reina").
    expect(names('Urías Luevano S.L., Rampa Tomás Bañuelos 87, 30260 San Sebastían de los Reyes.')).toEqual([]);
    // A Polish partnership's legal form written with a space (generator seed 2357).
    expect(names('Bielawski Sp. p., ul. Janik 99b, 01-343 Pełczyce.')).toEqual([]);
    expect(names('Kowalski i Wspólnicy Sp. j., ul. Polna 9')).toEqual([]);
    // … or with "High" or a particle (generator seed 8128).
    expect(names("O'Keefe-Fritsch Ltd, DN7 2OW High Emmerich Heath")).toEqual([]);
    expect(names('Finocchiaro S.r.l. · Incrocio Lolli 29 · 08497 Di Pasquale a mare')).toEqual([]);
    expect(names('Wohnhaft in 80331 München Anna Weber')).toEqual(['Anna Weber']);
    // A town after a postcode and an English town's first word ("Great", "Little", "Upper" …).
    expect(names('Bartell LLC plc · King Meadow 672 · EC13 80X Great Douglas Common')).toEqual([]);
    expect(names('Kontakt: Anna Weber, Müller GmbH')).toEqual(['Anna Weber']);
    // Its name joined by "y" or "and" up to the legal form; a street named after someone by its number and postcode,
    // on the line or the next (the evaluation generator's other seeds: "Arroyo 41, 46704", "Garth 82 · HD7 1QE").
    expect(names('Alejandro Verduzco y Terán Rivera S.L. anuncia la apertura de 7 nuevas tiendas.')).toEqual([]);
    expect(names('Partida Patricio Carreón Arroyo  41, 46704 Guadalajara')).toEqual([]);
    expect(names('Caserio Barbara Carreón Nieves  70\n38125 Vigo')).toEqual([]);
    expect(names('Kling LLC plc · Penelope Garth 82 · HD7 1QE Castle Kshlerin')).toEqual([]);
    expect(names('Praceta Aurora Miranda 722\n9310-421 Ponta Delgada')).toEqual([]);
    expect(names('Contreras Raya y Cardona Loera S.A. · Lugar Ignacio Madrid Vallejo  67 · 95233 Jaén')).toEqual([]);
    expect(names('Solar Fernando  65\n44498 Viladecans')).toEqual([]);
    expect(names('Manzana Lourdes Puga Pagan , 82 · 86217 San Fernando')).toEqual([]);
    expect(names('Stolarczyk Sp. j. otworzy w 2026 r. nowe sklepy.')).toEqual([]);
    expect(names('Małek Sp. j. sp. z o.o., Rakoniewice — odnotowuje wzrost przychodów.')).toEqual([]);
    expect(names("Lo Bianco S.r.l., Piazza Iride 3, 63816 Castell'Umberto.")).toEqual([]);
    // A town whose name opens with a given name, or after a postcode and a town's first word.
    expect(names('Amado e Soares S.A., Santiago do Cacém — regista um crescimento.')).toEqual([]);
    expect(names('Heist-Figura GmbH, Charlottenburger Str. 17a, 94469 Alt Sophie.')).toEqual([]);
    expect(names('Santiago García llamó ayer.')).toEqual(['Santiago García']);
    expect(names('Anna Weber, Acme GmbH')).toEqual(['Anna Weber']);
    // Galleries, Nordic and Czech buildings, a Swedish square, a shop of two founders.
    expect(names('Pinacoteca "Giuseppe Verdi" – Palazzo Visconti')).toEqual([]);
    expect(names('Centrumet ligger intill Astrid Lindgrens barnsjukhus vid Anna Lindhs plats.')).toEqual([]);
    expect(names('Karolinska Institutet öppnar nytt centrum. Vlaky z Masarykova nádraží do Kolína.')).toEqual([]);
    expect(names('Sold at Waitrose and some Marks & Spencer Simply Food stores.')).toEqual([]);
    // A town after a place's preposition in a short text; a person's office is someone's.
    expect(classifyText('Partner sind die Universität Stuttgart und die Gemeinschaftsschule in Jena.').sensitivity).toBe(
      'public',
    );
    expect(classifyText("The meeting is in Anna's office at 3.").sensitivity).toBe('personal');
  });

  it("English given names from faker's US-style list, if no word, surname or city ('Freeda', 'Loyce', 'Winfield')", () => {
    expect(names('Yesterday I spoke with Freeda Connelly about the project.')).toEqual(['Freeda Connelly']);
    expect(names('Loyce Hahn called about the invoice.')).toEqual(['Loyce Hahn']);
    expect(classifyText('Visit Sage Hill Park and Hope Street Market.').sensitivity).toBe('public');
    expect(classifyText('Chandler Road is closed.').sensitivity).toBe('public');
  });

  it("the other member states' surnames after an ambiguous given name; a Hungarian street named after a person", () => {
    expect(names('Igår pratade jag med Nina Nyberg om projektet.')).toEqual(['Nina Nyberg']);
    expect(names('I går talte jeg med Tine Bruun om projektet.')).toEqual(['Tine Bruun']);
    expect(classifyText('A busz a Deák Ferenc utcán keresztül közlekedik.').sensitivity).toBe('public');
    expect(classifyText('A Petőfi Sándor téren útfelújítás lesz.').sensitivity).toBe('public');
    expect(classifyText('Kedves Deák Ferenc!').sensitivity).toBe('personal');
    // A surname that software is named after more often: "Apache Kafka".
    expect(classifyText('Events go through Kafka and land in the warehouse.').sensitivity).toBe('public');
  });

  it('a name in capitals after a title, or after "certifies that" and its kin, with a known name in it', () => {
    expect(names('Si certifica che DE LUCA FRANCESCO, nato il 21/09/1983')).toEqual(['DE LUCA FRANCESCO']);
    expect(names('CERTIFICO: que D. JUAN PÉREZ LÓPEZ ha asistido')).toEqual(['JUAN PÉREZ LÓPEZ']);
    expect(names('Hiermit wird bescheinigt, dass Herr MAX BRAUN teilgenommen hat.')).toEqual(['MAX BRAUN']);
    // No known name, or a title written in capitals: a product, a bank, a heading.
    expect(classifyText('Certifica que EL PRODUCTO CUMPLE LA NORMA').sensitivity).toBe('public');
    expect(classifyText('ING BANK N.V.').sensitivity).toBe('public');
    expect(classifyText('DR. MARTENS AIRWAVE 1460').sensitivity).toBe('public');
  });

  it("an envelope window's addressee in capitals over the lines of their address, not a company's or an office's", () => {
    expect(names('MME CLAIRE LEGRAND\n18 ALLÉE DES CHARMES\n44300 NANTES\n\nMadame,')).toEqual(['CLAIRE LEGRAND']);
    expect(names('HERRN HANS MÜLLER\nHAUPTSTRASSE 5\n80331 MÜNCHEN')).toEqual(['HANS MÜLLER']);
    expect(names('DHR. J. DE VRIES\nKERKSTRAAT 5\n1234 AB AMSTERDAM')).toEqual(['J. DE VRIES']);
    expect(names('EXMO. SR. JOÃO SILVA\nRUA DAS FLORES 22\n3000-171 COIMBRA')).toEqual(['JOÃO SILVA']);
    // No title: a known name in it.
    expect(names('CLAIRE LEGRAND\n18 ALLÉE DES CHARMES\n44300 NANTES')).toEqual(['CLAIRE LEGRAND']);
    for (const text of [
      'STADTWERKE MÜNCHEN GMBH\nEMMY-NOETHER-STRASSE 2\n80992 MÜNCHEN',
      'MARTIN DUPONT SARL\n5 RUE DU PORT\n44000 NANTES',
      'SERVICE CLIENT\n18 ALLÉE DES CHARMES\n44300 NANTES',
      'HOTEL BEATRIZ\nCALLE MAYOR 5\n28013 MADRID',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
  });

  it('a form\'s plural or feminine mark after a name\'s label: "Prénom(s) :", "Forename(s):", "Nom et prénoms :"', () => {
    expect(names('Nom et prénom(s) :  LEGRAND CLAIRE')).toEqual(['LEGRAND CLAIRE']);
    expect(names('Nom et prénoms : LEGRAND CLAIRE')).toEqual(['LEGRAND CLAIRE']);
    expect(names('Surname: OKAFOR      Forename(s): Tobenna')).toContain('Tobenna');
  });

  it("a street's word after a surname's particle is the surname ('van Dijk', 'van der Laan'), not in a compound", () => {
    expect(names('Graag doorsturen naar Jonas van Dijk.')).toEqual(['Jonas van Dijk']);
    expect(names('Graag doorsturen naar Sven van der Laan.')).toEqual(['Sven van der Laan']);
    expect(names('Anna woont aan de Jonas van Dijklaan 4.')).not.toContain('Jonas van Dijklaan');
    expect(classifyText('Wandeling langs de Zeedijk en de Prins Hendrikkade.').sensitivity).toBe('public');
  });

  it("a street's word that is a common surname after a given name ('Janet Hill', 'Chris Wood'), not a street's name", () => {
    expect(names('We met Janet Hill yesterday.')).toEqual(['Janet Hill']);
    expect(names('Olivia Green is a vegetarian.')).toEqual(['Olivia Green']);
    expect(classifyText('Chris Wood joined Unite last month.').sensitivity).toBe('special');
    for (const text of [
      'The fair is on Victoria Green.',
      'Holly Lane is closed.',
      'Walk up Primrose Hill for the views.',
      'Janet Hill Road is closed for resurfacing.',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
  });

  it('a word-name before a common surname that is a word too ("Max Bauer", "Sara Costa"), any surname after "O\'"', () => {
    expect(names('Bitte den Vertrag an Max Bauer schicken.')).toEqual(['Max Bauer']);
    expect(names('Sara Costa vai tratar do pedido.')).toEqual(['Sara Costa']);
    expect(names('Ben Roberts will send the report.')).toEqual(['Ben Roberts']);
    expect(names("Seamus O'Brien has moved to the Cork office.")).toEqual(["Seamus O'Brien"]);
    expect(classifyText('Max Weight: 20 kg\nMax Koch 12').sensitivity).toBe('public');
    expect(names("See you at 5 o'clock, Mark.")).toEqual([]);
  });

  it("an attendees' list of known surnames alone, also ones that are words; short sign-offs on the name's line", () => {
    expect(names('Presenti: Bianchi, Rossi, Conti')).toEqual(['Bianchi', 'Rossi', 'Conti']);
    expect(names('Obecni: Król, Mazur, Duda')).toEqual(['Król', 'Mazur', 'Duda']);
    expect(classifyText('Present: IT, HR, Finance').sensitivity).toBe('public');
    expect(names('Danke dir, Jens')).toEqual(['Jens']);
    expect(classifyText('Bis morgen!\nLG Jens').sensitivity).toBe('personal');
    expect(classifyText('Thanks Team').sensitivity).toBe('public');
  });

  it('no first name after a Spanish plural article ("los Reyes"), unless it goes on a compound given name', () => {
    expect(
      classifyText('No se pierda la sinagoga de Santa María la Blanca ni el monasterio de San Juan de los Reyes.').sensitivity,
    ).toBe('public');
    expect(classifyText('Vamos a Los Ángeles en mayo.').sensitivity).toBe('public');
    expect(names('Arrendatario: Sra. María de los Ángeles Mateo Mata')).toContain('Ángeles Mateo');
  });

  it("firms, houses and parks that bear a person's name; German towns that are surnames too", () => {
    for (const text of [
      'Grant Thornton audited the accounts.',
      'Prices at John Lewis rose in March.',
      'The Rose Hill allotments open at 8 am.',
      'La festa si tiene ai Giardini Margherita.',
      'Nina Ricci e Max Mara sfilano a Milano.',
      'Het Anne Frank Huis is dagelijks open.',
      'Die Christian-Albrechts-Universität zu Kiel lädt zum Tag der offenen Tür.',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
    expect(names('Le petit jardin de Capucine. Un jour, Capucine trouva un escargot.')).toContain('Capucine');
  });

  it('an address the writer says is theirs, a landline marked private after it, a plate a few words after its word', () => {
    for (const text of [
      'My address is 14 Elm Road, Leeds LS6 2AB',
      'Ich wohne in der Lindenstraße 12, 50674 Köln.',
      "J'habite 12 rue des Lilas, 69003 Lyon.",
      'Mieszkam przy ul. Długiej 4, 80-831 Gdańsk.',
      'Tel. 030 / 12 34 56 78 (privat)',
      'La mia targa è AB 123 CD',
      'Kenteken van mijn auto: 12-ABC-3',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
    expect(classifyText('Our office address is 14 Elm Road, Leeds LS6 2AB').sensitivity).toBe('public');
    expect(classifyText('Tel. 030 / 12 34 56 78').sensitivity).toBe('public');
    const values: FoundValue[] = [];
    classifyText('relativo al veicolo targato GH 512 KL, parcheggiato', values);
    expect(values.filter((v) => v.type === 'vehicle-registration')).toHaveLength(1);
  });

  it("a phone's area code in brackets, and the words forms shorten ('Cel.', 'Tlm', 'Kom.')", () => {
    const phones = (text: string) => {
      const values: FoundValue[] = [];
      classifyText(text, values);
      return values.filter((v) => v.type === 'phone').map((v) => v.value);
    };
    expect(phones('Handy (0151) 234 567 89')).toEqual(['(0151) 234 567 89']);
    expect(phones('Cel.: 347/1234567')).toEqual(['347/1234567']);
    expect(phones('Tlm: 912345678')).toEqual(['912345678']);
    expect(phones('Telefon (privat): 030 1234567')).toEqual(['030 1234567']);
    // A release's version and date after "call (#95)" are no number.
    expect(phones('reduce stack trace by removing useless function call (#95)\n\n4.0.0 / 2017-04-12')).toEqual([]);
  });

  it('births told in the past tense with their date, and a form\'s "né(e) le :"', () => {
    for (const text of [
      'Nació el 3 de mayo de 1985 en Sevilla.',
      'Urodził się 3 maja 1985 r. w Gdańsku.',
      'Nasceu a 3 de maio de 1985 no Porto.',
      'né(e) le : 03/05/1985',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
    expect(classifyText('Cervantes nació el 29 de septiembre de 1547 en Alcalá de Henares.').sensitivity).toBe('public');
  });

  it('door and time-clock badges, as access logs write them ("badge=44817")', () => {
    expect(classifyText('2026-03-04 08:01:12 INFO badge=44817 porte=Entrée principale').sensitivity).toBe('personal');
    expect(classifyText('employee_id=44817 door=Main').sensitivity).toBe('personal');
    expect(classifyText('Add the build badge to the README.').sensitivity).toBe('public');
  });

  it('short messages in lower case: thanks by name, someone to ask or tell, a name opening with its verb', () => {
    for (const text of [
      'ok thanks tom, see you monday',
      'danke anna, bis morgen',
      'grazie marco, a domani',
      'dzięki tomek, do jutra',
      'can someone tell dave the printer is fixed',
      'ask priya if she has the keys',
      'mike says the server is down again',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
    expect(classifyText('thanks for the update, see you monday').sensitivity).toBe('public');
    expect(classifyText('ask the team if the build is green').sensitivity).toBe('public');
    expect(classifyText('ruby is the language we use for the scripts').sensitivity).toBe('public');
    // The same messages in a ticket's body, with the ticket's fields after them.
    const ticket = (body: string) => `id: 4711\nsubject: Message\nbody: ${body}\n\nstatus: open`;
    expect(classifyText(ticket('Wer hat meinen Joghurt gegessen?? Da stand mein Name drauf! – Birgit')).sensitivity).toBe(
      'personal',
    );
    expect(classifyText(ticket('kann jemand morgen paul mitnehmen? danke!! lg sabine')).sensitivity).toBe('personal');
    expect(classifyText(ticket('le dices a pablo que empiece él la reunión?\ngracias!!')).sensitivity).toBe('personal');
    expect(classifyText('Ankunft 10:00. – Paris\nAbfahrt 12:00').sensitivity).toBe('public');
    // A first name at a wrapped line's end, its verb on the next line.
    expect(names('Per chiuderle entro la fine di gennaio, Federica\naggiornerà la procedura PQ-07.')).toEqual(['Federica']);
    expect(classifyText('Holly\nwreaths are on sale.').sensitivity).toBe('public');
  });

  it("a household addressed by its surname, a recipient's field, Iberian titles with an ordinal or a slash", () => {
    for (const text of [
      'Rechnung Nr. 2026-0412\nRechnungsempfänger:\nFamilie Yılmaz\nGartenweg 5\n32756 Detmold',
      'Lieferschein 88123\nEmpfänger: Petrović',
      'Justificante de cita: Sr/a. Villalobos, 12/03/2026 09:20, consulta 4',
      'Marcação confirmada: Sr.ª Ferreira, 12/03/2026 às 9h20',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
    for (const text of [
      'Raum 1: Die Familie Beethoven in Bonn',
      'Familia Real española visita Sevilla.',
      'Empfänger: Buchhaltung',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
  });

  it("a mail header's display name written surname first, with a known name in it", () => {
    expect(names('From: "Dekker, Wouter" <helpdesk@energie.nl>\nSubject: Meterstand')).toEqual(['Dekker, Wouter']);
    expect(classifyText('From: "Sales, Team" <sales@acme.com>\nSubject: Offer').sensitivity).toBe('public');
  });

  it("a tutor's, mentor's or lessee's field with a name; a handle made of an initial and a surname", () => {
    expect(classifyText('Tutor: Ewa').sensitivity).toBe('personal');
    expect(names('Lejer: Mette Kjærgaard Nielsen, CPR-nr. 070761-4285')).toContain('Mette Kjærgaard Nielsen');
    expect(classifyText('Owner: @lkowalczyk').sensitivity).toBe('personal');
    expect(classifyText('// @ts-check').sensitivity).toBe('public');
    expect(classifyText('Owner: @devops').sensitivity).toBe('public');
  });

  it('names of other languages in the cases Polish gives them, after a preposition or as a dative', () => {
    for (const text of [
      'Tort urodzinowy dla Yusufa o 16:00 w kuchni!',
      'Jutro idę na lunch z Emrem.',
      'Przekaż to Kevinowi, proszę.',
      'Rozmawiałam z Mohammedem o urlopie.',
      'Dla info: pożegnanie Oli jest w czwartek.',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
    for (const text of [
      'Pociąg do Berlina odjeżdża o 8:00.',
      'Wycieczka do Rzymu i Florencji w maju.',
      'Przy ulicy Roberta Schumana otwarto nowy sklep.',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
  });

  it('salutations with the title Czech, Romanian and Greek put before the name', () => {
    expect(names('Vážený pane Nováku,\nvaše žádost byla schválena.')).toEqual(['Nováku']);
    expect(names('Stimate domnule Popescu,\ncererea dumneavoastră a fost aprobată.')).toEqual(['Popescu']);
    expect(names('Αγαπητέ κύριε Παπαδόπουλε,\nσας ενημερώνουμε ότι η αίτησή σας εγκρίθηκε.')).toEqual(['Παπαδόπουλε']);
  });

  it('a known given name alone signing under a closing', () => {
    expect(classifyText('Sorry, running late.\nBest wishes,\nFarida').sensitivity).toBe('personal');
    expect(classifyText('Thanks for your order.\nKind regards,\nAcme').sensitivity).toBe('public');
  });

  it("a phone list's surnames with their extensions, in a text that speaks of phones", () => {
    expect(classifyText('Telefonliste Einkauf\nMüller 4412\nSchmidt 4413\nÖzdemir 4415').sensitivity).toBe('personal');
    expect(classifyText('Preisliste\nBosch 399\nMiele 649\nSiemens 499').sensitivity).toBe('public');
  });

  it('the Spanish "al" (to the) before a title is no street; a saint\'s "St" and "ul." are', () => {
    expect(names('Al Sr. Gil se le reconoce una incapacidad permanente total.')).toEqual(['Gil']);
    expect(classifyText('08:00 Penzance, calling at Reading, Exeter St Davids, Plymouth').sensitivity).toBe('public');
    expect(names("Bilan de l'exercice (C. Moreau)")).toEqual(['C. Moreau']);
  });

  it('benefits for reduced earning capacity and disability ("EM-Rente", "WIA-uitkering", "Wajong")', () => {
    for (const text of [
      'Herr Krause ist erwerbsgemindert und bezieht eine EM-Rente.',
      'Mevrouw Smit ontvangt een WIA-uitkering.',
      'Jan de Vries heeft een Wajong-uitkering.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('a street written "C/" is no person; a title is no given name', () => {
    expect(classifyText('C/ Cirilo Amorós 55, 2.ª').sensitivity).toBe('public');
    expect(names('Sra. Inmaculada Ferrer Soler')).toEqual(['Inmaculada Ferrer Soler']);
  });

  it("initials and a particle before a surname that is a word too; a place's word that is a surname", () => {
    expect(names('Naar: L. de Groot')).toEqual(['L. de Groot']);
    // After a title the title's rule reads the name, once: the surname with its particle (the initials alone before
    // a particle was read).
    expect(names('Mevrouw R. de Jong belde.')).toEqual(['de Jong']);
    expect(classifyText('Zie art. 5 van de Wet.').sensitivity).toBe('public');
    // An abbreviation's second letter is no initial: "z. B." is "for example".
    expect(classifyText('Bei Fragen, z. B. zu Gebühren, rufen Sie uns an.').sensitivity).toBe('public');
    expect(names('Emisor: Jorge Castillo Ramos (trabajador autónomo)')).toEqual(['Jorge Castillo']);
    expect(names('María Torre llamó.')).toEqual(['María Torre']);
    expect(classifyText('Visita al Castillo de Santa María y la Torre Agbar.').sensitivity).toBe('public');
  });

  it('a surname, a comma and initials; a contact with a known name after its key', () => {
    expect(names('Verantwoordelijke: Jansen, P.')).toEqual(['Jansen, P.']);
    expect(names('Müller, H.-J.; Schmidt, A.')).toEqual(['Müller, H.-J.', 'Schmidt, A.']);
    // Authors in a bibliography, with their year; a company's legal form after the comma.
    expect(classifyText('Jansen, P., & de Vries, K. (2020). Werk en gezondheid. Utrecht.').sensitivity).toBe('public');
    // Authors whose surnames are given names too, or tell a surname by their ending; not a list's names with a year.
    expect(
      classifyText('Devlin, J., Chang, M.-W., Lee, K., & Toutanova, K. (2019). BERT. In Proceedings of NAACL.').sensitivity,
    ).toBe('public');
    expect(classifyText('Kinder: Anna (2015), Lukas (2018)').sensitivity).toBe('personal');
    expect(classifyText('Cliente: Ferretería Hermanos Ruiz, S.L. – CIF B03456789').sensitivity).toBe('public');
    expect(names('Contatto: Bianchi Francesca, int. 4412')).toEqual(['Bianchi Francesca']);
    expect(classifyText('Contact: Customer Service, 0800 123 456').sensitivity).toBe('public');
    expect(classifyText('Kontakt: Stadtwerke Hof, Service-Team').sensitivity).toBe('public');
  });

  const found = (text: string) => [...personNameDetector.find(text)].map((m) => [m.value, m.confidence]);

  it('a given name and a surname, with particles, in any of the languages', () => {
    expect(found('Evaluación de desempeño — Lucía Navarro, Compras')).toEqual([['Lucía Navarro', 0.7]]);
    expect(found('Assinado por João da Silva na presença de duas testemunhas.')).toEqual([['João da Silva', 0.7]]);
    // Given names that are words in another language ("Maja", "Sean", "Elke") count before a known surname,
    // also one with an Irish or Italian prefix.
    expect(found("Maja Nowak i Sean O'Rourke dzwonili.")).toEqual([
      ['Maja Nowak', 0.7],
      ["Sean O'Rourke", 0.7],
    ]);
    expect(level('Anders als geplant beginnt die Sitzung um zehn.')).toBe('public');
    // A first name opening a sentence that says the person is ill: a note about that person's health.
    expect(level('Anna ist krank.')).toBe('special');
    expect(level('Marco oggi è malato.')).toBe('special');
    expect(level('Leia com atenção as instruções sobre a diabetes.')).toBe('public');
    expect(level('Viele Menschen sind krank.')).toBe('public');
    // Or as the subject of a verb, not as an imperative ("Lea", "Leia": read) or before a function word.
    expect(level('Giorgio chiede il cambio per sabato (visita dal cardiologo).')).toBe('special');
    expect(level('Lea atentamente el prospecto antes de tomar el medicamento si tiene diabetes.')).toBe('public');
    expect(level('Leia a bula com atenção se tem diabetes.')).toBe('public');
    // Chat lines with a weekday before the time; a speaker whose name is also a word ("Dan").
    expect(level('[Tue 09:12] Dan: swapped the fuser.\n[Tue 11:40] Helen: still jamming.')).toBe('personal');
    // A word that opens the sentence ("Gestern", "Spotkałem") is no part of a proper name with the name after it.
    expect(level('Gestern Anna angerufen, Lukas auch.')).toBe('personal');
    expect(level('Spotkałem Annę i Tomasza w biurze.')).toBe('personal');
    expect(level('Crêpes Suzette flambées au Grand Marnier')).toBe('public');
    // German genitives ("Marias Antrag"), not where the name is a word with a plural ("Roses").
    expect(level('Das ist Marias Antrag und Peters Rechnung.')).toBe('personal');
    expect(level('Roses and Olives for the terrace')).toBe('public');
    // Polish names as sentences decline them; a declined form that is a word ("Marka", a brand) is left out.
    expect(found('Rozmawiałem wczoraj z Markiem Kowalskim o fakturze.')).toEqual([['Markiem Kowalskim', 0.7]]);
    expect(level('Przesyłam umowę Katarzynie Wróblewskiej do podpisu.')).toBe('personal');
    expect(level('Marka Adidas jest popularna.')).toBe('public');
    // A wide gap parts a table's columns; an acronym in capitals is no surname; a brand named after its founder.
    expect(found('02/12/2026  MSC Irina                 Libéria   TCL Norte')).toEqual([['Irina', 0.45]]);
    expect(found('Patient Anna Schmidt   Station 4')).toEqual([['Anna Schmidt', 0.7]]);
    expect(found('Station 4\tKlinik\tAnna Schmidt\tkrank')).toEqual([['Anna Schmidt', 0.7]]);
    expect(level('Klinik\tAnna\tkrank\nStation\tLukas\tkrank')).toBe('special');
    expect(found('DUPONT Marie, 3e B')).toEqual([['DUPONT Marie', 0.7]]);
    expect(found('Dr. Scheller aceite de argán, 100 ml')).toEqual([]);
    // "y" and "e" join two surnames, but after a given name they join two things.
    expect(level('42 centros de salud de Andalucía, Castilla y León y Galicia.')).toBe('public');
    expect(found('Vinieron Mario y Luigi Ferrante.')).toEqual([['Luigi Ferrante', 0.7]]);
    expect(level('Bram Jansen is sinds maandag afwezig.')).toBe('personal');
  });

  it('two different first names are people; one alone is someone in its prose, weak elsewhere', () => {
    expect(level('Lukas hat wegen der Rechnung angerufen. Katrin übernimmt ab Montag.')).toBe('personal');
    // A first name in a text's prose is someone, in a short note or a long paragraph (holdout-131: ten of twelve
    // reports and minutes naming one colleague so leaked while only short paragraphs were read).
    expect(level('Lukas war heute im Büro.')).toBe('personal');
    expect(level(`Lukas war heute im Büro. ${'Die Kantine öffnet um 11:30 Uhr, der Aufzug wird gewartet. '.repeat(6)}`)).toBe(
      'personal',
    );
    expect(
      level(`${'Die Kantine öffnet um 11:30 Uhr, der Aufzug wird gewartet. '.repeat(6)}Since Oliver rewrote the job, it runs.`),
    ).toBe('personal');
    // Not a thing's, a vessel's or a town's name in a long text.
    const filler = 'Die Kantine öffnet um 11:30 Uhr, der Aufzug wird gewartet. '.repeat(6);
    expect(level(`${filler}Die neue Lampe Aurora ist ab März erhältlich.`)).toBe('public');
    expect(level(`${filler}Partez à bord du Léonard pour deux heures.`)).toBe('public');
    expect(level(`${filler}Die Schule in Jena ist geschlossen.`)).toBe('public');
    // A verb of calling or writing right after one first name: someone who calls, or is to be called.
    expect(level('Anna called about the invoice.')).toBe('personal');
    expect(level('Bitte Lukas zurückrufen, wegen der Rechnung.')).toBe('personal');
    expect(level('Lukas hat wegen der Rechnung angerufen.')).toBe('personal');
    expect(level('Julie m’a appelé pour le devis.')).toBe('personal');
    // The verb before the name, as notes in the Romance languages and German put it, or a call from someone.
    expect(level('Llamó Marta, la de contabilidad, por la factura.')).toBe('personal');
    expect(level('Ha chiamato Giulia per la fattura.')).toBe('personal');
    expect(level('Heute rief Lukas wegen der Rechnung an.')).toBe('personal');
    expect(level('Missed call from Anna, 10:40.')).toBe('personal');
    // Whom a note asks to call, by a surname or a name no list holds; not a team, nor a street's word ("Ring").
    expect(names('Ring Sarah re invoice 4412 - back Tues')).toEqual(['Sarah']);
    expect(names('Sentire Bianchi x preventivo tetto')).toEqual(['Bianchi']);
    expect(names('Call Okonkwo re delivery')).toEqual(['Okonkwo']);
    expect(names('cc Finance and Legal. Ring Reception.')).toEqual([]);
    // Not a heading's next word, a German noun, nor "the call of" something; a product line is not someone.
    expect(names('Call Forwarding: press Menu, then Forward.')).toEqual([]);
    expect(names('Die neue Produktlinie Aurora Classic ist ab März erhältlich.')).toEqual([]);
    for (const text of [
      'Email Address Policy',
      'Bitte anrufen bei Fragen',
      "Participez à l'appel de Noël.",
      'Call from Vodafone: your bill',
    ])
      expect(names(text)).toEqual([]);
    // Someone introduced to a team, whatever the name's origin; a body's name signing a letter is no one's.
    expect(names('Hola equipo: Os presento a Wang Li, que se incorpora el lunes.')).toEqual(['Wang Li']);
    expect(names('Please welcome Kwame Mensah to the team.')).toEqual(['Kwame Mensah']);
    expect(names('Met vriendelijke groet,\nWoningstichting Zuidrand\n')).toEqual([]);
    // A message that opens with whom it asks, or is signed on its closing's line.
    expect(level('Anna, kannst du morgen die Schicht übernehmen?')).toBe('personal');
    expect(level('Kommst du morgen zur Versammlung? Wir von ver.di stellen die Forderung vor. Gruß, Olaf')).toBe('special');
    expect(level('Cheers, Sam')).toBe('personal');
    expect(level('Best regards, the Support Team')).toBe('public');
    // Not a thing that is named so, nor a season's message.
    expect(level('A dog called Max lives next door.')).toBe('public');
    expect(level('Message de Noël du maire')).toBe('public');
    expect(level('I worked with Gemma for three years. She is meticulous.')).toBe('personal');
    expect(level('O Tiago hoje não vai à escola. Obrigada, Cláudia')).toBe('personal');
    // "él" (he) speaks of a person; "el" (the) does not.
    expect(level('Lucía llamó. Él no estaba.')).toBe('personal');
    // (In a table's row, where one first name alone is weak and not in prose: "el" is no pronoun, nor the Italian
    // "zona" (folded, the Polish "żona", wife); "él" is.)
    expect(level('Turno\tLucía\tel lunes en el centro')).toBe('public');
    expect(level('Turno\tLucía\tél no estaba')).toBe('personal');
    expect(level('Turno\tGiulia\tin zona stazione')).toBe('public');
    expect(classifyText('Paolo Conti, né le 03/11/1968 à Parme').findings.map((f) => f.type)).toContain('date-of-birth');
    // A name that is itself a special category's word ("Ramadan") does not make the terms beside it a person's.
    expect(level('Le Ramadan commence le 18 février, pour les musulmans.')).toBe('public');
  });

  it('made-up people in personas, case studies, exercises and synopses are weak; real names there still count (holdout-132)', () => {
    expect(level('Persona 1: the occasional user\nPriya is 42 and manages a small bakery. She logs in four times a year.')).toBe(
      'public',
    );
    expect(level('Übungsblatt Sachaufgaben\n1. Paul kauft drei Kilogramm Äpfel. Wie viel Wechselgeld bekommt er?')).toBe(
      'public',
    );
    expect(level('Caso di studio n. 3\nGiulia ha 28 anni e lavora come infermiera.')).toBe('public');
    expect(level('Coup de cœur\n« La Maison », roman, 320 pages\nMadeleine hérite de la maison de sa tante.')).toBe('public');
    // A worksheet a note mentions is no worksheet: its pupil is real.
    expect(level('Finn hat sein Arbeitsblatt heute vergessen.')).toBe('personal');
    expect(level('Emma forgot her worksheet again today.')).toBe('personal');
    // A film's programme line (year, running time) marks a synopsis.
    expect(level('The Quiet Harbour (2024, 104 min, 12A)\nAfter her father’s stroke, Nora returns to the village.')).toBe(
      'public',
    );
    // A case study's author or a worksheet's teacher with a surname, a field or a title is someone.
    expect(level('Case study written by Anna Weber for the finance course.')).toBe('personal');
    expect(level('Arbeitsblatt – Lehrerin: Frau Krüger')).toBe('personal');
    // Stories and lessons (holdout-149): a tale opening a line, a lesson's numbered questions asking about them; called
    // so or paired by "e".
    expect(level("Il était une fois une petite fille qui s'appelait Capucine. Capucine arrosait les fleurs.")).toBe('public');
    expect(
      level('Problemi di matematica\n3. Luca e Sofia raccolgono castagne. Luca ne raccoglie 46. Quante ne raccolgono in tutto?'),
    ).toBe('public');
    expect(level('Lesen Sie den Dialog.\nJonas: Ich hätte gern einen Kaffee.\nLena: Für mich einen Tee.')).toBe('public');
    // But a pupil a teacher's or a parent's note names beside the task it quotes is real (holdout-150).
    expect(
      level('Rückmeldung zur Hausaufgabe „Lies den Text und beantworte die Fragen“\n\nFinn, du hast Frage 3 vergessen.'),
    ).toBe('personal');
    expect(level('Reading comprehension with Jonah today. He struggled with the inference questions again.')).toBe('personal');
    expect(level('Hoy hemos hecho comprensión lectora.\n\nTommaso ha dimenticato il quaderno.')).toBe('personal');
    // A story's people beside whom its questions ask about.
    expect(
      level('Lê o texto e responde às perguntas.\nO Tiago e a avó Rosa foram à feira.\n1. Aonde foram o Tiago e a avó?'),
    ).toBe('public');
    // A first name with an age in brackets is someone (a booking, a note), not after a capitalised word.
    expect(level('Our daughter Mia (7) loves the storytime.')).toBe('personal');
    expect(level('Niña inscrita: Valeria (5 años)')).toBe('personal');
    expect(level('Model Aurora (2) in stock.')).toBe('public');
    // An example's heading makes up whom it names, in its later mentions too.
    expect(level('Exemplo: a Marta perdeu o cartão.\n1. A Marta entra na área pessoal.')).toBe('public');
    // "Personas" is the Spanish for people: no marker of made-up people.
    expect(level('Estimada Rocío:\nHemos recibido tu certificado.\nUn saludo,\nDepartamento de Personas')).toBe('personal');
  });

  it('not words that are also names ("Will", "Grace", "May")', () => {
    expect(found('Will the grace period end in May? Grace Period Policy, Max Length 10.')).toEqual([]);
  });

  it('given names that are also words count with a known surname after them (synthetic names)', () => {
    expect(found('Mark Davies has type 1 diabetes.')).toEqual([['Mark Davies', 0.7]]);
    expect(found('Sara Rossi ha chiamato ieri.')).toEqual([['Sara Rossi', 0.7]]);
    expect(found('Roman Kowalski nie przyszedł do pracy.')).toEqual([['Roman Kowalski', 0.7]]);
    expect(found('Linda Meyer hat angerufen.')).toEqual([['Linda Meyer', 0.7]]);
    // Not with a word that is no surname, nor in a place's or company's name.
    expect(found('Roman Empire, Summer Sale, Max Length 10, Grace Period')).toEqual([]);
    expect(found('Audit by Grant Thornton LLP.')).toEqual([]);
    // "Al-" joined to a surname names no street; one known surname after a role's field; the Polish "p.".
    expect(found('Ahmed Al-Masri, Sales Manager')).toEqual([['Ahmed Al-Masri', 0.7]]);
    expect(level('Contact person: Müller (ext. 204)')).toBe('personal');
    expect(level('Spotkanie z p. Wiśniewską w czwartek.')).toBe('personal');
    expect(level('Details: see p. 12 and p. 14.')).toBe('public');
    // Initials before a known surname; names in capitals after a name's key, not placeholders or column types.
    expect(found('Approved: A. Schmidt, 03.11.2026')).toEqual([['A. Schmidt', 0.7]]);
    expect(found('Entrance: C. Mayor 10, Madrid')).toEqual([]);
    expect(found('NAME: ANNA SCHMIDT\nDEPARTMENT: SALES')).toEqual([['ANNA SCHMIDT', 0.75]]);
    expect(found('Last name: TBD\nName: N/A')).toEqual([]);
    expect(found('CREATE TABLE t (\n  first_name VARCHAR(80),\n  last_name VARCHAR(80)\n);')).toEqual([]);
    expect(level('Cześć Kasia, przyślij mi proszę ten plik. Tomek')).toBe('personal');
    // A thank-you at a line's start, then a line that is just a name, signs an e-mail.
    expect(found('Hello,\nmy order arrived broken.\n\nThank you,\nMax Turner\n')).toEqual([['Max Turner', 0.7]]);
    expect(found('Thanks!\nThe Support Team\n')).toEqual([]);
    // A greeting is no given name: the salutation's name is Letícia alone.
    expect(found('Olá Letícia, tudo bem?')).toEqual([['Letícia', 0.7]]);
  });

  it("not in places', institutions', dishes', storms' or companies' names, nor history", () => {
    expect(found('Station Charles de Gaulle, sortie avenue Victor Hugo.')).toEqual([]);
    expect(found('Museo Nazionale della Scienza e della Tecnologia Leonardo da Vinci')).toEqual([]);
    expect(level('Farmácia Santos, Rua Dr. António José de Almeida, 45')).toBe('public');
    expect(level('Pêche Melba et Crêpes Suzette, 9 €')).toBe('public');
    expect(level('Tief Bernd bringt Regen, danach Hoch Carla mit Sonne.')).toBe('public');
    expect(level('Colin et Fontaine SA annonce une croissance de son chiffre d’affaires.')).toBe('public');
    expect(level('Albert Einstein (1879–1955) published the theory of relativity.')).toBe('public');
    // Events, wine estates and streets named after people; a middle initial is no street's "C.".
    expect(level('# Data & Cloud Summit 2027 – Day 1 agenda')).toBe('public');
    expect(level('Riesling Spätlese 2021, Weingut Dr. Loosen, Mosel\nGrauburgunder 2023, Weingut Franz Keller')).toBe('public');
    expect(level('Nieuwe straten: Annie M.G. Schmidtlaan, Fanny Blankers-Koenpad.')).toBe('public');
    expect(level('Mary C. Johnson called about the invoice.')).toBe('personal');
    // A company's officers in its legal notice, beside its register number: published for the company, weak.
    expect(level('Musterbau GmbH\nGeschäftsführer: Dr. Hans Weber\nAmtsgericht Berlin, HRB 123456')).toBe('public');
    expect(level('Our director Hans Weber approved your leave, Anna Schmidt.')).toBe('personal');
    // A role's column of teams is no list of people; a role's column of names is.
    expect(level('id,risk,owner\nR-01,Supplier insolvency,Procurement\nR-02,Ransomware,IT Security\n')).toBe('public');
    expect(level('id,task,owner\nT-1,Invoices,Anna Schmidt\nT-2,Audit,Marco Rossi\n')).toBe('personal');
    // People of history, as guides and programmes name them; not the names living people share ("Thomas Mann").
    expect(level('Konzert: Werke von Ludwig van Beethoven und Wolfgang Amadeus Mozart.')).toBe('public');
    expect(level('The museum holds 200 paintings by Vincent van Gogh.')).toBe('public');
    expect(level('Thomas Mann hat angerufen wegen der Rechnung.')).toBe('personal');
    // Titles of works in their quotes; Polish names of history in their declined forms.
    expect(level('Samedi 16h : ciné-goûter « Ernest et Célestine »')).toBe('public');
    expect(level('5.12 „Wesele" Stanisława Wyspiańskiego, 12.12 „Dziady" Adama Mickiewicza')).toBe('public');
    expect(level('"Tell Anna Schmidt I will be late," said the driver.')).toBe('personal');
    // Brands named after people, and not names that many people bear ("Paul Smith").
    expect(level('New arrivals from Tommy Hilfiger and Calvin Klein, now 20 % off.')).toBe('public');
    expect(level('Dr. Oetker Pizza Ristorante Margherita 4,29 €')).toBe('public');
    expect(level('Paul Smith called about the invoice.')).toBe('personal');
    // The first name of a foundation's namesake does not stand alone either.
    expect(level('The Marie Curie Foundation funds research into cancer treatment.')).toBe('public');
    expect(level('KT5 8AE Newton Abbot')).toBe('public');
    expect(level('Guia do visitante – Convento da Madre de Deus')).toBe('public');
    // A title in quotes after a place's word and its adjectives.
    expect(found('Biblioteca civica "Natalia Ginzburg" – orari')).toEqual([]);
    expect(found('La scuola primaria statale «Gianni Rodari» chiude alle 16.')).toEqual([]);
    expect(found('Ho parlato con "Natalia Ginzburg" ieri.')).toEqual([['Natalia Ginzburg', 0.7]]);
  });

  // Care, rehabilitation, aids and operations in notes about a person, in the eight languages (synthetic).
  it.each([
    'She has a fit note from her GP until 20 March.',
    'He was vaccinated against hepatitis B in January.',
    'She sees a counsellor every week for stress.',
    'He is waiting for a hip replacement.',
    'She needs a wheelchair-accessible desk.',
    'He wears hearing aids.',
    'She is on medication for epilepsy.',
    'Sie hat Pflegegrad 3 und bekommt Pflegegeld.',
    'Er ist seit zwei Wochen krankgeschrieben wegen eines Bandscheibenvorfalls.',
    'Sie nimmt an einer Reha teil.',
    'Il est suivi par un psychiatre.',
    'Elle est en arrêt maladie depuis lundi.',
    'Il bénéficie de l’allocation adulte handicapé.',
    'È in malattia fino a venerdì.',
    'Ha una certificazione di invalidità.',
    'Segue una terapia con il fisioterapista.',
    'Está de baja por incapacidad temporal.',
    'Tiene reconocida una discapacidad del 45 %.',
    'Acude a rehabilitación tres veces por semana.',
    'Hij is ziek gemeld en heeft een afspraak met de bedrijfsarts.',
    'Zij krijgt thuiszorg vanwege dementie.',
    'Przebywa na zwolnieniu lekarskim do piątku.',
    'Ma orzeczenie o niepełnosprawności.',
    'Chodzi na rehabilitację po operacji kolana.',
    'Está de baixa médica desde segunda-feira.',
    'Tem atestado de incapacidade multiusos.',
    'Faz fisioterapia depois do acidente.',
    'He tested positive for COVID-19.',
    'She is allergic to penicillin.',
    'Er ist Diabetiker und braucht Pausen.',
  ])('health in "%s"', (sentence) => {
    expect(classifyText(`Name: Anna Weber. ${sentence}`).sensitivity).toBe('special');
  });

  it('disability as parking permits name it', () => {
    expect(classifyText('Roberto Galli: veicolo nello stallo riservato ai disabili, contrassegno n. 4471.').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Anna Weber holds a Blue Badge for disabled parking.').sensitivity).toBe('special');
  });

  it('not special: a municipal association is a "syndicat", not a trade union', () => {
    const report = 'M. Paul Girard préside le Syndicat intercommunal des eaux du Val de Loire.';
    expect(classifyText(report).findings.map((f) => f.type)).toEqual(['person-name']);
    expect(classifyText('M. Paul Girard est adhérent du syndicat CGT.').sensitivity).toBe('special');
    // Nor an accident report that says no one was hurt.
    expect(classifyText('Incidente: la sig.ra Bianchi ha urtato il veicolo. Nessun ferito.').sensitivity).toBe('personal');
    expect(classifyText('Herr Weber hat sich verletzt.').sensitivity).toBe('special');
    // Nor a block of flats' council of co-owners, whose term stands inside the phrase.
    expect(classifyText('Conseil syndical : M. Arnaud (président), Mme Leroy.').findings.map((f) => f.type)).toEqual([
      'person-name',
    ]);
  });

  it("not a model's name before its number, a label before a value, an organisation signing, a street with its number", () => {
    expect(level('# Macchina da caffè espresso Aurora 2\n\n- Potenza: 1350 W\n- Pressione: 15 bar')).toBe('public');
    expect(level('Met vriendelijke groet,\nWoningcorporatie De Linde')).toBe('public');
    expect(level('De liften in uw flat aan de Dr. Schaepmanlaan 2 t/m 88 worden vervangen.')).toBe('public');
    // People's surnames that are also places' words still count.
    expect(level('Paciente: Marina Castillo Reyes')).toBe('personal');
    expect(level('Bitte Rückruf an Frau Herweg.')).toBe('personal');
  });

  it('not the owners in the names of shops and inns, nor months that are also given names', () => {
    expect(found('Trattoria Da Gino – menù del giorno')).toEqual([]);
    expect(found('Bäckerei Schulz, Farmácia Santos')).toEqual([]);
    expect(found('Notdienst: Tierarztpraxis Dr. Vogelsang, Hauptstraße 21')).toEqual([]);
    expect(found('Menú escolar – CEIP Miguel Hernández')).toEqual([]);
    expect(level('The Ada Lovelace Building is closed for refurbishment.')).toBe('public');
    expect(found('Elternbrief der Grundschule Astrid Lindgren')).toEqual([]);
    expect(found('Relevé de compte – Mars 2026')).toEqual([]);
    // Common words that some lists hold as names: "Ville de Nantes", "Santé publique", "Vida sana".
    expect(found('Actualités – Ville de Nantes. Santé publique : Vida sana.')).toEqual([]);
  });

  it('the made-up people of templates and guides are weak where the text shows an example; elsewhere test data means a person', () => {
    expect(level('Send the payout to the beneficiary, e.g. Jane Example or John Doe.')).toBe('public');
    expect(level('Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt')).toBe('public');
    expect(names('Name: Erika Mustermann')).toEqual(['Erika Mustermann']);
    // No example in view: a stand-in name is someone (fail closed).
    expect(level('Erika Mustermann hat ihre Kündigung eingereicht.')).toBe('personal');
    expect(level('Payment from Jane Doe, card 4111 1111 1111 1111, approved.')).toBe('personal');
    // Stand-ins that are real names too: weak only right after an example's marker on their line.
    expect(level('Imię i nazwisko: (np. Jan Kowalski)')).toBe('public');
    expect(level('Jan Kowalski przyszedł do pracy chory.')).toBe('special');
  });

  it("filled-in form lines and leaders, not a blank form's next label", () => {
    expect(names('Cognome ____Rossetti____ Nome ____Chiara____')).toEqual(['Rossetti', 'Chiara']);
    expect(level('COGNOME ____ROSSETTI____ NOME ____CHIARA____\nCLASSE ____3ª A____\nSCUOLA ____PRIMARIA____')).toBe('personal');
    expect(names('Name: ______Anna Schmidt_____')).toEqual(['Anna Schmidt']);
    expect(names('Nachname .......... Weber')).toEqual(['Weber']);
    expect(names('First name: ____________________  Surname: ____________________')).toEqual([]);
    expect(names('First name: ____ Surname: ____')).toEqual([]);
    expect(names('Cognome: Rossetti  Nome: Chiara')).toEqual(['Rossetti', 'Chiara']);
    // A form in capitals writes the words around a date of birth in capitals too.
    expect(classifyText('NATO/A A CREMONA IL 21/03/2018').findings.map((f) => f.type)).toEqual(['date-of-birth']);
  });

  it('surname first in registers, and surnames by their endings', () => {
    expect(found('Rossi Giulia: assente\nBianchi Marco: presente')).toEqual([
      ['Rossi Giulia', 0.7],
      ['Bianchi Marco', 0.7],
    ]);
    expect(level('Pon: Kowalski / Nowak\nWt: Wiśniewska / Wójcik')).toBe('personal');
    expect(level('Uniwersytet Jagielloński, Politechnika Warszawska')).toBe('public');
    // A known surname that is no given name, then a given name: Hungarian order, in running text too.
    expect(found('Jelen vannak: Nagy Erzsébet elnök, Tóth Gábor, Szabó Anna.')).toEqual([
      ['Nagy Erzsébet', 0.7],
      ['Tóth Gábor', 0.7],
      ['Szabó Anna', 0.7],
    ]);
    // Not the second surname of a Spanish name already found.
    expect(found('Reclamación de Sergio Navarro Gil')).toEqual([['Sergio Navarro', 0.7]]);
  });

  it('common surnames as the items of a rota or a list, not in running text or lists of things', () => {
    expect(level('Urlaub Meier: Vertretung Schulze\nUrlaub Schulze: Vertretung Krüger')).toBe('personal');
    expect(level('Annual leave Kowalczyk / cover Hoffmann')).toBe('personal');
    expect(level('Dienstplan KW 12\nMo: Jansen, Visser\nDi: Hoffmann')).toBe('personal');
    // One surname, surnames in a sentence, and lists of things are not a rota.
    expect(level('Vertretung Schulze')).toBe('public');
    expect(level('Becker und Hoffmann haben die Bäckerei 1920 gegründet.')).toBe('public');
    expect(level('Zutaten: Zucker, Mehl, Butter, Salz')).toBe('public');
    expect(level('Sieger: Ferrari, Mercedes, Red Bull')).toBe('public');
    // Surnames that are common words never count as surnames alone ("Koch", "Bauer", "Richter").
    expect(level('Aufgaben: Koch, Bauer, Richter')).toBe('public');
  });

  it('registers with the surname first, particles, and not authors of references or brands in a brand column', () => {
    expect(level('Lista obecności\n1. Zając Anna – obecna\n2. Krawczyk Piotr – obecny')).toBe('personal');
    expect(level('Adhérents\nPetit Julien\nMarchand Sophie')).toBe('personal');
    expect(found('Kapitel Anna')).toEqual([['Kapitel Anna', 0.45]]);
    expect(level('Week 10: De Boer\nWeek 11: Smit\nWeek 12: Van Leeuwen')).toBe('personal');
    expect(level('- Smith, J. and Patel, R. (2019). Routing.\n- Müller, K. (2021). Data residency.')).toBe('public');
    expect(level('referencia,producto,marca\nZT-1102,Camiseta,Pepe Jeans\nZT-1103,Polo,Tommy Hilfiger')).toBe('public');
    expect(level('referencia,cliente\nZT-1102,Pepe Jeans\nZT-1103,Tommy Hilfiger')).toBe('personal');
    // A plain "name" beside prices and stock is the product's; beside a column naming the product, the customer's.
    expect(level('sku,name,price_eur,stock\nCH-1001,Sofia armchair,349.00,24\nCH-1002,Hugo dining chair,129.00,140')).toBe(
      'public',
    );
    expect(level('Bestellung;Name;Artikel;Menge\n1;Sofia Rossi;Sessel;1\n2;Hugo Bauer;Stuhl;2')).toBe('personal');
    // Rooms, labs, schools and churches named after people; the Polish "named after" (holdout-177).
    expect(level('Workshops: Rosalind Franklin Lab 1 and 2, second floor')).toBe('public');
    expect(level('Willem de Zwijgerschool – protestants-christelijk, Oranjeplein 3')).toBe('public');
    expect(level('Akademia Muzyczna im. Ignacego Jana Paderewskiego w Poznaniu')).toBe('public');
    expect(level('Anna de Vries werkt op de Willem de Zwijgerschool.')).toBe('personal');
    expect(level('Dania główne: pierogi ruskie, kotlet schabowy')).toBe('public');
    // A colour before the bin it names; French imperatives that end as Spanish surnames once folded (holdout-181).
    expect(level('Brown bin (weekly, subscription): food waste and garden waste.')).toBe('public');
    expect(level('2. Demandez votre code RIO si vous souhaitez garder votre numéro.')).toBe('public');
    expect(level('Pon: Fernandez / Mendez')).toBe('personal');
    // Prose wrapped at 72 columns, as plain-text e-mail is: a title, a place's word or a noun on the line before or after.
    expect(names('handed in by a visitor. Owner, Mr\nDunleavy, phoned and collected it.')).toEqual(['Dunleavy']);
    expect(level('sarà chiusa al traffico, per lavori di rifacimento della pavimentazione, via\nEmilia Est sarà chiusa')).toBe(
      'public',
    );
    expect(level('The Met Office has upgraded the yellow warning for wind to an Amber\nwarning for coastal parts.')).toBe(
      'public',
    );
    expect(level('Biblioteca\nAnna Rossi ha chiamato.')).toBe('personal');
    // A message inside a CSV cell or a JSON field, as ticket and CRM exports hold them.
    expect(level('id,status,description\n4711,open,"Ruby is moving to the desk by the window on Monday."\n')).toBe('personal');
    expect(level('id: 4711\nbody: hi mike its jess from no. 12, the shower is leaking again. thx\nstatus: open')).toBe(
      'personal',
    );
    // A plant heading a list of things; a route and a village named like people (holdout-182).
    expect(level('Grow garlic now. Holly, ivy and winter jasmine brighten the garden and feed birds.')).toBe('public');
    expect(level('Holly, can you send the report?')).toBe('personal');
    expect(level('Ruta del Cares: 12 km entre Poncebos y Caín.')).toBe('public');
    // A parish's, a district's or a region's column names places (holdout-176's Lisbon parish "Beato").
    expect(level('freguesia;utentes_inscritos;idade_media\nArroios;1284;71,4\nBeato;533;70,2')).toBe('public');
    expect(level('nome;freguesia\nAna Silva;Beato\nRui Costa;Arroios')).toBe('personal');
  });

  it('a first name inside a sentence about health or another special category', () => {
    expect(level('Liebe Eltern, bei Emil wurden gestern Kopfläuse festgestellt.')).toBe('special');
    // At a sentence's start a capitalised word may be any word ("Leia", Portuguese for "read").
    expect(level('Leia com atenção antes de tomar este medicamento.')).toBe('public');
    expect(level('Visit Florence. Diabetes is common in older adults.')).toBe('public');
  });

  it('people in notes: a title and initials, inflected titles, a field after a sentence, a vocative, a numbered role', () => {
    expect(level('Bewohnerin Zimmer 3 (Frau K.) hat heute das Mittagessen verweigert.')).toBe('personal');
    expect(level('Zgłoszenie od pani Kowalczyk: brak ciepłej wody w mieszkaniu 12.')).toBe('personal');
    expect(level('Arbeitsunfähigkeitsbescheinigung für Herrn Yilmaz vom 02.03. bis 06.03.2026.')).toBe('special');
    expect(level('Paciente de 54 años con dolor torácico, antecedentes de hipertensión. Nombre: R. Vidal.')).toBe('special');
    expect(level('Gracias por tu pedido, Lucía. Tu número de cliente es 448812.')).toBe('personal');
    expect(level('Your appointment with our optician is confirmed for Thursday 10:30. See you then, David!')).toBe('personal');
    expect(level('Fahrer Nr. 17 war am Dienstag 45 Minuten zu spät.')).toBe('personal');
    expect(level('Hi team, I’ll be out Friday for my daughter’s hospital appointment.')).toBe('special');
    // Initials where the text says it is anonymised stand for nobody; a comma list of places is no vocative.
    expect(level('Resumen de sentencia (datos anonimizados): el demandante, D. J.M.R., reclamaba horas extra.')).toBe('public');
    expect(level('Routes via Lyon, Paris, Lille.')).toBe('public');
  });

  it('a first name signing a note after a dash, and people spoken of by the events of a working life', () => {
    expect(level('Candidate was nervous but answered well; recommend a second round. — Sofia')).toBe('personal');
    expect(level('Reminder: Karen from accounts is retiring on Friday, cake at 3pm!')).toBe('personal');
    expect(level('Sofia is a city in Bulgaria.')).toBe('public');
  });

  it('the writer or speaker introducing themself', () => {
    expect(found('Ciao, sono Matteo, ti chiamo per la cena di sabato.')).toEqual([['Matteo', 0.7]]);
    expect(level('Hallo, hier spricht Jana, bitte rufen Sie zurück.')).toBe('personal');
  });

  it('someone to reach, and a person congratulated', () => {
    expect(found('- Ring back Marco re: invoice 4471')).toEqual([['Marco', 0.7]]);
    expect(level('Happy 50th birthday, Giovanni! Cake at 3pm.')).toBe('personal');
    expect(level('Mon fils Hugo sera absent, il a une gastro-entérite.')).toBe('special');
  });

  it('@handles: a given name first, or two or more in a text; not doc tags, npm scopes or e-mail addresses', () => {
    expect(level('@raj.patel pushed the fix, can someone review?')).toBe('personal');
    expect(level('@dkw42 and @mrx both saw the outage')).toBe('personal');
    expect(level('/** @param name the name @returns a greeting */ import x from "@aws-sdk/client-s3";')).toBe('public');
    expect(level('Write to info@example.org or @support.')).toBe('public');
  });

  it("login names after their key and in a username column: a person's when made of their names", () => {
    const handles = (t: string) => classifyText(t).findings.filter((f) => f.type === 'user-handle');
    expect(handles('username,last_login,role\njweber,2026-03-01,admin\nakowalska,2026-03-02,user')).toMatchObject([
      { count: 2, confidence: 0.7 },
    ]);
    expect(level('Benutzername: anna.schmidt\nAbteilung: Einkauf')).toBe('personal');
    // A service account is weak evidence.
    expect(level('database:\n  user: facturacion_app\n  host: db-01')).toBe('public');
    expect(level('The user: please log in first.')).toBe('public');
    // A person's field holding a login made of names ("assignee: tkowalski"), not a role's word.
    expect(level('assignee: tkowalski\nreporter: mnowak\nstatus: open')).toBe('personal');
    expect(level('owner: marketing\nclient: android')).toBe('public');
  });

  it('speakers in chat exports and transcripts, not items in a schedule', () => {
    expect(level('[12-03-26 09:14:22] Sanne: Ik ben er om 10 uur\n[12-03-26 09:16:05] Ruud: Ik heb de sleutel')).toBe('personal');
    expect(level('09:00 Registration: coffee and badges\n10:00 Keynote: the year ahead')).toBe('public');
    // Cities that are in the name lists, alone, and names inside a path or a time zone.
    expect(level('location.name: Bologna\nlocation.timezone: Europe/Rome')).toBe('public');
    expect(found('Flights to Valencia and Porto from 39 €')).toEqual([]);
    // Nor countries named like people ("Italia", "Grecia"), beside special-category words.
    expect(level('La pratica religiosa in Italia è scesa al 18 %; la messa domenicale resta più frequente al Sud.')).toBe(
      'public',
    );
    // Porto calls as a city; Katrin, taking over on Monday, is a colleague.
    expect(names('Porto hat angerufen. Katrin übernimmt ab Montag.')).toEqual(['Katrin']);
  });
});

describe('a person or an organisation', () => {
  it("weighs a function's mailbox below a person's", () => {
    expect(mailboxWeight('jan.kowalski@firma.example')).toBeGreaterThanOrEqual(0.9);
    expect(mailboxWeight('anna1987@gmail.com')).toBeGreaterThanOrEqual(0.9);
    expect(mailboxWeight('recrutement@entreprise.example')).toBeLessThan(0.6);
    expect(mailboxWeight('atencion.ciudadana@madrid.es')).toBeLessThan(0.6);
    expect(mailboxWeight('buergerservice@stadt.example')).toBeLessThan(0.6);
    expect(mailboxWeight('no-reply@shop.example')).toBeLessThan(0.6);
    // Lists of everyone (holdout-152), not a person named Allen.
    expect(mailboxWeight('all-staff@northwind.example')).toBeLessThan(0.6);
    expect(mailboxWeight('alle-mitarbeiter@firma.example')).toBeLessThan(0.6);
    expect(mailboxWeight('allen.smith@firma.example')).toBeGreaterThanOrEqual(0.9);
    // Two words, a frequent one and no name, are a team's or a list's (holdout-799); a name beside a word is someone's.
    expect(mailboxWeight('data-platform@corp.example')).toBeLessThan(0.6);
    expect(mailboxWeight('cuentas-a-pagar@empresa.example')).toBeLessThan(0.6);
    expect(mailboxWeight('lista-wypisz@klub.example')).toBeLessThan(0.6);
    expect(mailboxWeight('mark.young@firma.example')).toBeGreaterThanOrEqual(0.9);
    expect(mailboxWeight('rosa.bianco@firma.example')).toBeGreaterThanOrEqual(0.9);
    expect(mailboxWeight('wiet.vos@firma.example')).toBeGreaterThanOrEqual(0.9);
    // Test data writes people at example domains with stand-in names: they count as people (fail closed).
    expect(mailboxWeight('jane.doe@example.com')).toBeGreaterThanOrEqual(0.9);
    expect(classifyText('Questions? Write to privacidad@empresa.example.').sensitivity).toBe('public');
    expect(mailboxWeight('biblioteca@comune.example.it')).toBeLessThan(0.6);
    // Compounds of a function's words, but not names that merely begin like one.
    expect(mailboxWeight('werkenbij@energie.example')).toBeLessThan(0.6);
    expect(mailboxWeight('karriereportal@firma.example')).toBeLessThan(0.6);
    expect(mailboxWeight('jean.villeneuve@firma.example')).toBeGreaterThanOrEqual(0.9);
  });

  it("weighs freephone and premium numbers as an organisation's; counts a grouping as a mobile only if it is one", () => {
    expect(confidence(phoneDetector, 'Linha Verde: telefone 800 203 040')).toEqual([0.45]);
    expect(confidence(phoneDetector, 'Hotline? No: call +44 800 123 4567')).toEqual([0.45]);
    // "800 203 040" has the Portuguese mobile grouping, but it is a freephone number: not a mobile without a phone word.
    expect([...phoneDetector.find('Marque a recolha pela Linha Verde 800 203 040.')]).toEqual([]);
    // An English key in an Italian shop's export: an Italian landline, not a UK service number.
    expect(confidence(phoneDetector, 'customer.phone: 0343 7771025')).toEqual([0.5]);
  });

  it("weighs an organisation's phone line below a person's: beside its mailbox, or when it speaks of itself", () => {
    const policy = 'Questions? Write to our Data Protection Officer at dpo@dental.example or call 0117 496 0000.';
    expect(confidence(phoneDetector, policy)).toEqual([0.45]);
    expect(confidence(phoneDetector, 'Call us on 0117 496 0000, Monday to Friday.')).toEqual([0.45]);
    expect(confidence(phoneDetector, 'Für Rückfragen rufen Sie uns an, Tel. 030 901820')).toEqual([0.45]);
    // A landline is an office's as often as a person's: weak, unless the words before make it someone's.
    expect(confidence(phoneDetector, 'Renovação pelo telefone 234 401 200.')).toEqual([0.5]);
    expect(confidence(phoneDetector, 'dpo@dental.example\nCall me on 0117 496 0000')[0]).toBeGreaterThan(0.6);
    expect(confidence(phoneDetector, 'Tel. privat: 030 901820')[0]).toBeGreaterThan(0.6);
    // Beside a person it still counts: the document is personal.
    expect(classifyText('Bitte um Rückruf: Frau Weber, Tel. 030 901820').findings.map((f) => f.type)).toEqual([
      'person-name',
      'phone',
    ]);
    // A mobile is a person's; a number that is a landline in one country and a mobile in another is read as the mobile.
    expect(confidence(phoneDetector, 'Telefone: 912 345 678')[0]).toBeGreaterThan(0.6);
    expect(classifyText('Our dog went missing. Please call or text 07823 455 196.').sensitivity).toBe('personal');
    // A landline with a private person's hours after it is theirs; with an office's opening hours before it, the office's.
    expect(classifyText('Verkaufe Kinderfahrrad, 40 €. Tel. 030 1234567 (abends).').sensitivity).toBe('personal');
    expect(classifyText('À vendre : vélo. Tél. 02 40 12 34 56 après 18 h.').sensitivity).toBe('personal');
    expect(classifyText('Öffnungszeiten Mo–Fr 8–16 Uhr, Tel. 089 2345678').sensitivity).toBe('public');
    // "Telefon" in a German text: a German landline, not a Swedish mobile (whose numbers also start 07).
    expect(confidence(phoneDetector, 'Bitte melden Sie sich an. Telefon 07542 3318')).toEqual([0.5]);
  });

  it("weighs a company's account on an invoice footer below a person's", () => {
    expect(confidence(ibanDetector, 'Acme GmbH · IBAN DE14 1607 6502 1569 5447 31')[0]).toBeLessThan(0.6);
    // Found by the property below: a legal form on the line before says nothing about this account.
    expect(classifyText('BV\nIBAN DE14 1607 6502 1569 5447 31, Kontoinhaber Jan Weber').sensitivity).toBe('personal');
    expect(names('Kontoinhaber Jan Weber\nVorname Max')).toEqual(['Jan Weber', 'Max']);
    // The surname first in the key, as Italian and Spanish forms write it (holdout-129).
    expect(names('Cognome e nome: GRECO ANTONELLA')).toEqual(['GRECO ANTONELLA']);
    expect(names('Apellidos y nombre: Ruiz Gil, Ana')).toEqual(['Ruiz Gil', 'Ana']);
    expect(confidence(ibanDetector, 'Kontoinhaber: Jan Weber\nIBAN DE14 1607 6502 1569 5447 31')[0]).toBeGreaterThan(0.9);
  });

  it("reads a name's key in a table's header as a column's label, not before a value", () => {
    // holdout-127: a cookie table headed "Nombre, Titular, Finalidad, Duración" ("titular" is an account holder's key).
    const cookies = 'Nombre\tTitular\tFinalidad\tDuración\nPHPSESSID\tPropia\tMantener la sesión\tSesión\n';
    expect(names(cookies)).toEqual([]);
    expect(classifyText(cookies).sensitivity).toBe('public');
    expect(names('Personalnr\tVorname\tGebdat\n004711\tAndreas\t03.06.1985\n')).toEqual(['Andreas']);
    // A form laid out in pairs keeps a known name, and a key with a colon its value.
    expect(names('Kontoinhaber\tMüller\tIBAN\tDE89\nKontoinhaber\tSchmidt\tIBAN\tDE12\n')).toEqual(['Müller', 'Schmidt']);
    expect(names('Titular:\tJuan Pérez\tIBAN\tES12\nBanco\tX\tBIC\tY\n')).toContain('Juan Pérez');
  });

  it("weighs accounts on an invoice between two companies below a person's, not on one to a person", () => {
    // holdout-130: a Finnish invoice's parties; a Czech public body's contributory organisation.
    const fi =
      'Laskuttaja: Pohjolan Siivous Oy, Oulu\nAsiakas: Kiinteistö Oy Rantakatu 5, Oulu\n\nTilinumero: FI28 4711 2500 0482 34';
    expect(confidence(ibanDetector, fi)[0]).toBeLessThan(0.6);
    const body =
      'Dodavatel: TECHSTAV Brno s.r.o., Hybešova 42, 602 00 Brno\nOdběratel: Správa nemovitostí města Blanska, příspěvková organizace\n\nCZ71 0800 0000 0021 0470 0000';
    expect(confidence(ibanDetector, body)[0]).toBeLessThan(0.6);
    expect(classifyText(body).sensitivity).toBe('public');
    const b2b =
      'Sprzedawca: Drukarnia Orzeł Sp. z o.o., Łódź\nNabywca: Hurtownia Lena S.A., Poznań\n\nRachunek: PL29 9038 4129 7851 7141 9798 6820';
    expect(confidence(ibanDetector, b2b)[0]).toBeLessThan(0.6);
    expect(classifyText(b2b).sensitivity).not.toBe('personal');
    // Labels in a block above their companies, and seller and buyer side by side.
    const block = 'Bill to:\nNorthwind Ltd\nSupplier:\nAcme GmbH\n\nIBAN DE14 1607 6502 1569 5447 31';
    expect(confidence(ibanDetector, block)[0]).toBeLessThan(0.6);
    // One company and a customer who is a person: the account may be anyone's.
    const b2c = 'Seller: Acme GmbH\nCustomer: Jan Weber\n\nIBAN DE14 1607 6502 1569 5447 31';
    expect(confidence(ibanDetector, b2c)[0]).toBeGreaterThan(0.9);
    // The other member states' parties and legal forms: a Croatian and a Czech invoice between companies.
    const hr = 'Izdavatelj: Jadran Tisak d.o.o., Zagreb\nKupac: Mediteran Turist d.o.o., Split\n\nIBAN: HR1723600001101234565';
    expect(confidence(ibanDetector, hr)[0]).toBeLessThan(0.6);
    expect(classifyText(hr).sensitivity).toBe('public');
    const cz = 'Dodavatel: Tiskárna Vltava s.r.o.\nOdběratel: Stavby Morava a.s.\n\nIBAN CZ65 0800 0000 1920 0014 5399';
    expect(confidence(ibanDetector, cz)[0]).toBeLessThan(0.6);
    // With a person as the buyer, the account may be anyone's.
    expect(
      classifyText('Dodavatel: Tiskárna Vltava s.r.o.\nOdběratel: Petr Svoboda\n\nIBAN CZ65 0800 0000 1920 0014 5399')
        .sensitivity,
    ).toBe('personal');
    // A letterhead with a legal form is the issuer; one labelled party with a legal form beside it makes two.
    const letterhead =
      'SARL Menuiserie Durand & Fils\n12 rue des Artisans, 44300 Nantes\n\nFACTURE N° F-2026-1187\nClient : SAS Boulangerie du Port\n\nIBAN FR76 3000 4000 0312 3456 7890 143';
    expect(confidence(ibanDetector, letterhead)[0]).toBeLessThan(0.6);
    expect(classifyText(letterhead).sensitivity).toBe('public');
    // Its customer number is the customer company's.
    const customer = 'Groothandel Brinkman B.V.\nAan: Restaurant De Gouden Leeuw V.O.F.\n\nKlantnummer: 40219';
    expect(classifyText(customer).sensitivity).toBe('public');
    // Below the same letterhead, a customer who is a person: the account and the number may be theirs.
    expect(classifyText(letterhead.replace('SAS Boulangerie du Port', 'Jeanne Morel')).sensitivity).toBe('personal');
    expect(classifyText(customer.replace('Restaurant De Gouden Leeuw V.O.F.', 'de heer P. de Wit')).sensitivity).toBe('personal');
    // A care client's number names a person, whoever the parties are.
    expect(classifyText(`${customer.split('\n\n')[0]}\n\nCliëntnummer: 40219`).sensitivity).toBe('personal');
    // Party words in running text are not labels.
    const prose = 'Der Kunde der Acme GmbH zahlt an den Lieferanten Beta AG.\nIBAN DE14 1607 6502 1569 5447 31';
    expect(confidence(ibanDetector, prose)[0]).toBeGreaterThan(0.9);
  });

  it("weighs a public body's, an association's or a parish's account as an organisation's", () => {
    expect(confidence(ibanDetector, 'Zahlung an: Stadtkasse Lindau, IBAN DE14 1607 6502 1569 5447 31')).toEqual([0.45]);
    expect(
      confidence(ibanDetector, 'Stadt Lindau\nKontoinhaber: Jan Weber, IBAN DE14 1607 6502 1569 5447 31')[0],
    ).toBeGreaterThan(0.9);
  });

  it("weighs an organisation's own mailbox below a person's: one word that is no one's name, or given as 'write to us'", () => {
    expect(mailboxWeight('acme@acme-moebel.example')).toBeLessThan(0.6);
    for (const box of ['membership@leisure.example', 'recall@homeline.example', 'didattica@musei.example'])
      expect(mailboxWeight(box), box).toBeLessThan(0.6);
    for (const box of ['kowalska@firma.pl', 'annaschmidt@firma.de', 'dkrzyzanowski@firma.pl', 'h.whitcombe@firma.co.uk'])
      expect(mailboxWeight(box), box).toBeGreaterThan(0.6);
    expect(confidence(emailDetector, 'Kontaktieren Sie uns: lindauerwerkstatt@gmx.de')).toEqual([0.45]);
    expect(
      confidence(emailDetector, 'To arrange a viewing call our Chester branch on 01244 300 400 or email chester@estates.example'),
    ).toEqual([0.45]);
    expect(mailboxWeight('jweber@firma.example')).toBeGreaterThan(0.6);
  });

  it('weighs the published example IBANs and test card numbers as stand-ins where the text shows an example', () => {
    const guide = 'POST /v2/payouts {"beneficiary": {"name": "Jane Example", "iban": "DE89370400440532013000"}}';
    expect(confidence(ibanDetector, guide)).toEqual([0.3]);
    expect(classifyText(guide).sensitivity).toBe('public');
    expect(confidence(paymentCardDetector, 'Use the test card 4242 4242 4242 4242 in the sandbox.')).toEqual([0.3]);
    // Without an example in view, test data gives them to people: they count as any account does.
    expect(confidence(ibanDetector, 'Refund to my account DE89 3704 0044 0532 0130 00, please.')).toEqual([0.99]);
    // Beside a person they still count.
    expect(classifyText('Name: Jan Weber\nIBAN DE89 3704 0044 0532 0130 00').findings.map((f) => f.type)).toEqual([
      'iban',
      'person-name',
    ]);
  });

  it('counts a VAT number as personal for a sole trader or an individual, weak for a company', () => {
    expect(confidence(vatNumberDetector, 'Acme GmbH, USt-IdNr. DE136695976')).toEqual([0.3]);
    expect(confidence(vatNumberDetector, 'Jan Weber, Einzelunternehmer, USt-IdNr. DE136695976')).toEqual([0.85]);
  });

  it('reads 13-digit numbers as cards only beside a card word (EAN barcodes look alike)', () => {
    expect([...paymentCardDetector.find('EAN 4006381333931')]).toEqual([]);
    expect([...paymentCardDetector.find('Card number: 4222222222222')]).toHaveLength(1);
  });

  it('reads national phone numbers after a phone word, for the countries its language suggests', () => {
    expect(validNational('030 901820', 'DE')).toBe(true);
    expect(validNational('612 345 678', 'ES')).toBe(true);
    expect(validNational('02 1234 5678', 'IT')).toBe(true);
    expect(validInternational('+351 912 345 678')).toBe(true);
    expect(validInternational('+49 000 0')).toBe(false);
    expect([...phoneDetector.find('Telemóvel: 912 345 678')].map((m) => m.value)).toEqual(['912 345 678']);
    expect([...phoneDetector.find('Invoice 2026 345 678')]).toEqual([]);
    expect(confidence(phoneDetector, 'Switchboard: +49 30 901820')[0]).toBeLessThan(0.6);
  });

  it("reads mobile numbers in their country's own grouping without a phone word, once", () => {
    const values = (t: string) => [...phoneDetector.find(t)].map((m) => m.value);
    expect(values('Julie Morel\n06 12 34 56 78')).toEqual(['06 12 34 56 78']);
    expect(values('Kontakt 0171 2345678')).toEqual(['0171 2345678']);
    expect(values('Mobile: +48 512 345 678')).toEqual(['+48 512 345 678']);
    expect(values('Bestellung 4411 2290 118, Artikel 55012')).toEqual([]);
    // Company register and VAT numbers are grouped the same way.
    expect(values('Atelier Lumen SAS, RCS Lyon 852 114 006, 4 quai Saint-Vincent')).toEqual([]);
    expect(values('KRS 512 345 678')).toEqual([]);
    expect(values('immatriculée au RCS de Nantes sous le numéro 512 884 203, dont le siège')).toEqual([]);
    expect(values('Kontakt: Jan Nowak, 512 345 678')).toEqual(['512 345 678']);
  });

  it('needs context for a UK National Insurance number (no checksum)', () => {
    expect([...nationalIdDetector.find('Order CZ616330D shipped')]).toEqual([]);
    expect([...nationalIdDetector.find('NI number: JG 10 37 21 C')].map((m) => m.type)).toEqual(['national-id:uk-nino']);
  });
});

describe('whom a note meets, who raised a ticket, a colleague', () => {
  it("a given name after a meeting, a report or a colleague's word is someone", () => {
    expect(names('Meeting with Pieter tomorrow at 10.')).toEqual(['Pieter']);
    expect(names('Ticket #4411 – reported by Sandra from Accounts.')).toEqual(['Sandra']);
    expect(names('Übergabe an Kollegin Meier.')).toEqual(['Meier']);
    // Not a team met, nor colleagues' departments.
    expect(names('Meeting with Marketing on Tuesday.')).toEqual([]);
    expect(names('Meeting with Siemens for the tender.')).toEqual([]);
  });

  it("a staff note's subject away, back, covering or leaving; not a storm or a company named so", () => {
    expect(names("Anna's last day is Friday.")).toEqual(['Anna']);
    expect(names('Chiara è in ferie fino al 10.')).toEqual(['Chiara']);
    expect(names('Tomek ma urlop do piątku.')).toEqual(['Tomek']);
    expect(names('Ok. A Rita está de baixa.')).toEqual(['Rita']);
    expect(names('Die Firma Anna ist zurück.')).toEqual([]);
  });

  it("a day, a verb, then who: a staff note's subject; a colleague by their team; whom to see", () => {
    expect(names('Ab Montag übernimmt Lukas die Schicht.')).toEqual(['Lukas']);
    expect(names('Domani apre Giorgio il magazzino.')).toEqual(['Giorgio']);
    expect(names('W tym tygodniu faktury podpisuje Bartek.')).toEqual(['Bartek']);
    expect(names('Amanhã abre a Joana a loja.')).toEqual(['Joana']);
    expect(names('Dominik from IT will swap the laptops.')).toEqual(['Dominik']);
    expect(names("Voyez avec Nathalie à l'accueil.")).toEqual(['Nathalie']);
    expect(names('Danke, Kerstin, für die schnelle Hilfe!')).toEqual(['Kerstin']);
    // A city after a day is no one.
    expect(names('Tomorrow Lisbon hosts the summit.')).toEqual([]);
  });

  it("today's whereabouts, the writer beside them, an owner ending the clause; Polish owners in the genitive", () => {
    expect(names('Stefano oggi lavora da casa.')).toEqual(['Stefano']);
    expect(names('Gemma and I will be at the trade fair on Thursday.')).toEqual(['Gemma']);
    expect(names('¿Alguien sabe dónde está el cargador de Lucía?')).toEqual(['Lucía']);
    expect(names('Czy ktoś widział ładowarkę Marka?')).toEqual(['Marka']);
    // Not a shrine's or a region's name, nor a life long past.
    const weight = (text: string) => [...personNameDetector.find(text)].map((m) => m.confidence);
    expect(weight('Santuario della Madonna del Carmine: domenica 17:00')).not.toContain(0.7);
    expect(weight('Niccolò Machiavelli nacque a Firenze il 3 maggio 1469 da Bernardo e da Bartolomea.')).not.toContain(0.7);
  });

  it('after a preposition a person follows, or a verb of standing in; not a department', () => {
    expect(names('Das Paket für Jürgen liegt am Empfang.')).toEqual(['Jürgen']);
    expect(names('Qui peut remplacer Théo samedi matin ?')).toEqual(['Théo']);
    expect(names('Serve qualcuno che sostituisca Matteo al banco sabato.')).toEqual(['Matteo']);
    expect(names('El paquete de Sergio está en recepción.')).toEqual(['Sergio']);
    expect(names('Paczka dla Tomka jest na recepcji.')).toEqual(['Tomka']);
    expect(names('Das Paket für den Einkauf liegt am Empfang.')).toEqual([]);
    expect(names('Please send the signed invoices to Bethany by Friday.')).toEqual(['Bethany']);
    expect(names("Has anyone seen Omar's laptop charger?")).toEqual(['Omar']);
    expect(names('Hay que avisar a Pablo de que cambia la hora.')).toEqual(['Pablo']);
    expect(names('Kan iemand Noor helpen met de kopieermachine?')).toEqual(['Noor']);
    // A city sent to is no one.
    const weights = (text: string) => [...personNameDetector.find(text)].map((m) => m.confidence);
    expect(weights('Send the parcel to Florence by Friday.')).not.toContain(0.7);
    // A name before a noun is a thing's ("lights for Aurora lamps" is a product line).
    const weight = (text: string) => [...personNameDetector.find(text)].map((m) => m.confidence);
    expect(weight('Spare bulbs for Aurora lamps are in stock.')).not.toContain(0.7);
  });

  it('a short note naming someone by a first name in its prose; not a table row, a team, a reference or a place', () => {
    expect(names('Oscar has the spare keys to the server room this week.')).toEqual(['Oscar']);
    expect(names('Les contrats sont à faire signer par Inès avant jeudi.')).toEqual(['Inès']);
    expect(names('A Ana fica na formação até às 16h.')).toEqual(['Ana']);
    const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);
    expect(strong('Holly wreath\t40 cm\t£22.50')).toEqual([]);
    expect(strong('Attendees: the Dev team and SRE.')).toEqual([]);
    expect(strong('- Smith, J. and Patel, R. (2019). Routing.')).toEqual([]);
    expect(strong('Sofia is a city in Bulgaria.')).toEqual([]);
    expect(strong('42 centros de salud de Andalucía, Castilla y León y Galicia.')).toEqual([]);
    expect(strong('Stan bardzo dobry, mało używany.')).toEqual([]);
    expect(strong('Leia com atenção antes de tomar este medicamento.')).toEqual([]);
    // A newsletter's short item counts as a short note; a product with its article, a storm's name mentioned, or the
    // end of a longer proper name does not.
    const newsletter = `Kantoor\nDe verwarming is gerepareerd. ${'Meldingen graag via het formulier. '.repeat(6)}\n\nCollega's\nFemke heeft haar opleiding afgerond.\n\nAgenda\nDe kerstborrel is op vrijdag.`;
    expect(strong(newsletter)).toEqual(['Femke']);
    expect(strong('The Aurora range gets two new finishes. The Sophia radiator is now available.')).toEqual([]);
    expect(strong('Zaterdag nadert een lagedrukgebied dat de naam Jasper krijgt.')).toEqual([]);
    expect(strong('Erbelegasse 25c, 28413 Brandenburg an der Havel.')).toEqual([]);
    // A storm's word in the sentence; a word opening its sentence that is a colour, a victory, a song; a tea.
    expect(strong('Olivia is de vijfde storm van dit seizoen.')).toEqual([]);
    expect(strong('Rosa ist in diesem Frühjahr die Trendfarbe.')).toEqual([]);
    expect(strong('Victoria por 2 a 1 en el último minuto.')).toEqual([]);
    expect(strong('Jasmine tea is best brewed at 80 degrees.')).toEqual([]);
    expect(strong('Oscar has the spare keys this week.')).toEqual(['Oscar']);
    // A thing named after its kind, or before it.
    expect(strong('De veerboot Amalia vaart vanaf maandag weer.')).toEqual([]);
    expect(strong('La pizza Margherita costa 7 euro.')).toEqual([]);
    expect(strong('The new Aurora desk lamp is now in stock.')).toEqual([]);
    // A surname that is a kind's word too is no thing's ("Jan Boot", "Anna Rosa").
    expect(names('Jan Boot en Anna Rosa komen morgen.')).toEqual(['Jan Boot', 'Anna Rosa']);
  });

  it('in a long paragraph: who will see to something, whom to turn to, who takes over with the verb first', () => {
    const long = (t: string) =>
      `${'Die Unterlagen liegen im gemeinsamen Ordner, die Termine stehen im Kalender. '.repeat(5)}${t}`;
    expect(names(long('While I am away, Jasmin will look after the supplier questions.'))).toContain('Jasmin');
    expect(names(long('Pour toute question, Romain reste votre interlocuteur principal.'))).toContain('Romain');
    expect(names(long('Die Koordination übernimmt Katharina, Fragen bitte an sie.'))).toContain('Katharina');
    expect(names(long('Voor vragen kun je terecht bij Ruben.'))).toContain('Ruben');
    // "Firma" is a company in German and Polish, not the Italian "signs".
    expect(names('Die Firma Anna ist zurück.')).toEqual([]);
  });

  it('a surname alone as staff notes write a colleague; not a company with a special term beside it', () => {
    expect(names('Müller ist heute im Homeoffice.')).toEqual(['Müller']);
    expect(names('Dubois sera absent jeudi.')).toEqual(['Dubois']);
    expect(names('Jansen werkt vandaag thuis.')).toEqual(['Jansen']);
    expect(classifyText('Schulz ist heute krank.').sensitivity).toBe('special');
    expect(classifyText('Bosch presents its new heat pump for diabetes clinics.').sensitivity).toBe('public');
  });

  it('a given name thanked or welcomed; not a company thanked', () => {
    expect(names('Thanks to Aisha for covering reception.')).toEqual(['Aisha']);
    expect(names('Merci à Julien pour son aide sur le dossier.')).toEqual(['Julien']);
    expect(names('Welkom aan Fleur, onze nieuwe stagiair.')).toEqual(['Fleur']);
    expect(names('Thanks to Amazon for the donation.')).toEqual([]);
    // A note's writer, whom a question goes to, whose a thing is.
    expect(names('Note from Ines: printer on 2nd floor broken.')).toEqual(['Ines']);
    expect(names('Schlüssel liegt bei Petra.')).toEqual(['Petra']);
    expect(names('Welcome to Florence, the city of art.')).toEqual([]);
    expect(names('Grüße an die Kollegen Vertrieb und Einkauf.')).toEqual([]);
  });
});

describe("a form's value on the line below its label", () => {
  it("reads the value line under a name's label, not the next label", () => {
    expect(names('Cognome:\nBianchi\nNome:\nGiulia')).toEqual(['Bianchi', 'Giulia']);
    expect(names('Patient:\nAnna Kowalska\nDiagnose: Asthma')).toEqual(['Anna Kowalska']);
    expect(names('Nachname\nVorname\nStraße\nPLZ')).toEqual([]);
    expect(names('Name:\nPrice\nQuantity')).toEqual([]);
  });
});

describe('people by initials and by login', () => {
  it("a list of those present by their initials, not by their teams' letters", () => {
    expect(names('Aanwezig: JdV, MK, RB, SvD\nAfwezig: TH')).toEqual(['JdV', 'MK', 'RB', 'SvD']);
    expect(names('Present: A.B., C.D.')).toEqual(['A.B.', 'C.D.']);
    expect(names('Anwesend: GF, BR, HR, IT')).toEqual([]);
    expect(names('Anwesend: QS, EK, VK, FiBu')).toEqual([]);
  });

  it("an issue tracker's assignee and reporter columns hold logins made of names", () => {
    const c = classifyText(
      'Issue key,Summary,Assignee,Reporter\nOPS-1,VPN drops,priya.shah,tom.baker\nOPS-2,Printer,callum.reid,tom.baker',
    );
    expect(c.sensitivity).toBe('personal');
    expect(c.findings.map((f) => f.type)).toContain('user-handle');
    expect(classifyText('Issue key,Summary,Assignee\nOPS-1,VPN drops,service-desk\nOPS-2,Printer,facilities').sensitivity).toBe(
      'public',
    );
  });
});

describe('streets, dates and years that look like names', () => {
  it('streets written with their word apart in the Nordic languages; streets listed after their plural', () => {
    expect(names('Vejarbejde på Niels Juels Gade mellem Frederiks Allé og Jægergårdsgade.')).toEqual([]);
    expect(names('Avstängt på Gustav Adolfs torg och Karl Johans gata.')).toEqual([]);
    expect(names('přerušena dodávka vody v těchto ulicích:\n\nAmerická, Václava Pirkla, Jana Palacha, Fr. Kloze.')).toEqual([]);
    expect(names('Cisterna stojí na rohu ulic Americká a Václava Pirkla.')).toEqual([]);
    // A street named after someone, with its house number, postcode and town.
    expect(names('Adresa: Jana Palacha 1200, 272 01 Kladno')).toEqual([]);
    // The same names as people.
    expect(names('Omlouvám Jakuba Dvořáka z vyučování.')).toEqual(['Jakuba Dvořáka']);
    expect(names('Hej Lars, jeg er syg i dag.\nVenlig hilsen\nNiels Juel')).toContain('Niels Juel');
  });

  it('a Slovenian or Croatian street named by an adjective that ends as Polish surnames do', () => {
    expect(names('Zaprta bo Partizanska cesta. Obvoz po Gosposvetski cesti.')).toEqual([]);
    expect(names('Pan Kowalski i pani Nowakowska przyszli.')).toEqual(['Kowalski', 'Nowakowska']);
  });

  it('a postcode after a dash is no year of history ("LV-1001")', () => {
    const weight = (text: string) => [...personNameDetector.find(text)].map((m) => m.confidence);
    // A client's field in Latvian (2.57.0) names him: 0.8, not a history's lower weight.
    expect(weight('Klients: Jānis Bērziņš\nAdrese: Brīvības iela 112-5, Rīga, LV-1001')).toEqual([0.8]);
  });

  it('a month or a day that is a given name too, in a date', () => {
    expect(names('Friday 1 Jan\tSaturday 2 Jan')).toEqual([]);
    expect(names('Cerrado el 15 de julio.')).toEqual([]);
    expect(names('έως την Παρασκευή 11 Δεκεμβρίου')).toEqual([]);
    expect(names('Bitte Jan zurückrufen.')).toEqual(['Jan']);
  });

  it('a year of history after a name weakens it; a flat, a room or a postcode of the same digits does not', () => {
    const weight = (text: string) => [...personNameDetector.find(text)].map((m) => m.confidence);
    expect(weight('Il ritratto di Lorenzo Bianchi (1469-1527) è esposto.')).toEqual([0.45]);
    expect(weight('Johann Schmidt, born 1685 in Eisenach, wrote cantatas.')).toEqual([0.45]);
    // A tenant's field since 2.13.0 (0.8); the flat's and the postcode's digits weaken nothing.
    expect(weight('Hyresgäst: Anna Lindqvist\nAdress: Kopparbergsvägen 27 B, lgh 1103, 722 13 Västerås')).toEqual([0.8]);
    expect(weight('Norberto Rodrigues\nTravessa Benjamim Assunção 329, 1196-354 Montemor-o-Novo')[0]).toBe(0.7);
  });
});

describe('numbers that stand for a person', () => {
  it("a record number after the number sign's abbreviation and a Portuguese or Spanish label", () => {
    const numbers = (text: string) => classifyText(text).findings.filter((f) => f.type === 'person-number').length;
    expect(numbers('N.º de utente: 312 884 907')).toBe(1);
    expect(numbers('N.º de sócio 4412')).toBe(1);
    expect(numbers('N.º de encomenda: 312 884 907')).toBe(0);
  });

  it("inside a URL's query and in file names", () => {
    expect(
      classifyText('GET /newsletter/confirm?email=anna.kowalska%40onet.example&lang=pl').findings.map((f) => f.type),
    ).toEqual(['email']);
    expect(classifyText('https://shop.example/track?ref=NL-48812&phone=%2B31612345678').findings.map((f) => f.type)).toEqual([
      'phone',
    ]);
    expect(classifyText('Anhänge: Lebenslauf_Max_Weber_2026.pdf, Zeugnisse_Julia_Hoffmann.pdf').sensitivity).toBe('personal');
    expect(classifyText('Ablage: Protokoll_Lenkungskreis_2026-11-20.docx, Report_Q3_Final.pdf').sensitivity).toBe('public');
  });

  it('as people write them: a trunk zero in brackets, an address spelt out, a plate, "n.º"', () => {
    expect(classifyText('Rückruf unter +49 (0)171 2345678 erbeten').findings.map((f) => f.type)).toEqual(['phone']);
    expect(classifyText('contact me: marek.nowicki [at] gmail [dot] com').sensitivity).toBe('personal');
    expect(classifyText('Meeting [at] 10:00 in room [dot] 3').sensitivity).toBe('public');
    // Without brackets: a local part with a dot, an underscore or a digit, after a letter.
    expect(classifyText('Schreib mir: anna.schmidt at gmx dot de').sensitivity).toBe('personal');
    expect(classifyText('mail: a.rossi AT libero PUNTO it').sensitivity).toBe('personal');
    expect(classifyText('We meet at home dot noon. Version 2.1 at release dot com.').sensitivity).toBe('public');
    expect(classifyText('Un véhicule immatriculé AB-123-CD bloque la sortie.').findings.map((f) => f.type)).toEqual([
      'vehicle-registration',
    ]);
    expect(classifyText('Cartão de Cidadão n.º 14356782 8 ZX4').sensitivity).toBe('personal');
    expect(classifyText('Changer la plaque de cuisson 4 feux').sensitivity).toBe('public');
    // Mobiles of more member states in their own grouping, and "his number is".
    expect(confidence(phoneDetector, 'His number is 087 123 4567 if anything changes.')[0]).toBeGreaterThan(0.6);
    expect(confidence(phoneDetector, 'Ring 070-123 45 67 så lämnar jag tillbaka den.')[0]).toBeGreaterThan(0.6);
    expect(confidence(phoneDetector, 'Hívjon: 06 30 123 4567')[0]).toBeGreaterThan(0.6);
    // An article's number in a mobile's grouping is no mobile, unless a phone word labels it.
    expect([...phoneDetector.find('Nr katalogowy 0721 234 567 – uszczelka wału')]).toEqual([]);
    // Where to reach the writer, as a phone's word (holdout-158).
    expect([...phoneDetector.find('Für Rückfragen erreichen Sie mich unter 0157 3248 1190.')].map((m) => m.value)).toEqual([
      '0157 3248 1190',
    ]);
    // An order's or an invoice's number in a mobile's grouping (the generator's "Order 0928201369").
    expect([...phoneDetector.find('Order 0928201369\nInvoice 2026886, Due 15.11.2026')]).toEqual([]);
    expect(confidence(phoneDetector, 'Handy-Nr. 0171 2345678')[0]).toBeGreaterThan(0.6);
    expect(classifyText('Führerschein-Nr.: B072RRE2I55').findings.map((f) => f.type)).toEqual([
      'identity-document:driving-licence',
    ]);
    // A record by its number: a hyphen or "n.º" before it, Dutch compounds, a hospital's case.
    for (const text of [
      'Patienten-Nr.: 2026-48213',
      'Cliëntnummer: 30-88214',
      'Processo do aluno n.º 20417',
      'Fall-Nr. 2026/0412',
      // A tenant's (holdout-127: a rent reminder).
      'onder vermelding van uw huurdernummer 20418833',
      'Mieternummer: 4711-03',
      // A Spanish social security affiliation, its middle group of eight digits (holdout-146).
      'N.º afiliación S.S.: 46 10234567 40',
    ])
      expect(classifyText(text).findings.map((f) => f.type)).toEqual(['person-number']);
    // Pseudonymised research data by its participants' numbers; a pupil by initials in a role's field (holdout-155).
    expect(
      classifyText('participant_id,age_band,diagnosis\nP-0041,50-59,type 2 diabetes\nP-0042,60-69,type 2 diabetes').sensitivity,
    ).toBe('special');
    expect(classifyText('Alumno: A. G. M.\nPresenta dificultades de atención compatibles con el TDAH.').sensitivity).toBe(
      'special',
    );
    // A court's decision: its parties by initials and its case number are anonymised and the court's.
    expect(
      classifyText('Im Namen des Volkes – Urteil\nIn dem Rechtsstreit der Frau K., Klägerin, gegen die X-GmbH, Beklagte')
        .sensitivity,
    ).toBe('public');
    expect(
      classifyText('Acórdão\nProcesso n.º 1234/24.5T8LSB.L1\nRecorrente: AA\nO trabalhador que falta ao serviço …').sensitivity,
    ).toBe('public');
    expect(classifyText('Frau K. hat angerufen, bitte zurückrufen.').sensitivity).toBe('personal');
    // A patient's record by its number (holdout-146); its words are health words too.
    for (const text of ['N.º de historia clínica: 0648213', 'cartella clinica n. 2026/0412'])
      expect(classifyText(text).findings.map((f) => f.type)).toEqual(['person-number', 'special:health']);
    // A case's reference is someone's when the text goes on to speak of someone it serves.
    expect(
      classifyText('Case review – ref. SC/2026/0917\nThe service user (male, 34) relapsed into alcohol dependence.').sensitivity,
    ).toBe('special');
    expect(classifyText('Expediente n.º EMP-20417\nel trabajador presenta una hernia discal').sensitivity).toBe('special');
    expect(classifyText('Support case number 48213: the printer driver fails on Windows 11.').sensitivity).toBe('public');
    expect(classifyText('Expediente: 2026/045. Contratación de suministro de papel.').sensitivity).toBe('public');
  });

  it('an employee, patient or insured-person number after its label', () => {
    const c = classifyText('Employee ID: E41440\nMaternity leave from 1 June.');
    expect(c.findings.map((f) => f.type)).toEqual(['person-number', 'special:health']);
    expect(classifyText('Versichertennummer: A123456780').sensitivity).toBe('personal');
    expect(classifyText('Customer number required for returns.').sensitivity).toBe('public');
    // A company's customer number, under its name with a legal form.
    expect(classifyText('Kunde: Bäckerei Brunner OHG, Marktplatz 3\nKundennummer: 30118').sensitivity).toBe('public');
    expect(classifyText('Kunde: Jonas Brunner, Marktplatz 3\nKundennummer: 30118').sensitivity).toBe('personal');
    // Digits grouped by spaces; words after the label are not a number.
    expect(classifyText('Personalnummer\t40 1187').findings.map((f) => f.type)).toEqual(['person-number']);
    expect(classifyText('Personalnummer: 40 Stunden pro Woche').sensitivity).toBe('public');
    // The label's abbreviation may end in a dot.
    expect(classifyText('Night shift operative (staff no. W-2291): recurring back pain.').sensitivity).toBe('special');
    // A role's field holding a reference alone ("applicant: A-19"), and keys run together as JSON writes them.
    expect(classifyText('[0].applicant: A-19\n[0].ethnicity: Asian British').sensitivity).toBe('special');
    expect(classifyText('member.memberNo: M-2231\nunion: ver.di').sensitivity).toBe('special');
    expect(classifyText('Patient: see the attached list').sensitivity).toBe('public');
    // A role with a number word: "Bewerber Nr. 2026-117"; a role alone is not a number.
    expect(classifyText('Bewerber Nr. 2026-117 erhält eine Absage.').sensitivity).toBe('personal');
    expect(classifyText('Bewerber 2026: bitte bis Ende März melden.').sensitivity).toBe('public');
    // Whom a tax or a benefit concerns: "Sujeito passivo: RICARDO …", "N° allocataire : 2384117".
    expect(names('Sujeito passivo: RICARDO JORGE MENDES SILVA\nNIF: 213580110')).toEqual(['RICARDO JORGE MENDES SILVA']);
    expect(classifyText('N° allocataire : 2384117').sensitivity).toBe('personal');
    expect(classifyText('Le contribuable doit déclarer ses revenus avant le 31 mai.').sensitivity).toBe('public');
    // "Surname, Given" in a CSV's quoted cell; a generic "name" column alone with given names and known surnames.
    expect(names('name;ort\n"Müller, Hans";Kassel\n"Schmidt, Anna";Hof')).toEqual(['Müller, Hans', 'Schmidt, Anna']);
    expect(classifyText('Name,Ort\n"Müller, Hans",Kassel\n"Schmidt, Anna",Hof').sensitivity).toBe('personal');
    expect(classifyText('name,price\nAnna Schmidt,399\nJan Weber,49').sensitivity).toBe('personal');
    // A quoted cell with a comma before the name columns leaves the columns where they are.
    expect(names('id,address,first_name,last_name\n1,"Hauptstr. 5, Berlin",Anna,Schmidt\n2,"Ring 3, Hof",Jan,Weber')).toEqual([
      'Anna',
      'Schmidt',
      'Jan',
      'Weber',
    ]);
    // Products named like people under a generic column: no surname beside the given name.
    expect(classifyText('name,price\nSofia Armchair,399\nLuna Lamp,49\nEmma Sofa,899').sensitivity).toBe('public');
    expect(classifyText('name,colour,price\nSofia,grey,399\nLuna,white,49').sensitivity).toBe('public');
    // A blank form's labels, one to a line under "Name, Vorname" (as a PDF's lines give them), are no table of names.
    expect(classifyText('Name, Vorname\nGeburtsdatum\nStraße\nPLZ, Ort\nTelefon\nAbteilung').sensitivity).toBe('public');
    expect(names('Name, Vorname\nKessler, Miriam\nOuali, Samir')).toEqual(['Kessler', 'Miriam', 'Ouali', 'Samir']);
    // A Polish student's number and a loyalty card's.
    expect(classifyText('Numer albumu: 123456').sensitivity).toBe('personal');
    expect(classifyText('Kundenkarte Nr. 2201 4455 8812').sensitivity).toBe('personal');
    expect(classifyText('Mit der Kundenkarte sammeln Sie Punkte.').sensitivity).toBe('public');
    // Customer numbers' columns as exports abbreviate them: "kundennr", "klantnr", "id_klienta".
    for (const header of ['kundennr', 'klantnr', 'id_klienta']) {
      expect(classifyText(`${header};ort\nC-10000;Kassel\nC-10001;Hof`).findings.map((f) => f.type)).toEqual(['person-number']);
    }
    // A column of birth dates, and names in capitals under columns only names fill, as manifests write them.
    const manifest = 'seq,surname,given_names,dob\n1,OKONKWO,CHIDI EMEKA,1984-06-11\n2,LINDQVIST,ASTRID,1991-02-27';
    expect(classifyText(manifest).findings.map((f) => `${f.type}:${f.count}`)).toEqual(['date-of-birth:2', 'person-name:4']);
    expect(classifyText('id;date_of_birth;plz\n1;12.03.1985;80331').sensitivity).toBe('personal');
    // Under a generic "name" column, capitals are a product's unless a known name is among them.
    expect(classifyText('name,price\nACME WIDGET,3\nSUPER DELUXE,4').sensitivity).toBe('public');
    // A lab report's values are about the patient whose number heads the row.
    expect(classifyText('patient_id,test,result\nMRN-0048213,HbA1c,58\nMRN-0048213,LDL cholesterol,3.4').sensitivity).toBe(
      'special',
    );
  });
});

describe('what is not about a living person', () => {
  it('a biography of a life that began more than 110 years ago; the living named beside it still count', () => {
    const life =
      'Niccolò Machiavelli nacque a Firenze il 3 maggio 1469 da Bernardo e da Bartolomea. Nel 1498 servì la Repubblica; incontrò Cesare Borgia. Morì nel 1527.';
    expect(classifyText(life).sensitivity).toBe('public');
    expect(classifyText('Clara Schumann (1819–1896) spielte mit Johannes Brahms.').sensitivity).toBe('public');
    // A year within living memory: the names may be living people's.
    expect(classifyText(`${life} Nel 2024 Giulia Bianchi e Marco Rossi hanno curato la mostra.`).sensitivity).toBe('personal');
    // A year of history in the next sentence does not reach back to a name ("… con Laura Gómez. Picasso nació … 1881").
    expect(classifyText('Hoy visitamos el museo con Laura Gómez. Picasso nació en Málaga en 1881.').sensitivity).toBe('personal');
    // A letter about an ancestor is still signed by someone.
    expect(
      classifyText('Dear Sir,\nmy great-grandfather Johann Weber was born in 1871.\n\nKind regards,\nAnna Weber').sensitivity,
    ).toBe('personal');
  });

  it('authors after a quoted title or a work\'s word (""Small Island" by Andrea Levy"), not a sender', () => {
    expect(classifyText('February: "Small Island" by Andrea Levy\nMarch: "Hamnet" by Maggie O\'Farrell').sensitivity).toBe(
      'public',
    );
    expect(classifyText('A new novel by Andrea Levy is out.').sensitivity).toBe('public');
    expect(classifyText('The report was written by Andrea Levy.').sensitivity).toBe('personal');
  });

  it('makers of works and authors cited with their year, not whom a text is about', () => {
    expect(classifyText("Le musée présente les meubles d'Émile Gallé et de Louis Majorelle.").sensitivity).toBe('public');
    expect(
      classifyText('Earlier studies (Müller et al., 2019; García and Rossi, 2021; Callaway and Sant’Anna, 2021).').sensitivity,
    ).toBe('public');
    // The same name spoken of elsewhere in the text is someone; "d'Inès" (of Inès) is a first name.
    expect(classifyText('Die Werke von Anna Schmidt hängen im Flur; Anna Schmidt ist krank.').sensitivity).toBe('special');
    expect(names("C'est l'anniversaire d'Inès demain, Claire")).toContain('Inès');
  });

  it("a storm's name further on, a dish before its price, a feast named like a person", () => {
    expect(classifyText('Storm Henk trekt vannacht over het land.\nNa Henk wordt het rustiger.').sensitivity).toBe('public');
    // Someone quoted in a short note is someone, even beside a storm.
    expect(classifyText('Storm Henk trekt vannacht over het land.\nNa Henk wordt het rustiger, zegt Ingrid.').sensitivity).toBe(
      'personal',
    );
    expect(
      classifyText('Pizze\nMargherita                8\nCapricciosa              10\n\nDolci\nPesca Melba               6')
        .sensitivity,
    ).toBe('public');
    expect(classifyText('8 de diciembre: Inmaculada Concepción').sensitivity).toBe('public');
    // Models named after people, after their maker: "Renault Clio", "Adidas Stan Smith", "Gibson Les Paul".
    expect(classifyText('Renault Clio 1.0, 2021 – 12.900 €\nRenault Zoe R110, 2020 – 14.500 €').sensitivity).toBe('public');
    expect(classifyText('Adidas Stan Smith – 100 €\nGibson Les Paul Standard – € 2.150').sensitivity).toBe('public');
    // A company bearing its founder's initials and name, after the title-like "P." ("A.P. Møller – Mærsk").
    expect(classifyText('A.P. Møller – Mærsk steg 3 procent efter nye fragtrater.').sensitivity).toBe('public');
    // Not a given name that some maker also bears: Mercedes is someone.
    expect(classifyText('Mercedes García ha llamado por la factura.').sensitivity).toBe('personal');
    // A name before hours is no price: "Becker, Jonas   8 h" in a strike list is someone.
    expect(names('Becker, Jonas       8 h\nWeber, Melanie      6 h')).toContain('Jonas');
  });

  it('people of history where the text tells of their lives, among years since (holdout-147)', () => {
    // A life told with a year of today's text around it: a museum's room, a street's naming, a lesson.
    expect(
      level(
        'Gallery 4: Gwen John (1876–1939)\n\nGwen John was born in Haverfordwest on 22 June 1876. She exhibited rarely and died in Dieppe in 1939. Her brother, the painter Augustus John, predicted her fame.\n\nOn loan since 2021.',
      ),
    ).toBe('public');
    expect(
      level(
        'Der Stadtrat hat am 5. November 2026 beschlossen, die Planstraße A nach Elisabeth Selbert zu benennen.\n\nElisabeth Selbert (geb. 22. September 1896 in Kassel, gest. 9. Juni 1986 ebenda) war Juristin.',
      ),
    ).toBe('public');
    // A death ten years ago or more; a year of history in the sentence; a life whose subject the sentence before names.
    expect(
      level(
        'Lucie Aubrac, née le 29 juin 1912 à Paris et morte le 14 mars 2007, entre dans la Résistance. En 1943, elle organise l’évasion de son mari Raymond, arrêté avec Jean Moulin.',
      ),
    ).toBe('public');
    expect(
      level(
        'Bem-vindos à casa da pintora Maria Helena Vieira da Silva. Nascida em Lisboa a 13 de junho de 1908, partiu para Paris.',
      ),
    ).toBe('public');
    // Encyclopaedias' spans with their dates and places; not rooms' numbers that look like years.
    expect(level('Giuseppe Verdi (Le Roncole, 10 ottobre 1813 – Milano, 27 gennaio 1901) è stato un compositore.')).toBe(
      'public',
    );
    expect(level('Hanna Brenner (7 November 1867 – 4 July 1934) was a physicist.')).toBe('public');
    expect(level('Hans Brenner, 1879-55, drew the map.')).toBe('public');
    expect(level('Meeting with Anna Weber (room 1204 - 1206) today.')).toBe('personal');
    // A birth's year is a date's or follows "in": not a flat's number after the birth word.
    expect(level('Born in Leeds, flat 1104, Anna Weber called.')).toBe('personal');
    // Not a death this year, nor a living person in another sentence, nor a year of history without a life told.
    expect(level('Manuel Ortega Vidal murió el 3 de noviembre de 2026. Su viuda, Carmen, agradece las muestras de cariño.')).toBe(
      'personal',
    );
    expect(level('Führung mit Anna Weber durch die Ausstellung. Goethe wurde 1749 in Frankfurt geboren.')).toBe('personal');
    expect(level('Hoy visitamos el archivo con Laura Gómez. El edificio se construyó en 1932.')).toBe('personal');
    // A name in quotes after another quoted title, as a list of works names them; a name quoted alone is someone.
    expect(level('Letture dei suoi romanzi, da "Canne al vento" a "Elias Portolu", e una mostra.')).toBe('public');
    expect(level('Ho parlato con "Natalia Ginzburg" ieri.')).toBe('personal');
    // The date before a verb-final "geboren"; a heading's birth before a dateline is the text's date.
    expect(classifyText('Helmut wurde am 3. Dezember 1946 in Wasserburg geboren.').findings.map((f) => f.type)).toContain(
      'date-of-birth',
    );
    expect(
      classifyText(
        'Il Comune ricorda Grazia Deledda a 155 anni dalla nascita\n\nNuoro, 27 settembre 2026 – Grazia Deledda nacque a Nuoro il 27 settembre 1871.',
      )
        .findings.filter((f) => f.type === 'date-of-birth')
        .every((f) => f.confidence < 0.5),
    ).toBe(true);
  });

  it('a birth more than 110 years ago, documentation IP ranges, placeholders for secrets', () => {
    expect(classifyText('Albert Einstein was born on 14 March 1879 in Ulm.').sensitivity).toBe('public');
    expect(classifyText('Date of birth: 14.03.1985').sensitivity).toBe('personal');
    // The place of birth may come first.
    expect(classifyText('Paolo Conti, nato a Parma il 03/11/1968').findings.map((f) => f.type)).toContain('date-of-birth');
    expect(classifyText('nacido en Sevilla el 4 de mayo de 1990').findings.map((f) => f.type)).toEqual(['date-of-birth']);
    // English ordinals ("3rd March", "the 3rd of March", "March 3rd,"); the Portuguese "nascida a 3 de abril".
    for (const text of [
      'Date of birth: 3rd March 1985',
      'born on the 3rd of March 1985',
      'DOB: March 3rd, 1985',
      'nascida a 3 de abril de 2012',
    ])
      expect(classifyText(text).findings.map((f) => f.type)).toEqual(['date-of-birth']);
    // Field names drop the preposition: "date_naissance", "data_nascita".
    expect(classifyText('patient.date_naissance: 1979-06-08').findings.map((f) => f.type)).toEqual(['date-of-birth']);
    expect(classifyText('The server answers at 203.0.113.5 and 198.51.100.7.').sensitivity).toBe('public');
    expect(classifyText('login from 81.2.69.160').sensitivity).toBe('personal');
    expect(classifyText(`api_key = YOUR_API_KEY\npassword: ${'$'}{DB_PASSWORD}`).hasSecrets).toBe(false);
    expect(classifyText('password: hunter2hunter2').hasSecrets).toBe(true);
  });

  it('names the person a field heads ("Author:", "Ansprechpartnerin:"), also by initials, once', () => {
    expect(names('Author: Jane Doe\nAnsprechpartnerin: Julia Schneider')).toEqual(['Jane Doe', 'Julia Schneider']);
    expect(names('Contact person: J. Nowak')).toEqual(['J. Nowak']);
    expect(names('Met vriendelijke groet,\nR. de Jong\nKastanjelaan 18-1')).toEqual(['R. de Jong']);
    // Degrees before the initials, the name one is called by between them and the surname.
    expect(names('Auteur: drs. W.J. (Willem) van den Berg, adviseur mobiliteit')).toEqual(['drs. W.J. (Willem) van den Berg']);
    expect(names('Przedstawiciel: mgr inż. Barbara Lis')).toEqual(['Barbara Lis']);
    // Initials, particles and a known surname in running text.
    expect(names('Rapport door W.J. van den Bakker, november 2026.')).toEqual(['W.J. van den Bakker']);
    expect(names('Opgesteld door R. de Vries.')).toEqual(['R. de Vries']);
    // A business's name signing a notice is no person's.
    expect(names('Thank you,\nHarbour Lettings')).toEqual([]);
    // Name fields of the EU's other languages.
    expect(names('Név: Kovács Eszter\nJméno: Jan Novák\nPrenume: Andrei').sort()).toEqual([
      'Andrei',
      'Jan Novák',
      'Kovács Eszter',
    ]);
    // In capitals after a role's field, with a known name; not a department.
    expect(names('Patient: SCHMIDT ANNA\nProprietario: BERTOLDI MATTEO')).toEqual(['SCHMIDT ANNA', 'BERTOLDI MATTEO']);
    expect(names('Owner: IT DEPARTMENT')).toEqual([]);
    // Names as airlines and railways write them, with a title or a known given name; not "TCP/IP".
    expect(names('Passenger: MCCARTHY/AOIFE MS\nSeat 14C')).toEqual(['MCCARTHY/AOIFE MS']);
    expect(names('GARCIA LOPEZ/MARIA DEL MAR MRS')).toEqual(['GARCIA LOPEZ/MARIA DEL MAR MRS']);
    expect(names('TCP/IP and AC/DC, EUR/USD, HIV/AIDS, AND/OR, PDF/A')).toEqual([]);
    // Prefixes and double surnames stay whole.
    expect(names('Name: Ciara McCarthy\nPatient: Truus Hendriks-Verhoeven')).toEqual([
      'Ciara McCarthy',
      'Truus Hendriks-Verhoeven',
    ]);
    // A wide gap or a tab ends the name: the form's next field follows.
    expect(names('Signed: D. Murphy    Date: 20/11/2026')).toEqual(['D. Murphy']);
    // Found after the field and after the title: one name.
    expect(names('Locataire : M. Parfait Guyot')).toHaveLength(1);
  });
});

describe('special categories', () => {
  it('test results, an MRI and a cardiologist in Polish and English messages; Polish in the first person', () => {
    expect(classifyText('Pani Aniu, wyniki badań są do odbioru w rejestracji.').sensitivity).toBe('special');
    expect(classifyText("Hey Bex, Mum's MRI came back clear.").sensitivity).toBe('special');
    // "Panie Tomku": the vocative after "Panie"; "mam wizytę": the writer's own appointment.
    expect(classifyText('Panie Tomku, jutro nie będzie mnie w pracy, mam wizytę u kardiologa.').sensitivity).toBe('special');
    expect(classifyText('Panie i Panowie, witamy na pokładzie.').sensitivity).toBe('public');
    expect(classifyText('The MRI unit opens on level 2 in March.').sensitivity).toBe('public');
  });

  it('Czech and Hungarian salutations, pregnancy, unions and "I am"; the French "je" only before its verb', () => {
    expect(classifyText('Drahá Jano, jsem těhotná, termín mám v květnu.').sensitivity).toBe('special');
    expect(classifyText('Kedves Anna, terhes vagyok, májusban szülök.').sensitivity).toBe('special');
    expect(classifyText('Dobrý den, pan Novák je členem odborové organizace.').sensitivity).toBe('special');
    expect(classifyText('Odbor dopravy oznamuje uzavírku.').sensitivity).toBe('public');
    // "je" is the Czech "is": the director's membership is no one's the text names.
    expect(classifyText('Pan ředitel je členem odborů.').sensitivity).toBe('public');
    expect(classifyText('Je prends des antidépresseurs.').sensitivity).toBe('special');
    // "milá" folds into the name "Mila": a salutation only as written.
    expect(names('Mila Sailer schrieb uns.')).toEqual(['Mila Sailer']);
  });

  it("a ward's handover in more words: a room before the bed, shorthand of care notes; a client by reference", () => {
    for (const text of [
      'Zimmer 12: 84 J., w, Z.n. Sturz, Hüfte links, Mobilisation mit Rollator.',
      'Cama 7: varón de 66 años, EPOC reagudizada, O2 a 2 l.',
      'Kamer 3: man, 71 jaar, herseninfarct rechts, slikproblemen.',
      'Sala 5, łóżko 2: pacjentka 88 lat, zapalenie płuc.',
      'Client ref. HC-2291 – diabetic, insulin twice daily, lives alone.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Sala 3, 2. piętro: konferencja o 10:00').sensitivity).toBe('public');
  });

  it('a result or a decision sent to its reader by a reference only, in Italian, Spanish, Polish and Portuguese', () => {
    for (const text of [
      "Gentile utente, il referto del Suo esame (codice ritiro 4471-XK) è disponibile. L'esito del test HIV è negativo.",
      'Estimado/a paciente: su resultado de la prueba de embarazo (ref. LAB-22841) es positivo.',
      'Szanowni Państwo, Państwa wniosek o orzeczenie o niepełnosprawności (sygn. ON-2026/118) został rozpatrzony pozytywnie.',
      'Caro utente, o resultado do seu teste à COVID-19 (código 88-4412) é positivo.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // A standard's reference in a leaflet, an offer's in a business letter: no one's.
    expect(classifyText('Your test kit (ref. ISO 15189) contains a swab for chlamydia testing.').sensitivity).toBe('public');
    expect(classifyText('Ihr Angebot (Ref. 2026-118) für 20 Rollstühle haben wir erhalten.').sensitivity).toBe('public');
  });

  it('a writer who drops the pronoun: the verb in the first person ("non posso", "nie mogę")', () => {
    expect(classifyText("Dopo l'ictus non posso più guidare.").sensitivity).toBe('special');
    expect(classifyText('Od czasu udaru nie mogę prowadzić.').sensitivity).toBe('special');
    expect(classifyText("Il paziente dopo l'ictus può camminare.").sensitivity).toBe('public');
  });

  it('hereditary conditions and carriers; a Romanian ethnicity', () => {
    expect(classifyText('Il sig. Conti è portatore sano di talassemia.').findings.map((f) => f.type)).toEqual([
      'person-name',
      'special:health',
      'special:genetic',
    ]);
    expect(classifyText('Unser Sohn Felix hat Mukoviszidose.').sensitivity).toBe('special');
    expect(classifyText('Sofia Ionescu e de etnie romă.').sensitivity).toBe('special');
  });

  it("whom someone votes for or joins, where the party's letters are words too", () => {
    expect(classifyText('Marie Dubois vote RN depuis 2017.').sensitivity).toBe('special');
    expect(classifyText('Carlos Vega está afiliado al PP.').sensitivity).toBe('special');
    expect(classifyText('Marie Dubois : prendre la RN 7 vers Lyon, voir pp. 12–14.').sensitivity).toBe('personal');
  });

  it('beliefs, orientation, votes and origin as people state them (a probe of twelve per language read about 70 %)', () => {
    for (const text of [
      'Anna Weber converted to Islam.',
      'Anna Weber voted Conservative.',
      'Anna Weber is Black British.',
      'Anna Weber ist praktizierende Katholikin.',
      'Anne Martin est athée.',
      'Anne Martin est adhérente du PS.',
      'Anna Rossi è unita civilmente con la sua compagna.',
      'Anna Rossi ha fatto un test del DNA.',
      'Ana García se convirtió al islam.',
      'Anna de Vries is bekeerd tot de islam.',
      'Anna Nowak żyje w związku jednopłciowym.',
      'Ana Silva é ateia.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Der Islam ist eine Weltreligion.').sensitivity).toBe('public');
  });

  it('mental health, addiction, self-harm, hearing, sight, fertility and HIV as people say them (a probe read 53–80 %)', () => {
    for (const text of [
      'Anna Weber told me she is in rehab for alcohol.',
      'Anna Weber hat mir erzählt, dass sie schwerhörig ist.',
      "Anna Weber m'a dit qu'elle est séropositive.",
      'Anna Weber mi ha detto che si fa del male da sola.',
      'Anna Weber me contó que tiene baja visión.',
      'Anna Weber vertelde me dat ze in een afkickkliniek zit.',
      'Anna Weber powiedziała mi, że słabo słyszy.',
      'A Anna Weber disse-me que está a fazer tratamentos de fertilidade.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // The same words with no one in view.
    expect(classifyText('Alcoholism and addiction: where to find help in Leeds.').sensitivity).toBe('public');
  });

  it("fertility treatment's steps and infertility in the eight languages (holdout-175); a month of fasting is no one", () => {
    for (const text of [
      'Elena needs time off for the egg retrieval next week.',
      'Elena hat nächste Woche die Eizellentnahme im Kinderwunschzentrum.',
      'Elena commence un parcours de procréation médicalement assistée.',
      'Elena ha iniziato un percorso di procreazione medicalmente assistita.',
      'A Elena le hacen la punción folicular el lunes.',
      'Elena start met een vruchtbaarheidsbehandeling.',
      'Elena ma w piątek transfer zarodka.',
      'A Elena tem a transferência de embriões na sexta.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Our fertility clinic offers egg freezing and embryo transfer.').sensitivity).toBe('public');
    // "Ramadan" is in faker's lists of given names: a month of fasting, not a colleague, unless a surname or title is by it.
    expect(names("He's fasting for Ramadan and would rather finish at 3.")).toEqual([]);
    expect(names('During Ramadan the canteen stays open until 20:00.')).toEqual([]);
    expect(names('Dear Mr Ramadan,')).toEqual(['Ramadan']);
  });

  it('conditions a probe of eighty per language missed: radiotherapy, schizophrenia, thyroid, gallbladder …', () => {
    for (const text of [
      'Update from Tom Baker: gallbladder operation, back next month.',
      'Frau Sabine Krüger hat uns von ihrer Tuberkulose erzählt.',
      'Mme Claire Dubois nous a parlé de ses crises de panique.',
      'La sig.ra Giulia Bianchi ci ha parlato della sua radioterapia.',
      'Noticias de Javier Ortega: esquizofrenia, vuelve el mes que viene.',
      'Bericht van Jeroen Bakker: staaroperatie, volgende maand terug.',
      'Pani Katarzyna Nowak: niedoczynność tarczycy, nie będzie jej do piątku.',
      'Notícias do João Costa: mononucleose, volta no próximo mês.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // The same words with no one in view.
    expect(classifyText('Radioterapia e chemioterapia: orari del reparto di oncologia.').sensitivity).toBe('public');
  });

  it("returns to work after illness, maternity leave and Italy's law 104 leave as HR writes them; not parental leave", () => {
    for (const text of [
      'Tom Baker will return on a phased return plan from Monday.',
      'Anna Weber ist im BEM-Verfahren.',
      'Giulia Bianchi è in maternità fino a settembre.',
      'Marco Ferri usufruisce dei permessi della legge 104.',
      'Il sig. Russo chiede i permessi ex L. 104/92.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Lena Schulz ist in Elternzeit.').sensitivity).toBe('personal');
    expect(classifyText('Marco Ferri ha ordinato 104 sedie.').sensitivity).toBe('personal');
  });

  it("a form's blood group, diagnosis code, smoking and body mass index; not a field answered no", () => {
    for (const text of [
      'Patient: Tom Baker\nICD-10: F32.1',
      'Name: Anna Weber\nBlutgruppe: A positiv',
      'Imię i nazwisko: Katarzyna Nowak\nGrupa krwi: AB Rh-',
      'Name: Tom Baker\nSmoker: yes',
      'Name: Tom Baker\nBMI: 31',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Name: Tom Baker\nSmoker: no').sensitivity).toBe('personal');
    expect(classifyText('Blood group O donors are needed this week.').sensitivity).toBe('public');
  });

  it('medicines by the brands people name (inhalers, insulins, antiepileptics, gliptins)', () => {
    for (const brand of ['Symbicort', 'Lantus', 'Keppra', 'Januvia', 'Buscopan'])
      expect(classifyText(`Update from Tom Baker: ${brand}, back next month.`).sensitivity).toBe('special');
  });

  it('viruses, fainting, casts, tonsils and wisdom teeth as people tell them; not almonds nor a computer virus', () => {
    for (const text of [
      'Tom fainted at the meeting and was taken to A&E.',
      'Sabine hat den Arm in Gips.',
      'Giulia si toglie le tonsille la prossima settimana.',
      'Sanne laat volgende week haar amandelen knippen.',
      'Kasia zemdlała i zabrano ją na SOR.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Tom Baker bought a cake with Mandeln.').sensitivity).toBe('personal');
    expect(classifyText("Tom Baker's laptop has a virus.").sensitivity).toBe('personal');
  });

  it('a fingerprint in the Polish instrumental and Face ID as a person uses them', () => {
    expect(classifyText('Kasia Nowak loguje się odciskiem palca.').sensitivity).toBe('special');
    expect(classifyText('Tom Baker unlocks the door with Face ID.').sensitivity).toBe('special');
    expect(classifyText('The new phone supports Face ID.').sensitivity).toBe('public');
  });

  it('paralysis, Down syndrome and guide dogs as people tell them', () => {
    for (const text of [
      'Tom Baker has a guide dog.',
      'Anna Weber ist querschnittsgelähmt.',
      'Claire Dubois est paraplégique.',
      'Kasia Nowak ma zespół Downa.',
      'Ana Ferreira tem trissomia 21.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('a baby on the way as people tell it; not a reply someone expects', () => {
    for (const text of [
      'Priya and her husband are expecting their second child.',
      'Sabine ist in anderen Umständen.',
      'Claire attend un bébé pour juin.',
      'Giulia aspetta un bambino.',
      'Kasia spodziewa się dziecka.',
      'Ana está à espera de bebé.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Tom Baker is expecting her reply by Friday.').sensitivity).toBe('personal');
  });

  it('breakdowns and burning out as people tell them; not a battery burnt out nor stock sold out', () => {
    for (const text of [
      'Tom had a nervous breakdown last year.',
      'Sabine ist völlig ausgebrannt und fällt länger aus.',
      'Sanne is overspannen en zit thuis.',
      'Kasia przeszła załamanie nerwowe.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('O stock está esgotado, disse o Rui Costa.').sensitivity).toBe('personal');
    expect(classifyText('Die Batterie ist ausgebrannt, sagt Jonas Weber.').sensitivity).toBe('personal');
  });

  it("quarantine, a doctor's note, a check-up and a visit to the doctor as people tell them", () => {
    for (const text of [
      "Tom has a doctor's note until Friday.",
      'Sabine war zur Kontrolle beim Arzt.',
      'Claire est en quarantaine.',
      'Lucía está ingresada desde el domingo.',
      'Kasia jest na kwarantannie.',
      'Ana foi a uma consulta de rotina.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Tom Baker released the email from quarantine.').sensitivity).toBe('personal');
    expect(classifyText('Claire Dubois a invité une quarantaine de personnes.').sensitivity).toBe('personal');
  });

  it('colds, backs, ankles and x-rays as people tell them', () => {
    for (const text of [
      'Tom threw his back out lifting boxes.',
      'Tom has a stinking cold and is staying in bed.',
      'Sabine hat sich den Knöchel verdreht.',
      'Claire a passé une radio du poignet.',
      'Lucía tiene un catarro muy fuerte.',
      'Sanne heeft haar enkel verzwikt.',
      'Kasia złapała covida.',
      'Ana torceu o tornozelo.',
      "I'm off from tomorrow for two weeks (knee op on Thursday, all routine).\nThanks,\nBecky",
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('giving birth and burns as people tell them, chemotherapy and a CT scan as Spanish shortens them', () => {
    for (const text of [
      'Frau Weber hat letzte Woche entbunden.',
      'Pani Nowak urodziła syna.',
      'Mevrouw de Vries is bevallen van een zoon.',
      'Herr Weber hat sich die Hand verbrannt.',
      'O Sr. Silva sofreu uma queimadura na mão.',
      'A Jorge le dieron la quimio ayer.',
      'A Jorge le hacen un TAC mañana.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Pani Nowak urodziła się 3 maja 1985 r.').sensitivity).toBe('personal');
    expect(classifyText('Der Verbrennungsmotor von Herrn Weber ist kaputt.').sensitivity).toBe('personal');
  });

  it('broken bones as people tell them, twins on the way, appointments with a specialist', () => {
    for (const text of [
      'Priya Shah is expecting twins in May.',
      "Claire Dubois s'est cassé le bras.",
      'Marco Ferri si è rotto una gamba.',
      'Javier Ortega se ha roto el brazo.',
      'De heer Bos heeft een afspraak bij de cardioloog.',
      'João Costa partiu o braço.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('The cardiology department has moved to building C.').sensitivity).toBe('public');
  });

  it('a couple of the same sex by a name and a partner word before their wedding, candidates of a party, Eid', () => {
    for (const text of [
      'Jonas und sein Freund heiraten im Mai.',
      'Julien et son copain se marient en juin.',
      'Tiago e o namorado vão casar em junho.',
      'Luca si candida con il PD alle comunali.',
      'Tomek kandyduje z listy Lewicy.',
      'Tom is standing for Labour in the May elections.',
      'Tom is off on Friday for Eid with his family.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    for (const text of [
      'Jonas und sein Freund gehen ins Kino.',
      'Anna is a candidate for the IL programme.',
      'Anna Weber ist unter Eid befragt worden.',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
  });

  it("parents from abroad named after 'von', Traveller and Sinti communities", () => {
    expect(classifyText('Die Eltern von Anna Weber kommen aus der Türkei.').sensitivity).toBe('special');
    expect(classifyText('Tom Baker is a member of the Traveller community.').sensitivity).toBe('special');
    expect(classifyText('Die Eltern von Anna Weber kommen aus Köln.').sensitivity).toBe('personal');
  });

  it("holy days a colleague keeps, a Roma community, a man's husband after a title when the given name tells no sex", () => {
    for (const text of [
      'Herr David Levy ist an Jom Kippur nicht im Büro.',
      'Herr Goran Nikolić gehört der Volksgruppe der Roma an.',
      'Herr Jonas Weber lebt mit seinem Mann in Köln.',
      'Frau Anna Vogel ist aus der Kirche ausgetreten.',
      'Il sig. Luca Marino vive con suo marito a Bologna.',
      'M. Dragan Petrović est issu de la communauté rom.',
      'Pani Aisha Karimova prosi o wcześniejsze wyjście w piątki na modlitwę w meczecie.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Die Schule bleibt an Jom Kippur geöffnet.').sensitivity).toBe('public');
  });

  it('unions, DNA samples and iris scans as people say them (a probe of ten per language read 40–90 %)', () => {
    for (const text of [
      'Anna Weber went on strike with her union.',
      'Anna Weber hat eine DNA-Probe abgegeben.',
      "Anna Weber si è fatta scansionare l'iride alla frontiera.",
      'Anna Weber działa w Solidarności.',
      'Anna Weber jest naszą przedstawicielką związku.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // Solidarity, and Iris, are no union and no scan.
    expect(classifyText('Anna Nowak wyraziła poparcie w solidarności z Ukrainą.').sensitivity).toBe('personal');
    expect(classifyText('Iris Weber hat angerufen.').sensitivity).toBe('personal');
  });

  it('treatments, aids and symptoms (a probe of fifteen per language read 55–85 %)', () => {
    for (const text of [
      'Anna Weber nimmt Schmerzmittel und hat einen Herzschrittmacher.',
      'Anne Martin est sous antibiotiques.',
      "Anna Rossi si sta riprendendo dall'operazione.",
      'Ana García tiene un sarpullido.',
      'Anna de Vries heeft bloed laten prikken.',
      'Anna Nowak porusza się na wózku inwalidzkim.',
      'Ana Silva fez análises ao sangue.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('common conditions in the eight languages (a probe of thirty per language read 60–70 % of them)', () => {
    for (const text of [
      'Anna Weber has kidney stones.',
      'Anna Weber hat Gicht und einen Bänderriss.',
      'Anne Martin a des acouphènes.',
      'Anna Rossi ha la cataratta.',
      'Ana García tiene TDAH.',
      'Anna de Vries heeft bloedarmoede.',
      'Anna Nowak ma migrenę.',
      'Ana Silva tem pedras nos rins.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // Words that are other things too stay out: a drop ("gota", "goutte"), a zone ("zona"), roof shingles.
    expect(classifyText('Ana Silva: una gota de agua en la zona norte.').sensitivity).toBe('personal');
  });

  it('inflammations in the Romance languages, chronic conditions and operations by their endings', () => {
    for (const text of [
      'João teve uma gastrite forte.',
      'Giulia ha la congiuntivite.',
      'Anna hat seit Jahren eine Kniegelenksarthrose.',
      'Paul had an appendectomy last week.',
      'Paul has tonsillitis.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Anna Weber leitet das KRITIS-Team.').sensitivity).toBe('personal');
  });

  it('ear, nose and throat: a specialist by the short name people use ("otorrino") and ear infections ("otites")', () => {
    expect(
      classifyText('O Tomás não vai à escola amanhã porque tem consulta no otorrino por causa das otites. Cláudia').sensitivity,
    ).toBe('special');
  });

  it('sick notes as people call them ("gelber Schein", "signed off work", "certificato INPS")', () => {
    for (const text of [
      'Frau Lange reicht den gelben Schein nach.',
      'Mark Evans has been signed off work by his GP for two weeks.',
      'Il certificato INPS di Luca arriva domani.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('the Italian driver ("autista") is no autistic person, as the Spanish and Portuguese word is', () => {
    expect(classifyText('Chiave consegnata al sig. Esposito, autista della ditta Trasporti Orobici.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Mi hijo Pablo es autista y necesita apoyo en clase.').sensitivity).toBe('special');
  });

  it('"está de baja" is on sick leave; a product or a newsletter\'s "de baja" is not', () => {
    expect(classifyText('La Sra. García no vendrá hoy, está de baja.').sensitivity).toBe('special');
    expect(classifyText('La Sra. García pidió darse de baja del boletín.').sensitivity).toBe('personal');
    expect(classifyText('El producto está de baja en el catálogo.').sensitivity).toBe('public');
  });

  it('a minority named as who someone is, a party whose name is a word, a paternity test', () => {
    expect(classifyText('Leyla mentioned her parents are Kurdish refugees and she grew up speaking Kurmanji.').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Frau Katrin Ahlers kandidiert im März für die Grünen im Stadtrat.').sensitivity).toBe('special');
    expect(classifyText('Anna Weber isst am Sonntag im Grünen.').sensitivity).toBe('personal');
    // "Die Linke" is a party as written; "die linke Hand" is a hand.
    expect(classifyText('Herr Jonas Weber ist Mitglied der Partei Die Linke.').sensitivity).toBe('special');
    expect(classifyText('Herr Dennis Kowalczyk schnitt sich in die linke Handfläche.').sensitivity).toBe('personal');
    expect(classifyText('Zleceniodawca: Paweł Nowicki. Badanie DNA na ustalenie ojcostwa.').sensitivity).toBe('special');
  });

  it("the writer's own health by an order's number, not an FAQ's questions in the first person", () => {
    expect(classifyText('Ordine #20931 – Sono celiaca da dieci anni e finalmente ho trovato una pizzeria.').sensitivity).toBe(
      'special',
    );
    expect(
      classifyText('FAQ\n\nI have diabetes. Can I take my insulin in my hand luggage?\nYes, with a letter from your doctor.')
        .sensitivity,
    ).toBe('public');
    expect(classifyText('Häufige Fragen\n\nIch bin schwanger. Darf ich noch fliegen?').sensitivity).toBe('public');
    // An FAQ named in a message is no FAQ's title.
    expect(classifyText("Order 55120: I read your FAQ, but I'm pregnant and can't carry the parcel upstairs.").sensitivity).toBe(
      'special',
    );
  });

  it('a letter to the person concerned by its reference, not a leaflet in the second person', () => {
    expect(
      classifyText('Your test result for sample ref SH-774120 is ready. Your chlamydia test was positive.').sensitivity,
    ).toBe('special');
    expect(classifyText('Aktenzeichen: PG-2026-04471\nIhnen wird ab dem 1. Dezember Pflegegrad 3 zuerkannt.').sensitivity).toBe(
      'special',
    );
    expect(
      classifyText('Chlamydia is common. If your result is positive, treatment is a short course of antibiotics.').sensitivity,
    ).toBe('public');
    // A business letter by reference about medical goods is written to a business.
    expect(
      classifyText('Uw kenmerk: INK-2026-77\nHierbij ontvangt u onze offerte voor 25 rolstoelen en 80 paar krukken.').sensitivity,
    ).toBe('public');
    // A ward's handover by bed or room, with age and sex; a child by initials and age.
    expect(classifyText('Bed 3: 71M, COPD exacerbation, on nebulisers').sensitivity).toBe('special');
    expect(classifyText('Ch. 21 : patiente 82 ans, insuffisance cardiaque, diurétiques IV').sensitivity).toBe('special');
    expect(classifyText('Discussed J.M. (14). Mum reports J.M. has been self-harming.').sensitivity).toBe('special');
    expect(classifyText('Visiting hours 14:00–20:00. No more than two visitors per bed.').sensitivity).toBe('public');
    expect(classifyText('See the U.S. (2019) report.').sensitivity).toBe('public');
    expect(classifyText('Room 5 – 30m from the lift, COPD-friendly air filters').sensitivity).toBe('public');
    expect(classifyText('The E.U. (27) agreed on the heart failure programme.').sensitivity).toBe('public');
    // "78 J., w" is an age, not the French "j'".
    expect(classifyText('Zi. 14: 85 J., w, Sturz zu Hause').findings.map((f) => f.type)).toEqual(['person-number']);
    // The German "je" ("je nach Punktzahl") says nothing of the writer.
    expect(classifyText('Je nach Punktzahl wird ein Pflegegrad von 1 bis 5 vergeben.').sensitivity).toBe('public');
    // Nor the Dutch "je" ("you", "your") of an information page, though "je leidinggevende" ends as a French verb does.
    const dutch =
      'Meld je vóór 9.00 uur ziek bij je leidinggevende. Ben je langer dan twee weken ziek, dan krijg je een uitnodiging van de bedrijfsarts.';
    expect(classifyText(dutch).sensitivity).toBe('public');
    expect(classifyText('Bonjour, je souffre d’une grippe et je reste à la maison.').sensitivity).toBe('special');
    // Nor the Polish "ich" (their) the German "I" (holdout-186).
    expect(classifyText('Poradnia udziela pomocy psychologicznej dzieciom, młodzieży i ich rodzicom.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Ich habe Migräne und bleibe heute zu Hause.').sensitivity).toBe('special');
    // "All staff" marks a text only as its addressee, not in a sentence about them.
    expect(classifyText('All staff,\nthe canteen is closed on Friday.').sensitivity).toBe('internal');
    expect(classifyText('All staff are trained to recognise signs of neglect.').sensitivity).toBe('public');
    // A marker ending a short label line ("Company confidential"), not one in a sentence.
    const body = '\n\nQ3 revenue grew 4 % against plan.';
    expect(classifyText(`Company confidential${body}`).sensitivity).toBe('internal');
    expect(classifyText(`Strictly private & confidential${body}`).sensitivity).toBe('internal');
    expect(classifyText(`The report is confidential.${body}`).sensitivity).toBe('public');
  });

  it('benefits and proceedings for ill or disabled people; a biometric photo or passport asked for (holdout-185)', () => {
    for (const text of [
      'Ms Tamsin Hale, your payment includes the limited capability for work element.',
      "Affaire : Benamar c/ CPAM – contestation du taux d'incapacité permanente. Monsieur Rachid Benamar",
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Frau Albers bezieht seit März Krankengeld.').sensitivity).toBe('special');
    expect(classifyText('La signora Bassi percepisce l’indennità di accompagnamento.').sensitivity).toBe('special');
    expect(classifyText('Pani Lis otrzymuje zasiłek pielęgnacyjny.').sensitivity).toBe('special');
    expect(classifyText('Herr Melnyk, bitte bringen Sie ein biometrisches Passfoto mit.').sensitivity).toBe('personal');
    expect(classifyText('Anna Weber: photo biométrique et passeport biométrique requis.').sensitivity).toBe('personal');
    // The fingerprint itself stays biometric, however the sentence goes on ("kein Bild des Fingerabdrucks").
    expect(classifyText('Herr Melnyk: gespeichert wird kein Bild des Fingerabdrucks, nur ein Template.').sensitivity).toBe(
      'special',
    );
  });

  it('whom someone votes or campaigns for, by a party whose name is a word or letters too (a probe read 5 of 16)', () => {
    for (const text of [
      'Anna Weber voted for the Greens in the last election.',
      'Anna Weber a voté pour les écologistes.',
      'Anna Weber ha votato per i Verdi.',
      'Anna Weber votó a los Verdes.',
      'Anna Weber głosowała na Zielonych.',
      'Anna Weber is campaigning for Labour this weekend.',
      'Anna Weber fait campagne pour le PS.',
      'A Anna Weber faz campanha pelo PS.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // A team votes for options; "PS" ends letters; a console is no party.
    for (const text of [
      'Anna Weber: we voted for option B.',
      'Anna Weber, PS: see attached.',
      'Anna Weber voted for the PS5 bundle.',
    ])
      expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('a Finnish parent\'s message on a fever; Croatian adjectives in "-ski" are no surnames (holdout-179)', () => {
    expect(
      classifyText('Hei Satu,\npoikani on tänään pois koulusta. Hänellä on korkea kuume.\nTerveisin\nAnne Virtanen').sensitivity,
    ).toBe('special');
    expect(
      classifyText('Zimski odmor učenika počinje 24. prosinca. Roditeljski sastanci održat će se u veljači.').sensitivity,
    ).toBe('public');
    expect(classifyText('Dyżur: Kowalski\nUrlop: Nowak').sensitivity).toBe('personal');
    // Basque (holdout-180).
    expect(classifyText('Kaixo Miren,\ngaur gaixorik nago: sukarra dut.\nIker Etxeberria').sensitivity).toBe('special');
  });

  it('being ill in Slovenian, Estonian, Latvian, Lithuanian, Maltese and Irish; "imam" is "I have" there', () => {
    for (const text of [
      'Danes sem zbolela, imam vročino.\nLep pozdrav,\nMaja Zupan',
      'Isik: Kadri Tamm\nDiagnoosiga äge bronhiit.',
      'Bhí mé tinn le slaghdán agus fiabhras.\nLe meas,\nAoife Ní Bhriain',
    ])
      expect(classifyText(text).findings.map((f) => f.type)).toContain('special:health');
    expect(classifyText('Imam vprašanje o računu.\nLep pozdrav,\nMaja Zupan').findings.map((f) => f.type)).not.toContain(
      'special:religion',
    );
    expect(classifyText('Der Imam der Gemeinde, Herr Yilmaz, lädt ein.').sensitivity).toBe('special');
  });

  it('sick leave in Greek and Croatian, as other member states write it', () => {
    expect(classifyText('Θα λείψω έως την Παρασκευή, έχω γρίπη και πυρετό.\nΝίκος Γεωργίου').sensitivity).toBe('special');
    expect(classifyText('Na bolovanju sam do petka, liječnik je utvrdio upalu pluća.\nIvan Kovačević').sensitivity).toBe(
      'special',
    );
  });

  // Every category in the eight languages, about a person the text names (synthetic).
  it.each([
    ['health, terse en', 'Standup: Priya finishing the export fix; Tom off this afternoon, physio appointment.'],
    ['health, terse nl', 'Hoi Mark, Sem kan zaterdag niet meedoen, hij heeft een hersenschudding. Groetjes, Ilse'],
    ['health, terse pt', 'Professora, o Rodrigo hoje sai às 15h porque tem consulta no psicólogo. Obrigada'],
    ['health, terse de', 'Hallo Tina, Jonas wurde gestern mit dem Rettungswagen abgeholt, Lebensmittelvergiftung. Gruß, Uwe'],
    [
      'political, activist fr',
      'Merci Nadia pour les tracts samedi ! Prochaine réunion de section au local du parti. Julien Perrot',
    ],
    ['religion en', 'Name: Tom Hale. Tom asked for Fridays off to attend prayers at the mosque.'],
    ['religion de', 'Name: Jonas Weber. Herr Weber ist Mitglied der evangelischen Kirche und zahlt Kirchensteuer.'],
    ['religion fr', 'Nom : Claire Dubois. Mme Dubois est de confession juive et demande un repas casher.'],
    ['religion it', 'Nome: Marco Rossi. Il sig. Rossi è testimone di Geova e rifiuta le trasfusioni.'],
    ['religion es', 'Nombre: Lucía Gómez. La Sra. Gómez es musulmana y practica el Ramadán.'],
    ['religion nl', 'Naam: Sanne de Vries. Mevr. de Vries is katholiek en vraagt vrij op Hemelvaartsdag.'],
    ['religion pl', 'Imię i nazwisko: Anna Nowak. Pani Nowak jest świadkiem Jehowy.'],
    ['religion pt', 'Nome: Rita Sousa. A Sra. Sousa é evangélica e frequenta o culto ao domingo.'],
    ['ethnic en', 'Employee: Amara Okafor. Ethnicity: Black African (self-declared in the equality survey).'],
    ['ethnic de', 'Mitarbeiter: Ali Yilmaz, Migrationshintergrund: türkisch, Angehöriger der kurdischen Minderheit.'],
    ['ethnic fr', 'Salarié : Karim Benali, origine ethnique : maghrébine.'],
    ['ethnic es', 'Empleado: José Heredia, de etnia gitana.'],
    ['ethnic nl', 'Medewerker: Priya Ramdin, Hindostaanse afkomst.'],
    ['ethnic pl', 'Pracownik: Jan Kowalski, pochodzenie etniczne: romskie.'],
    ['political en', 'Member: Sarah Cole. Sarah is a member of the Green Party and stood as a candidate.'],
    ['political de', 'Herr Jonas Weber ist Mitglied der SPD und kandidiert für den Stadtrat.'],
    ['political fr', 'M. Paul Girard est adhérent du Parti socialiste.'],
    ['political it', 'Il sig. Luca Bianchi è iscritto al Partito Democratico.'],
    ['political es', 'D. Juan Pérez es afiliado al PSOE desde 2010.'],
    ['political nl', 'Dhr. Bram Jansen is lid van de VVD.'],
    ['political pl', 'Pan Piotr Zieliński jest członkiem PiS.'],
    ['political pt', 'O Sr. Rui Costa é militante do PSD.'],
    ['union en', 'Mr Leon Fairbairn is a Unite shop steward.'],
    ['union de', 'Frau Anna Berg ist Mitglied bei ver.di.'],
    ['union fr', 'Mme Léa Martin est déléguée syndicale CGT.'],
    ['union it', 'La sig.ra Giulia Verdi è iscritta alla CGIL.'],
    ['union es', 'Dª Carmen Ruiz está afiliada a CCOO.'],
    ['union nl', 'Mevr. Fleur Bakker is lid van de FNV.'],
    ['union pl', 'Pani Ewa Mazur należy do NSZZ Solidarność.'],
    ['union pt', 'A Sra. Ana Lopes é sindicalizada na CGTP.'],
    ['sexlife en', 'Tom Baker told HR that he is gay and asked that his partner be listed as next of kin.'],
    ['sexlife de', 'Frau Lena Koch lebt in einer eingetragenen Lebenspartnerschaft mit ihrer Frau.'],
    ['sexlife fr', 'M. Hugo Leroy a fait son coming out auprès de son manager.'],
    ['sexlife es', 'El Sr. Pablo Ortiz es homosexual.'],
    ['sexlife it', 'Il sig. Dario Conti è bisessuale.'],
    ['sexlife nl', 'Dhr. Daan Smit is homo en woont samen met zijn vriend.'],
    ['sexlife pl', 'Pan Adam Wójcik jest gejem.'],
    ['sexlife pt', 'O Sr. João Reis é transgénero.'],
    ['genetic en', 'Patient: Emma Ward. BRCA1 mutation confirmed by genetic testing.'],
    ['genetic de', 'Patientin: Maria Huber, genetischer Test: Trägerin der Mukoviszidose-Mutation.'],
    ['genetic fr', 'Patiente : Julie Moreau, test génétique positif pour la mutation BRCA2.'],
    ['genetic it', 'Paziente: Anna Colombo, test genetico per la mutazione BRCA1.'],
    ['genetic es', 'Paciente: Laura Díaz, prueba genética: portadora de fibrosis quística.'],
    ['genetic nl', 'Patiënt: Eva Mulder, DNA-test toont erfelijke aanleg voor borstkanker.'],
    ['genetic pl', 'Pacjentka: Ewa Kowalska, badanie genetyczne: mutacja BRCA1.'],
    ['biometric en', 'Employee: Sam Price. Fingerprint template enrolled for the time clock.'],
    ['biometric de', 'Mitarbeiter: Paul Krämer, Fingerabdruck für die Zutrittskontrolle hinterlegt.'],
    ['biometric fr', 'Salarié : Marc Petit, gabarit d’empreinte digitale enregistré.'],
    ['biometric it', 'Dipendente: Luca Neri, impronta digitale registrata per il badge.'],
    ['biometric es', 'Empleado: Iván Molina, huella dactilar registrada para el control horario.'],
    ['biometric nl', 'Medewerker: Tim Visser, vingerafdruk geregistreerd.'],
    ['biometric pl', 'Pracownik: Adam Lis, odcisk palca zarejestrowany w systemie.'],
    ['biometric pt', 'Funcionário: Nuno Reis, impressão digital registada.'],
    ['health pl', 'Pani Ewa Mazur jest w ciąży i ma cukrzycę ciążową.'],
    ['health pt', 'O Sr. Rui Costa está de baixa médica por depressão.'],
  ])('%s', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('about the writer, before or after the term, in several languages', () => {
    expect(classifyText('I have been diagnosed with asthma.\nBest regards').sensitivity).toBe('special');
    expect(classifyText('Wyrażam zgodę na potrącanie składki związkowej z mojego wynagrodzenia.').sensitivity).toBe('special');
    expect(classifyText('Mi médico me ha recetado un tratamiento para la migraña.').sensitivity).toBe('special');
  });

  it("a Portuguese NIF is a person's only when it numbers one, not a company (holdout-130)", () => {
    expect(classifyText('Cliente: Construções Alto Cávado, S.A. – NIF 508 447 232').sensitivity).toBe('public');
    expect(classifyText('Cliente: Rui Antunes, NIF 123 456 789').findings.map((f) => f.type)).toContain('national-id:pt-nif');
  });

  it("a German man's husband or a woman's wife by the possessive, and origins called Maghrebi (holdout-142)", () => {
    expect(classifyText('Herr Tobias Lang hat Elternzeit beantragt. Sein Ehemann Stefan übernimmt danach.').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Frau Koch wird von ihrer Ehefrau abgeholt.').sensitivity).toBe('special');
    // "Ihre" with a capital is also "your": a letter to a man about his wife.
    expect(classifyText('Sehr geehrter Herr Koch, Ihre Ehefrau hat angerufen.').sensitivity).toBe('personal');
    expect(classifyText('M. Karim Bouzid signale des propos sur ses origines maghrébines.').sensitivity).toBe('special');
    // A partner's word whose gender the phrase tells, after a title of the same gender in its sentence.
    expect(classifyText('Mme Nathalie Roux pose deux jours pour son mariage avec sa compagne.').sensitivity).toBe('special');
    expect(classifyText('Sr. Luis Herrera se casa con su marido el 15 de mayo.').sensitivity).toBe('special');
    expect(classifyText('M. Dupont viendra avec sa compagne.').sensitivity).toBe('personal');
    expect(classifyText('Mme Dupont et son mari viendront.').sensitivity).toBe('personal');
    // Broken bones, casts and dental treatment as notes write them (holdout-156); road salt is no one.
    expect(
      classifyText('Sven kan niet trainen. Hij heeft zijn enkel gebroken en zit in het gips. Marieke Jansen').sensitivity,
    ).toBe('special');
    expect(classifyText('Hi Rachel, a reminder of your root canal treatment with Dr Mehta on Tuesday.').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Grit bins are placed on steep hills and sharp bends.').sensitivity).toBe('public');
    // Religious practice as told, a candidacy on a list (holdout-154); a Christmas carol is no one.
    expect(
      classifyText("Connor Walsh: I sing in the choir at St Anne's, so I'll be at church most of the day.").sensitivity,
    ).toBe('special');
    expect(classifyText('Je suis candidat sur la liste « Agir pour Villeneuve ». Bastien Moreau').sensitivity).toBe('special');
    expect(classifyText('María García está en la lista de espera.').sensitivity).toBe('personal');
    expect(classifyText('Carol service: Sunday 20 December at 6pm, followed by mulled wine.').sensitivity).toBe('public');
    // An origin told by the parents' country; not by a city they come from.
    expect(classifyText('Frau Ayşe Demir berichtet, ihre Eltern stammen aus der Türkei.').sensitivity).toBe('special');
    expect(classifyText('Pani Olena Kowal – jej rodzice pochodzą z Ukrainy.').sensitivity).toBe('special');
    expect(classifyText('M. Karim Haddad : ses parents sont originaires d’Algérie.').sensitivity).toBe('special');
    expect(classifyText('Herr Jonas Weber sagt, seine Eltern kommen aus Hamburg.').sensitivity).toBe('personal');
  });

  it('a same-sex couple by the given name, an origin by its adjective, kosher food, a party in Polish cases (a probe read 64 of 80)', () => {
    for (const text of [
      'Javier López vive con su novio en Valencia.',
      'Marco Rossi vive con il suo compagno a Bologna.',
      'Piotr Nowak mieszka ze swoim partnerem w Krakowie.',
      'Rui Costa vive com o namorado em Lisboa.',
      "Julien Moreau est d'origine marocaine.",
      'Marco Rossi è di origine marocchina.',
      'Rui Costa é de origem marroquina.',
      'Jonas Weber hat marokkanische Wurzeln.',
      'Piotr Nowak jest pochodzenia ukraińskiego.',
      'Anna Weber is of Turkish origin.',
      'Jonas Weber bittet um koscheres Essen bei der Tagung.',
      'Piotr Nowak jest członkiem Platformy Obywatelskiej.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // A woman with a man, the first of her given names deciding ("García" is a man's given name too).
    expect(classifyText('María García vive con su novio en Valencia.').sensitivity).toBe('personal');
    // A product's or a social origin; "Andrea" is a man's name in Italy, so it tells no sex.
    expect(classifyText("Julien Moreau vend des produits d'origine animale.").sensitivity).toBe('personal');
    expect(classifyText('Marta Silva é de origem humilde.').sensitivity).toBe('personal');
    expect(classifyText('Andrea Bianchi vive con la sua compagna.').sensitivity).toBe('personal');
    // An origin counts where its sentence names or points to someone, not a dish's or a grape's (holdout-162).
    expect(classifyText('Harira ist marokkanischer Herkunft. Jonas Krüger').sensitivity).toBe('personal');
    expect(classifyText('Ce cépage est d’origine sicilienne. Julien Moreau').sensitivity).toBe('personal');
    expect(classifyText("Sa mère est d'origine algérienne. Julien Moreau").sensitivity).toBe('special');
  });

  it("the writer's partner of the writer's sex, by the signature; elected on a list; skin colour and racist abuse (holdout-164)", () => {
    expect(classifyText('Ciao Francesca,\nalla cena porto la mia compagna, Elisa.\n\nA domani,\nValentina').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Hi all, my wife and I will come to the party.\n\nThanks,\nAnna Baker').sensitivity).toBe('special');
    expect(classifyText('Hi all, my wife and I will come to the party.\n\nThanks,\nTom Baker').sensitivity).toBe('personal');
    expect(
      classifyText('Élue conseillère municipale sur la liste « Villeurbanne en commun », je demande … Sophie Garnier')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('Un compañero insultó a Mamadou Diallo por ser negro.').sensitivity).toBe('special');
    // Origin after "and": of a person, not of the cheese a shop sells.
    expect(classifyText('El Sr. Diallo es negro y de origen senegalés.').sensitivity).toBe('special');
    expect(classifyText('Vendemos quesos franceses y de origen italiano. Marta Ruiz').sensitivity).toBe('personal');
  });

  it('an HR department signing a notice is no one; a parish council is local government, not a church (holdout-168)', () => {
    for (const text of [
      'Les recordamos que el viernes la oficina cierra a las 14:00.\n\nAtentamente,\nRecursos Humanos',
      'Reminder: the office closes at 2pm on Friday.\n\nKind regards,\nHuman Resources',
      'Rappel : fermeture vendredi.\n\nCordialement,\nRessources Humaines',
      'Reminder: the office closes at 2pm on Friday.\n\nKind regards,\nFront Desk',
      'Przypominamy o zamknięciu biura w piątek.\n\nPozdrawiamy,\nDział Obsługi Klienta',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
    // Its minute-taker is someone (holdout-168); since 2.64.0 not a councillor named by title, who stands in office as a
    // mayor does (holdout-1092, -864, -229; holdout-168's own files still read as labeled).
    expect(classifyText('Parish council meeting on Tuesday. Minutes: Helen Marsh').sensitivity).toBe('personal');
    expect(classifyText('Parish council meeting on Tuesday. Minutes: Cllr Helen Marsh').sensitivity).toBe('public');
    expect(classifyText('Father Tom leads the parish choir. Anna Weber sings.').sensitivity).toBe('special');
  });

  it("a vet's bill: its patient is an animal, whose treatments are no one's health (holdout-163)", () => {
    const bill =
      'Gabinet Weterynaryjny\nWłaściciel: Tomasz Kaczmarek\nPacjent: pies, 6 lat\nSzczepienie przeciw wściekliźnie – 90 zł';
    expect(classifyText(bill).sensitivity).toBe('personal');
    // A breed says the patient is an animal; an owner's initial is no "j'" of a writer speaking of themself.
    const record = 'Patient: Biscuit (Labrador, 7 years)\nOwner: Mrs J. Patel\nFindings: suspected cruciate ligament strain.';
    expect(classifyText(record).sensitivity).toBe('personal');
    // The writer's own sick leave beside a visit to the vet is still theirs.
    expect(
      classifyText('Ich muss mit unserem Hund zum Tierarzt und bin selbst wegen Grippe krankgeschrieben. Anna Weber').sensitivity,
    ).toBe('special');
  });

  it("a couple of two women's or two men's given names before their own wedding (holdout-162)", () => {
    for (const text of [
      'Carlos Mendes e Tiago Ferreira têm o prazer de vos convidar para o seu casamento.',
      'Anna und Lena heiraten am 3. Mai.',
      'Julien et Thomas se marient le 12 juin.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText('Ana Silva e Rui Costa têm o prazer de vos convidar para o seu casamento.').sensitivity).toBe('personal');
    // Guests of someone else's wedding, and two bridesmaids before the wedding's own sentence.
    expect(classifyText('Marco e Luca sono invitati al matrimonio di Giulia.').sensitivity).toBe('personal');
    expect(classifyText('Os padrinhos, Ana e Sofia, chegam cedo. O casamento é às 16h.').sensitivity).toBe('personal');
  });

  it("the generator's diagnoses alone, as its other seeds write them (a wrist fracture, a depressive episode)", () => {
    expect(classifyText('Hallo,\n\nik wil u laten weten dat bij mij polsbreuk is vastgesteld.\n\nNaomi').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Le escribo porque me han diagnosticado un episodio depresivo. Un saludo, Lucía').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Piszę, bo zdiagnozowano u mnie epizod depresyjny. Pozdrawiam, Ewa').sensitivity).toBe('special');
  });

  it('joining a party, as a membership form says it (holdout-129)', () => {
    expect(classifyText('Nom : BENSAÏD    Prénom : Rachid\nJe souhaite adhérer au parti.').sensitivity).toBe('special');
    expect(classifyText('Imię: Ewa Lis. Chcę wstąpić do partii.').sensitivity).toBe('special');
    expect(classifyText('Comment adhérer au parti ? Remplissez le bulletin en ligne.').sensitivity).toBe('public');
  });

  it('by the name of a union alone', () => {
    expect(classifyText('Cara Roberta,\nbenvenuta nella FIOM! La tua tessera è allegata.').sensitivity).toBe('special');
  });

  it('in compounds and drug names', () => {
    expect(classifyText('Patientin: Julia Schneider\nSchlüsselbeinbruch links').sensitivity).toBe('special');
    expect(classifyText('Paziente: Giulia Bianchi\nTerapia: metformina e ramipril').sensitivity).toBe('special');
  });

  it('common conditions, operations and births the lexicon lacked (a probe of 163 in the eight languages read 39)', () => {
    for (const text of [
      'Anna Weber is in the menopause and has sleep apnoea.',
      'Jonas Weber hatte einen Kaiserschnitt und eine Lungenembolie.',
      'Julien Moreau souffre du côlon irritable et de bégaiement.',
      'Marco Rossi ha avuto un colpo di frusta.',
      'Ana García tiene piedras en la vesícula.',
      'Daan de Vries heeft de ziekte van Crohn.',
      'Piotr Nowak ma kamicę nerkową i zatorowość płucną.',
      'Rui Costa fez uma cesariana.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('sacraments, prayer rooms, Lent, beliefs and ideologies the lexicons lacked', () => {
    for (const text of [
      'Anna Weber bittet um den Gebetsraum während der Fastenzeit.',
      'Julien Moreau fait le carême et il est bouddhiste.',
      'Ana García es budista; su hijo hizo la primera comunión.',
      'Piotr Nowak jest socjalistą i buddystą.',
      'Tom Hughes is a Tory councillor.',
      'Jonas Weber ist nichtbinär.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
  });

  it('being ill as people say it, the notes that certify it, and how someone felt (a probe of 66 read 49)', () => {
    for (const text of [
      'Sorry Tom, I have been ill since Monday. Priya',
      'Mark felt sick after lunch, so he went home.',
      'Ewa jest na zwolnieniu lekarskim do piątku.',
      'Frau Schulz hat seit heute ein Beschäftigungsverbot.',
      'Mark se sent mal depuis ce matin.',
      'Hoi Ineke, Daan voelt zich niet lekker en blijft thuis.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    expect(classifyText("Il se sent mal à l'aise avec ce projet.").sensitivity).toBe('public');
    // A word-name before how it feels is no one when it is a virtue.
    expect(classifyText('Grace looks great in that dress.').sensitivity).toBe('public');
  });

  it('medicines as the eight languages end them, brands people name and classes (a probe of 131 read 22)', () => {
    for (const text of [
      'Margaret Ellison: Amlodipine 5 mg and Apixaban 2.5 mg at 8pm.',
      'Hallo Thomas, ich nehme seit Montag Pregabalin. Jana',
      'Noé Garnier doit pouvoir prendre sa Ventoline pendant le sport.',
      'La mamma di Luca prende Eliquis al posto del Coumadin.',
      'Hola Rosa: a mi padre, el Sintrom y la metformina con el desayuno. Pilar',
      'Dhr. de Wit: metoprolol en furosemide gegeven.',
      'Zuzia bierze rano Euthyrox. Agnieszka Wrona',
      'O Rui Figueiredo vai ao hospital de dia para o Humira.',
      'Anna Weber nimmt Blutverdünner und einen Betablocker.',
      'Ana García toma atorvastatina y omeprazol.',
    ])
      expect(classifyText(text).sensitivity).toBe('special');
    // A pharmacy's price list and a drug maker's plant name no one.
    expect(classifyText('Paracetamol 500 mg, 16 tablets £0.79\nCetirizine 10 mg, 30 tablets £2.49').sensitivity).toBe('public');
    expect(classifyText("Les Laboratoires Valcourt produiront 40 millions de boîtes d'amoxicilline.").sensitivity).toBe('public');
  });

  it('not in texts about a subject with no person in view', () => {
    expect(classifyText('Hospitals report more influenza cases; early diagnosis of diabetes helps.').sensitivity).toBe('public');
    expect(classifyText('We do not collect health data, religious beliefs or trade union membership.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('I dipendenti con disabilità possono chiedere accomodamenti.').sensitivity).toBe('public');
    // An order confirmation is not a sacrament.
    expect(classifyText('The customer receives a confirmation by e-mail. Le client reçoit une confirmation.').sensitivity).toBe(
      'public',
    );
  });
});

// --- properties -----------------------------------------------------------------

const digitString = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const filler = fc.array(
  fc.constantFrom('order', 'delivery', 'the', 'rooms', 'open', 'Monday', 'Lieferung', 'rapport', '2026', '-'),
  {
    maxLength: 30,
  },
);

/** Changes one digit of a string of digits to another digit. */
const changeOneDigit = (s: string, at: number, by: number) => {
  const i = at % s.length;
  return `${s.slice(0, i)}${(Number(s[i]) + 1 + (by % 9)) % 10}${s.slice(i + 1)}`;
};

describe('checksums (properties)', () => {
  it('finds any valid German IBAN among words, and no IBAN after any one digit changes', () => {
    fc.assert(
      fc.property(digitString(18), filler, fc.nat(), fc.nat(), (bban, words, at, by) => {
        const iban = composeIBAN({ countryCode: 'DE', bban }) as string;
        const text = `${words.join(' ')} IBAN ${iban} ${words.join(' ')}`;
        expect([...ibanDetector.find(text)].map((m) => m.value)).toEqual([iban]);
        const broken = `DE${iban.slice(2, 4)}${changeOneDigit(bban, at, by)}`;
        expect([...ibanDetector.find(`IBAN ${broken}`)]).toEqual([]);
      }),
    );
  });

  it('accepts every number completed with its Luhn digit and rejects it with any one digit changed', () => {
    fc.assert(
      fc.property(digitString(15), fc.nat(), fc.nat(), (body, at, by) => {
        const check = [...'0123456789'].find((d) => luhnValid(body + d)) as string;
        expect(luhnValid(body + check)).toBe(true);
        expect(luhnValid(changeOneDigit(body + check, at, by))).toBe(false);
      }),
    );
  });

  it('finds a valid PESEL after its label and not after any one digit changes', () => {
    const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        digitString(4),
        fc.nat(),
        fc.nat(),
        (y, m, d, serial, at, by) => {
          const body = `${String(y).padStart(2, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${serial}`;
          const sum = [...body].reduce((s, c, i) => s + Number(c) * (weights[i] as number), 0);
          const pesel = body + ((10 - (sum % 10)) % 10);
          expect([...nationalIdDetector.find(`PESEL: ${pesel}`)].map((x) => x.type)).toEqual(['national-id:pl-pesel']);
          expect([...nationalIdDetector.find(`PESEL: ${changeOneDigit(pesel, at, by)}`)]).toEqual([]);
        },
      ),
    );
  });
});

describe('given names of staff from South and Central Asia and Korea (synthetic)', () => {
  it.each([
    'Ask Rajesh Kumar about the server migration.',
    'Aigerim Nurlanovna will translate the brochure.',
    'Srinivas Rao approved the change.',
    'Jihoon Kim booked the meeting room.',
  ])('%s', (text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });
});

describe('a child awaited, not a baby on the way (synthetic)', () => {
  it.each([
    "Marie Dubois attend son enfant devant l'école.",
    'Wir erwarten Ihr Kind um 8 Uhr, Frau Weber.',
    'Tom Baker: we expect a child to read 20 minutes a day.',
  ])('%s', (text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it("reads German New Year's Eve as a day, not a name", () => {
    expect(classifyText('Silvester, 31.12.\n17:00 Uhr Jahresschlussandacht, Christuskirche').sensitivity).toBe('public');
    expect(classifyText('Silvester Müller hat angerufen.').sensitivity).toBe('personal');
  });
});

describe('one detail alone, as short notes give it (synthetic)', () => {
  it.each([
    ['a mobile written together after "my number"', 'Bel me gerust als er iets is, mijn nummer is 0641872290.'],
    ['a mobile to call back on', 'Wil je mij terugbellen op 0641872290? Groetjes'],
    ['a pupil by first name and class', 'Leerling: Noah (groep 5) – mag na school met oma mee.'],
    ['a delivery’s recipient by initial and surname', 'DELIVER TO: J. Whitfield, 14 Orchard Close, Taunton TA1 4PQ'],
    ['who covers, in lower case it', 'ciao, domani non ci sono, mi sostituisce giulia. a presto, fede'],
    ['who covers, in lower case de', 'morgen bin ich nicht da, paul vertritt mich'],
    ['who covers, in lower case fr', 'demain je suis absent, léa me remplace'],
    ['who covers, in lower case pt', 'amanhã não estou, o rui fica no meu lugar'],
    ['a sign-off "a presto"', 'ciao, domani non ci sono. a presto, federica'],
  ])('%s', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('keeps a company to ship to and an insurer’s cover public', () => {
    expect(classifyText('Ship to: Acme GmbH, Hafenstraße 3, 20457 Hamburg').sensitivity).toBe('public');
    expect(classifyText('the cover is provided by the insurer').sensitivity).toBe('public');
  });
});

describe("an account's holder on the line before its IBAN (synthetic)", () => {
  it('reads an organisation as the holder by its legal form or kind, and a person as a person', () => {
    const charity = 'Account holder: DRK Kreisverband Köln e.V.\nIBAN: DE23 3702 0500 0008 0901 00';
    expect(classifyText(charity).sensitivity).toBe('public');
    expect(classifyText('Kontoinhaber: Acme GmbH\nIBAN: DE23 3702 0500 0008 0901 00').sensitivity).toBe('public');
    expect(classifyText('Kontoinhaber: Tobias Lindner\nIBAN: DE51 5001 0517 5021 0760 43').sensitivity).toBe('personal');
    // No holder's field: the IBAN is someone's.
    expect(classifyText('DRK Kreisverband Köln e.V.\n\nIBAN: DE51 5001 0517 5021 0760 43').sensitivity).toBe('personal');
  });
});

describe('public sentences naming things after people (synthetic)', () => {
  it.each([
    'Der Nikolaus kommt am 6. Dezember in den Kindergarten.',
    "Jack Daniel's and Johnnie Walker are on offer this week.",
    "Wendy's opens its first restaurant in Ireland next month.",
    'Ruby on Rails 8 was released with a new asset pipeline.',
    'The potato variety Maris Piper is ideal for chips.',
    'Die Kartoffelsorte Linda ist festkochend.',
    'La rose Pierre de Ronsard fleurit de mai à juillet.',
    'La variedad Pedro Ximénez se usa para vinos dulces.',
    "Il vitigno Nero d'Avola è tipico della Sicilia.",
    'The Harry Potter studio tour is fully booked until March.',
    'Do 10 dec 19.30  Perfect Days (Wim Wenders, 2023)\nVr 11 dec 21.00  Oppenheimer (Christopher Nolan, 2023)',
    "Rossi\n  Barbera d'Alba, Giacomo Conterno ........ 52 €\n  Amarone, Giuseppe Quintarelli ........ 180 €",
    'Próxima jornada: sábado 12 de diciembre, pabellón Antonio Díaz Miguel.',
    'Stadtführung „Auf den Spuren Martin Luthers"\n\nWeiter zur Stadtkirche, in der Luther predigte.',
    'Johann Strauss II : Le Beau Danube bleu\nJacques Offenbach : Ouverture\nGeorges Bizet : Suite de Carmen',
    'Club de lectura juvenil\nLectura del mes: «Momo», de Michael Ende.',
    'СУ „Христо Ботев“ – Съобщение до родителите',
    'ZŠ „Jana Nerudy“ – oznámení pro rodiče',
  ])('%s', (text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });
});

describe('a credit or a price list beside a person (synthetic)', () => {
  it("reads a parent's leave as no one's health", () => {
    expect(classifyText('Namn: Anna Lindqvist\nJag ansöker om föräldraledighet på heltid.').sensitivity).toBe('personal');
  });

  it('still reads a person whose line has no credit, and a rota after a plant', () => {
    expect(classifyText('Perfect Days – ask Wim Wenders at the desk for tickets.').sensitivity).toBe('personal');
    expect(classifyText('Roses: Anna Weber will prune them on Friday.').sensitivity).toBe('personal');
    expect(classifyText('Meeting notes, 2026: Anna Weber will send the figures.').sensitivity).toBe('personal');
    // A report's author in a text about no book.
    expect(classifyText('Please review «Q3 figures», by Anna Weber, before Friday.').sensitivity).toBe('personal');
    // Dot leaders to an extension, not a price: a phone list.
    expect(classifyText('Telefonliste\nAnna Weber ........ 4412\nTom Baker ........ 4413').sensitivity).toBe('personal');
  });
});

describe('the writer speaking of themself across a wrapped line (synthetic)', () => {
  it('reads a sentence wrapped at 72 columns as one line, and a list as lines', () => {
    const wrapped =
      'Bom dia a todos, hoje não vou estar na reunião das 10h. O meu pai foi\ninternado ontem à noite com uma pneumonia. Sofia';
    expect(classifyText(wrapped).sensitivity).toBe('special');
    expect(classifyText('Mein Vater\nDiabetes: siehe Liste').sensitivity).toBe('public');
  });
});

describe("a maker's name that people bear too (synthetic)", () => {
  it.each([
    'Sarah Gibson called about the invoice.',
    'Julie Renault called about the invoice.',
    'Luca Ferrari è in ufficio.',
    'Buongiorno, Marco Sala ha chiamato per la fattura.',
    'Sarah Castle called about the invoice.',
  ])('reads %s as a person', (text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it.each(['Gibson Les Paul Standard, sunburst, 2019', 'Renault Clio 1.0 TCe, 2021, 45 000 km'])(
    'reads %s as a model',
    (text) => {
      expect(classifyText(text).sensitivity).toBe('public');
    },
  );
});

describe('a given name that is a word too, reached by a verb (synthetic)', () => {
  it.each([
    'Can you ask Ella whether the report is ready?',
    'Kannst du Mia fragen, ob der Bericht fertig ist?',
    'Kannst du Ben fragen, ob der Bericht fertig ist?',
    'Can you ask Max whether the report is ready?',
    'Kun je aan Sara vragen of het rapport klaar is?',
  ])('%s', (text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('counts a name two rules read once', () => {
    const found = classifyText('Per lavoro chiedere a Mia.').findings.find((f) => f.type === 'person-name');
    expect(found?.count).toBe(1);
  });
});

describe('people and secrets in technical text (synthetic)', () => {
  it("reads a name in capitals after a role's word, as payment logs print it", () => {
    expect(classifyText('ERROR payment declined card ending 4471 holder THOMAS MUELLER').sensitivity).toBe('personal');
    expect(classifyText('Passagier: ANNA BERG, Sitz 12A').sensitivity).toBe('personal');
    expect(classifyText('Customer SERVICE DESK opens at 9').sensitivity).toBe('public');
  });

  it("reads a command line's user and password as a secret, not its placeholders", () => {
    expect(classifyText('curl -u m.dupont:Winter2026! https://api.example.com/v1/orders').sensitivity).toBe('internal');
    expect(classifyText('curl -u $USER:$TOKEN https://api.example.com').sensitivity).toBe('public');
    expect(classifyText('mysql -u root --password=S3cret!x db').findings).toEqual([
      expect.objectContaining({ type: 'password-assignment', count: 1 }),
    ]);
  });
});

describe('a text to colleagues (synthetic)', () => {
  it("reads a greeting to colleagues as a text for the organisation's own people", () => {
    expect(classifyText('Liebe Kolleginnen und Kollegen,\n\nunsere Weihnachtsfeier ist am 18. Dezember.').sensitivity).toBe(
      'internal',
    );
  });
});

describe('words that look like health and are not (synthetic)', () => {
  it.each([
    'Tom Baker: we discarded the data prematurely, sorry.',
    'Tom Baker: a lump sum was removed from the budget.',
    'Ho noleggiato una Ferrari Roma per il matrimonio.',
  ])('%s', (text) => {
    expect(classifyText(text).sensitivity).not.toBe('special');
  });
});

describe('a press release (synthetic)', () => {
  it('weighs the people it quotes as published, and keeps what else identifies someone', () => {
    const release =
      'Pressemitteilung – Stadtwerke Münster\n\nNeue Ladesäulen am Hafenplatz.\n\n„Wir schließen eine Lücke", sagt Geschäftsführer Dr. Sebastian Jurack.';
    expect(classifyText(release).sensitivity).toBe('public');
    expect(classifyText(`${release}\nKontakt privat: anna.schmidt@gmail.com`).sensitivity).toBe('personal');
    // A title further down is a subject, not what the text is.
    expect(classifyText(`Hallo Jens,\n\nanbei der Entwurf.\n\n${release}`).sensitivity).toBe('personal');
  });
});

describe('a message inside a structured export (synthetic)', () => {
  it("reads a salutation at a quoted CSV cell's start as at a line's", () => {
    const csv = 'id,status,description\n4711,open,"Hej Anders,\n\nvälkommen som medlem i Unionen!\n"\n';
    expect(classifyText(csv).sensitivity).toBe('special');
  });
});

describe('a body part hurt, operated on or taken out (synthetic)', () => {
  it.each([
    ['en', 'Tom Baker broke his left wrist skiing and is off this week.'],
    ['en, organ out', 'Tom Baker had his appendix out last week.'],
    ['en, waiting list', 'Tom Baker is on the waiting list for a kidney.'],
    ['de', 'Jürgen Weber hat sich beim Skifahren das Handgelenk gebrochen.'],
    ['de, organ', 'Jürgen Weber wurde letzte Woche der Blinddarm rausgenommen.'],
    ['fr', 'Julien Perrot s’est foulé la cheville au foot.'],
    ['it', "Marco Rossi ha tolto l'appendice la settimana scorsa."],
    ['it, knee', 'Marco Rossi si è storto il ginocchio ed è assente.'],
    ['es', 'Javier Gómez se operó de la cadera en marzo.'],
    ['es, organ', 'A Javier Gómez le quitan la vesícula el viernes.'],
    ['nl', 'Sander de Vries heeft zijn knie verdraaid en is afwezig.'],
    ['pl', 'Paweł Nowak złamał nadgarstek na nartach.'],
    ['pl, organ', 'Paweł Nowak miał w zeszłym tygodniu wycięty wyrostek.'],
    ['pt', 'O João Silva partiu o pulso a esquiar.'],
    ['es, in the present', 'Óscar Ledesma se corta la mano con una cuchilla al abrir cajas.'],
  ])('%s', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it.each([
    ['a machine’s arm', 'Tom Baker reported that the robot arm was damaged during shipping.'],
    ['a chair’s arm (no owner)', 'Tom Baker: the arm of the chair is broken, please replace it.'],
    ['someone else’s document', 'Dear Ms Novak, the appendix was removed from the final report. Regards, Tom Baker'],
    ['an eye out', 'Tom Baker says keep an eye out for the new release.'],
    ['a heart out', 'Tom Baker sang his heart out at the party.'],
    ['a hand out', 'Tom Baker held his hand out to greet the visitors.'],
    ['English verb, Dutch word', 'Tom Baker said the lock has been broken since Monday.'],
  ])('not %s', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('counts nothing without a person (a first-aid guide, a study)', () => {
    expect(classifyText('If you have injured your hand, apply a cold compress.').sensitivity).toBe('public');
    expect(classifyText('Most patients who broke a hip recover within a year, the study found.').sensitivity).toBe('public');
  });
});

describe('everyday health, belief and politics as people tell them (synthetic)', () => {
  it.each([
    ['AA', 'Tom Baker goes to AA meetings on Thursdays.'],
    ['hearing aids fr', 'Julien Perrot porte des appareils auditifs, parlez-lui de face.'],
    ['deaf de', 'Jürgen Weber ist auf einem Ohr taub.'],
    ['deaf pl', 'Paweł Nowak nie słyszy na jedno ucho.'],
    ['weeks along', 'Anna Clarke is twelve weeks along.'],
    ['months along es', 'Lucía Gómez está de tres meses.'],
    ['scope de', 'Jürgen Weber hat am Montag eine Darmspiegelung.'],
    ['scope it', 'Marco Rossi fa la colonscopia lunedì.'],
    ['fit de', 'Jürgen Weber hatte bei der Arbeit einen Krampfanfall.'],
    ['fit pt', 'O João Silva teve uma crise epilética no trabalho.'],
    ['jab nl', 'Sander de Vries heeft gisteren zijn griepprik gehaald.'],
    ['crutches pt', 'O João Silva anda de canadianas até ao fim do mês.'],
    ['blood thinners', 'Tom Baker is on blood thinners.'],
    ['coming out nl', 'Sander de Vries is vorig jaar uit de kast gekomen.'],
    ['coming out es', 'Javier Gómez salió del armario el año pasado.'],
    ['origin es', 'La familia de Javier Gómez es kurda.'],
    ['party card it', 'Marco Rossi ha la tessera del PD.'],
    ['activist fr', 'Julien Perrot milite chez les Verts tous les week-ends.'],
    ['leaflets pl', 'Paweł Nowak co weekend rozdaje ulotki dla Lewicy.'],
    ['turban', 'Tom Baker wears a turban, so the hard hat rule needs an exemption.'],
    ['kippah nl', 'Sander de Vries draagt een keppeltje.'],
    ['communion pl', 'Syn Pawła Nowaka ma w maju pierwszą komunię.'],
    ['activist group', 'Tom Baker was at the climate march with Extinction Rebellion.'],
    ['protest pl', 'Paweł Nowak był na Czarnym Proteście.'],
    ['recovery', 'Tom Baker is in recovery and has been clean for two years.'],
    ['walking disability de', 'Jürgen Weber ist seit seinem Unfall gehbehindert.'],
    ['care assessment nl', 'Sander de Vries heeft een indicatie voor de Wmo.'],
    ['a knee that troubles nl', 'Beste dokter, mijn zoon Daan heeft last van zijn knie. Groet, Maaike de Boer'],
    ['maternity leave ro', 'Doamna Ioana Popescu intră în concediu de maternitate începând cu 5 ianuarie.'],
    ['parents from abroad nl', 'De ouders van Yara komen uit Eritrea. Groet, Marjolein'],
    ['parents from abroad fr', 'Les parents de Yasmine Benali viennent du Maroc.'],
    ['a baby born too early', "Tom Baker's son was born prematurely and is still in the NICU."],
    ['an operation by its name', 'Karen Hall will be on leave for her hysterectomy.'],
    ['a machine for the night', 'Sam Turner uses a CPAP machine at night, so please book him a single room.'],
    ['a stoma', 'Owen Hughes has a stoma, please make sure he can use the accessible toilet.'],
    ['prayer', 'Ahmed Ali will pray at 1pm in the quiet room.'],
    ['a mole removed', 'Ben Ward had a mole removed and is waiting for the results.'],
    ['a psychiatrist de', 'Paul Becker hat einen Termin beim Psychiater.'],
    ['burnout it', "Luca Ferrari ha l'esaurimento e il medico gli ha dato un mese."],
    ['prediabetes', 'Daniel Ross has been told he is prediabetic and is changing his diet.'],
    ['a transplant list', 'Laura Hill is on the transplant list.'],
    ['a TIA', 'Nick Ford had a TIA last month.'],
    ['travel sickness', 'Hi Mr Dawson, Isla gets very travel sick on coaches. Thanks, Rachel Moore'],
    ['a risky pregnancy de', 'Frau Schulz ist wegen einer Risikoschwangerschaft beschäftigungsverboten.'],
    ['high blood pressure it', 'La signora Ferri ha la pressione alta e prende le pastiglie.'],
    ['arthrosis es', 'La señora Ortiz tiene artrosis en las rodillas.'],
    ['renal colic es', 'El señor Vidal ha tenido un cólico nefrítico.'],
    ['arrhythmia nl', 'Meneer Mulder heeft hartritmestoornissen.'],
    ['married to another woman es', 'La señora Díaz está casada con otra mujer.'],
    ['a parish choir pl', 'Pani Wiśniewska śpiewa w chórze parafialnym.'],
    ['a councillor of a party es', 'El señor Torres es concejal de Vox.'],
    ['a councillor of a party pl', 'Pan Wójcik jest radnym z listy Konfederacji.'],
    ['first child fr', 'Bonjour, Antoine Garnier. Ma compagne attend notre premier enfant pour mars.'],
    ['first child nl', 'Sanne de Vries en haar man verwachten hun eerste kindje.'],
    ['first child pt', 'A Inês Costa está à espera do primeiro filho.'],
    ['fasting until sunset', 'Can we move the lunch? Yusuf is fasting until sunset this month. – Grace'],
    ['sudden hearing loss de', 'Frau Lang hat einen Hörsturz gehabt.'],
    ['after a heart attack pl', 'Pan Kowalski jest po zawale.'],
    ['asthmatic pt', 'A Inês Rocha é asmática.'],
    ['a union by its full name es', 'Javier Castro está afiliado a Comisiones Obreras.'],
    ['a severe disability de', 'Wegen meiner Schwerbehinderung bitte ich um einen barrierefreien Arbeitsplatz. Miriam Köhler'],
    ['a graze nl', 'Chauffeur Kees Boer heeft een schaafwond aan zijn arm opgelopen.'],
    ['a memory clinic', 'Dear Mrs Thornton, we confirm your appointment at the Memory Clinic on 14 December.'],
    ['a back that hurts it', 'Ciao Anna, sono Marco: domani non vengo, mi fa ancora male la schiena.'],
    ['my church', 'Rebecca Mensah, payroll specialist. Interests: gospel choir at my church, parkrun.'],
    ['Kurdish de', 'Frau Yıldız ist Kurdin.'],
    ['a civil union fr', 'Thomas Petit est pacsé avec Antoine.'],
    ['married to a man es', 'Carlos Ruiz está casado con Pedro.'],
    ['in the unions pl', 'Piotr Mazur jest w związkach zawodowych.'],
    ['a sight lost', 'Jon Price lost his sight in one eye after the accident.'],
    ['Ritalin fr', 'Hugo Bernard est sous Ritaline.'],
    ['lactose intolerant it', 'Lorenzo Greco è intollerante al lattosio.'],
    ['high blood pressure pt', 'A D. Rosa tem tensão alta.'],
    ['a baby had', "Tom Hill's wife had the baby last night, a little girl!"],
  ])('%s', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });
});

describe('addresses given by a UK postcode, people of history by their calling (synthetic)', () => {
  it.each([
    ['a street and its postcode, no town', 'Delivery address: 14 Cotham Vale, BS6 7QD'],
    ['the postcode first, as a caller gives it', 'Agent: Can you confirm the postcode?\nCustomer: BS6 7QD, 14 Cotham Vale'],
  ])('finds %s', (_, text) => {
    const values: FoundValue[] = [];
    classifyText(text, values);
    expect(values.map((v) => v.type)).toContain('postal-address');
  });

  it("counts a transcript's customer's address as theirs, not a business customer's on a delivery note", () => {
    expect(classifyText('Agent: Can you confirm the postcode?\nCustomer: BS6 7QD, 14 Cotham Vale').sensitivity).toBe('personal');
    expect(classifyText('Kunde: Bäckerei Brunner OHG, Marktplatz 3, 88239 Wangen\nKundennummer: 30118').sensitivity).not.toBe(
      'personal',
    );
  });

  it.each([
    ['en', 'Walk down Castle Street past the house where the novelist Elizabeth Gaskell stayed.'],
    ['es', 'En esta calle vivió el dramaturgo José Zorrilla.'],
    ['de', 'Im Garten steht ein Denkmal des Dichters Heinrich Heine.'],
    ['pl', 'Koncert poświęcony jest twórczości kompozytora Karola Szymanowskiego.'],
  ])("reads a name after an art's calling as weak (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    ['en', 'The painter Dave Ellis comes on Tuesday to do the hallway.'],
    ['de', 'Heute kommt der Maler Jan Becker.'],
    ['es', 'El pintor Paco Gómez viene el martes.'],
  ])('still counts a house painter named in full (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('reads a calendar of anniversaries, its year before the life word, as history', () => {
    const text =
      'Efemérides de diciembre\n3 de diciembre de 1857: nace en Valencia Joaquín Sorolla.\n29 de diciembre de 1891: muere en Madrid José Zorrilla.';
    expect(classifyText(text).sensitivity).toBe('public');
    expect(classifyText('1 de diciembre de 2026: nace en Valencia la hija de Ana Ruiz, Lucía Ruiz.').sensitivity).toBe(
      'personal',
    );
  });

  it.each([
    ['en', 'Visit the cottage where the poet William Wordsworth lived with his sister Dorothy.'],
    ['it', 'La scultrice Camille Claudel fu allieva di Rodin.'],
    ['pl', 'Obrazy Jana Matejki można oglądać w Muzeum Narodowym.'],
  ])('reads those named after a maker in their sentence, and a Polish work before its maker, as of history (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    ['nl', 'Elke woensdag lezen we voor uit de prentenboeken van Annie M.G. Schmidt.'],
    ['en', 'On Fridays we read the picture books by Julia Donaldson and the stories by J.K. Rowling.'],
    ['de', 'Wir lesen aus den Kinderbüchern von Astrid Lindgren vor.'],
  ])('reads a maker named with initials, and books by a maker, as weak (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it('still counts initials and a surname with no maker before them', () => {
    expect(classifyText('Bitte die Unterlagen an M.G. Schmidt weiterleiten, Zimmer 12.').sensitivity).toBe('personal');
  });

  it('reads a dish named after someone as no one, here and further on', () => {
    const text = 'Crêpes Suzette (pour 4 personnes)\n\nBeurre Suzette : 80 g de beurre, 80 g de sucre, 2 oranges.';
    expect(classifyText(text).sensitivity).toBe('public');
    expect(classifyText('Pfirsich Melba steht heute auf der Karte.').sensitivity).toBe('public');
    expect(classifyText('Postre\nTarta de Santiago con helado de turrón\n\n55 € por persona').sensitivity).toBe('public');
    expect(classifyText('Petit Julien : absent\nMoreau Claire : présente').sensitivity).toBe('personal');
  });

  it('reads names on the price lines of a catalogue or a wine list as weak, not those of a dues list', () => {
    const catalogue =
      'Wintercatalogus\n\nBank Emma, 3-zits, ribstof – € 899\nFauteuil Noor, draaibaar – € 429\nVloerlamp Lotte, zwart – € 119';
    expect(classifyText(catalogue).sensitivity).toBe('public');
    const wines =
      'WINE LIST\nChablis, Domaine William Fèvre 2021   £64\nBarolo, Giacomo Conterno 2018   £145\nRioja, Marqués de Murrieta   £52';
    expect(classifyText(wines).sensitivity).toBe('public');
    const dues = 'Mitgliedsbeiträge 2026\nAnna Schmidt   12,50 €\nJonas Weber   12,50 €\nLena Krüger   25,00 €';
    expect(classifyText(dues).sensitivity).toBe('personal');
  });

  it('reads the makers of a shortlist or a reading list as weak, not the speakers of an agenda', () => {
    const shortlist =
      'The six novels on the shortlist:\n- The Salt Road by Aisling Murphy\n- Winter Orchard by Daniel Okafor\n- Field Notes by Jonah Weiss';
    expect(classifyText(shortlist).sensitivity).toBe('public');
    const agenda = 'Agenda\n- Welcome by Tom Baker\n- Budget Update by Anna Lee\n- Closing Remarks by Sam Hughes';
    expect(classifyText(agenda).sensitivity).toBe('personal');
  });

  it.each([
    ['de', 'Die Ausstellung zeigt rund 60 Arbeiten von Gerhard Richter aus sechs Jahrzehnten.'],
    ['pl', 'Spacer zaczynamy przy pomniku Juliana Tuwima na ulicy Piotrkowskiej.'],
    ['en', 'The square is dominated by the statue of Thomas Telford.'],
    ['fr', 'Portrait de la jeune fille en feu, de Céline Sciamma (2019) – jeudi 18 h 30'],
  ])("reads a maker after works, a monument's or a film's credit as weak (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    ['fr', "J'habite rue Victor Hugo avec mon compagnon Julien."],
    ['it', 'Ho visitato la casa di Giuseppe Verdi con mia cugina Francesca.'],
    ['pl', 'Wczoraj byłam w domu Anny Nowak.'],
  ])("still counts the writer's own after a person of history, or one after a place named after them (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it.each([
    'Mein Mann Stefan hat heute angerufen.',
    'Meine Schwägerin Sabine kommt später.',
    'Unser Hausmeister Stefan hat die Heizung repariert.',
    'Ihr Vermieter Thomas hat sich gemeldet.',
  ])('counts a German first name after a possessive and a noun of kin or a role (%s)', (text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('tells the Italian "sarà" from Sara, and the French "Léa" from the Spanish imperative "Lea"', () => {
    expect(classifyText('Domani sarà una bella giornata. Sarà difficile, ma la città è piena.').sensitivity).toBe('public');
    expect(classifyText('Ieri ho pranzato con Sara, si trasferisce a Torino.').sensitivity).toBe('personal');
    expect(classifyText('Lea atentamente las instrucciones antes de usar.').sensitivity).toBe('public');
    expect(classifyText('Tu peux aller chercher Léa à la gare demain ?').sensitivity).toBe('personal');
    expect(classifyText('Niccolò ha chiamato stamattina.').sensitivity).toBe('personal');
  });

  it('counts a German first name after an article and a noun of a role', () => {
    expect(classifyText('Die Nachbarin Sabine hat ein Paket für uns angenommen.').sensitivity).toBe('personal');
    // A toy's, an animal's or a thing's noun ends so too.
    expect(classifyText('Die Puppe Emma ist ab 3 Jahren geeignet.').sensitivity).toBe('public');
    expect(classifyText('Die Katze Luna sucht ein Zuhause.').sensitivity).toBe('public');
  });

  it.each([
    ['en', "Hi Anna, I won't be in today, I have a dental abscess. Tom"],
    ['de', 'Hallo Anna, ich komme heute nicht, ich habe einen Zahnabszess. Tom'],
    ['fr', "Bonjour Anna, je ne viendrai pas aujourd'hui, j'ai une sciatique. Tom"],
    ['it', 'Ciao Anna, oggi non vengo, ho il colpo della strega. Tom'],
    ['es', 'Hola Anna, hoy no voy, me duele la espalda. Tom'],
    ['nl', 'Hoi Anna, ik kom vandaag niet, ik heb een nierkoliek. Tom'],
    ['pl', 'Cześć Anna, dziś nie przyjdę, mam zapalenie pęcherza. Tomek'],
    ['pt', 'Olá Anna, hoje não vou, tenho gota. Tomás'],
  ])('reads everyday complaints as a sick message gives them (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('reads no complaint in a zone, a drop or gotta', () => {
    expect(classifyText('Anna Rossi lavora nella zona industriale. I gotta go, says Tom Baker.').sensitivity).toBe('personal');
    expect(classifyText('Ana Ruiz dejó caer una gota de agua.').sensitivity).toBe('personal');
  });

  it.each([
    ['en', 'Hi Anna, I fast during Lent and skip lunch. Tom'],
    ['fr', 'Bonjour Anna, je suis délégué FO maintenant. Tom'],
    ['fr', 'Bonjour Anna, je tracte pour le PS ce week-end. Tom'],
    ['it', 'Ciao Anna, mi candido con i Verdi alle comunali. Tom'],
    ['pt', 'Olá Anna, este fim de semana faço campanha pelo PS. Tomás'],
    ['de', 'Hallo Anna, ich bin bi und will das nicht verstecken. Tom'],
    ['nl', 'Hoi Anna, ik ben Roma, mijn familie woont hier al decennia. Tom'],
    ['pl', 'Cześć Anna, w Wielkim Poście nie jem obiadu. Tomek'],
  ])('reads belief, union, politics, orientation and origin as people say them of themselves (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('reads an IBAN typed in lower case after an IBAN word, not a lower-case hash', () => {
    expect(classifyText('iban: nl91abna0417164300').findings.map((f) => f.type)).toEqual(['iban']);
    expect(classifyText('Mijn IBAN is nl91 abna 0417 1643 00, graag terugstorten.').sensitivity).toBe('personal');
    expect(classifyText('commit de89370400440532013000 fixes the build').findings).toEqual([]);
  });

  it('reads a lower-case name after the Italian "di a" (tell), typed without its accent', () => {
    expect(classifyText('di a paolo che arrivo dopo').sensitivity).toBe('personal');
  });

  it("reads a Polish name after a verb opening the sentence, and a name owning the sentence's first thing", () => {
    expect(classifyText('Powiedziałam Kasi, że wizyta jest odwołana.').sensitivity).toBe('personal');
    expect(classifyText('Samochód Kasi jest jeszcze w warsztacie.').sensitivity).toBe('personal');
    // A feast's figure, a street, a church named after a saint are no one.
    expect(classifyText('Zapraszamy dzieci na spotkanie z Mikołajem. Święty Mikołaj rozda upominki.').sensitivity).toBe('public');
    expect(classifyText('Ulica Marii Konopnickiej jest zamknięta do piątku.').sensitivity).toBe('public');
    expect(classifyText('Kościół Świętej Anny jest otwarty codziennie.').sensitivity).toBe('public');
  });

  it('reads the Polish short names Ola, Ala, Ula, Iza and Ela in their cases in a Polish text only', () => {
    expect(classifyText('Wczoraj jadłam obiad z Olą, przeprowadza się do Gdańska.').sensitivity).toBe('personal');
    expect(classifyText('Możesz jutro odebrać Izę z dworca?').sensitivity).toBe('personal');
    expect(classifyText('La ola de calor llega el lunes. Ola de frío en enero.').sensitivity).toBe('public');
  });

  it.each([
    'Bonjour Mme Lefebvre, votre rendez-vous chez le Dr Garnier (rhumatologue) est confirmé le 4 décembre.',
    'Hallo Frau Weber, Ihr Termin beim Augenarzt ist am Montag um 9 Uhr.',
    'Dzień dobry, pani wizyta u okulisty odbędzie się w piątek. Anna Nowak',
  ])('reads an appointment with a specialist as health (%s)', (text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('reads the writer of "As a Muslim I pray …" as telling of themself', () => {
    expect(classifyText('As a Muslim I pray five times a day, can I use the quiet room?').sensitivity).toBe('special');
    expect(classifyText('I dipendenti musulmani possono usare la sala di preghiera.').sensitivity).toBe('public');
  });

  it.each([
    ['it', 'Vado dallo psicologo ogni martedì.'],
    ['es', 'Voy en silla de ruedas, ¿la sala es accesible?'],
    ['pl', 'Od dziesięciu lat należę do związku zawodowego.'],
    ['pt', 'Vou ao psicólogo todas as terças.'],
    ['pl', 'Noszę hidżab i poproszono mnie, żebym go zdjęła w recepcji.'],
    ['en', 'I live with my girlfriend and we are both women.'],
    ['nl', 'Toelichting: mijn partner en ik zijn twee mannen en wonen sinds 2019 samen.'],
  ])('reads the first person where the pronoun is dropped, and two women saying so (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it("reads a first name alone after the last sentence, or on the last line, as the note's signature", () => {
    expect(classifyText('Sorry, off sick today - flu. Back tomorrow hopefully. Dave').sensitivity).toBe('special');
    expect(classifyText('Sorry, off sick today - flu. Back tomorrow hopefully.\nDave').sensitivity).toBe('special');
    // … and in a ticket's body, where the export goes on after the note's line.
    const ticket = 'ticket: 4\nbody: Sorry, off sick today - flu. Back tomorrow hopefully. Dave\nstatus: open';
    expect(classifyText(ticket).sensitivity).toBe('special');
    // Not a name opening the text, nor one in the sentence's middle.
    expect(classifyText('Dave\nA film by an unknown director, 1994.').sensitivity).toBe('public');
  });

  it('reads the English "sick" as a value beside someone, not as slang in a sentence', () => {
    expect(classifyText('Absent today: Anna Weber (sick), Tom Baker (holiday)').sensitivity).toBe('special');
    expect(classifyText('employee,absence_reason,days\nAnna Weber,sick,3\nTom Baker,holiday,5').sensitivity).toBe('special');
    expect(classifyText("Tom Baker says the new skate park is sick and he's sick of waiting for it.").sensitivity).toBe(
      'personal',
    );
  });

  it.each([
    ['de', 'Schneider hat angerufen.'],
    ['fr', 'Dubois rappelle demain.'],
    ['it', 'Ferrari richiama domani.'],
    ['es', 'Fernández llama mañana.'],
    ['nl', 'Jansen belt morgen terug.'],
    ['pl', 'Kowalski oddzwoni jutro.'],
    ['en', 'Thompson will call back tomorrow.'],
    ['es', 'Hablar con Fernández sobre el contrato.'],
  ])('counts a surname alone that calls back, or whom to talk to about something (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('reads no maker recalling its products as a person calling back', () => {
    expect(classifyText('Ferrari richiama 2.000 vetture per un difetto ai freni.').sensitivity).toBe('public');
  });

  it.each([
    ['it', 'Oltre cento opere di Vilhelm Hammershøi, Peder Severin Krøyer e Anna Ancher raccontano la pittura danese.'],
    ['pl', 'W czwartek odbędzie się spotkanie autorskie z Olgą Tokarczuk, laureatką Literackiej Nagrody Nobla.'],
    ['de', 'Am Freitag findet eine Lesung mit Juli Zeh statt.'],
  ])('reads makers listed past a first name no list holds, and an author at a reading, as weak (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it('reads no orientation where two people of the same sex are together but not married', () => {
    expect(classifyText('Anna Weber ist mit Lena im Urlaub.').sensitivity).toBe('personal');
    expect(classifyText('Thomas Petit est marié avec Claire.').sensitivity).toBe('personal');
  });

  it('still counts a pupil who opens the sentence about a person of history', () => {
    expect(classifyText('Mia hat heute ein tolles Referat über Albert Einstein gehalten.').sensitivity).toBe('personal');
    expect(classifyText('Mia hat ein Referat über den Dichter Friedrich Schiller gehalten.').sensitivity).toBe('personal');
  });

  it("reads a given name in a maker's sentence as of history too", () => {
    expect(
      classifyText('Daneben hängen Landschaften von Carl Gustav Carus und ein Brief an seinen Bruder Daniel.').sensitivity,
    ).toBe('public');
  });

  it('does not read the Spanish "duran" opening a sentence as a name', () => {
    expect(classifyText('Duran toda la semana con un uso normal.').sensitivity).toBe('public');
    expect(classifyText('Marta Duran llamó ayer.').sensitivity).toBe('personal');
  });

  it.each([
    ['hu', 'Szia Kata! Ma nem tudok bemenni, Bence megint beteg, lázas és köhög. Köszi, Zsófi'],
    ['hr', 'Bok Ivana, sutra ne mogu doći, imam zakazanu operaciju koljena u bolnici. Pozdrav, Marko Horvat'],
    ['hr', 'Molim slobodan dan u petak jer moram voditi majku na kemoterapiju. Lijep pozdrav, Ivana Babić'],
    ['lt', 'Prašau perkelti pokalbį, nes guliu ligoninėje po operacijos. Pagarbiai, Rūta Kazlauskienė'],
    ['fi', 'Hei Mikko, olen sairaslomalla perjantaihin asti. Terveisin Laura Virtanen'],
  ])('reads illness as a colleague writes it (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });
});

describe('what the first runs of 2.20.0 found (synthetic)', () => {
  it("reads a pipe or a fridge that broke as no one's health, a leg that broke as someone's", () => {
    expect(classifyText('Hola, se rompió una tubería en la cocina. Álvaro Prieto').sensitivity).toBe('personal');
    expect(classifyText('Ciao, si è rotto il frigo. Marco').sensitivity).toBe('personal');
    expect(classifyText('Mi hijo Pablo se rompió la pierna esquiando.').sensitivity).toBe('special');
    expect(classifyText("Julie s'est cassé le bras hier.").sensitivity).toBe('special');
  });

  it("reads a caller's introduction in a lower-case transcript after other text, not a README's prose", () => {
    const filler = 'Quarterly Report\n\nThe board met on Tuesday. Revenue grew by four percent. '.repeat(60);
    // Longer than a note in lower case (600 characters), read as one paragraph.
    const transcript = `sprecher 1: guten tag was kann ich für sie tun\nsprecher 2: ja hallo hier ist thomas kröger ich hatte gestern einen unfall\n${'sprecher 1: verstehe und wann genau war das\nsprecher 2: gestern gegen acht auf der landstraße\n'.repeat(8)}`;
    expect(classifyText(`${filler}\n\n${transcript}`).sensitivity).toBe('personal');
    const readme = `${filler}\n\nMatching a pattern with no files. This is akin to setting the nullglob option in bash.\n`;
    expect(classifyText(readme).sensitivity).toBe('public');
  });

  it.each([
    ['fr', 'Le patient, âgé de 72 ans, a été hospitalisé pour une décompensation cardiaque.'],
    ['it', 'La dipendente, 45 anni, addetta alla cassa, chiede il permesso per assistere la madre con la legge 104.'],
    ['es', 'El trabajador afectado, de 38 años, fue trasladado al hospital con fractura de muñeca.'],
    ['nl', 'De melder (vrouw, ongeveer 60) belt over haar buurman; hij is met de ambulance meegegaan.'],
    ['pl', 'Pracownik działu (lat 41, staż 9 lat) zgłosił, że leczy się na depresję.'],
    ['pt', 'O utente, de 67 anos, acamado após AVC, apresenta úlcera de pressão.'],
  ])("reads a record's subject by role and age in apposition, with their care (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it.each([
    ['news of an arrest', 'A 34-year-old man has been arrested after a jewellery shop was broken into.'],
    ['a course for pupils of an age', 'Der Kurs für die Schüler (12 Jahre) beginnt am Montag.'],
    ['a job ad', 'Wir suchen einen Mitarbeiter (m/w/d) für die Buchhaltung.'],
    ['a driver in the news fr', 'Le conducteur, âgé de 34 ans, a été légèrement blessé.'],
    [
      "a training's made-up case",
      'Cas pratique n° 3 – formation des aides-soignants\n\nLe patient, âgé de 80 ans, est hospitalisé pour une pneumopathie.',
    ],
    ["a size guide's children", "Kids' size guide\nChild: boy, 8 years – height 128 cm\nChild: girl, 8 years – height 128 cm"],
  ])('reads %s as no record of anyone', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    ['en', "Client: male, 52, single, sofa-surfing at a friend's flat.\n27/11: disclosed relapse into alcohol use."],
    ['nl', 'Cliënt: meisje, 14 jaar, 3e klas vmbo\nAfgesproken: aanmelding bij de praktijkondersteuner GGZ.'],
    ['de', 'Kind: Junge, 4 Jahre, Gruppe Igel\nHergang: Platzwunde an der Stirn, zum Kinderarzt gebracht.'],
    ['fr', "Élève concerné : garçon, 12 ans, 6e C\nL'élève présente des ecchymoses sur les bras."],
    ['sv', 'Brukare: kvinna, 88 år\nHändelse: fel dos av Waran delades ut vid kvällsbesöket.'],
    ['es', 'Hab. 15, J.R.P. (92 a.): agitación nocturna, se administra haloperidol según prescripción.'],
  ])('reads whom a record is about by sex and age, or initials and age, with their care (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it.each([
    ['a course for an age group', 'Zielgruppe: Kinder, 6–10 Jahre. Kursgebühr 45 €.'],
    ["a clinic's statistics", 'Statistik 2026\nPatienten: 120, davon m: 54, w: 66'],
    ['a company as the client, with its address', 'Client: Northwind Ltd, 52 Station Road, Leeds'],
  ])('reads %s as no one by sex and age', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it('reads a legal form that is a frequent word opening a line in capitals as the word ("SE NON HAI …", Italian "if")', () => {
    const text =
      'CIAO! PER LA CENA DI SABATO SIAMO A 30 EURO A TESTA.\nSE NON HAI CONTANTI MANDAMELI CON UN BONIFICO SU IT60 X054 2811 1010 0000 0123 456';
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('reads a pair of capitalised words in capitals, the second in no name list, as weak', () => {
    expect(classifyText('AVVISO: LA STAMPANTE DEL SECONDO PIANO È GUASTA. GRAZIE PER LA PAZIENZA.').sensitivity).toBe('public');
    expect(classifyText('DEAR MRS WHITAKER, YOUR APPOINTMENT IS CONFIRMED FOR MONDAY.').sensitivity).toBe('personal');
  });

  it("reads the language's thousand most frequent words in lower case in a text in capitals: no surname after a given name (2.42.0)", () => {
    // "SUZETTE ZUM" read "Suzette zum": a dessert, not Ms Suzette Zum.
    expect(classifyText('SPEISEKARTE: SUPPE DES TAGES, SCHNITZEL MIT SALAT, CRÊPES SUZETTE ZUM NACHTISCH.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('BITTE SAG SABINE, DASS DAS PAKET AM EMPFANG LIEGT.').sensitivity).toBe('personal');
    // An initial stays capitalised though a frequent word of one letter reads the same ("a", "j" in English).
    expect(classifyText('date,description,amount\n2026-11-05,FASTER PAYMENT FROM J OKAFOR RENT SHARE,450.00\n').sensitivity).toBe(
      'personal',
    );
  });

  it.each([
    ['de', 'Hiermit erkläre ich meinen Austritt aus der Partei. Mitgliedsnummer: 448219. Rainer Vogt'],
    ['fr', 'Je vous informe de ma démission du parti à compter de ce jour. Julien Marchand'],
    ['pl', 'Składam oświadczenie o wystąpieniu z partii. Marek Zieliński'],
  ])('reads leaving a party as a political opinion (%s)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it("reads leaving a celebration as no one's opinion", () => {
    expect(classifyText('Tom Baker had to leave the party early.').sensitivity).toBe('personal');
  });

  it.each(['Internal Communications', 'Corporate Communications', 'Investor Relations'])(
    'reads a department signing a notice as no one (%s)',
    (department) => {
      expect(classifyText(`Please submit questions through the intranet form.\n\nKind regards,\n${department}`).sensitivity).toBe(
        'public',
      );
    },
  );

  it.each([
    ['hr', 'Uprava je odobrila operaciju spajanja dviju tvrtki. Kontakt: Ivana Babić'],
    ['fi', 'Hallitus esittää leikkauksia kuntien rahoitukseen. Lisätietoja: Laura Virtanen'],
  ])("reads a business's operation and a budget's cuts as no one's health (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it("reads a team's agenda before a conference, its presenters from no university, as someone's", () => {
    const agenda =
      'Konferenz-Vorbereitung Team Vertrieb\n9:00 Begrüßung: Anna Weber\n9:30 Zahlen Q3: Jonas Keller\n10:30 Kaffeepause';
    expect(classifyText(agenda).sensitivity).toBe('personal');
  });
});

describe('sign-in sheets, ward reports and notes in capitals (synthetic)', () => {
  it("reads a date's year as no postcode before a name", () => {
    expect(classifyText('01/12/2026 Graham Petrie Apex Lifts Facilities 09:10 10:45').sensitivity).toBe('personal');
    expect(classifyText('Besuch am 01.12.2026 Noura Haddad, HR').sensitivity).toBe('personal');
    expect(classifyText('Kontakt: Stadtwerke, 8000 Zürich').sensitivity).toBe('public');
  });

  it('reads the German "Hr." and "Fr." before a name and its colon, as a ward\'s report writes them', () => {
    expect(classifyText('Zi. 217 Hr. Brandt: Material gewechselt, schlief durch.').sensitivity).toBe('personal');
    expect(classifyText('D. Prezzo: 12,50 €').sensitivity).toBe('public');
  });

  it('counts a first name in a message in capitals that reads as prose with its frequent words in lower case', () => {
    const text =
      "GENTILI GENITORI, RICORDIAMO CHE VENERDÌ LA CLASSE 2B ANDRÀ AL MUSEO. AMANI E NIKHIL NON HANNO ANCORA RIPORTATO L'AUTORIZZAZIONE FIRMATA: VI PREGHIAMO DI CONSEGNARLA ENTRO GIOVEDÌ.";
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('reads a name in capitals whose "surname" is a frequent word by its sentence, not as a pair', () => {
    expect(
      classifyText('OGGI LA PIZZA DEL GIORNO È LA MARGHERITA CON FUNGHI. CHIUSO IL LUNEDÌ, APERTO LA DOMENICA SERA.').sensitivity,
    ).toBe('public');
    expect(classifyText('ACCOUNT HOLDER: ANNA VON BERG\nIBAN: IE85 VMRJ 8500 8023 7004 74').sensitivity).toBe('personal');
    expect(
      classifyText('BIG THANKS TO HEATHER FOR ORGANISING THE CHRISTMAS LUNCH THIS YEAR, THE RESTAURANT WAS PERFECT.').sensitivity,
    ).toBe('personal');
  });

  it("keeps the letters of an identifier's groups in capitals as written", () => {
    expect(
      classifyText(
        'TICKET 4471 — CALLER ASKED ABOUT A REFUND.\nNATIONAL INSURANCE NUMBER: CX 84 70 11 C\nPLEASE RETURN THE FORM.',
      ).sensitivity,
    ).toBe('personal');
    const values: FoundValue[] = [];
    classifyText('HOI! WIL JE JE DEEL OVERMAKEN? NAAR: L. DE GROOT\nREKENING: NL85 INGB 0006 7123 45\nDANK JE!', values);
    expect(values.map((v) => v.type)).toContain('iban');
  });

  it("stops a place's name at a sentence's end before a name, also a few words back", () => {
    expect(
      classifyText(
        "Vivono nell'area di sosta di via Salvo D'Acquisto. La signora Mirela Hudorovich ha chiesto aiuto per i figli.",
      ).sensitivity,
    ).toBe('personal');
    const capitals =
      "IL NUCLEO FAMILIARE VIVE DA TRE ANNI NELL'AREA DI SOSTA DI VIA SALVO D'ACQUISTO. LA SIGNORA MIRELA HUDOROVICH HA CHIESTO AIUTO PER L'ISCRIZIONE A SCUOLA DEI DUE FIGLI MINORI, DI 7 E 9 ANNI.";
    expect(classifyText(capitals).sensitivity).toBe('personal');
  });

  it('reads a frequent word in capitals as the word, not as the abbreviation it also is (the Polish school\'s "LO")', () => {
    expect(classifyText('EL CURSO DE EXCEL LO IMPARTE LORENA EL MIÉRCOLES A LAS 10 EN LA SALA 2.').sensitivity).toBe('personal');
  });

  it('still reads a word that is a name too as the word in capitals', () => {
    const text = 'PIZZERIA DA ENZO. OGGI LA PIZZA DEL GIORNO È LA MARGHERITA. CHIUSO IL LUNEDÌ, APERTO LA DOMENICA SERA.';
    expect(classifyText(text).sensitivity).toBe('public');
  });
});

describe('things named after people: saints, name days, menus, breeds (synthetic)', () => {
  it.each([
    [
      'saints fr',
      'Calendrier : 4 décembre, sainte Barbara ; 6 décembre, saint Nicolas. Souhaitez leur fête aux Barbara et Nicolas de votre entourage !',
    ],
    ['name days pl', 'Kalendarz imienin – grudzień\n4 grudnia: Barbary, Krystiana\n13 grudnia: Łucji, Otylii'],
    ['a dessert fr', 'Nos desserts : Paris-Brest, Charlotte aux poires, Tarte Tatin.'],
    [
      'a cocktail menu',
      'Cocktailkarte\nTom Collins – Gin, Zitrone, Soda   9,00 €\nHugo – Prosecco, Minze   7,50 €\nAperol Spritz – Aperol, Soda   7,50 €',
    ],
    ['dog breeds', 'Breeds welcome include Jack Russell terriers and crossbreeds.'],
    [
      'a menu with bare prices and dishes named after people',
      'Winter Menu\nCaesar salad with anchovies – 8.00\nBeef Wellington for two – 48.00\nPavlova with winter berries – 7.50',
    ],
    ['a dish before its kind', 'Caesar salad with anchovies and parmesan'],
    ['the European language framework es', 'Se requiere inglés nivel B2 del Marco Común Europeo de Referencia.'],
  ])('reads %s as no one', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    ['a dues list with prices', 'Beiträge Dezember\nAnna Schmidt   12,50 €\nPeter Meier   12,50 €\nJonas Weber   12,50 €'],
    // A menu's word, but each line is a name and a price alone: whoever ordered.
    ['a lunch order with bare prices', 'Lunch order from the menu\nAnna Schmidt – 8.50\nPeter Meier – 9.00\nJonas Weber – 8.50'],
    ['a name-day wish', 'Wszystkiego najlepszego z okazji imienin, Basiu! Ściskam, Ola'],
    ['Charlotte at the office', 'Charlotte au bureau demain, Charlotte Morel remplace Paul.'],
  ])('still reads %s as someone', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });
});

describe('double-barrelled surnames and institutions joined to a name (synthetic)', () => {
  it("reads a street word's surname with a possessive as a person's, and a first name's possessive apostrophe", () => {
    expect(classifyText("Janet Hill's son is ill.").sensitivity).not.toBe('public');
    expect(classifyText("Emily Fields' desk is by the window.").sensitivity).toBe('personal');
    expect(classifyText("Jonas' Rechner ist kaputt.").sensitivity).toBe('personal');
    expect(classifyText("Our new model 'Lukas' sells well in Spain.").sensitivity).toBe('public');
    expect(classifyText("Karen Hall's desk is free from Monday.").sensitivity).toBe('personal');
  });

  it.each(['Taylor-Green', 'Smith-Hill', 'Jones-Wood', 'Smith-Lane', 'Jansen-Dijk'])(
    'reads "Anna %s" as a person, its second part a place\'s word and a surname too',
    (surname) => {
      expect(classifyText(`Anna ${surname} ruft morgen zurück.`).sensitivity).toBe('personal');
    },
  );

  it('reads an institution joined to the name of whom it is named after as no one', () => {
    expect(classifyText('Das Robert Koch-Institut meldet steigende Grippezahlen.').sensitivity).toBe('public');
    expect(classifyText('Het Antoni van Leeuwenhoek start een nieuwe studie naar longkanker.').sensitivity).toBe('public');
    expect(classifyText('Ik heb het Anna Jansen gevraagd.').sensitivity).toBe('personal');
    expect(classifyText('Ich habe das Anna Weber gegeben.').sensitivity).toBe('personal');
  });
});

describe('one detail alone: spelt-out addresses, lower-case asks, surnames first (synthetic)', () => {
  it('reads an address spelt out to its local part', () => {
    expect(classifyText('email me at anna dot schmidt at gmail dot com').sensitivity).toBe('personal');
    expect(classifyText('the point is that we meet at home dot com').sensitivity).toBe('public');
  });

  it('reads a name in lower case before a verb of asking, as German and Dutch put it', () => {
    expect(classifyText('kannst du bitte lukas bescheid geben dass das meeting ausfällt').sensitivity).toBe('personal');
    expect(classifyText('kun je sanne vragen of ze morgen komt').sensitivity).toBe('personal');
    expect(classifyText('wir müssen die kunden fragen ob das passt').sensitivity).toBe('public');
  });

  it('reads a word with an umlaut as no name, alone, where no list spells the name so', () => {
    expect(classifyText('Lieferumfang: Mäher, Akku 36 V / 4 Ah, Ladegerät, Grasfangkorb.').sensitivity).toBe('public');
    for (const name of ['Jürgen', 'Björn', 'Özlem', 'Göran'])
      expect(classifyText(`Lieferumfang geprüft. ${name} ist heute im Lager.`).sensitivity).toBe('personal');
    expect(classifyText('Heute hat Ödön angerufen.').sensitivity).toBe('personal');
  });

  it("reads a French site's publication director beside its register, and an Italian judgment's initials, as weak", () => {
    expect(
      classifyText(
        'Mentions légales\nÉditeur : Librairie Le Passage SARL, 18 rue Mercière, 69002 Lyon. RCS Lyon 812 554 901.\nDirectrice de la publication : Hélène Vidal, gérante.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Tribunale di Milano, sentenza n. 2211/2026. Il ricorrente, sig. A.B., impugnava il licenziamento. Il Tribunale accoglie il ricorso.',
      ).sensitivity,
    ).toBe('public');
  });

  it('reads a short message in lower case below a long text, as it reads one alone', () => {
    const message =
      'oye, una cosa\nmañana no llego hasta las 11\nle dices a pablo que empiece él la reunión? ya le pasé la presentación a sonia ayer\ngracias!!';
    const report = 'Prune apple and pear trees while they are dormant, removing dead and crossing branches.\n\n'.repeat(30);
    expect(classifyText(message).sensitivity).toBe('personal');
    expect(classifyText(`${report}${message}`).sensitivity).toBe('personal');
    expect(classifyText(`${report}install with npm, then run the tests with paul's config\nthanks`).sensitivity).toBe('public');
  });

  it("reads a short message's last first name after a comma as its writer's, not a list's last item", () => {
    expect(classifyText('Oggi lavoro da casa, Federica').sensitivity).toBe('personal');
    expect(classifyText('Dziś pracuję zdalnie, Kasia').sensitivity).toBe('personal');
    expect(classifyText('Farben: Blau, Grün, Rosa').sensitivity).toBe('public');
  });

  it('reads a Chinese surname before the given name', () => {
    expect(classifyText('Zhang Wei from the Shanghai office joins the call.').sensitivity).toBe('personal');
  });
});

describe('monarchs, public programmes and words that are something else (synthetic, 2.17.0)', () => {
  it.each([
    ['a king before his regnal number pt', 'O mosteiro foi mandado construir por D. Manuel I para celebrar a viagem.'],
    ['kings fr', 'Le château fut construit sous Louis XIV et agrandi par Napoléon III.'],
    ['a king with his title pl', 'Pomnik króla Jana III Sobieskiego stoi w parku.'],
    ['a prince with his title pt', 'A estátua do Infante D. Henrique está no centro da praça.'],
    ['a queen with her title fr', 'La reine Mathilde a inauguré la nouvelle crèche.'],
    ["a king's possessive", "The abbey was founded by Henry VIII's daughter."],
    [
      "a paid conference's programme",
      'Nordic Grid Storage Summit 2027 – Programme\n09:15 Welcome\n09:30 Keynote: Ten years of lithium\n       Dr Ingrid Solberg, SINTEF\n10:15 Panel: Who pays? Moderator: Tomás Ferreira (Eurelectric)\nEarly-bird fee until 15 January: EUR 690.',
    ],
    [
      "a conference's programme whose speakers come from universities",
      'Program konferencji „Cyfrowa administracja 2027”\n9:00 – Otwarcie: prof. dr hab. Andrzej Nowicki, rektor Politechniki Lubelskiej\n9:30 – Wykład: dr Katarzyna Wróbel, Uniwersytet Warszawski\n10:30 – Panel dyskusyjny',
    ],
    [
      "a company's report to its shareholders, its chief executive signing",
      'Relatório de Sustentabilidade 2025 – Mensagem do Presidente\nCaros acionistas, reduzimos as emissões em 18 %.\nHenrique Lacerda\nPresidente Executivo',
    ],
    [
      "a museum's labels",
      'Salle 3\nBerthe Morisot (1841–1895)\nLe Berceau, 1872\nHuile sur toile, 56 x 46 cm\n\nSonia Delaunay\nRythme, 1938\nhuile sur toile',
    ],
    ['a minister in a press review de', 'FAZ, 25.11.: Bundeswirtschaftsministerin Katherina Reiche kündigt eine Reform an.'],
    ['a minister and her ministry it', 'La ministra del Lavoro Marina Calderone ha incontrato i sindacati.'],
    ['a prime minister pl', 'Premier Donald Tusk spotkał się z rolnikami.'],
    [
      "a paper's authors with their affiliations' marks",
      'Mikkel Sørensen1, Laura Bianchi2,3 and Henrik Aalto1*\n1 Technical University of Denmark\n2 Politecnico di Milano',
    ],
    ['a film in a TV schedule pl', '21:30  Film: „Boże Ciało", reż. Jan Komasa (Polska 2019)'],
    ["a staging's credits fr", 'Mise en scène de Clément Hervieu-Léger. Durée : 2 h 40.'],
    ['a nationality that is a given name too', 'We studied smart-meter data from 1,200 Danish homes.'],
    ["an auction lot's line", 'Lot 14: Karin Kneffel (born 1957), Untitled (Cherries), 1994, oil on canvas, 60 x 60 cm'],
    [
      "a podcast's show notes",
      '# Episode 112 – Heat pumps\nHost Maya Collins talks with energy economist Jan Rosenow.\n- 02:10 – What a heat pump is\n- 21:30 – Prices\n- 47:15 – Listener questions',
    ],
  ])('reads %s as no one', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    ['an alderman and a mayor nl', 'Wethouder Sanne de Vries opende het fietspad. Burgemeester Pieter Hoekstra is aanwezig.'],
    ['a mayor after a comma fr', 'La médiathèque ouvrira en présence du maire, Jean-Pierre Lambert.'],
    ['a rector with his title it', "L'inaugurazione alla presenza del rettore prof. Marco Ferri."],
    [
      "a listed company's current report pl",
      'Raport bieżący nr 27/2026\nRada Nadzorcza powołała Panią Agnieszkę Lewandowską do Zarządu.\nTomasz Wójcik – Prezes Zarządu',
    ],
    [
      "a magazine's imprint",
      'Impressum\nStadtmagazin Leuchtturm\nGeschäftsführer: Karsten Vogt\nChefredakteurin: Miriam Stolz (V.i.S.d.P.)\nRedaktion: Jan Petersen, Lea Hansen',
    ],
    [
      "a mayor's signature with the office under the name sk",
      'Oznam\nObecný úrad bude zatvorený.\n\nIng. Peter Novák\nstarosta obce',
    ],
    ["a mayor after the town's word sk", 'Kontaktujte starostu obce Ing. Petra Nováka na obecnom úrade.'],
    [
      "a company's legal data page it",
      'Dati societari\nFerretti Imballaggi S.p.A.\nPresidente: Giulia Ferretti\nAmministratore delegato: Paolo Mazzanti',
    ],
  ])('reads %s as no one (synthetic, 2.18.0)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    [
      "a citizen's letter to the mayor",
      'Sehr geehrter Herr Bürgermeister, mein Nachbar Klaus Weber parkt auf dem Gehweg. Mit freundlichen Grüßen, Anna Schulz',
    ],
    ['a mayor three words before a name', 'Wethouder Jan de Boer belde over de aanvraag van mevrouw Sanne Bakker.'],
    ['Maire as a given name fi', 'Maire Virtanen soitti eilen laskusta.'],
    ['Mayor as a surname es', 'Ana Mayor llamará mañana por la factura.'],
    ['an official statement to staff pt', 'COMUNICADO OFICIAL\nO colaborador João Silva está de baixa médica até dia 12.'],
    ["a solicitor's legal notice", 'Legal notice\nDear Mr Smith, we act for Jane Miller regarding the unpaid invoice.'],
    ["a press release's draft under a cover note", 'Press release – draft\nHi Jens, can you check the quote from Anna Weber?'],
    ['a Lithuanian greeting and sign-off', 'Sveiki, Tomai,\nprimenu, kad rytoj susitinkame.\nLinkėjimai,\nDarius'],
    ['a Slovene greeting', 'Pozdravljeni, ga. Novak,\nLuka danes ne bo prišel.\nLep pozdrav,\nMaja'],
    ['an Estonian greeting', 'Tere, Kadri!\nHomme ma kontorisse ei tule.\nAitäh,\nMarko'],
    ["a mayor's letter to a citizen", 'Sehr geehrte Frau Anna Weber,\nIhr Antrag ist genehmigt.\n\nHans Vogel\nBürgermeister'],
  ])('still reads %s as someone (synthetic, 2.18.0)', (_, text) => {
    expect(classifyText(text).sensitivity).not.toBe('public');
  });

  it.each([
    ['a middle initial', 'Please call Peter V. Smith tomorrow about the lease.'],
    ['a title that is a given name too', 'Duke Johnson will cover the early shift.'],
    ['a queen as a given name es', 'Reina Torres llamó ayer por la factura.'],
    ['Dona before a woman pt', 'Cara D. Maria Silva, obrigado pela visita de ontem.'],
    ['an Austrian list, surname first', 'Bitte Frau König anrufen, sie wartet auf den Rückruf.'],
    ['the English I after a name', 'Tell Anna Schmidt I will be late tomorrow.'],
    ['an heir with a footnote', 'Erben: Anna Schmidt¹ und Tom Weber²\n¹ Tochter des Erblassers\n² Neffe, wohnhaft in Köln'],
    ['Danish as a given name', 'Danish Khan called about the invoice.'],
    ["a pupils' exhibition's labels", 'Ausstellung der Klasse 3b\n\nLena Schmidt (8)\nSonnenblumen, 2026\nAcryl auf Leinwand'],
    ["a pupil's label with no age", 'Lena Schmidt\nSonnenblumen, 2026\nAcryl auf Leinwand'],
    ['a class after a pupil pl', 'Lista uczniów: Jan Kowalski IV a, Anna Nowak III b'],
    ['a floor after a tenant', 'Bitte an Lea Müller II. Stock liefern.'],
    ["children's costumes fr", "Les costumes de Léa et Tom sont prêts pour la fête de l'école."],
    ['a French first prize', 'Premier prix : Lucie Martin, deuxième prix : Tom Weber.'],
    ['a mail about festival tickets', 'Re: Festival tickets\nHi Anna, I got the tickets for Saturday! Tom'],
    [
      'a mail about a conference fee',
      'Subject: Conference registration fee\n\nDear Maria Rossi, your registration fee of EUR 690 was received. Regards, Tom Baker',
    ],
    ['podcast ideas', 'Podcast episode ideas\nAnna Weber suggested we subscribe to more shows. Tom'],
    ["a note on an annual report's draft", 'Annual report 2025\nHi Anna, the shareholders liked the draft. Tom'],
    ["a club's president", 'Unser Präsident Hans Meier eröffnet die Versammlung des Kegelvereins.'],
    ['a message naming a medium', 'Anna Weber hat gestern angerufen: Öl auf Leinwand ist bestellt.'],
    ['a note naming a medium on its next line', 'Anna Weber\nÖl auf Leinwand bitte bis Freitag bestellen.'],
    [
      "a school's annual report naming a pupil",
      'Jahresbericht 2025 der Grundschule am Park\nSiegerin im Lesewettbewerb: Lena Hoffmann aus der 4a.',
    ],
    [
      "an internal summit's agenda, with no fee",
      'Leadership Summit 2027 – Agenda\n09:00 Welcome – Anna Schmidt, Head of Sales\nRegistration via the intranet.',
    ],
  ])('still reads %s as someone', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('reads fever and aches in Danish, Swedish and Norwegian messages, not the Austrian February', () => {
    expect(classifyText('Hej Mette, Frederik har haft feber i nat og har ondt i ørerne. Jonas').sensitivity).toBe('special');
    expect(classifyText('Hej, Elsa är hemma idag, hon har ont i halsen. /Anna').sensitivity).toBe('special');
    expect(classifyText('Am 3. Feber kommt Frau Huber zur Besprechung.').sensitivity).toBe('personal');
  });

  it('reads a back or a knee that plays up, as a colleague says it', () => {
    expect(classifyText('Hallo Jens, mein Rücken macht wieder Probleme, ich bleibe heute zu Hause. Tim').sensitivity).toBe(
      'special',
    );
    expect(classifyText("Hi Sam, my back is playing up again so I'll work from home. Tom").sensitivity).toBe('special');
  });

  it('reads a document that calls itself reserved or internal, not a reserved parking space', () => {
    expect(classifyText('Documento riservato\nPiano commerciale 2027: obiettivi e margini per regione.').sensitivity).toBe(
      'internal',
    );
    expect(classifyText('Parcheggio riservato ai soci del circolo.').sensitivity).toBe('public');
  });

  it('reads an Irish address by its Eircode, and where someone lives', () => {
    const values = (text: string) => {
      const found: FoundValue[] = [];
      classifyText(text, found);
      return found.filter((v) => v.type === 'postal-address').map((v) => v.value);
    };
    expect(values('Seán Murphy, 12 Main Street, Ballymore, Co. Westmeath, N91 K2T3')).toEqual([
      '12 Main Street, Ballymore, Co. Westmeath, N91 K2T3',
    ]);
    expect(values('Niamh Gallagher\n14 Willow Park Road\nDublin 9\nD09 X2C4')).toHaveLength(1);
    expect(classifyText('Sean lives at 14 Cotham Vale, Bristol BS6 7QD.').sensitivity).toBe('personal');
    expect(classifyText('Grace lives in all of us.').sensitivity).toBe('public');
  });

  it("reads a plate on an invoice between companies as a fleet's, not on a private customer's", () => {
    const invoice = (customer: string) =>
      `FACTURA N.º 2026/1187\nEmisor: Talleres Mecánicos Albacete S.L. – CIF B02345678\nCliente: ${customer}\nCambio de embrague, matrícula 4821 KLM: 1.240,00 €`;
    expect(classifyText(invoice('Transportes Manchegos S.A. – CIF A02111111')).sensitivity).toBe('public');
    expect(classifyText(invoice('Juan Pérez Gómez')).sensitivity).toBe('personal');
  });

  it("reads a name in capitals inside a text in mixed case, not a brand's, a company's or a street's", () => {
    expect(
      classifyText("BRT: la spedizione 0412-77813 per ESPOSITO GENNARO e' in consegna oggi tra le 14 e le 17.").sensitivity,
    ).toBe('personal');
    expect(classifyText('Lieferung an MÜLLER HANS, Hauptstraße 5.').sensitivity).toBe('personal');
    expect(classifyText('New arrivals: TOMMY HILFIGER and CALVIN KLEIN jackets.').sensitivity).toBe('public');
    expect(classifyText('The MARTIN BRAUN GMBH invoice is attached.').sensitivity).toBe('public');
    expect(classifyText('Spedizione in VIA GIUSEPPE VERDI 12, Milano.').sensitivity).toBe('public');
  });

  it('reads a German greeting to a household, a neighbourhood or the parents as no one', () => {
    expect(classifyText('Liebe Hausgemeinschaft,\nam Dienstag wird der Heizungskeller gewartet.').sensitivity).toBe('public');
    expect(classifyText('Liebe Elternschaft, am Dienstag fällt der Unterricht aus.').sensitivity).toBe('public');
    expect(classifyText('Liebe Anna, am Dienstag fällt der Unterricht aus.').sensitivity).toBe('personal');
  });

  it('reads a short note typed in lower case with its surnames and titles capitalised, not its common words', () => {
    expect(classifyText('key for room 12 is with kowalczyk at the front desk, he leaves at 5').sensitivity).toBe('personal');
    expect(classifyText('rappeler m. lefebvre pour le devis cuisine, il attend depuis lundi').sensitivity).toBe('personal');
    expect(classifyText('parcel for okonkwo in flat 3 - left with reception').sensitivity).toBe('personal');
    expect(classifyText('clé du local vélo : demander à mme garnier au rdc').sensitivity).toBe('personal');
    expect(classifyText('herr weber hat angerufen, bitte zurückrufen').sensitivity).toBe('personal');
    for (const text of [
      'the quick brown fox jumps over the lazy dog',
      'note: the wood and stone samples are in the cabinet',
      'mr clean is out of stock again',
      'ms teams call moved to 3',
      'ask hr about the new laptop policy',
      'hey jude – the beatles\nhello – adele\nsweet caroline – neil diamond',
    ])
      expect(classifyText(text).sensitivity).toBe('public');
  });

  it('reads a date of birth after its word and a verb, as a message gives it', () => {
    for (const text of [
      'Mijn geboortedatum is 14-03-1989, maar in het systeem staat 14-03-1998.',
      'My date of birth is 14/03/1989.',
      'Ma date de naissance est le 14/03/1989.',
      'A minha data de nascimento é 14/03/1989.',
    ])
      expect(classifyText(text).findings.map((f) => f.type)).toContain('date-of-birth');
    expect(classifyText('The date of birth is required on the form.').sensitivity).toBe('public');
  });

  it('reads Greek everyday greetings, and groups greeted in the other EU languages as no one', () => {
    expect(classifyText('Γεια σου Νίκο, αύριο δεν θα έρθω, έχω πυρετό και πάω στον γιατρό. Μαρία').sensitivity).toBe('special');
    expect(classifyText('Kedves Lakók! A lift karbantartása miatt nem lesz használható.').sensitivity).toBe('public');
    expect(classifyText('Kedves Anna! A lift nem működik. Péter').sensitivity).toBe('personal');
  });

  it('reads lithium as a medication, not in a text about batteries', () => {
    expect(classifyText('Anna Weber nimmt seit Jahren Lithium gegen ihre Stimmungsschwankungen.').sensitivity).toBe('special');
    expect(classifyText('Lithium-ion battery storage: Anna Weber presents ten years of lithium at the plant.').sensitivity).toBe(
      'personal',
    );
  });

  it("reads an Italian company's statutory auditors as no union", () => {
    const minutes = 'Rinnovo del collegio sindacale: vengono eletti sindaci effettivi Paolo Zanichelli e Silvia Rinaldi.';
    expect(classifyText(minutes).sensitivity).toBe('personal');
    expect(classifyText('Paolo Zanichelli è iscritto al sindacato dal 2019.').sensitivity).toBe('special');
  });
});

describe('never less than personal (properties)', () => {
  const personal = [
    'Patient: Anna Kowalska\nDiagnose: Bronchitis',
    'Contact jan.kowalski@gmail.com',
    'IBAN DE14 1607 6502 1569 5447 31, Kontoinhaber Jan Weber',
    'Dear Mr Okafor,\nyour contract is attached.',
    'PESEL: 44051401359',
  ];

  it('adding any words around personal data never makes a document less than personal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...personal),
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (core, before, after) => {
          expect(isPersonal(classifyText(`${before}\n${core}\n${after}`).sensitivity)).toBe(true);
        },
      ),
      // More runs than the default: this property once found a leak in one of some 5,000 cases.
      { numRuns: 500 },
    );
  });

  it('never puts a value it found into findings or reasons', () => {
    fc.assert(
      fc.property(digitString(18), fc.constantFrom('jan.kowalski', 'a.nowak', 'lucia.perez'), (bban, local) => {
        const iban = composeIBAN({ countryCode: 'DE', bban }) as string;
        const email = `${local}@gmail.com`;
        const c = classifyText(`Account holder ${local}: ${iban}, mail ${email}`);
        const json = JSON.stringify(c);
        expect(json).not.toContain(iban);
        expect(json).not.toContain(email);
        expect(json).not.toContain(local);
      }),
    );
  });

  it('classifies a stream cut anywhere as it classifies the whole text', async () => {
    const text = `${'Opening hours change in summer. '.repeat(80)}Patient: Anna Kowalska, IBAN DE14 1607 6502 1569 5447 31\n${'Deliveries on Monday. '.repeat(80)}`;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: text.length }), { maxLength: 6 }), async (cuts) => {
        const points = [0, ...new Set(cuts)].sort((a, b) => a - b);
        async function* pieces() {
          for (let i = 0; i < points.length; i++) yield text.slice(points[i], points[i + 1] ?? text.length);
        }
        const streamed = await classifyStream(pieces());
        expect(streamed.sensitivity).toBe(classifyText(text).sensitivity);
        expect(streamed.findings).toEqual(classifyText(text).findings);
      }),
      { numRuns: 40 },
    );
  });
});

describe('job ads, release notes and the first window carried (synthetic, 2.18.0)', () => {
  const jobAd =
    'Sachbearbeiter/in (m/w/d) Wohngeld\n\nIhre Aufgaben:\n- Bearbeitung von Anträgen\n\nIhr Profil:\n- Ausbildung als Verwaltungsfachangestellte/r\n\nWir bieten:\n- Jobticket\n\nSchwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Fragen an Frau Julia Brandt, Tel. 03301 555-412.';
  const releaseNotes =
    '# v4.2.0 (2026-11-27)\n\n## Features\n- New `--watch` flag (#1418, thanks @mkowalczyk)\n\n## Fixes\n- Fix a crash on empty input (#1440)\n\nThanks to Elena Rossi for the parser benchmarks.';

  it.each([
    ["a job ad's HR contact and its equal-opportunity sentence", jobAd],
    [
      "a vacancy's contact in English",
      'Vacancy: Warehouse operative\n\nYour responsibilities:\n- picking\n\nAbout you:\n- forklift licence\n\nAsk Tom Baker on 0161 555 0101.',
    ],
    [
      'a Dutch vacancy written to its reader ("je")',
      'Vacature: Medewerker klantenservice\n\nWat ga je doen\nJe beantwoordt vragen.\n\nWie ben jij\nJe hebt een mbo-4 diploma.\n\nWat bieden wij\nEen goed salaris.\n\nMeer weten? Bel Sanne Jansen op 020 555 3810.',
    ],
    [
      'a Dutch festival\'s programme that speaks to its reader ("je")',
      'Reparatie Festival 2027 – Programma\n09:30 Opening\n10:15 Workshop solderen met Sanne de Wit\n11:00 Lezing: repareren kun je leren – Pieter Bakker\nTickets: € 12, kinderen gratis. Wil je helpen? Meld je aan.',
    ],
    ["a release's notes thanking contributors", releaseNotes],
    [
      'a History.md',
      '4.6.0 / 2015-07-09\n==================\n\n * support generators, thanks Jane Miller\n\n4.5.0 / 2015-03-17\n',
    ],
  ])('reads %s as published', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it.each([
    [
      'a job description naming its holder',
      'Stellenbeschreibung – Anna Schmidt\n\nIhre Aufgaben:\n- Buchhaltung\n\nIhr Profil:\n- Ausbildung',
    ],
    [
      "interview notes under a job ad's headings",
      'Interview notes – candidate Maria Rossi\nYour responsibilities: she asked about the on-call rota.\nWhat we offer: she wants a 4-day week.',
    ],
    ['a rejection written to the applicant', `Sehr geehrte Frau Meier,\nleider müssen wir absagen.\n\n${jobAd}`],
    [
      'a message whose subject starts with a version',
      '# v4.2.0 crashes on startup\nHi team, Anna Weber sees it too (#1432, #1433). Tom',
    ],
    [
      "an internal changelog's note on someone's pay, marked not to be forwarded",
      "# v2.3.0 (2026-11-30)\n\n## Fixed\n- Payroll export rounding (#212)\n\nSarah Whelan's overtime was recalculated by hand. Please do not forward this.",
    ],
    [
      "release notes with an on-call's mobile",
      '## [1.3.0] - 2026-01-05\n### Fixed\n- login bug (#88)\nOn call: Maria Rossi, +49 171 5550123.',
    ],
  ])('still reads %s as someone', (_, text) => {
    expect(classifyText(text).sensitivity).not.toBe('public');
  });

  it("reads an FAQ's questions in the first person as no one's, where its title ends its first line", () => {
    const faq =
      "Residents' parking permits – frequently asked questions\n\nI have a Blue Badge. Do I need a permit?\nBlue Badge holders park free. Call 020 7555 0123.";
    expect(classifyText(faq).sensitivity).toBe('public');
    expect(classifyText("Re : FAQ – I'm pregnant, can I still get the vaccine? Anna").sensitivity).toBe('special');
  });

  it.each([
    ['Liebe Nachbarn, am Samstag ist Flohmarkt im Hof.'],
    ['Queridos vecinos: el sábado hay limpieza de la escalera.'],
    ['Beste bewoners, de lift is tot vrijdag buiten gebruik.'],
  ])('reads a greeting to a group as to no one: %s', (text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it("reads a manufacturer's technical support line as an organisation's, a mobile after 80 KB still as someone's", () => {
    const manual = classifyText(
      'Se o aspirador não carregar, verifique se os contactos da base estão limpos e se a tomada tem corrente.\nAssistência técnica: 707 555 300 (dias úteis, 9h–18h)',
    );
    expect(manual.sensitivity).toBe('public');
    expect(classifyText('Liga-me para o 912 555 300, Ana').sensitivity).toBe('personal');
    // A Polish ad's mobile after paragraphs in other languages: a Portuguese reading of its digits must not make it a
    // service's (a first version of this rule did).
    const filler = 'Desligue os aparelhos da tomada em vez de os deixar em modo de espera.\n\n'.repeat(40);
    expect(classifyText(`${filler}Pokój do wynajęcia. Kontakt: Agnieszka, tel. 601 555 218`).sensitivity).toBe('personal');
  });

  it("reads a number with the switchboard's extension -0 as a company's, the same without it as a line (holdout-276)", () => {
    const note = (number: string) => `Lieferschein Nr. LS-884120\nBei Rückfragen: Versandabteilung, Telefon ${number}`;
    expect(confidence(phoneDetector, note('0711 340 928-0'))).toEqual([0.45]);
    expect(confidence(phoneDetector, 'Zentrale: +49 30 901820-0')).toEqual([0.45]);
    expect(classifyText(note('0711 340 928-0')).sensitivity).toBe('public');
    // A direct line's extension is someone's desk: not the switchboard.
    expect(confidence(phoneDetector, note('0711 340 928-17'))).not.toEqual([0.45]);
    expect(classifyText('Ruf mich an: 0171 2345678').sensitivity).toBe('personal');
  });

  it("reads a meeting's ID as no phone, a mobile after a calling code still as one", () => {
    const invite =
      'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 384 512 447 219\nPasscode: x7Kq9P';
    expect(classifyText(invite).sensitivity).toBe('public');
    expect(classifyText('Zoom-Meeting beitreten\nMeeting-ID: 845 223 177\nKenncode: 554120').sensitivity).toBe('public');
    expect(classifyText('Hola, mi móvil es 0034 612 345 678').sensitivity).toBe('personal');
    expect(classifyText('Móviles: 612 345 678, 623 456 789').sensitivity).toBe('personal');
  });

  it("reads a service's account as no one's, a person's login still as theirs", () => {
    expect(classifyText('database:\n  user: billing_app\n  password: "Vb7#qT2m!Lx9pR4z"').sensitivity).toBe('internal');
    expect(classifyText('username: jweber').sensitivity).toBe('personal');
  });

  it('reads a note in lower case inside a longer text: a JSON value, a paragraph, a line under a label', () => {
    const note = 'key for room 12 is with kowalczyk at the front desk, he leaves at 5';
    expect(classifyText(JSON.stringify({ id: 4711, subject: 'Message', body: note, status: 'open' }, null, 2)).sensitivity).toBe(
      'personal',
    );
    expect(classifyText(`Opening hours\n\nThe Office Is Open From Nine To Five On Weekdays.\n\n${note}`).sensitivity).toBe(
      'personal',
    );
    expect(classifyText(`Subject: Message\nbody:\n${note}\nstatus: open`).sensitivity).toBe('personal');
  });

  it('reads a given name and a surname in a note typed in lower case, neither a word too', () => {
    expect(classifyText('parcel for joanna kowalczyk is at the front desk, room 12').sensitivity).toBe('personal');
    // A list of singers' full names reads as it does capitalised (personal: no public occasion or calling is named), now
    // that a given name alone that is no English word counts in a short message ("nina simone", 2.42.0).
    const playlist = 'playlist for the party: frank sinatra, ella fitzgerald and dean martin';
    expect(classifyText(playlist).sensitivity).toBe(
      classifyText(playlist.replace(/\b\p{L}/gu, (c) => c.toUpperCase())).sensitivity,
    );
    expect(classifyText('meet at the rose garden by the church at 8').sensitivity).toBe('public');
  });

  it.each([
    [
      'a README paragraph in lower case',
      'Installation\n\nrun the tests with mocha and check the coverage report before you push\n\nUsage',
    ],
    [
      'a recipe line under its label',
      'Ingredients:\nadd the sugar and stir until the butter is melted, then bake for twenty minutes',
    ],
    ['code in lower case', 'Example\n\nconst baker = require("baker"); baker.cook(hall, wood);'],
  ])('reads %s as no one', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it("reads a job ad's disability sentence as no one's health", () => {
    expect(classifyText(jobAd).findings.some((f) => f.category === 'special')).toBe(false);
    expect(classifyText('Anna Weber ist schwerbehindert und braucht einen Parkplatz.').sensitivity).toBe('special');
  });

  it("carries the first window's reading as published to later windows, but not over a letter", () => {
    const filler = '- Internal refactoring of the tokenizer (#1200)\n'.repeat(900);
    expect(filler.length).toBeGreaterThan(WINDOW);
    expect(classifyText(`${releaseNotes}\n${filler}\nThanks to Jonas Weber for the review.`).sensitivity).toBe('public');
    expect(classifyText(`${releaseNotes}\n${filler}\nHi Anna,\nJonas Weber starts on Monday. Tom`).sensitivity).toBe('personal');
    expect(classifyText(`Release plan\n${filler}\nThanks to Jonas Weber for the review.`).sensitivity).toBe('personal');
  });
});

describe("notices of the reader's own care, and what the first runs of 2.19.0 found (synthetic)", () => {
  it.each([
    [
      'an oncology reminder pl',
      'Przypominamy o wizycie w Poradni Onkologicznej w dniu 09.12.2026 o godz. 08:40 (gabinet 12, chemioterapia dzienna).',
    ],
    ['an appointment reminder en', 'Reminder: your appointment at the oncology clinic is on 9 December at 08:40 (room 12).'],
    ['a rheumatology appointment fr', 'Rappel : votre rendez-vous en rhumatologie le 09/12/2026 à 08h40, salle 3.'],
    [
      'an oncology reminder wrapped after an abbreviation pl',
      'Przypominamy o wizycie w Poradni Onkologicznej w dniu 09.12.2026 o godz.\n08:40 (gabinet 12, chemioterapia dzienna).',
    ],
    [
      "a pharmacy's delivery nl",
      'Vandaag tussen 14:00 en 17:00 bezorgen wij uw herhaalrecept aan huis:\n- metformine 500 mg\n- insuline glargine, 5 pennen',
    ],
  ])('reads %s as special: sent to one person, named or not', (_, text) => {
    const c = classifyText(text);
    expect(c.sensitivity).toBe('special');
    expect(c.reasons.join(' ')).toContain("notice of its reader's own care");
  });

  it.each([
    [
      'a leaflet asking to book',
      'Flu vaccination: book your appointment at the pharmacy on 12 December. We are open 08:00–18:00.',
    ],
    ['opening hours on a day', 'Grippeimpfung am 14.12.: Ihr Termin ohne Wartezeit, Impfsprechstunde 14:00 bis 17:00 Uhr.'],
    [
      'a pre-operation leaflet with no day',
      'Before your operation: do not eat after midnight. Please arrive at 07:30 on the day of your procedure. Bring your insulin.',
    ],
    [
      'a prescription ready, no time',
      'Boots: your prescription is ready to collect from Boots Kingsway. Please bring this message.',
    ],
    ["a car inspection's reminder", 'Rappel : votre rendez-vous au centre de contrôle technique est confirmé le 14/12 à 10h30.'],
    [
      "a town hall's vaccination day, from a time",
      'Ihr Termin ohne lange Wartezeit: Am 09.12.2026 ab 9:00 Uhr impft das Team der Stadtapotheke gegen Grippe.',
    ],
    [
      "another event's day and time after the sentence",
      "Votre rendez-vous de mammographie est pris en charge à 100 % tous les deux ans. Le 14/12 à 18h00, une réunion d'information se tient à la médiathèque.",
    ],
  ])('reads %s as no one', (_, text) => {
    expect(isPersonal(classifyText(text).sensitivity)).toBe(false);
  });

  it("reads a parish's Marian words as no one's name, the same names as someone's beside a verb or a greeting (holdout-280)", () => {
    expect(classifyText('Misas de domingo: 9:00 y 12:30.\nAdoración eucarística: jueves de 20:00 a 21:00.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Hola Adoración, mañana te llamo.').sensitivity).toBe('personal');
    expect(classifyText('Adoración García llamó ayer por la factura.').sensitivity).toBe('personal');
  });

  it.each([
    ['hr', 'Pozdrav Marko,\nsutra ne mogu doći na sastanak jer vodim mamu doktoru.\nAna'],
    ['en', "Hi Mark, I can't come tomorrow, I'm taking mum to the doctor. Ana"],
    ['cs', 'Ahoj Petře, zítra nepřijdu, vezu mámu k doktorovi. Jana'],
    ['hu', 'Szia Péter, holnap nem tudok jönni, anyukámat viszem orvoshoz. Kata'],
  ])('reads a visit to the doctor in a message as health (%s, holdout-281)', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it("reads a place under a generic name key as no one's name, a person's name there still as theirs (holdout-282)", () => {
    for (const place of ['Mercado de San Fernando', 'Biblioteca Eugenio Trías', 'Plaza de Isabel II'])
      expect(classifyText(JSON.stringify({ name: place, tipo: 'x' })).sensitivity).toBe('public');
    expect(classifyText(JSON.stringify({ name: 'Anna Weber', tipo: 'x' })).sensitivity).toBe('personal');
  });

  it('reads saints named together as no one, given names and surnames joined so as people (holdout-282)', () => {
    expect(classifyText('2027-06-29,Santi Pietro e Paolo,patronale,Roma').sensitivity).toBe('public');
    expect(classifyText('Mass on the feast of Saints Peter and Paul at 10:00.').sensitivity).toBe('public');
    expect(classifyText('Santi Rossi e Paolo Bianchi verranno domani.').sensitivity).toBe('personal');
    expect(classifyText('Santi Pietro e Paolo Bianchi verranno domani.').sensitivity).toBe('personal');
  });

  it("reads employees' numbers under a Polish column as theirs (holdout-282)", () => {
    const csv = 'nr_pracownika,dzial,szkolenie,wynik\nP-3310,Magazyn,BHP okresowe,zaliczone\nP-3402,Biuro,RODO,niezaliczone';
    expect(classifyText(csv).sensitivity).toBe('personal');
  });

  it("reads an IBAN among companies' payments as someone's where its own record's party is no company (holdout-283)", () => {
    // As the extractor gives a JSON array's records: one member per line, under its path.
    const record = (n: number, supplier: string, extra = '') =>
      `[${n}].supplier: ${supplier}\n[${n}].invoice: INV-2093${n}\n${extra}[${n}].amount: 120.5\n`;
    const payments =
      record(0, 'Nordlicht Leuchten GmbH') + record(1, 'Papeterie du Centre SARL') + record(2, 'Cartoleria Rossa S.r.l.');
    const iban = (n: number) => `[${n}].iban: DE95 3704 0044 0532 0133 77\n`;
    const claim = record(3, 'reimbursement', `[3].payee: employee expense claim\n${iban(3)}`);
    expect(classifyText(payments + claim).sensitivity).toBe('personal');
    // A company's account in the same records stays a company's.
    expect(classifyText(payments + record(3, 'Nordlicht Leuchten GmbH', iban(3))).sensitivity).toBe('public');
  });

  it("reads a pharmacy receipt's customer card as someone's, its medicines as their health (holdout-284)", () => {
    const receipt =
      'FARMACIA SERRANO\nTarjeta cliente: 7701 0042 9913\nLevotiroxina 100 mcg 100 comp.\nTiras reactivas glucosa x50';
    expect(classifyText(receipt).sensitivity).toBe('special');
    expect(classifyText('Tarjeta cliente: presente su tarjeta en caja para acumular puntos.').sensitivity).toBe('public');
  });

  it.each([
    [
      'ro',
      'Bună, Ioana,\nvineri nu pot rămâne, merg la slujba de seară la biserica ortodoxă.\nMulțumesc,\nCristina',
      'special:religion',
    ],
    ['lt', 'Labas, Rasa,\nsekmadienį negalėsiu budėti, einame į bažnyčią į krikštynas.\nAčiū,\nIeva', 'special:religion'],
    ['sl', 'Pozdravljena, ga. Zupan,\nmoj mož Andrej je po srčnem infarktu še v bolnišnici.\nTanja Kos', 'special:health'],
    ['fi', 'Hei Sari,\nmenen sunnuntaina kirkkoon, joten en pääse vuoroon.\nJuha', 'special:religion'],
  ])("reads church and a heart attack in the other EU languages' messages (%s, holdout-285)", (_, text, type) => {
    expect(classifyText(text).findings.map((f) => f.type)).toContain(type);
  });

  it("keeps the other languages' everyday words that are a rite's too out of religion", () => {
    // French "mise à jour", Swedish "mässa" (a fair), Romanian "slujbă" (a job), Slovene "Maša" (a given name).
    for (const text of [
      'Bonjour Anna, la mise à jour est prête.',
      'Hej Anna, vi ses på mässan i Göteborg.',
      'Bună Ana, mi-am găsit o slujbă nouă.',
      'Živjo Maša, se vidimo jutri.',
    ])
      expect(classifyText(text).findings.map((f) => f.type)).not.toContain('special:religion');
  });

  it("reads a service's login after a name key as no one's name, a form's fill-in line still as a name (holdout-287)", () => {
    expect(classifyText('spring.datasource.username=payments_svc\nspring.datasource.password=Xq8#vL2mT!r9Wz4p').sensitivity).toBe(
      'internal',
    );
    expect(classifyText('username: svc_payments').sensitivity).toBe('public');
    expect(classifyText('COGNOME ____ROSSETTI____ NOME ____CHIARA____').sensitivity).toBe('personal');
    expect(classifyText('username: jweber').sensitivity).toBe('personal');
  });

  it('reads a party named by a word as the party only after a word of its sentence (holdout-289)', () => {
    const types = (text: string) => classifyText(text).findings.map((f) => f.type);
    expect(types('Olá Rui,\nPodemos passar a reunião para as 15h?\nAna')).not.toContain('special:political-opinion');
    expect(types('Hola Marta, Podemos vernos mañana. Carlos')).not.toContain('special:political-opinion');
    expect(types('Olá Rui, Chega amanhã o técnico. Ana')).not.toContain('special:political-opinion');
    expect(types('Hola Marta, mi hermano vota a Podemos. Carlos')).toContain('special:political-opinion');
    expect(types('Olá Rui, o meu pai vota no Chega. Ana')).toContain('special:political-opinion');
    expect(types('Ciao Marco, mio zio è iscritto alla Lega. Anna')).toContain('special:political-opinion');
  });

  it("reads colleagues by their initials: in a role's field, an initials column, on an absence list (holdout-291)", () => {
    const review =
      'Employee: J.M. (Tier 2 agent, joined 2023)\nJ.M. has had eleven days of absence, mostly due to recurring back pain.';
    expect(classifyText(review).sensitivity).toBe('special');
    const salaries =
      'Kürzel;Eintritt;Gehalt 2026;Bemerkung\nAK;2015;4.250 €;Teamleitung\nMS;2019;3.900 €;\nTB;2021;3.450 €;Elternzeit';
    expect(classifyText(salaries).sensitivity).toBe('personal');
    expect(classifyText('ma 1/12: JdV ziek, MB verlof\ndi 2/12: JdV ziek').sensitivity).toBe('special');
    // Codes, states and departments are no one.
    expect(classifyText('Land;Kürzel;Währung\nDeutschland;DE;EUR\nPolen;PL;PLN\nSchweiz;CH;CHF').sensitivity).toBe('public');
    expect(classifyText('IT Urlaub bis Montag, HR krank').sensitivity).toBe('public');
    expect(classifyText('Sommerferien 2027: BW, BY, NRW\nHerbstferien: HH, SH').sensitivity).toBe('public');
  });

  it.each([
    [
      'pupils after the role word it',
      "27/11 – L'alunno M.R. ha usato il cellulare durante la verifica.\n28/11 – L'alunna S.B. è uscita dall'aula.",
      'personal',
    ],
    ['a child with an age de', 'Kind L. (4 J.) hatte ab 10 Uhr Fieber, wurde von der Mutter abgeholt.', 'special'],
    ['initials after their word en', 'Pupil: Year 9, initials R.T.\nReferral made to social care.', 'personal'],
    ['an employee number abbreviated pl', 'Dnia 26.11.2026 pracownica działu kadr (nr ewid. 1077) zgłosiła skargę.', 'personal'],
    [
      'a contract and its holder es',
      'Contrato n.º 448213\nEl titular llamó el 28/11 muy enfadado: lleva cuatro días sin conexión.',
      'personal',
    ],
  ])('reads records that keep names out: %s (holdout-292)', (_, text, level) => {
    expect(classifyText(text).sensitivity).toBe(level);
  });

  it.each([
    ['a legal form', 'Our client S.A. de C.V. has accepted.'],
    ['a country', 'The patient U.K. guidelines recommend two doses.'],
    ['the public administration it', 'Il dipendente P.A. può svolgere la prestazione in modalità agile.'],
    ["a patient's I.D. band", 'On arrival, every patient I.D. band is checked against your admission letter.'],
    ['a trade fr', "Le client B.T.P. bénéficie d'un compte à paiement différé à 45 jours."],
    ["departments' cover nl", '24/12: ICT verlof vanaf 12:00\n27/12: HRM verlof, ICT storingsdienst'],
    [
      'a contract awarded to a company es',
      'Contrato n.º 2026/0045 – Suministro de mobiliario.\nAdjudicatario: Muebles Castilla, S.L.\nEl titular del contrato deberá presentar la garantía.',
    ],
  ])('reads %s after a role word as no one (holdout-293)', (_, text) => {
    expect(isPersonal(classifyText(text).sensitivity)).toBe(false);
  });

  it("reads a course's codes under an 'Initials' column as no one, and St Nicholas in Advent as no one (holdout-294)", () => {
    const codes =
      '| Initials | Meaning |\n|----------|---------|\n| FA | First aid |\n| FS | Fire safety |\n| MH | Mental health first aid |';
    expect(classifyText(codes).sensitivity).toBe('public');
    expect(
      classifyText('Ogłoszenia parafialne – II Niedziela Adwentu\nZapraszamy dzieci na spotkanie z Mikołajem po Mszy o 11:00.')
        .sensitivity,
    ).toBe('public');
  });

  it.each([
    [
      'a care home handover by room, sex first de',
      'Zi. 14: w, 88 J., hat heute kaum gegessen.\nZi. 17: m, 79 J., Blutzucker 212 mg/dl.',
      'special',
    ],
    ['a client by sex and age nl', 'Cliënt (m, 45 jr) meldt zich met lage rugklachten sinds drie weken.', 'special'],
    ['a patient by age pl', 'Pacjentka lat 34, ciąża 28 tydzień, przyjęta z powodu skurczów.', 'special'],
  ])('reads a care note that keeps the name out: %s (holdout-298)', (_, text, level) => {
    expect(classifyText(text).sensitivity).toBe(level);
  });

  it("keeps a client's or a patient's years that are no age out (holdout-298)", () => {
    expect(classifyText('Our client, 24 years in business, opened a second shop.').sensitivity).toBe('public');
    expect(classifyText('A patient, 45 years after the war, remembers.').sensitivity).toBe('public');
  });

  it("reads a masked card after a card's word as the holder's, not a help text's placeholder (holdout-299)", () => {
    const statement =
      'Relevé de carte bancaire\nCarte n° **** **** **** 4417\n04/11  PHARMACIE DU MARCHE  23,40\n15/11  CABINET DENTAIRE DR LEROY  120,00';
    expect(isPersonal(classifyText(statement).sensitivity)).toBe(true);
    expect(classifyText('Paid by VISA ************4417 on 12/11').sensitivity).toBe('personal');
    // An example's word elsewhere in the text, even on the card's line, leaves it the holder's.
    const withExampleWord =
      'Ihre Kreditkarte **** **** **** 4417 wurde am 3.11. belastet. Bei Fragen, z. B. zu Gebühren, rufen Sie uns an.';
    expect(classifyText(withExampleWord).sensitivity).toBe('personal');
    expect(classifyText('Your card is shown masked, e.g. VISA **** **** **** 4417, on receipts.').sensitivity).toBe('public');
    expect(classifyText('Enter your card number; it is shown as **** **** **** 1234 on receipts.').sensitivity).toBe('public');
  });

  it("reads an Italian reminder's case number as its customer's (holdout-299)", () => {
    const reminder =
      'Oggetto: sollecito di pagamento – pratica 2026/3381\n\nGentile cliente,\nrisulta ancora insoluta la fattura n. 4471.';
    expect(classifyText(reminder).sensitivity).toBe('personal');
  });

  it.each([
    ['nl', 'Joop is vandaag jarig! Om 15:00 taart in de kantine.', 'personal'],
    ['en', "Becks is off sick today, migraine. Jonno's covering her calls until lunch.", 'special'],
    ['pl', 'Gosia jutro nie przyjdzie, ma wizytę u dentysty.', 'special'],
  ])('reads short forms and nicknames in a staff note (%s, holdout-300)', (_, text, level) => {
    expect(classifyText(text).sensitivity).toBe(level);
  });

  it('keeps the short forms that are words too out of names alone (holdout-300)', () => {
    expect(classifyText('Le prix le plus bas de la saison.').sensitivity).toBe('public');
    expect(classifyText('Becks and Heineken are on offer this week.').sensitivity).toBe('public');
  });

  it.each([
    [
      'de',
      'Lieferadresse: Lindenweg 3, 22457 Hamburg, 2. OG links\nFalls niemand öffnet: bitte beim Nachbarn im Erdgeschoss abgeben.',
    ],
    ['nl', 'Bezorgadres: Prinsengracht 412-2, 1016 JK Amsterdam. Als ik niet thuis ben mag het pakket bij de buren.'],
    ['en', "Delivery instructions: Flat 3, 27 Lime Grove, Cheltenham GL52 2PU. Buzzer doesn't work."],
  ])(
    "reads a home's address, by its neighbours, no one at home or a flat's number, as someone's (%s, holdout-302)",
    (_, text) => {
      expect(classifyText(text).sensitivity).toBe('personal');
    },
  );

  it('reads an address with its building, staircase or flat between the number and the postcode (holdout-302)', () => {
    const address = (text: string) => [...postalAddressDetector.find(text)].map((m) => m.value);
    expect(address('Adresse : 14 rue des Lilas, bâtiment B, appartement 32, 69008 Lyon')).toEqual([
      '14 rue des Lilas, bâtiment B, appartement 32, 69008 Lyon',
    ]);
    expect(address('Note per il corriere: via Garibaldi 18, interno 5, scala B, 41121 Modena.')).toEqual([
      'via Garibaldi 18, interno 5, scala B, 41121 Modena',
    ]);
  });

  it("keeps a courier's or a service's address beside a neighbour's word an organisation's (holdout-302)", () => {
    const faq =
      'Sie sind nicht zu Hause? Dann geben wir Ihr Paket beim Nachbarn ab.\nKundenservice: Paketzentrum Nord, Industriestraße 12, 22525 Hamburg';
    expect(classifyText(faq).sensitivity).toBe('public');
    expect(
      classifyText('Si vous êtes absent, votre colis est déposé chez un voisin. Service client : 14 rue de la Gare, 69003 Lyon')
        .sensitivity,
    ).toBe('public');
  });

  it('reads a support group for gay and bisexual men in Portuguese as orientation (holdout-279)', () => {
    const text = 'Olá Rui,\nO grupo de apoio para homens gays e bissexuais reúne às quintas às 19h.\nAbraço';
    expect(classifyText(text).findings.map((f) => f.type)).toContain('special:sex-life-orientation');
  });
});

describe('what the first runs of 2.21.0 found (synthetic)', () => {
  const names = (text: string) => [...personNameDetector.find(text)].map((m) => m.value);

  it('reads an operation said in full with its body part as health, not a schedule of them in general', () => {
    const note = 'Hi all, Mark will be off for two weeks while he recovers from his knee operation. Thanks, Helen';
    expect(classifyText(note).sensitivity).toBe('special');
    expect(classifyText('Hip operation waiting times fell by 12% in 2025 across the region.').sensitivity).toBe('public');
  });

  it('reads two surnames joined by an en dash as a method named after both, a hyphen as a double surname', () => {
    expect(names('Mann–Whitney U and Kaplan–Meier estimates were used.')).toEqual([]);
    expect(names('| Period | Jan–Dec 2025 |')).toEqual([]);
    expect(classifyText('Anna Schmidt-Weber rief an: 0151 23456789').sensitivity).toBe('personal');
    expect(names('Anna Schmidt–Weber rief an.')).toContain('Anna Schmidt');
  });

  it('reads "p.p." (per person) as the end of an abbreviation, not the Polish "p." of pani', () => {
    expect(classifyText('Vier gangen € 62,50 p.p. Vegetarische variant op aanvraag.').sensitivity).toBe('public');
    expect(names('Spotkanie z p. Nowak jutro o 10.')).toEqual(['Nowak']);
  });

  it.each([
    ['el', 'Καλησπέρα κυρία Παπαδοπούλου, η σύζυγός μου γέννησε χθες. Με εκτίμηση, Νίκος Γεωργίου'],
    ['bg', 'Моля синът ми Георги Петров да бъде освободен от часовете по физическо поради астма. Мария Петрова'],
  ])("reads a birth or a condition in a Greek or a Bulgarian message as someone's health (%s, holdout-318)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it.each([
    [
      'en',
      'Description: A forklift operator (male, 34) caught his left hand in the rack; taken to A&E with a suspected fracture.',
    ],
    ['it', "Notte 01/12: l'ospite della stanza 12 (donna, 91 anni) si è alzata in stato confusionale; terapia al bisogno."],
    ['fr', 'Élève de 6e B, fille, 11 ans, venue à 10 h 15 pour maux de ventre et nausées. Température 38,4 °C.'],
    ['nl', 'Casus 3: jongen, 14 jaar, woont bij moeder. Jongere geeft aan somber te zijn; aanmelding bij de GGZ-jeugd.'],
    ['pl', 'Pokój 7, mieszkanka lat 87: niepokój w nocy, podano lek zgodnie ze zleceniem lekarza.'],
  ])(
    "reads whom a record is about by their sex and age, in a bracket or between commas, as someone's (%s, holdout-319)",
    (_, text) => {
      expect(classifyText(text).sensitivity).toBe('special');
    },
  );

  it('reads a record\'s field with the sex and "about" before the age as its subject (holdout-329)', () => {
    const form = 'Patient: female, approx. 70, found on kitchen floor, conscious, confused. Suspected left hip fracture.';
    expect(classifyText(form).sensitivity).toBe('special');
  });

  it('reads someone by an indefinite article, their sex and age only in a report with a time, not in news', () => {
    const report =
      'Parte de intervención nº 2026/1184\n\nA las 22:40 la patrulla acude a la calle Mayor. Se identifica a un varón de 45 años, vecino del municipio, con síntomas de embriaguez, que es trasladado al centro de salud.';
    expect(classifyText(report).sensitivity).toBe('special');
    const news =
      'Sucesos\n\nUn varón de 45 años ha resultado herido esta noche, a las 22:40, al ser atropellado en la calle Mayor. Fue trasladado al hospital.';
    expect(classifyText(news).sensitivity).toBe('public');
    expect(classifyText('Survey respondents by sex (female, 41%; male, 59%) and age group.').sensitivity).toBe('public');
    // The report's heading after other fields, as a ticket's JSON or an export's cell holds it.
    expect(classifyText(`ticket: 4471\nchannel: web\nbody: ${report}`).sensitivity).toBe('special');
  });

  it("reads a size guide's, a published report's and an annual report's sex and age as no one's (holdout-320)", () => {
    expect(classifyText('Size 116 (boy, 6 years): chest 60 cm\nSize 128 (girl, 8 years): chest 64 cm').sensitivity).toBe(
      'public',
    );
    const drive =
      'Informe de la campaña de donación de sangre\n\nLa unidad móvil estuvo de 10:00 a 14:00. El donante de mayor edad, un hombre de 68 años, recibió la insignia de oro.';
    expect(classifyText(drive).sensitivity).toBe('public');
    const annual =
      'Jaarverslag 2025 – Jeugdhulp Regio West\n\nUit de praktijk (geanonimiseerd): meisje, 15 jaar, kwam bij ons met angstklachten en schoolverzuim.';
    expect(classifyText(annual).sensitivity).toBe('public');
  });

  it.each([
    ['nl', 'Beste meneer De Graaf, mijn moeder spreekt alleen Tamazight. Kunt u een Berberse tolk regelen? Nadia El Amrani'],
    ['pt', 'Olá Rita, nesse dia tenho a reunião da concelhia do PS, sou o secretário desde setembro. Abraço, Nuno Ferraz'],
  ])("reads a Berber interpreter and a party's local body as someone's origin and opinion (%s, holdout-323)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('reads "Vittoria", "Victoria" and "Vitória" before whom a victory is for or against as a victory (holdout-324)', () => {
    expect(names("Vittoria per l'austriaco Lukas Feurstein davanti allo svizzero.")).toEqual(['Lukas Feurstein']);
    expect(classifyText('Victoria del Real Madrid ante el Betis en el Bernabéu.').sensitivity).toBe('public');
    expect(classifyText('O Vitória de Guimarães venceu por 2-0.').sensitivity).toBe('public');
    expect(names('Ciao, sono Vittoria, ti richiamo domani.')).toEqual(['Vittoria']);
  });

  it("reads an app's user id, a phone's advertising id and a delivery rider's id as someone's (holdout-325)", () => {
    const events =
      '{"ts":"2026-11-30T18:02:11Z","event":"app_open","user_id":"u_8f3a91c2","gaid":"6f1e2b7c-4d0a-4b8e-9c61-2a7f0e93b5d4"}';
    expect(classifyText(events).sensitivity).toBe('personal');
    const trace =
      'repartidor_id,timestamp,lat,lon\nR-2291,2026-12-01T08:01:10,40.41652,-3.70379\nR-2291,2026-12-01T08:14:33,40.42381,-3.69222';
    expect(classifyText(trace).sensitivity).toBe('personal');
    expect(classifyText('Rider app release 4.2: riders can now pause deliveries.').sensitivity).toBe('public');
  });

  it("reads a radiologist's report by its department and its words as health, not a radiology congress (holdout-326)", () => {
    const report =
      'U.O. Radiologia\nPaziente: FERRARI ANNA   Nata il: 03/02/1961\nEsame: RX TORACE 2P\nNon evidenti addensamenti parenchimali in atto.';
    expect(classifyText(report).sensitivity).toBe('special');
    expect(classifyText('La Società Italiana di Radiologia Medica organizza il congresso a Rimini.').sensitivity).toBe('public');
  });

  it("reads an address where the writer says they are at home as a home's, a bell or an intercom alone as anyone's (holdout-327)", () => {
    const ticket =
      "Il tecnico doveva passare ieri. L'indirizzo è via dei Mille 44, scala B, 20129 Milano. Sono a casa tutte le mattine.";
    expect(classifyText(ticket).sensitivity).toBe('personal');
    const practice = 'Il nostro studio si trova in via Roma 12, 20121 Milano, scala B, secondo piano: citofono Studio Bianchi.';
    expect(classifyText(practice).sensitivity).toBe('public');
  });

  it("reads a supermarket's own name for its loyalty card before its number as someone's (holdout-327)", () => {
    expect(classifyText('TOTAAL 6,67\nPIN 6,67\nBonuskaart: 2620 4471 8812 03\nBedankt en tot ziens!').sensitivity).toBe(
      'personal',
    );
  });

  it("reads a household's children by first name and year of birth on a form's line as someone's, not prams", () => {
    expect(names('Kinder: Anna 2015, Lukas 2018')).toEqual(expect.arrayContaining(['Anna', 'Lukas']));
    expect(classifyText('Enfants : Léa 2014, Hugo 2017').sensitivity).toBe('personal');
    expect(classifyText('Kids: Luna 2 and Aurora 3 are our best-selling strollers').sensitivity).toBe('public');
    expect(classifyText('Kinder: ab 6 Jahren, Erwachsene 12 €').sensitivity).toBe('public');
  });

  it("reads a person number shown as an example in a code block or after an example's word before its label as weak (holdout-332)", () => {
    const api = 'Example request body:\n\n```json\n{"user_id": "u_12345", "event": "app_open"}\n```\n';
    expect(classifyText(api).sensitivity).toBe('public');
    expect(classifyText('Where is my card number? For example Nectar card: 9826 3000 1234 5678.').sensitivity).toBe('public');
    expect(classifyText('{"user_id": "u_12345", "event": "app_open"}').sensitivity).toBe('personal');
  });

  it('reads a list of makers past one no list reads as a name (holdout-332)', () => {
    const plan = 'Noveller av Hjalmar Söderberg, Stig Dagerman och Karin Boye läses under vårterminen.';
    expect(classifyText(plan).sensitivity).toBe('public');
  });

  it.each([
    ['sv', 'Hej Maria! Jag är i vecka 12 och allt ser bra ut på ultraljudet. Kram, Elin'],
    ['da', 'Hej Søren, min tillidsrepræsentant deltager i mødet om min opsigelse på torsdag. Mvh Lars'],
  ])("reads a Nordic scan and a shop steward as someone's health and union (%s, holdout-333)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it.each([
    ['hr', 'Bok Ana, u subotu sam na izbornoj skupštini HDZ-a u Splitu kao član gradskog odbora. Tomislav'],
    ['bg', 'Здравей, Иване! В събота съм на конференцията на партията като делегат от Пловдив. Стефан Иванов'],
  ])("reads a party by its acronym or its conference as someone's opinion (%s, holdout-334)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('reads "SDS", "SDP" and "PNL" as a safety data sheet, a protocol and profit and loss, not parties', () => {
    expect(classifyText('Hi Mark, the SDS for the solvent and the PNL report are attached. Anna').sensitivity).toBe('personal');
  });

  it("reads a brand or a winery on a leaflet's or a wine selection's price line as a thing's (holdout-335)", () => {
    const leaflet =
      'Angebote der Woche\n\nDr. Oetker Ristorante Pizza, 1,99 €\nPeter Hahn Kaschmirpullover, 89,00 €\nHansaplast Pflaster, 2,49 €';
    expect(classifyText(leaflet).sensitivity).toBe('public');
    const wines =
      'Selección de vinos\n\nVega Sicilia Valbuena 5º 2019 ........ 145,00 €\nRamón Bilbao Edición Limitada 2020 .... 21,00 €';
    expect(classifyText(wines).sensitivity).toBe('public');
    const dues = 'Mitgliedsbeiträge Angebote 2026\nAnna Schmidt – 25,00 €\nJonas Weber – 25,00 €\nLea Fischer – 25,00 €';
    expect(classifyText(dues).sensitivity).toBe('personal');
  });

  it("reads a LinkedIn or XING profile's address and a system log's login made of a name as someone's (holdout-336)", () => {
    expect(classifyText('Speakers to contact:\nhttps://www.linkedin.com/in/marta-kowalczyk-42a1b7/').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('https://www.linkedin.com/company/northwind-outdoor/').sensitivity).toBe('public');
    const log =
      '2026-12-01T07:58:12Z sshd[2211]: Failed password for j.hoffmann from 10.20.4.17 port 51822\n2026-12-01T08:14:03Z sudo: j.hoffmann : TTY=pts/0 ; PWD=/home/j.hoffmann ; COMMAND=/usr/bin/systemctl restart nginx';
    const result = classifyText(log);
    expect(result.findings.map((f) => f.type)).toContain('user-handle');
    // "PWD=/home/…" is a working directory, not a password.
    expect(result.findings.map((f) => f.type)).not.toContain('password-assignment');
    expect(classifyText('GET /home/user HTTP/1.1 200\nsudo: deploy : COMMAND=/usr/bin/true').sensitivity).toBe('public');
  });

  it.each([
    ['de', 'Unser Zeichen: WG-2026-08817\n\nBescheid über Wohngeld\n\nIhr Antrag vom 12.10.2026 auf Wohngeld wird abgelehnt.'],
    ['it', 'Protocollo n. INPS.3800.27/11/2026.0412268\n\nLa informiamo che la Sua domanda è stata accolta.'],
    ['pt', 'Ofício n.º 2026-SF-44718\n\nFica V. Ex.ª notificado(a) para proceder ao pagamento do IUC de 2026.'],
    ['nl', 'Kenmerk: 6004 1182 2277 0913\n\nBeschikking\n\nU heeft op 14 november de maximumsnelheid overschreden.'],
  ])("reads an authority's decision to its reader under its reference as someone's (%s, holdout-337)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it("reads an acknowledgement of an application and a guide's example reference as no one's", () => {
    const ack =
      'Uw aanvraag voor een omgevingsvergunning\n\nKenmerk gemeente: OV-2026-08812\nU ontvangt binnen twee weken bericht.';
    expect(classifyText(ack).sensitivity).toBe('public');
    const guide =
      "Après l'envoi, vous recevez un numéro (exemple : dossier n° 2026-01234). Vos droits sont révisés chaque trimestre.";
    expect(classifyText(guide).sensitivity).toBe('public');
  });

  it.each([
    ['en', 'Tenancy ref: HT-22817\n\nThe rent for your flat will increase from £895 to £932 per calendar month.'],
    ['fr', "Compte n° 0004 4712 8811 – Relevé d'alerte\n\nVotre compte présente un solde débiteur de 312,45 €."],
    ['es', 'Póliza n.º 0088-2291-44\n\nLe informamos de que su póliza se renovará automáticamente el 1 de enero.'],
  ])("reads a tenancy's, an account's or a policy's number on the letter about it as someone's (%s, holdout-338)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it("reads an account's number on an invoice's payment line as no one's", () => {
    const invoice =
      'Faktura nr. 7714\nFra: Østjysk Kloakservice ApS\nI alt DKK 13.312,50\nBetaling: 30 dage netto til reg.nr. 7890 kontonr. 0004 418 227';
    expect(classifyText(invoice).sensitivity).toBe('public');
  });

  it("reads a tax authority's letter to one taxpayer under its reference as someone's (holdout-339)", () => {
    expect(classifyText('Unique Taxpayer Reference: 8472 19384 6\n\nWe have not received your tax return.').sensitivity).toBe(
      'personal',
    );
    const lpt = 'Our Ref: 2026/118204/LPT\n\nYour Local Property Tax liability of €405 will be deducted from your salary.';
    expect(classifyText(lpt).sensitivity).toBe('personal');
  });

  it.each([
    ['fr', 'Ligne n° 06 12 48 77 30 – Compte client 7700 4418\n\nVotre forfait évolue à partir du 1er janvier.'],
    ['es', 'Carné de lector n.º 0033018842\n\nEl libro debía devolverse el 20/11/2026; su carné queda bloqueado.'],
    [
      'nl',
      'Vergunningnummer: PV-2026-118220\n\nUw bewonersparkeervergunning voor zone C is verlengd tot en met 31 december 2027.',
    ],
    ['pl', 'Nr sprawy: 441200/2026/KW\n\nUprzejmie informujemy, że na Pani koncie w ZUS zewidencjonowano składki.'],
    ['en', 'Juror number: 44-1182\n\nYou have been selected for jury service at Leeds Crown Court.'],
  ])("reads a letter body's line, card, permit, case or juror number as someone's (%s, holdout-340)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('personal');
  });

  it('reads a hospital\'s appointment line after "en ligne" (online) as its own, not a mobile contract\'s', () => {
    expect(classifyText('Prise de rendez-vous en ligne ou au 04 72 11 00 00.').sensitivity).toBe('public');
  });

  it('reads the authors a Nordic course plan lists after "av" as makers, the first of them one of history', () => {
    const plan = 'Läsning av skönlitteratur av Astrid Lindgren, Selma Lagerlöf och Jonas Hassen Khemiri.';
    expect(classifyText(plan).sensitivity).toBe('public');
    expect(classifyText('Vi læser bøger af Karen Blixen og Tove Ditlevsen i foråret.').sensitivity).toBe('public');
  });
});

describe('what the first runs of 2.22.0 found (synthetic)', () => {
  it.each([
    [
      'de',
      'Abonnement-Nr. 55 210 8841\n\nIhr Abo verlängert sich am 1. Februar. Wenn Sie kündigen möchten, genügt Ihre Nachricht.',
    ],
    ['en', 'Membership no: 4418 2290 11\n\nYour gym membership renews on 1 March. Your monthly fee stays at £32.'],
    ['en', 'Scheme member reference: PX 4471 0928\n\nYour pot was worth £48,210 on 5 April.'],
    [
      'fr',
      'Réf. dossier : 2026/118-442\n\nMadame, Monsieur,\nNous avons bien reçu votre réclamation et vous répondrons sous quinze jours.',
    ],
    [
      'it',
      'Codice condomino: 00417 – Scala B, interno 14\n\nGentile condomino,\nLa Sua quota a saldo è di 312,50 €. Il Suo acconto sarà di 180 €.',
    ],
    ['es', 'Socio n.º 118 442\n\nLe informamos de que, a partir del 1 de enero, su cuota mensual pasará a 39,90 €.'],
    [
      'nl',
      'Aansluiting EAN 871687120054421234\n\nUw jaarafrekening: u betaalt 64,12 euro bij. Uw nieuwe maandbedrag wordt 96 euro.',
    ],
    [
      'pl',
      'Nr lokalu 14, konto czynszowe 0041 2288\n\nUprzejmie informujemy, że zaliczka dla Pana lokalu wzrasta. Zaległość na Pana koncie wynosi 824,60 zł.',
    ],
    [
      'de',
      'Verbrauchsstelle 4471-009-22 · Abrechnungszeitraum 2026\n\nIhr Verbrauch lag unter dem Vorjahr. Ihr neuer Abschlag beträgt 38 €.',
    ],
    ['en, quoted', '> Membership no: 4418 2290 11\n>\n> Your gym membership renews on 1 March. Your monthly fee stays at £32.'],
    [
      'es, in a CSV cell',
      'id,status,description\n4711,open,"Socio n.º 118 442\n\nLe informamos de que su cuota pasará a 39,90 €."',
    ],
  ])("reads a letter's reference line, before a text that speaks to its reader, as the reader's number (%s)", (_, text) => {
    expect(level(text)).toBe('personal');
  });

  it.each([
    [
      'goods',
      'Artikelnummer: 4011905 118\n\nIhr neuer Standmixer\n\nIhr Mixer wird mit zwei Bechern geliefert. Lesen Sie Ihre Anleitung.',
    ],
    ['a barcode', 'EAN 4006381333931\n\nYour new kettle boils a litre in three minutes. Keep your receipt.'],
    ['a hotline', 'Hotline: 0800 123 4567\n\nHaben Sie Fragen zu Ihrem Vertrag? Ihre Fragen beantworten wir gern.'],
    ['a form', 'Formular Nr. 2026-0042\n\nSo beantragen Sie Ihren Bewohnerparkausweis: Ihr Antrag geht an das Bürgeramt.'],
    ['an issue', 'Bulletin n° 2026-118\n\nChers lecteurs, votre magazine change de format : vous le recevrez en janvier.'],
    ['an act', 'Arrêté municipal n° 2026-1184\n\nLa rue sera fermée. Vous pourrez accéder à votre garage le soir.'],
    [
      'a serial number of the year',
      'Raport bieżący nr 27/2026\n\nZarząd informuje Pana i Panią akcjonariuszy o zwołaniu walnego zgromadzenia.',
    ],
    ['a time stamp', 'DTSTART:20261206T103000Z\n\nYou are invited to our reading group. Bring your favourite book.'],
    ['an address', 'localhost 127.0.0.1\n\nPoint your browser at it and you will see your site.'],
    [
      'an offer',
      'Angebot Nr. 2026-0871\n\nSehr geehrte Damen und Herren,\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:',
    ],
    ['an example', 'Example: Membership no: 4418 2290 11\n\nYour number is on your card.'],
    ['once, not at the top', 'Opening hours\n\nMembership no: 4418 2290 11\n\nYour card opens the door.'],
  ])("does not read %s on a letter's reference line as the reader's number", (_, text) => {
    expect(level(text)).not.toMatch(/personal|special/);
  });

  it('reads a name as the subject of a verb of telling, past an aside in brackets (holdout-343)', () => {
    const note =
      "Follow-up 21 Nov: Sam (warehouse, nights) told me he'd been getting comments from two colleagues since he mentioned his boyfriend.";
    expect(classifyText(note).sensitivity).toBe('special');
    expect(classifyText('May told us little about the harvest: the month was dry.').sensitivity).toBe('public');
  });

  it.each([
    ['it', 'Ciao Paolo, mi hanno messo il gesso al polso destro: niente tastiera per tre settimane. Giulia'],
    ['cs', 'Ahoj Petře, zítra nepřijdu, jdu na operaci kolena. Díky, Martin'],
    ['de', 'Hallo Jana, mein Arm ist noch bis Freitag eingegipst, ich diktiere die Protokolle. Gruß, Tim'],
  ])("reads a limb in a cast or a Czech knee operation as someone's health (%s, holdout-344)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('does not read plaster on a wall as a cast', () => {
    expect(classifyText('Il gesso alla parete va steso in due mani.').sensitivity).toBe('public');
    expect(classifyText('Der Gipsverband der Fassade wird im Januar erneuert.').sensitivity).toBe('public');
  });

  it.each([
    [
      'de',
      'Schwimmhalle, Frühschicht 3.12.\n\nGegen 7:15 ist ein älterer Herr (ca. 75) in der Umkleide gestürzt und hat sich am Kopf verletzt.',
    ],
    ['es', 'Parte interno – Biblioteca municipal\n\nSobre las 18:30 una usuaria de unos 40 años sufrió un ataque de ansiedad.'],
    ['fr', 'Relève de nuit – EHPAD Les Tilleuls\n\nChambre 7 : chute sans gravité à 5h40, hématome au bras, médecin prévenu.'],
  ])(
    'reads whom a record names by no name, but by an article, a polite word, a role or a room, as someone (%s, holdout-345)',
    (_, text) => {
      expect(classifyText(text).sensitivity).toBe('special');
    },
  );

  it.each([
    ['news', 'Ein älterer Herr (75) ist am Montag gegen 18:00 in Kassel gestürzt und wurde verletzt.'],
    ['a blood drive', 'Informe de la campaña de donación: a las 10:30 un hombre de 68 años donó sangre por centésima vez.'],
    ['a hotel log', 'Night shift log\n\n02:10 Room 12: guest asked for a taxi to the airport.'],
  ])('does not read %s, with no record heading or no health, as a record about someone', (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });
});

describe('what the first runs of 2.23.0 found (synthetic)', () => {
  it.each([
    ['en', 'Security incident log\n\n11:42 A woman in her sixties slipped by entrance C and hurt her wrist. First aid given.'],
    ['de', 'Einsatzbericht Sanitätsdienst\n\n18:20 Uhr Eine Frau Mitte siebzig klagte über Atemnot, Rettungsdienst verständigt.'],
    ['fr', "Main courante\n\n22:40 Un homme d'une cinquantaine d'années a chuté dans l'escalier. Plaie au front."],
    ['it', 'Segnalazione interna\n\nore 16:05 – Una signora sulla settantina ha avuto un malore, dice di soffrire di diabete.'],
    ['pl', 'Raport zmiany – ochrona\n\n02:10 Starszy mężczyzna około osiemdziesiątki zgłosił ból w klatce piersiowej.'],
    ['pt', 'Livro de ocorrências\n\n10:30 Uma senhora na casa dos oitenta caiu e bateu com a cabeça; ferimento na testa.'],
  ])('reads someone a record describes by an age in words as someone (%s, holdout-346)', (_, text) => {
    expect(level(text)).toBe('special');
  });

  it.each([
    [
      'news',
      'A woman in her sixties was treated for a wrist injury after slipping at 11:42 near the entrance, a spokesperson said.',
    ],
    ['statistics', 'Frauen Mitte siebzig stürzen fast doppelt so häufig wie gleichaltrige Männer; Hüftbrüche sind häufig.'],
  ])('does not read an age in words in %s as a record about someone', (_, text) => {
    expect(level(text)).toBe('public');
  });

  it('reads an age in words in a record as its digits are read', () => {
    const log = (age: string) => `Incident log\n\n11:42 A man ${age} asked for the lost property office.`;
    expect(level(log('in his forties'))).toBe(level(log('of 45 years')));
  });

  it('reads a wound as a first aider writes it, not a town\'s "plaie"', () => {
    expect(level("Main courante\n\n22:40 M. Durand a chuté dans l'escalier, plaie au front.")).toBe('special');
    expect(level('Les travaux sont une plaie pour le quartier depuis des mois.')).toBe('public');
  });

  it.each([
    [
      'a forwarded letter',
      'Hallo zusammen,\nbitte ablegen.\n\n---------- Weitergeleitete Nachricht ----------\n\nSchadennummer 73018245\n\nSehr geehrte Kundin,\nwir übernehmen die Kosten. Ihre Hausrat-Abteilung',
    ],
    [
      'a Spanish letter in "su"',
      'Nº de expediente: 2026/118734\n\nEstimado/a contribuyente:\nSu declaración del ejercicio 2025 ha sido revisada.',
    ],
    ['an informal German letter', 'Mitgliedsnummer 4471 9022\n\nHallo Jana, dein Beitrag wird ab Januar angepasst.'],
    ['an informal Dutch letter', 'Klantnummer: 55012877\n\nHoi Sanne, jouw nieuwe abonnement gaat op 1 januari in.'],
  ])("reads %s's reference line as the reader's number", (_, text) => {
    expect(level(text)).toBe('personal');
  });

  it.each([
    ['a rule inside a text', 'Minutes\n\n----\n\nItem 118442: the budget.\n\nThe board approved it.'],
    ['a university', 'Projekt 2026/118734\n\nTU Delft und TU Berlin stellen TU-Ergebnisse vor.'],
    ['a Romanian document number', 'Nr. 45521 din 03.11.2026\n\nHotărâre privind aprobarea bugetului din anul 2027.'],
  ])('does not read %s as a letter to someone', (_, text) => {
    expect(level(text)).not.toMatch(/personal|special/);
  });

  it('reads a LinkedIn profile written with capitals, not a company page', () => {
    expect(classifyText('Profile as discussed: LinkedIn.com/in/tomasz-wrobel-logistics').findings.map((f) => f.type)).toContain(
      'user-handle',
    );
    expect(level('Follow us on LinkedIn.com/company/acme-logistics for new openings.')).toBe('public');
  });
});

describe('what the first run of holdout-348 found (synthetic)', () => {
  it.each([
    ['lt', 'Sveiki, Rūta,\nprimename, kad Jūsų vizitas pas gydytoją kardiologą numatytas gruodžio 9 d.'],
    ['cs', 'Ahoj, Radko,\nzítra nepřijdu, jsem nemocná.'],
  ])('reads a name after a greeting and its comma (%s)', (_, text) => {
    expect(classifyText(text).findings.map((f) => f.type)).toContain('person-name');
  });

  it.each([
    ['hu', 'Tisztelt Ügyfelünk!\nTájékoztatjuk, hogy december 24. és 26. között zárva tartunk.'],
    ['de', 'Hallo Zusammen,\nmorgen ist das Büro geschlossen.'],
    ['de', 'Hallo, Alle,\ndie Kantine öffnet um 11 Uhr.'],
  ])('does not read a customer or everyone greeted as a name (%s)', (_, text) => {
    expect(level(text)).toBe('public');
  });

  it("reads a Hungarian compound naming a disease as someone's health", () => {
    expect(
      level('Kedves Kovács Péter!\nKérjük, egyeztessen időpontot kezelőorvosával a cukorbetegség kezelésének módosítása miatt.'),
    ).toBe('special');
  });
});

describe('what the first run of holdout-350 found (synthetic)', () => {
  it.each([
    ['de', 'Hallo,\ndein Vertrag Nr. 88120455 läuft am 31. Dezember aus. Deine Rechnungen findest du in der App.'],
    ['en', 'Your account no. 40412871 is overdrawn by £212.40.'],
    ['fr', 'Bonjour, votre contrat n° 4471902 sera renouvelé le 1er janvier.'],
    ['pl', 'Cześć! Twoja umowa nr 5521907 kończy się 31 stycznia.'],
  ])("reads the reader's own thing and its number inside a sentence as theirs (%s)", (_, text) => {
    expect(level(text)).toBe('personal');
  });

  it.each([
    ['an order', 'Please quote your order no. 4471902 when you call us.'],
    ['an example', 'Enter your customer number, for example no. 12345678, on the form.'],
    ['goods', 'Your article no. 4011905 ships tomorrow.'],
  ])("does not read %s after 'your' as the reader's number", (_, text) => {
    expect(level(text)).toBe('public');
  });

  it("reads a letter's reference opening a JSON ticket's body, once addressed, as the reader's number", async () => {
    const body = 'Socio n.º 118 442\n\nLe informamos de que, a partir del 1 de enero, su cuota mensual pasará a 39,90 €.';
    const ticket = JSON.stringify({ id: 4711, subject: 'Message', body, status: 'open' }, null, 2);
    const extraction = await extractText(new TextEncoder().encode(ticket), 'ticket.json');
    expect(extraction.ok && level(extraction.text)).toBe('personal');
    // Not where the field's value opened with other lines: the reference no longer opens it (a reference's label: since
    // 2.43.0 a member's number counts after its word wherever it stands, "Socio n.º 118 442").
    expect(level(`Opening hours\n\nnote:\nsee below\n\n${body.replace('Socio', 'Referencia')}`)).toBe('public');
    expect(level(`Opening hours\n\nnote:\nsee below\n\n${body}`)).toBe('personal');
  });
});

describe('what the first run of holdout-351 found (synthetic)', () => {
  it.each([
    [
      'en',
      "Call note – 27/11/2026 14:05\nCaller rang about the late delivery. She can't carry anything heavy after her hip replacement.",
    ],
    [
      'nl',
      'Belnotitie 22-11-2026\nMeneer belt over de thuiszorg: zijn vrouw heeft sinds vorige week dementie vastgesteld gekregen.',
    ],
    ['de', 'Gesprächsnotiz 26.11.2026\nKundin ruft wegen der Mahnung an. Sie war drei Wochen im Krankenhaus.'],
  ])('reads the caller a call note names by a role, where it tells of their health, as someone (%s)', (_, text) => {
    expect(level(text)).toBe('special');
  });

  it.each([
    [
      'a work instruction',
      'Werkinstructie telefoon\n\nVraagt een beller naar extra uren, verwijs naar het wijkteam. Noteer nooit medische gegevens in de belnotitie.',
    ],
    ['a help article', 'How to rebook\n\nCustomer service can rebook a delivery after a hospital stay at no charge.'],
    ['a call note with no health', 'Call note – 27/11/2026\nCaller asked for a copy of the October invoice. Sent by e-mail.'],
  ])('does not read %s as a record of someone’s health', (_, text) => {
    expect(level(text)).not.toBe('special');
  });

  it("reads a call note's caller where a wrap broke its sentences, and in a CSV export's quoted cell", () => {
    const note =
      "Call note – 27/11/2026 14:05\nCaller rang about the late delivery of the washing machine. She can't carry\nanything heavy at the moment after her hip replacement.";
    expect(level(note)).toBe('special');
    expect(level(`id,status,description\n4711,open,"${note}"\n`)).toBe('special');
    // Not past a blank line: another paragraph tells of someone else, or of no one.
    expect(level('Call note – 27/11/2026\nCaller asked for an invoice copy.\n\nReminder: hospital visits are covered.')).not.toBe(
      'special',
    );
  });
});

describe('what the first run of holdout-354 found (synthetic)', () => {
  it("reads a German e-prescription's dotted code on a letter's reference line as the patient's", () => {
    const notice = 'E-Rezept-Code: 160.000.100.214.882.07\n\nHallo,\ndein Rezept für Ramipril 5 mg liegt für dich bereit.';
    expect(classifyText(notice).sensitivity).toBe('special');
    // A how-to's example code, inside a sentence, is no one's.
    expect(
      classifyText('Du löst dein E-Rezept in der App ein. Der Code besteht aus Zahlengruppen, z. B. 160.000.000.000.000.00.')
        .sensitivity,
    ).toBe('public');
    // Other dotted numbers stay a version's.
    expect(classifyText('Version 2.14.0.1.2\n\nYour update is ready, your settings stay.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-355 found (synthetic)', () => {
  it("reads an interview note's candidate, named by a number on a line of their own, as someone where the note tells of their health", () => {
    const notes =
      'Interview notes – Warehouse Team Lead\nCandidate 3 of 5 – 25 Nov, 14:00\n\nStrong on rota planning. Mentioned a gap in 2024 while recovering from a back operation.';
    expect(level(notes)).toBe('special');
    // Not a procedure that speaks of candidates and health in general, with no note's heading.
    expect(
      level('Recruitment procedure\n\nCandidates on the shortlist are invited to an interview.\n\nWe keep no notes on health.'),
    ).not.toBe('special');
  });
});

describe('addresses and plates in capitals (the metamorphic bench, 2.23.0)', () => {
  it.each([
    ['fr', 'INSTRUCTIONS DE LIVRAISON\n\nADRESSE : 14 RUE DES LILAS, BÂTIMENT B, APPARTEMENT 32, 69008 LYON'],
    ['it', 'NOTE PER IL CORRIERE: VIA GARIBALDI 18, INTERNO 5, SCALA B, 41121 MODENA. SE NON RISPONDO, LASCIARE AL VICINO.'],
  ])("reads a home's address whose building and flat a label in capitals gives (%s)", (_, text) => {
    expect(classifyText(text).findings.map((f) => f.type)).toContain('postal-address');
  });

  it.each([
    ['it', 'LA MIA MACCHINA È LA PANDA GRIGIA TARGATA GH 512 KL, PARCHEGGIATA NEL POSTO 14.'],
    ['de', 'MEIN AUTO, KENNZEICHEN M AB 1234, STEHT AUF PLATZ 12.'],
  ])('reads a number plate in a text in capitals, its letters kept as written (%s)', (_, text) => {
    expect(classifyText(text).findings.map((f) => f.type)).toContain('vehicle-registration');
  });

  it("reads the informal 'tu' of a letter in capitals as addressing its reader", () => {
    const notice = 'RECETA N.º 4418 2290 11\n\nHOLA,\n\nTU RECETA DE AMOXICILINA YA ESTÁ DISPONIBLE EN TU FARMACIA.';
    expect(classifyText(notice).sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-358 found (synthetic)', () => {
  it.each([
    ['nl', 'Hoi Bas, ik kan dinsdagavond niet mee naar de borrel, dan heb ik mijn AA-bijeenkomst. Groet, Pieter'],
    ['de', 'Hallo Tim, donnerstags gehe ich abends zum AA-Treffen, deshalb kann ich nicht länger bleiben. Gruß, Jens'],
  ])("reads an AA meeting as its language names it as someone's health (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('special');
  });

  it('does not read AA batteries as a meeting', () => {
    expect(classifyText('Bitte zwei AA-Batterien für die Fernbedienung mitbringen.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-359 found (synthetic)', () => {
  it("keeps a company's legal form in a short note in capitals, so that its name is no one's", () => {
    expect(classifyText('CLIENTE: FERRETERÍA LÓPEZ, S.L.\nDIRECCIÓN: CALLE MAYOR 22, 50001 ZARAGOZA').sensitivity).toBe('public');
    expect(classifyText('KUNDE: BÄCKEREI BRUNNER GMBH, HAUPTSTR. 3').sensitivity).toBe('public');
    expect(classifyText('KUNDE: ANNA BRUNNER, HAUPTSTR. 3').sensitivity).toBe('personal');
  });
});

describe("a plate after its label's other words (holdout-353, synthetic)", () => {
  it.each([
    ['it', 'Tamponamento in coda. Targa controparte: GE 512 KL.'],
    ['de', 'Unfallbericht: Kennzeichen des Unfallgegners: M-AB 1234'],
  ])("reads a plate a label's other words and its colon stand before (%s)", (_, text) => {
    expect(classifyText(text).findings.map((f) => f.type)).toContain('vehicle-registration');
  });

  it("does not read a standard's number after them as a plate", () => {
    expect(classifyText('Kennzeichen sind Pflicht: ISO 9001').findings.map((f) => f.type)).not.toContain('vehicle-registration');
  });
});

describe('what the first run of holdout-360 to -369 found (synthetic)', () => {
  const names = (text: string) => {
    const values: FoundValue[] = [];
    classifyText(text, values);
    return values.filter((v) => v.type === 'person-name').map((v) => v.value);
  };
  const isPersonal = (level: string) => level === 'personal' || level === 'special';

  it.each([
    [
      'de',
      'Kundin: Guten Tag, wann öffnet die Filiale am Samstag?\nMitarbeiter: Guten Tag! Von 9 bis 14 Uhr.\nKundin: Vielen Dank!',
    ],
    ['pt', 'Cliente: Bom dia, a loja abre ao sábado?\nAssistente: Bom dia! Das 9h às 13h.'],
  ])("does not read a chat speaker's greeting or thanks as a name (%s)", (_, text) => {
    expect(classifyText(text).sensitivity).toBe('public');
  });

  it('still reads a name after a speaker that opens like a greeting, or a one-word signature that is one', () => {
    expect(classifyText('Kundin: Ola Nordmann\nAnliegen: Rechnung').sensitivity).toBe('personal');
    expect(names('Cześć Tomek,\nprzesyłam zdjęcia z wyjazdu.\nPozdrawiam\nOla')).toContain('Ola');
  });

  it("does not read a work's editor in a reference list as someone", () => {
    const refs = 'Schneider, T. (2022). Pseudonymisation in practice. In P. Moreira (Ed.), Health Data Governance (pp. 45–71).';
    expect(classifyText(refs).sensitivity).toBe('public');
    expect(classifyText('In: K. Weber (Hrsg.): Handbuch Datenschutz. Berlin 2020.').sensitivity).toBe('public');
    expect(classifyText('Rückfrage an Anna Weber (Red.) wegen des Artikels').sensitivity).toBe('personal');
  });

  it("reads fashion houses and a brand's line of goods as things", () => {
    const guide =
      'Carolina Herrera Good Girl 50 ml – €118\nNarciso Rodriguez For Her 50 ml – €96\nRalph Lauren Polo Blue 75 ml – €79';
    expect(classifyText(guide).sensitivity).toBe('public');
  });

  it("reads a programme's performers and the singers of history it pays tribute to as public", () => {
    const programme =
      '19 h 30 – Concert : Zaz\n21 h 15 – Concert : Christophe Maé\n23 h 00 – DJ set : Martin Solveig\n20 h 00 – Hommage à Édith Piaf et Charles Aznavour';
    expect(classifyText(programme).sensitivity).toBe('public');
    expect(classifyText('Ich war gestern im Konzert: Anna Weber hat mich eingeladen.').sensitivity).toBe('personal');
  });

  it("does not read Christmas Eve's mass in Portuguese as someone's religion", () => {
    expect(classifyText('24 de dezembro: Missa do Galo às 24h00\n25 de dezembro: Missas às 11h00').sensitivity).toBe('public');
  });

  it("does not take a chat export's unnamed contact's number for a name", () => {
    const chat =
      '12/11/26, 18:04 - Giorgia Marchetti: Ciao! Passo domani\n12/11/26, 18:06 - +39 347 218 9044: Perfetto, a domani';
    expect(names(chat)).not.toContain('+39 347 218 9044');
    expect(names(chat)).toContain('Giorgia Marchetti');
  });

  it.each([
    ['it', 'Dipendente: emanuele carta\nImpronta digitale registrata per il controllo accessi.'],
    ['de', 'Name: anna schmidt\nBestellung: 4471'],
    ['en', 'customer: jan de vries, order 1182 shipped'],
    ['de', 'Nachname: weber\nAnliegen: Rückruf'],
  ])('reads a name typed in lower case into its field (%s)', (_, text) => {
    expect(isPersonal(classifyText(text).sensitivity)).toBe(true);
  });

  it('does not read words typed in lower case into a name field as a name', () => {
    expect(classifyText('Name: der neue server\nStatus: offen').sensitivity).toBe('public');
    expect(classifyText('Kunde: bitte zurückrufen').sensitivity).toBe('public');
  });

  it('reads a given name and a surname the lists hold as a given name in a note in lower case', () => {
    expect(classifyText('notes\n- spoke to mehmet yilmaz re his overtime for october, payroll owes him 11.5h').sensitivity).toBe(
      'personal',
    );
  });
});

describe('names and identifiers typed in lower case (the metamorphic bench, 2.24.0)', () => {
  it.each([
    ['es', 'Nota: documentación revisada.\nDNI: 04580200a\nDevuelva el formulario firmado.'],
    ['es', 'NIE del trabajador nuevo: y4731905z'],
    ['fi', 'henkilötunnus: 150387-099r'],
    ['ie', 'Change of bank details\npps no.: 1325972l'],
  ])("reads an identifier's check letter in lower case beside its scheme's word (%s)", (_, text) => {
    expect(classifyText(text).findings.map((f) => f.type)).toContainEqual(expect.stringMatching(/^national-id:/));
  });

  it('does not read a number and a small letter as an identifier without its word', () => {
    expect(classifyText('Ref 04580200a shipped on Monday').sensitivity).toBe('public');
  });

  it('reads a register writing a known surname before a given name in lower case', () => {
    const register = 'registro presenze – classe 2b\nrossi giulia: assente (malattia, certificato medico consegnato)';
    expect(classifyText(register).sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-370 to -372 found (synthetic)', () => {
  it('reads an employee after an appraisal\'s "Colaborador:", not a team', () => {
    expect(classifyText('Colaborador: Ricardo Almeida Santos\nFunção: Técnico').sensitivity).toBe('personal');
    expect(classifyText('Colaborador: Equipa de Suporte\nFunção: Técnico').sensitivity).toBe('public');
  });

  it("reads an office that signs past its elided article as no one ('L'Ufficio Commerciale')", () => {
    const notice = "Gentili clienti,\nvi informiamo che gli uffici resteranno chiusi.\n\nCordiali saluti\nL'Ufficio Commerciale";
    expect(classifyText(notice).sensitivity).toBe('public');
  });

  it('does not read a French quote in a subject line as a name', () => {
    expect(classifyText('Objet : Devis n° D-2026-3318\n\nBonjour, veuillez trouver le devis révisé.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-373 to -378 found (synthetic)', () => {
  it("reads a pupil's dyslexia as German schools write it, and its compensation", () => {
    const report =
      'Name: Lina Hartmann\nBemerkungen: Aufgrund ihrer Lese-Rechtschreib-Schwäche (LRS) erhält sie einen Nachteilsausgleich.';
    expect(classifyText(report).sensitivity).toBe('special');
  });

  it("does not read a disabled parking space someone parked in as the driver's health", () => {
    const fine =
      "Titulaire du certificat d'immatriculation : M. Karim Haddou\nNature de l'infraction : stationnement gênant sur emplacement réservé aux personnes handicapées";
    expect(classifyText(fine).sensitivity).toBe('personal');
  });

  it("does not read a hospital that employs someone as their health, after the employer's label", () => {
    expect(
      classifyText('Nombre y apellidos: Carmen Ruiz Salazar\nEmpresa: Hospital Universitario Virgen Macarena').sensitivity,
    ).toBe('personal');
    expect(classifyText('Arbeitgeber: Städtisches Krankenhaus Kiel\nName: Jana Weber').sensitivity).toBe('personal');
    expect(classifyText('Jana Weber liegt seit Montag im Krankenhaus.').sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-379 found (synthetic)', () => {
  it('does not read a date after a phone word as a phone number', () => {
    expect(classifyText('Call for papers opens: 15/01/2027').findings).toEqual([]);
    expect(classifyText('Tel.: 2027-01-15').findings).toEqual([]);
    expect(classifyText('Tel: 030/1234567').findings.map((f) => f.type)).toEqual(['phone']);
  });

  it("does not read health insurance by its name as anyone's health, but still sick leave", () => {
    const attestation =
      "L'Assurance Maladie atteste que Monsieur Thomas GIRAUD bénéficie des prestations de l'assurance maladie.";
    expect(classifyText(attestation).sensitivity).toBe('personal');
    expect(classifyText('Mme Durand est en arrêt maladie depuis lundi.').sensitivity).toBe('special');
  });
});

describe('a note in lower case as a JSON body of many lines (the metamorphic bench, 2.24.0)', () => {
  it("reads the lines under the body's label to the paragraph's end as the note", () => {
    const ticket =
      'id: 4711\nsubject: Message\nbody:\nnotes from today\n- spoke to mehmet yilmaz re his overtime for october, payroll owes him 11.5h\n\nstatus: open';
    expect(classifyText(ticket).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-380 and -381 found (synthetic)', () => {
  it('reads LGBT as Dutch and Spanish order its letters, about someone', () => {
    const welcome =
      "Hoi Sanne,\nleuk dat je je hebt aangemeld bij het netwerk voor lhbti+-collega's. We vertellen niemand dat je lid bent.";
    expect(classifyText(welcome).sensitivity).toBe('special');
    expect(classifyText('El colectivo LGTB+ de la empresa organiza una charla el jueves.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-382 found (synthetic)', () => {
  it('reads a ship named after someone, its kind right after the name, as a ship', () => {
    const arrivals =
      'Willem Barentsz           baggerschip      Maasvlakte 2   09:15\nJohan de Witt             marineschip      Marinehaven    11:00';
    expect(classifyText(arrivals).sensitivity).toBe('public');
    expect(classifyText('Could Anna Schmidt ship the parcels today?').sensitivity).toBe('personal');
  });

  it("does not read a dessert's sauce or a French imperative as a name", () => {
    expect(classifyText('Podawaj z sosem Melba lub bitą śmietaną.').sensitivity).toBe('public');
    expect(classifyText("Débranchez l'appareil avant de changer d'accessoire.").findings).toEqual([]);
  });
});

describe('what the first run of holdout-383 to -390 found (synthetic)', () => {
  it('reads "P. IVA" as an Italian VAT label, not as the Polish "p." of pani before a name', () => {
    expect(classifyText('Alfa Impianti S.r.l., P. IVA 02847150424, sede in Osimo.').sensitivity).toBe('public');
    expect(classifyText('Sede legale, P. Iva e C.F. 02847150424').sensitivity).toBe('public');
    expect(classifyText('Proszę przekazać p. Nowak dokumenty do podpisu.').sensitivity).toBe('personal');
    expect(classifyText('Rozmawiałam wczoraj z p. Wiśniewską o umowie.').sensitivity).toBe('personal');
    expect(classifyText('Contact: P. Verhoef, afdeling inkoop').sensitivity).toBe('personal');
  });

  it("reads a letter's addressee block naming a company as the second party", () => {
    const letter =
      'Elbtal Messtechnik GmbH · Pillnitzer Landstraße 41 · 01326 Dresden\n\nStadtwerke Meißen GmbH\nAbteilung Einkauf\n' +
      'Am Gaswerk 3\n01662 Meißen\n\nRECHNUNG Nr. 2026-11873     Kundennummer: 30418\n\nZahlbar innerhalb von 30 Tagen.';
    expect(classifyText(letter).sensitivity).toBe('public');
    const toPerson = letter.replace('Stadtwerke Meißen GmbH\nAbteilung Einkauf', 'Frau\nGertrud Lehmann');
    expect(classifyText(toPerson).sensitivity).toBe('personal');
  });

  it('does not read ultrasound as an examination in a meter or a sensor', () => {
    expect(classifyText('Frau Weber, Pos. 1 Ultraschall-Wasserzähler DN 25, 40 Stück').sensitivity).toBe('personal');
    expect(classifyText('Herr Kern: Ultraschallsensoren am Tank getauscht').sensitivity).toBe('personal');
    expect(classifyText('Frau Weber hatte heute einen Ultraschall beim Frauenarzt.').sensitivity).toBe('special');
  });

  it('reads names that open the items of a list of varieties as varieties', () => {
    const apples =
      'Apfelsorten (Halbstamm), je 34,90 €\n- Ingrid Marie: rot, Genussreife November\n- James Grieve: früh, saftig\n\n' +
      'Birnen: Gute Luise, Williams Christ, Alexander Lucas';
    expect(classifyText(apples).sensitivity).toBe('public');
    const tulips =
      'Soort                 Groep        Bloeitijd\nPrinses Irene         Triumph      april\nJan Reus              Triumph      april';
    expect(classifyText(tulips).sensitivity).toBe('public');
    // Not a list of people under another head, nor a farewell card's "good luck".
    expect(classifyText('Teilnehmer\n- Ingrid Marie Hansen: Einkauf\n- James Grieve: Vertrieb').sensitivity).toBe('personal');
    expect(classifyText('Boa sorte!\nAna Silva\nRui Costa').sensitivity).toBe('personal');
    expect(classifyText('Apfelsorten im Garten\n\nConsorte:\nAna Silva\nRui Costa').sensitivity).toBe('personal');
  });

  it("reads a play's title and its author in a theatre's programme as a work's credit", () => {
    const programme =
      'Teatr Miejski – repertuar\n6.12 (niedz.), godz. 17:00 – „Moralność pani Dulskiej” Gabrieli Zapolskiej\n' +
      '12.12 (sob.), godz. 19:00 – „Wesele” Stanisława Wyspiańskiego';
    expect(classifyText(programme).sensitivity).toBe('public');
    expect(classifyText('Odpowiedź: „Przyjdę jutro” Anna Kowalska napisała wczoraj w teatrze.').sensitivity).toBe('personal');
  });

  it("does not read a chat's speaker as a customer number's label", () => {
    const chat =
      "[10:02] Assistente virtuale: Indicami il numero d'ordine.\n[10:03] Cliente: CS-2026-884102\n[10:03] Assistente virtuale: Grazie.";
    expect(classifyText(chat).sensitivity).toBe('public');
    expect(classifyText('Cliente: 4471203\nOggetto: reclamo').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-391 to -397 found (synthetic)', () => {
  it("reads a public office's procedure mailbox as a function's", () => {
    const notice = 'Les observations peuvent être adressées par courriel à pref-enquete-pv@gironde.gouv.fr.';
    expect(classifyText(notice).sensitivity).toBe('public');
    expect(classifyText('Contact : jean.dupont@interieur.gouv.fr').sensitivity).toBe('personal');
  });

  it("reads a sports club's town after the club's abbreviation as no one", () => {
    expect(classifyText('Heute zählt der TV Feuerbach rund 1.400 Mitglieder.').sensitivity).toBe('public');
    expect(classifyText('Maandag speelt VV Bakker thuis tegen de koploper.').sensitivity).toBe('public');
    expect(classifyText('Heute spielt Schneider im Tor.').sensitivity).toBe('personal');
    // A surname in a table's column after one ending in the same letters ("THOMAS      Inès").
    const rows = [
      '>>> df_inscrits.head(6)',
      '        nom     prenom  age          commune  niveau',
      '0    MARTIN     Lucas   34           Rennes      B2',
      '1    BERNARD    Chloé   27      Saint-Malo      C1',
      '2    DUBOIS     Ethan   41          Vannes      B1',
      '3    THOMAS      Inès   22           Lorient     A2',
      '4    ROBERT    Mathis   38       Quimper      B2',
      '5    PETIT       Léna   29           Brest      C1',
    ].join('\n');
    const values: FoundValue[] = [];
    classifyText(rows, values);
    expect(values.map((v) => v.value)).toContain('Inès');
  });

  it('reads a biography headed by a life of history as history, but for what it tells of later years', () => {
    const biography =
      'Rembrandt van Rijn (Leiden, 15 juli 1606 – Amsterdam, 4 oktober 1669)\n\n' +
      'Rembrandt was de zoon van de molenaar Harmen Gerritszoon van Rijn en Neeltje Willemsdochter van Zuytbrouck. ' +
      'Hij ging in de leer bij Pieter Lastman in Amsterdam.';
    expect(classifyText(biography).sensitivity).toBe('public');
    const later = `${biography}\n\nIn 2019 schonk Anneke de Wit haar verzameling aan het museum.`;
    expect(classifyText(later).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-403 to -406 found (synthetic)', () => {
  it("reads storms' names as storms', not a list of people in a text that mentions a storm", () => {
    expect(classifyText('Storm Amy brought gusts of 90 mph; Tief Yvonne brachte Schnee.').sensitivity).toBe('public');
    const season = "This season's storm names are: Amy, Bram, Chandra, Darragh, Floris, Hollie and Ivo.";
    expect(classifyText(season).sensitivity).toBe('public');
    // Wrapped by a mail program over several lines.
    expect(classifyText(season.replace('Chandra, ', 'Chandra,\n')).sensitivity).toBe('public');
    expect(classifyText('Team on call during the storm: Anna, Tom, Lisa, Mark and Jo').sensitivity).toBe('personal');
  });

  it('reads first names on a calendar of name days, and a saint as its entry, as no one', () => {
    const calendar = 'Calendrier des fêtes – décembre\n4 déc. : Barbara\n6 déc. : Nicolas\n9 déc. : Pierre Fourier';
    expect(classifyText(calendar).sensitivity).toBe('public');
    expect(classifyText('Bonne fête Nicolas ! Signé : ta sœur Julie Martin').sensitivity).toBe('personal');
  });

  it('reads a method, a law or a unit named after someone as no one', () => {
    expect(classifyText("- **Dijkstra's algorithm** works for non-negative edge weights.").sensitivity).toBe('public');
    expect(classifyText('Druck: p = F / A (Einheit: Pascal)\nTemperatur: T in Kelvin = ϑ + 273,15').sensitivity).toBe('public');
    expect(classifyText("Dijkstra's team will call you back today.").sensitivity).toBe('personal');
    expect(classifyText('Pascal ist heute im Homeoffice.').sensitivity).toBe('personal');
  });

  it("reads a model's column as things", () => {
    const fleet =
      'merk;model;brandstof;afdeling\nRenault;Zoe;elektrisch;Noord\nKia;Niro;hybride;Noord\nVolkswagen;Polo;benzine;Zuid';
    expect(classifyText(fleet).sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-407 and -408 found (synthetic)', () => {
  it('reads a German trade that is a surname too as the trade in a text about trades', () => {
    const guilds =
      'Die Zünfte der Reichsstadt: die Zunft der Weber war die größte. Daneben gab es die Zünfte der Schneider und der Gerber.';
    expect(classifyText(guilds).sensitivity).toBe('public');
    const trades =
      'Ausbildungsberufe im Bauhandwerk\n\nZimmermann: errichtet Dachstühle, Holzhäuser und Treppen.\n' +
      'Maurer: mauert Wände, betoniert Decken und Fundamente.\n\nDer Zimmermann arbeitet häufig in großer Höhe.';
    expect(classifyText(trades).sensitivity).toBe('public');
    // Not a note naming colleagues so, nor a trainees' plan.
    expect(classifyText('Ausbildung Bau\nMüller: krank\nSchneider: im Urlaub').sensitivity).toBe('special');
    expect(classifyText('Ausbildungsplan\nMüller: Lehrjahr 2\nSchneider: Lehrjahr 1').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-418 to -425 found (synthetic)', () => {
  it('reads the founders of a firm founded long before the living were grown as of history', () => {
    const about =
      'About Hartley & Sons\n\nHartley & Sons was founded in 1887 in Sheffield by the brothers William and James Hartley, who\n' +
      'began by making table knives in a rented workshop.';
    expect(classifyText(about).sensitivity).toBe('public');
    expect(classifyText('Historia firmy\n\nFirmę założył w 1926 roku Józef Nowicki, który naprawiał rowery.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Fondée en 1921 par Marcel Dassault et Louise Renard, la maison fabrique des meubles.').sensitivity).toBe(
      'public',
    );
  });

  it('still reads a founder who may be alive, and a name outside the founding sentence or under a letterhead', () => {
    expect(classifyText('Unsere Geschichte\n\nDie Firma wurde 2003 von Anna Schmidt gegründet.').sensitivity).toBe('personal');
    expect(classifyText('Anna Kowalczyk founded the choir in 1998 and still conducts it.').sensitivity).toBe('personal');
    expect(classifyText('Founded in 1887. Today our managing director Jane Whitfield leads a team of 85.').sensitivity).toBe(
      'personal',
    );
    const letter = 'Müller Bau GmbH – gegründet 1887\nSehr geehrter Herr Brandstätter,\nanbei unser Angebot.';
    expect(classifyText(letter).sensitivity).toBe('personal');
  });

  it("reads the characters a story's synopsis, its discussion questions or a game's walkthrough names as made up", () => {
    const film =
      'Ciné-club du mercredi\n\nSynopsis\nAmélie, une jeune serveuse, rend sa boîte à Dominique Bretodeau, aide ' +
      'Raymond Dufayel, le peintre à la « maladie des os de verre », et croise Nino Quincampoix.';
    expect(classifyText(film).sensitivity).toBe('public');
    const club =
      'Discussion questions\n1. Elizabeth Bennet first judges Mr Darcy at the assembly. Why?\n' +
      '2. Compare the marriages of Charlotte Lucas and Mr Collins.';
    expect(classifyText(club).sensitivity).toBe('public');
    const game =
      "## Characters you will meet\n- **Mara Quill** — the keeper's daughter.\n- **Captain Ines Varga** — gives you a quest.";
    expect(classifyText(game).sensitivity).toBe('public');
  });

  it("still reads the real world's people beside a story: its hosts, its cast, a pupil's name on an essay", () => {
    const hosts = 'Discussion questions\n1. Why does Tom leave?\n\nThanks for coming, everyone. Next month Sarah Collins hosts.';
    expect(classifyText(hosts).sensitivity).toBe('personal');
    expect(classifyText('Discussion questions\n\nAnna Schmidt will host on Thursday at her place.').sensitivity).toBe('personal');
    expect(classifyText('Personnages\nHamlet – Tom Berger\nOphelia – Lisa Wolf').sensitivity).toBe('personal');
    expect(classifyText('Name: Jonas Weber, Klasse 8b\n\nInhaltsangabe\nIn dem Roman geht es um Ben.').sensitivity).toBe(
      'personal',
    );
  });

  it('reads the figures of the Christmas story as its figures where a text tells it, and not the children who play them', () => {
    const play =
      'Krippenspiel zum Heiligabend\n\nSzene 1: Nazareth\nDer Engel Gabriel erscheint Maria.\n\n' +
      'Szene 2: Der Weg nach Bethlehem\nKaiser Augustus befiehlt die Zählung. Josef und Maria machen sich auf den Weg.';
    expect(classifyText(play).sensitivity).toBe('public');
    const magi = 'Presepe vivente\nIl 6 gennaio arrivano i Re Magi: Gaspare, Melchiorre e Baldassarre, a cavallo.';
    expect(classifyText(magi).sensitivity).toBe('public');
    expect(classifyText('Krippenspiel – Rollen\nMaria: Lena Huber\nJosef: Tim Berger\nEngel: Mia Wolf').sensitivity).toBe(
      'personal',
    );
    // One word of the story is not enough: "Maria und Josef" are a couple too.
    expect(classifyText('Maria und Josef kommen Heiligabend zu uns nach Bethlehem-Süd, Hausnr. 4.').sensitivity).toBe('personal');
  });

  it('reads the figures of the Bible in a sermon, and of the myths in a lesson on them, as figures', () => {
    const sermon =
      'Sunday sermon notes (John 1:35–42)\n\n1. Andrew hears John the Baptist point to Jesus.\n' +
      '2. Andrew finds his brother Simon. Jesus gives him a new name: Cephas, that is, Peter.';
    expect(classifyText(sermon).sensitivity).toBe('public');
    const predigt =
      'Predigt zum 2. Advent – Lukas 3,1–6\n\nLiebe Gemeinde,\n\nals Pontius Pilatus Statthalter war, geschah das Wort ' +
      'zu Johannes, dem Sohn des Zacharias. So genau datiert\nLukas den Anfang.\n\nJohannes der Täufer ruft am Jordan.';
    expect(classifyText(predigt).sensitivity).toBe('public');
    const myths =
      "Fiche de révision — La mythologie grecque\n\nLes dieux de l'Olympe\nZeus règne sur l'Olympe. Son épouse Héra " +
      "protège le mariage.\n\nLes héros\nUlysse rentre à Ithaque ; Pénélope l'attend. Persée tue la Méduse grâce à Athéna.";
    expect(classifyText(myths).sensitivity).toBe('public');
    expect(classifyText('Semana Santa\n\nDomingo de Ramos, 17:00: procesión de la Borriquita.').sensitivity).toBe('public');
  });

  it("still reads a parish's people whom no story's paragraph names, and names after a Bible's reference elsewhere", () => {
    const letter =
      'Pfarrbrief Advent\n\nLiebe Gemeinde, die Predigt am Sonntag hält der Diakon.\n\nKommunionkinder: Paul, Simon und Maria';
    expect(classifyText(letter).sensitivity).not.toBe('public');
    const thanks =
      'Predigt zum 2. Advent – Lukas 3,1–6\n\nLiebe Gemeinde,\n\nherzlichen Dank an Simon und Maria für den Kirchenkaffee.';
    expect(classifyText(thanks).sensitivity).toBe('personal');
    expect(classifyText('Domingo Ramos Pérez llamó ayer por la reclamación.').sensitivity).toBe('personal');
  });

  it("reads a work's title that is a title and a name, in its quotes, as the work's", () => {
    expect(classifyText('Lektura obowiązkowa: Adam Mickiewicz, „Pan Tadeusz” (1834)').sensitivity).toBe('public');
    expect(classifyText('Wir lesen „Frau Holle“ und dann ruft Frau Berger an.').sensitivity).toBe('personal');
    expect(classifyText('To: "Mrs Kirby" <jo.kirby84@gmail.com>\nSubject: hi').sensitivity).toBe('personal');
  });

  it("reads a story's page whose heading asks what it is about, and keeps a premiere's date to its own sentence", () => {
    const audiobook =
      "Hörbuch – „Die Glocken von Lindenau“\n\nWorum geht's?\nAls die Glockengießerin Marlene Haberkorn 1946 " +
      'zurückkehrt, hält der Bürgermeister Anton Grübl das für Verschwendung.';
    expect(classifyText(audiobook).sensitivity).toBe('public');
    const series =
      'Sinopsis\nClara Ibarra vuelve a la finca familiar.\n\nReparto principal: Clara Ibarra, Óscar Ibarra, Fermín Garrido.\n' +
      'Estreno: viernes 15 de enero.';
    expect(classifyText(series).sensitivity).toBe('public');
    expect(classifyText('Synopsis\n\nClara Ibarra will present the film on Friday at 8 pm.').sensitivity).toBe('personal');
  });

  it("reads the authors of a list of references in the styles journals use as published, not a CV's referees", () => {
    const vancouver =
      'References\n1. Smith J, Patel R. Sleep and memory consolidation. J Sleep Res. 2020;29(3):e12987.\n' +
      '2. Garcia L, Moreau P. Sleep in adolescents. Lancet. 2019;394:112-9.';
    expect(classifyText(vancouver).sensitivity).toBe('public');
    const iso =
      'Bibliographie\nDUPONT, Jean. Histoire de la Bretagne. Rennes : PUR, 2015.\nMARTIN, Claire. Les ports. Paris : Belin, 2019.';
    expect(classifyText(iso).sensitivity).toBe('public');
    const ieee = 'Referencias\n[1] L. Gómez y P. Ruiz, «Energía solar», Rev. Energ., vol. 12, pp. 33–41, 2021.';
    expect(classifyText(ieee).sensitivity).toBe('public');
    const referees = 'References\nAnna Schmidt, Head of Sales, Acme GmbH (2019–2023), anna.schmidt@acme.de';
    expect(classifyText(referees).sensitivity).toBe('personal');
    expect(classifyText('References\n\nAnna Schmidt, my manager from 2019 to 2023, on request.').sensitivity).toBe('personal');
  });

  it("keeps a story's real world to the list's item a name stands in, and reads Caesar in a homily as the Gospel's", () => {
    const guide =
      'Personajes principales\n1. Compara la visión de don Quijote y de Sancho en el episodio de los molinos.\n' +
      '2. ¿Por qué crees que Sancho cambia en la segunda parte?';
    expect(classifyText(guide).sensitivity).toBe('public');
    const homily =
      'Omelia nella Notte di Natale (Lc 2,1-14)\n\nIn quei giorni un decreto di Cesare Augusto ordinò il censimento. ' +
      'Anche Giuseppe salì a Betlemme con Maria.';
    expect(classifyText(homily).sensitivity).toBe('public');
    expect(classifyText('Personajes\n- Sancho Panza, labrador.\n\nAna López presenta el libro el lunes.').sensitivity).toBe(
      'personal',
    );
  });

  it('reads whom a sentence about a year before 1800 names as of history, and the French first as a regnal number', () => {
    const castle = 'Visite guidée du château\nLe château fut construit en 1520 pour François Ier. Louis XIV y séjourna en 1660.';
    expect(classifyText(castle).sensitivity).toBe('public');
    expect(classifyText('In 1066 William the Conqueror defeated Harold at Hastings.').sensitivity).toBe('public');
    // A postcode before its town is no year.
    expect(classifyText('Frau Anna Berger, wohnhaft in 1010 Wien, hat den Antrag gestellt.').sensitivity).toBe('personal');
    expect(classifyText('Die Burg stammt aus dem Jahr 1250. Heute führt Anna Berger durch die Räume.').sensitivity).toBe(
      'personal',
    );
  });

  it("still reads children a parish's message names beside a Gospel's word in a sentence about the real world", () => {
    const catechesis =
      'Olá a todos,\n\nna catequese de sábado o Tomás e a Maria leram o Evangelho da multiplicação dos pães e falaram ' +
      'dos apóstolos. Foram fantásticos!\n\nBeijinhos, catequista Ana';
    expect(classifyText(catechesis).sensitivity).not.toBe('public');
    // A Bible's book before its verses is the book wherever it stands, and a sentence the name opens starts there.
    const notes = 'Sunday sermon notes (John 1:35–42)\n\n1. Andrew hears John the Baptist point to Jesus.';
    expect(classifyText(notes).sensitivity).toBe('public');
    const homily =
      'Homilia (Mc 1, 1-8)\n\no Evangelho de hoje começa assim: «Princípio do Evangelho de Jesus Cristo».\n' +
      'Marcos não nos conta o nascimento de Jesus; começa com João Batista no deserto.';
    expect(classifyText(homily).sensitivity).toBe('public');
  });

  it("still reads the pupils a school play's cast lists under its heading or with their class after them", () => {
    const play =
      'Kółko teatralne – „Opowieść wigilijna”\n\nPostacie\nEbenezer Scrooge – skąpy kupiec\nBob Cratchit – jego urzędnik\n\n' +
      'Obsada\nScrooge – Michał Wieczorek (8b)\nBob Cratchit – Kacper Zając (7a)';
    expect(classifyText(play).sensitivity).toBe('personal');
    expect(classifyText('Characters\nHamlet – Tom Berger (10c)\nOphelia – Lisa Wolf (9a)').sensitivity).toBe('personal');
    expect(classifyText('Postacie\nEbenezer Scrooge – skąpy kupiec z Londynu\nBob Cratchit – jego urzędnik').sensitivity).toBe(
      'public',
    );
  });

  it("reads a novel's chapter under its bare heading as a story, not a report's chapter or interviews on their days", () => {
    const novel =
      'Chapter One\n\nThe rain had not stopped for three days when Eleanor Marsh opened the letter. Her brother Thomas ' +
      'had always said she was too curious.';
    expect(classifyText(novel).sensitivity).toBe('public');
    expect(classifyText('Chapitre 3\n\nMarion referma la porte. Dans la cuisine, Paul préparait le café.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Chapter 1: Introduction\n\nThis thesis draws on interviews with Anna Schmidt.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Chapter 1\n\nInterviews were held with Anna Schmidt on Monday 3 March.').sensitivity).toBe('personal');
  });

  it("reads a shelter's pets by their kind after their name and age, and painters of history, as no one", () => {
    const shelter =
      'Tierheim – Wir suchen ein Zuhause\n\nBella, 3 Jahre, Labrador-Mischling.\nOskar, 8 Jahre, Kater, sucht Ruhe.';
    expect(classifyText(shelter).sensitivity).toBe('public');
    expect(classifyText('Refuge — à adopter\nMilo, 4 mois, chaton tigré.\nNala, 6 ans, chienne croisée.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Hallo Oskar, 8 Jahre alt, spielt Fußball im Verein.').sensitivity).toBe('personal');
    expect(classifyText('Het Rijksmuseum toont werk van Jan Steen en Frans Hals.').sensitivity).toBe('public');
  });

  it("reads a paragraph's bounds in a mail's line ends and quoted replies as in the plain text", () => {
    const sermon =
      'Predigt zum 2. Advent – Lukas 3,1–6\n\nLiebe Gemeinde,\n\nals Pontius Pilatus Statthalter war, geschah das Wort ' +
      'zu Johannes, dem Sohn des Zacharias.';
    expect(classifyText(sermon).sensitivity).toBe('public');
    expect(classifyText(sermon.replace(/\n/g, '\r\n')).sensitivity).toBe('public');
    expect(classifyText(sermon.replace(/^/gm, '> ')).sensitivity).toBe('public');
  });

  it("reads a Bible quiz's figures by its chapters in brackets and the Gospel's places", () => {
    const quiz =
      'Kinderkerk – Bijbelquiz\n\n1. Hoeveel broers had Jozef? (Genesis 37)\n2. Wie versloeg Goliat? (1 Samuël 17)\n\n' +
      'Antwoorden: 1. elf; 2. David; 3. Elisabet; 4. het meer van Galilea; 5. Petrus.';
    expect(classifyText(quiz).sensitivity).toBe('public');
    // A class's list of pupils beside a quiz is theirs.
    expect(classifyText('Bijbelquiz (Genesis 37)\n\nWinnaars: David de Jong en Elisabet Mulder').sensitivity).toBe('personal');
  });

  it("keeps a founding's history to the clause before its turn to the present", () => {
    expect(
      classifyText('Unsere Firma wurde 1921 von Josef Berger gegründet; heute leitet sie sein Urenkel Karl Berger.').sensitivity,
    ).toBe('personal');
    expect(
      classifyText('Founded in 1887 by William Hartley, the firm has been run since 2019 by his granddaughter Emma Hartley.')
        .sensitivity,
    ).toBe('personal');
    expect(classifyText('Das Haus wurde 1750 gebaut; heute wohnen hier Anna und Tom Berger.').sensitivity).toBe('personal');
    // A founding's year is no year of lives: the sentence after it stays the present's.
    expect(classifyText('Unsere Firma wurde 1921 gegründet; heute leitet sie Karl Schmid.').sensitivity).toBe('personal');
  });

  it("reads a synopsis by its label opening a line under a programme's time, and a reading list's authors as published", () => {
    const festival =
      '13:00  SUMMER OF THE KITE (2024, 94 min, PG)\nSynopsis: Eleven-year-old Rosie Hale spends the summer with her ' +
      'grandfather, where they build a kite.';
    expect(classifyText(festival).sensitivity).toBe('public');
    const list = "## Set texts\n- Charlotte Brontë, *Jane Eyre* (1847)\n- Thomas Hardy, *Tess of the d'Urbervilles* (1891)";
    expect(classifyText(list).sensitivity).toBe('public');
    expect(classifyText('Discussion questions\n\nHost: Anna Schmidt will welcome us on Thursday.').sensitivity).toBe('personal');
  });

  it("reads a medicine someone takes by its name and dose as health, not a leaflet's dosage or a shop's offer", () => {
    const note =
      'Gentile dottoressa, le scrivo per mia madre, Carla Bonetti. Prende già il Lasix da 25 mg al mattino.\nLuisa Bonetti';
    expect(classifyText(note).sensitivity).toBe('special');
    expect(classifyText('Mein Vater nimmt Ramipril 5 mg täglich. Gruß, Jens Krüger').sensitivity).toBe('special');
    expect(classifyText("Posologie : prendre Doliprane 1000 mg jusqu'à 3 fois par jour.").sensitivity).toBe('public');
    expect(classifyText('Angebot: Vitamin D3 1000 IE, 90 Kapseln, 12,90 €').sensitivity).toBe('public');
  });

  it('reads parishes, confraternities and nativity scenes named like people as what they are, not Ana Belén', () => {
    const route =
      'Ruta de belenes\n1. Belén de la Cofradía de la Vera Cruz (calle Real, 14).\n' +
      '2. Belén viviente de la parroquia de Santiago: sábados de diciembre, de 18:00 a 20:00.';
    expect(classifyText(route).sensitivity).toBe('public');
    expect(classifyText('Yo, Ana Belén Ortiz, justifico la falta de mi hijo.').sensitivity).toBe('personal');
  });

  it("reads no story under a technical heading that names characters, nor under a manual page's SYNOPSIS", () => {
    const readme = '# escape-string-regexp\n\n> Escape RegExp special characters\n\n## License\n\nMIT © Sindre Sorhus';
    expect(classifyText(readme).sensitivity).toBe('personal');
    const man =
      'NAME\n  marked - a markdown parser\n\nSYNOPSIS\n  marked [-o <output>]\n\nDESCRIPTION\n  Copyright 2014, Christopher Jeffrey.';
    expect(classifyText(man).sensitivity).toBe('personal');
    expect(classifyText('„Das Haus am Deich“ – Roman\nWorum geht es: Merle Janssen erbt ein Haus.').sensitivity).toBe('public');
  });

  it("reads a household of a year before living memory, in a field's timeline too, and not a family that lives there since", () => {
    expect(classifyText('Nel 1838 la famiglia Contarini donò il dipinto.').sensitivity).toBe('public');
    expect(classifyText('artist: Giovanni Bellini\nacquired: 1838, dono della famiglia Contarini').sensitivity).toBe('public');
    expect(classifyText('In 1910 baute Karl Hofmann das Haus am Markt.').sensitivity).toBe('public');
    expect(classifyText('Der Hof ist seit 1750 in Familienbesitz. Anna und Tom Berger führen ihn.').sensitivity).toBe('personal');
    expect(classifyText('Mitglied seit: 1998, Name: Anna Berger').sensitivity).toBe('personal');
  });

  it("keeps a record's people under a synopsis's label, a case's synopsis, the writer's own and a self-introduction", () => {
    expect(
      classifyText('Synopsis: Anna Schmidt (34) was admitted with chest pain and discharged after two days.').sensitivity,
    ).toBe('special');
    expect(classifyText('Case synopsis\nMr Tom Berger, 58, presented with shortness of breath.').sensitivity).toBe('special');
    expect(
      classifyText('In 1905 my great-grandfather emigrated; my mother Anna Weber still lives in the house he built.').sensitivity,
    ).toBe('personal');
    expect(classifyText('Chapter 1\n\nMy name is Jonas Becker and I am applying for the scholarship.').sensitivity).toBe(
      'personal',
    );
    // A story's character with an age stays a character.
    expect(classifyText('Die Figuren\nJule Brandt (15) verbringt die Ferien bei ihrer Großmutter.').sensitivity).toBe('public');
  });

  it("reads no sentence as history that also tells of the present or of the writer's own", () => {
    expect(classifyText('The house was built in 1760 and Anna and Tom Berger bought it last year.').sensitivity).toBe('personal');
    expect(classifyText('Karl Berger founded the firm in 1921 and still runs it today.').sensitivity).toBe('personal');
    expect(classifyText('The house was built in 1760; Anna and Tom Berger bought it.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-437 to -444 found (synthetic)', () => {
  it("reads a template's bracketed blank as a placeholder, not a filled-in name", () => {
    expect(classifyText('[imię i nazwisko Najemcy], zamieszkałym w [adres], PESEL [numer]').sensitivity).toBe('public');
    expect(classifyText('Zwischen <Name des Vermieters> und <Name des Mieters> wird vereinbart:').sensitivity).toBe('public');
    // A filled-in bracket, a label with its colon, and a label with no brackets keep the name.
    expect(classifyText('[Imię i nazwisko: Jan Kowalski]').sensitivity).toBe('personal');
    expect(classifyText('imię i nazwisko Najemcy: Jan Kowalski, PESEL 85031712345').sensitivity).toBe('personal');
    expect(classifyText('Nachname Weber, Vorname Anna, wohnhaft in Köln').sensitivity).toBe('personal');
  });

  it("reads a maker's field in a product feed as a company's name", () => {
    expect(
      classifyText('products[0].brand: Bosch\nproducts[0].price: 89.9\nproducts[1].brand: Stanley\nproducts[1].price: 24.5')
        .sensitivity,
    ).toBe('public');
    expect(classifyText('Hersteller: Miele\nModell: WWD 120\nHersteller: Liebherr').sensitivity).toBe('public');
    // A contact's field, or a customer's, holds people.
    expect(classifyText('brand: Bosch\ncontact: Weber\nowner: Schmidt').sensitivity).toBe('personal');
  });

  it('reads a name listed with a person of history as one too, and a German plural that is a French given name as a word', () => {
    expect(classifyText('Lesung: Texte von Wilhelm Müller und Heinrich Heine, Do 10.12., 19 Uhr').sensitivity).toBe('public');
    expect(classifyText('Neu im Bestand: Romane, Hörbücher und 40 Brettspiele.').sensitivity).toBe('public');
    // Not a pair whose second name goes on with a surname, nor Romane with her surname.
    expect(classifyText('Maria Santos e Victor Hugo Pereira foram ao cinema.').sensitivity).toBe('personal');
    expect(classifyText('Participantes na reunião: Ana Souza e Victor Hugo').sensitivity).toBe('personal');
    expect(classifyText('Romane Dupont a appelé ce matin.').sensitivity).toBe('personal');
  });

  it('reads a work attributed to its maker, and not a ticket attributed to a colleague', () => {
    expect(classifyText('A sinistra, due ritratti attribuiti a Giovan Battista Moroni.').sensitivity).toBe('public');
    expect(classifyText('A panel painting attributed to Rogier van der Weyden hangs here.').sensitivity).toBe('public');
    expect(classifyText('The ticket was attributed to Anna Weber by mistake.').sensitivity).toBe('personal');
  });

  it("reads a company's management report and its general meeting's invitation as published, not a club's", () => {
    const report =
      'Årsredovisning 2025 – Förvaltningsberättelse\nBostadsbolaget Älvstaden AB\n\nStyrelsen har bestått av ordförande Lena Holmberg samt ledamöterna Sara Nilsson och Erik Lund.';
    expect(classifyText(report).sensitivity).toBe('public');
    const agm =
      'Nordwerk Maschinenbau AG\n\nEinladung zur ordentlichen Hauptversammlung\n\nWir laden unsere Aktionärinnen und Aktionäre ein.\n6. Wahl zum Aufsichtsrat: Frau Dr. Claudia Hertel, Finanzvorständin der Hanse Logistik SE.';
    expect(classifyText(agm).sensitivity).toBe('public');
    // A club's annual report names its members; a shareholder's letter about the meeting is a message.
    expect(
      classifyText('Årsrapport 2025 – Tennisklubben\n\nÅrets nya medlemmar: Lena Holmberg, Sara Nilsson och Erik Lund.')
        .sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Liebe Frau Hertel,\n\nzur Hauptversammlung der Aktionäre am 20. Mai kann ich leider nicht kommen.\n\nIhr Jonas Becker',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads a theatre's programme by its days and its box office, and a list of references past its own headings", () => {
    const programme =
      'Stadttheater Lüneburg – Spielplan Dezember 2026\n\nFr 4.12., 19:30 Uhr\nDER ZERBROCHNE KRUG\nRegie: Miriam Faßbender · Bühne: Tobias Kranz\n\nSo 6.12., 15:00 Uhr\nDIE SCHNEEKÖNIGIN\n\nSa 12.12., 19:30 Uhr\nMit Jonas Riedel\n\nVorverkauf: Theaterkasse, Mo–Fr 10–18 Uhr';
    expect(classifyText(programme).sensitivity).toBe('public');
    // A box office's rota is no programme.
    expect(
      classifyText('Dienstplan Theaterkasse\nMo 10:00 Anna Weber\nDi 10:00 Jonas Riedel\nMi 10:00 Tobias Kranz').sensitivity,
    ).toBe('personal');
    const references =
      'Bibliographie\n\nOuvrages\n- Braudel, F. (1979). Civilisation matérielle. Paris : Armand Colin.\n\nArticles\n- Zemon Davis, N. (1975). Les Cultures du peuple. Paris : Aubier.';
    expect(classifyText(references).sensitivity).toBe('public');
  });

  it('reads a year before living memory in Czech, the Nordic languages, Romanian, Croatian and Slovene, and watercolours as works', () => {
    expect(classifyText('Alfons Mucha přijel do Paříže v roce 1887.').sensitivity).toBe('public');
    expect(classifyText('De reeks aquarellen van Anton Mauve hangt in zaal 2.').sensitivity).toBe('public');
    expect(classifyText('Jana Dvořáková nastoupila do firmy v roce 2019.').sensitivity).toBe('personal');
    // Polish "i" is "and", not a year's word.
    expect(classifyText('Anna Kowalska i 1500 uczestników.').sensitivity).toBe('personal');
  });

  it("reads a hymn's credits with their years, a concert's conductor and soloist, and quotations' authors as makers", () => {
    expect(classifyText('Text: Paul Gerhardt 1653 · Melodie: Johann Crüger 1653').sensitivity).toBe('public');
    expect(
      classifyText(
        'Programme\nElgar – Cello Concerto\n   Soloist: Clara Whitfield, cello\nConductor: Daniel Okoro\nTickets £12 from the box office',
      ).sensitivity,
    ).toBe('public');
    // A bus's conductor, a school concert's pupil are someone.
    expect(classifyText('Conductor: Anna Weber (bus 42), shift 6–14').sensitivity).toBe('personal');
    expect(classifyText('Soloist: Mia Schmidt (Klasse 4b), Flöte – Elternabend 12.12.').sensitivity).toBe('personal');
    expect(
      classifyText(
        "Febbraio: «Fatti non foste a viver come bruti.» – Dante Alighieri\nMarzo: «Il pessimismo della ragione.» – Antonio Gramsci\nMaggio: «La cultura è l'unico bene.» – Hans-Georg Gadamer",
      ).sensitivity,
    ).toBe('public');
    // A chat's quoted lines, a team's quotes with their roles, a colleague's watercolours stay someone's.
    expect(classifyText('"Ich komme später" – Anna Weber\n"Bin schon da" – Jonas Becker').sensitivity).toBe('personal');
    expect(
      classifyText('Quote of the week: "Done is better than perfect" – Anna Weber, Team Lead\n"Ship it" – Jonas Becker, Dev')
        .sensitivity,
    ).toBe('personal');
    expect(classifyText('Gedichte von Anna Weber und Jonas Becker werden beim Schulfest vorgelesen.').sensitivity).toBe(
      'personal',
    );
    expect(
      classifyText('Die Ausstellung zeigt Aquarelle von Anna Weber, unserer Kollegin aus der Buchhaltung.').sensitivity,
    ).toBe('personal');
    // A byline without a year of history, a phone list's extensions, a single quoted colleague stay someone's.
    expect(classifyText('Text: Anna Weber · Fotos: Jonas Becker').sensitivity).toBe('personal');
    expect(classifyText('Durchwahlen\nAnna Weber 1204\nJonas Becker 1311').sensitivity).toBe('personal');
    expect(classifyText('Feedback from the workshop: "Very useful" – Anna Weber').sensitivity).toBe('personal');
    // A shop's reviews signed by a first name and a town are its customers'.
    expect(classifyText('★★★★★ "Lekker handzaam" – Femke, Utrecht\n★★★★☆ "Goed, maar lekt" – Bram, Zwolle').sensitivity).toBe(
      'personal',
    );
  });

  it("reads a reading list's authors with their works in quotes or with old years, and a capital Œ as œ", () => {
    const list =
      'Lista lektur obowiązkowych – klasa 7\n\nSemestr I\n1. Aleksander Fredro, „Zemsta”\n2. Stefan Żeromski, „Syzyfowe prace”';
    expect(classifyText(list).sensitivity).toBe('public');
    const works =
      "Œuvres au programme\n\nObjet d'étude : le roman\n- Madame de La Fayette, La Princesse de Clèves (1678)\n- Francis Ponge, La Rage de l'expression (1952)";
    expect(classifyText(works).sensitivity).toBe('public');
    // An internal register with an empty ISBN column is no catalogue; a team's list with its years is no reading list.
    expect(
      classifyText('title,author,isbn\nInternal handbook,Anna Weber,n/a\nOnboarding guide,Jonas Becker,n/a').sensitivity,
    ).toBe('personal');
    expect(classifyText('Team\n- Anna Weber, Buchhaltung (2019)\n- Jonas Becker, Vertrieb (2021)').sensitivity).toBe('personal');
  });

  it("reads a wine's appellation and a region named like a person as places, not a person named like a region", () => {
    expect(classifyText('Blancos – D.O. Rías Baixas\n  Pazo de Señoráns 2023 .......... 27 €').sensitivity).toBe('public');
    expect(classifyText('A.O. Weber hat angerufen.').sensitivity).toBe('personal');
    expect(classifyText('Emilia Romagna ha chiamato ieri.').sensitivity).toBe('personal');
  });

  it('reads "rond", "omstreeks", "hacia" and "intorno al" before a year before living memory as history', () => {
    expect(classifyText('Rond 1890 woonde hier de familie Van Dijk met negen kinderen.').sensitivity).toBe('public');
    expect(classifyText('Hacia 1850 la casa pasó a Joaquín Ortega Ruiz.').sensitivity).toBe('public');
    expect(classifyText('Familie Van Dijk woont hier sinds 2019.').sensitivity).toBe('personal');
  });

  it("reads a catalogue's authors beside their ISBNs, a bestseller list's prices in brackets and a town hall's mailboxes", () => {
    const catalogue =
      'title,author,year,isbn\nWolf Hall,Hilary Mantel,2009,9780007230204\nThe Go-Between,L. P. Hartley,1953,9780141187792';
    expect(classifyText(catalogue).sensitivity).toBe('public');
    // A register of internal documents and their authors is no catalogue.
    expect(
      classifyText('title,author,modified\nQ3 report,Anna Weber,2026-11-30\nBudget 2027,Tom Berger,2026-12-01').sensitivity,
    ).toBe('personal');
    const bestsellers =
      'Top 5 boeken van de week\nHet diner – Herman Koch (paperback, € 12,50)\nTirza – Arnon Grunberg (€ 15,00)\nHet achterhuis – Anne Frank (€ 10,00)';
    expect(classifyText(bestsellers).sensitivity).toBe('public');
    expect(classifyText('État civil : etat-civil@saint-aubin.fr\nCCAS : ccas@saint-aubin.fr').sensitivity).toBe('public');
    expect(classifyText('Contact : marie.dupont@saint-aubin.fr').sensitivity).toBe('personal');
  });

  it("reads a memorial's dead born before living memory, a king whose number stands before a verb of one letter, and a life's dated birth", () => {
    expect(classifyText('MORTS POUR LA FRANCE 1914-1918\nBERNARD Louis, 1893 – BOUCHER Émile, 1889').sensitivity).toBe('public');
    // A survivor born later on a memorial still counts; a list with no memorial's words is a list of people.
    expect(
      classifyText(
        'Stolpersteine in der Lindenstraße\nJakob Rosenthal, Jg. 1889, deportiert 1942.\nRuth Rosenthal, Jg. 1921, überlebte in England.',
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('Durchwahlen\nWEBER Anna, 1204 – BECKER Jonas, 1311').sensitivity).toBe('personal');
    expect(classifyText('1 de dezembro de 1640 – D. João IV é aclamado rei.').sensitivity).toBe('public');
    expect(classifyText('Uczniowie: Jan Kowalski IV b, Anna Nowak III c').sensitivity).toBe('personal');
    expect(classifyText('Maria Konopnicka urodziła się 23 maja 1842 roku w Suwałkach.').sensitivity).toBe('public');
    expect(classifyText('Maria Kowalska urodziła się 23 maja 1984 roku w Suwałkach.').sensitivity).toBe('personal');
  });

  it("reads an IBAN as a company's where its holder after it on its line has a legal form", () => {
    expect(classifyText('graag overmaken naar NL91 ABNA 0417 1643 00 t.n.v. Drukkerij Van Leeuwen B.V.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('graag overmaken naar NL91 ABNA 0417 1643 00 t.n.v. J. de Vries').sensitivity).toBe('personal');
    expect(classifyText('Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00 zugunsten Anna Weber.').sensitivity).toBe(
      'personal',
    );
  });

  it("reads a month before a year before living memory, a text adapted from its author, a story's character by that word and a field's name with an old life", () => {
    expect(classifyText('A report on the death of Emily Wilding Davison at the Derby, June 1913.').sensitivity).toBe('public');
    expect(classifyText('Frei nach Alphonse Daudet: Briefe aus meiner Mühle').sensitivity).toBe('public');
    // French "d'après" is "according to" too; counts and amounts after a month or "rond" are no years.
    expect(classifyText("D'après Julie Martin, le client a annulé la commande.").sensitivity).toBe('personal');
    expect(classifyText('Rond 1500 bezoekers kwamen naar het feest van Anna de Vries.').sensitivity).toBe('personal');
    expect(classifyText('Miete März 1200 € an Herrn Weber überwiesen.').sensitivity).toBe('personal');
    expect(classifyText('Describe el personaje de Adela en la obra.').sensitivity).toBe('public');
    expect(classifyText('Autor: Luís Vaz de Camões (c. 1524–1580)').sensitivity).toBe('public');
    // A month of a year in living memory, an owner's thing, a field's name with a recent year stay someone's.
    expect(classifyText('Anna Weber joined the team in June 2019.').sensitivity).toBe('personal');
    expect(classifyText('¿Alguien ha visto el cargador de Lucía?').sensitivity).toBe('personal');
    expect(classifyText('Patient: Karl Weber (geb. 1948)').sensitivity).toBe('personal');
  });

  it("reads whom a talk or a concert is by as a person, not as part of an event's name", () => {
    expect(classifyText('Conférence de Julie Martin lundi à 14 h en salle B.').sensitivity).toBe('personal');
    expect(classifyText('Wykład Anny Nowak w poniedziałek o 10:00.').sensitivity).toBe('personal');
    expect(classifyText('Palestra de Ana Souza na segunda-feira.').sensitivity).toBe('personal');
    expect(classifyText('Liste de lecture de Julie Martin : « Le Petit Prince »').sensitivity).toBe('personal');
    // An event named after someone puts the name first, or after its word with no particle.
    expect(classifyText('The Ada Lovelace Lecture takes place on Monday.').sensitivity).toBe('public');
    expect(classifyText('Festival Chopin 2027 – programme').sensitivity).toBe('public');
  });

  it("reads a maker's sentence about the workplace, or a thing to give back, as naming a colleague or an owner", () => {
    expect(classifyText('Film von Jonas Becker über unser Sommerfest – jetzt im Intranet.').sensitivity).toBe('personal');
    expect(classifyText('Les tableaux de Julie Martin sont encore dans son bureau, elle les récupère lundi.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Un livre de Julie Martin a été oublié en salle B, merci de le lui rendre.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Ausstellung: Fotos von Jonas Becker aus der Buchhaltung, 3. Stock.').sensitivity).toBe('personal');
    expect(classifyText('Lesung mit Anna Weber (Praktikantin) beim Teamfrühstück am Freitag.').sensitivity).toBe('personal');
    // A museum's painter stays a maker.
    expect(classifyText('Im Saal 3 hängen Gemälde von Gabriele Münter aus unserer Sammlung.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-457 to -462 found (synthetic)', () => {
  it("reads a town's or a school's head signing under their office's line as an official", () => {
    expect(classifyText('Anunț\n\nTermenul de plată este 31 martie.\n\nPrimar,\nIon Dumitrescu\n').sensitivity).toBe('public');
    expect(classifyText('Avis\n\nLe marché est déplacé.\n\nLe Maire,\nJean-Pierre Dubois\n').sensitivity).toBe('public');
    expect(
      classifyText('Circolare\n\nLe assemblee si terranno mercoledì.\n\nIL DIRIGENTE SCOLASTICO\nProf.ssa Maria Teresa Colombo\n')
        .sensitivity,
    ).toBe('public');
    // A citizen writing to the mayor about someone: the office's line holds their greeting too.
    expect(
      classifyText('Sehr geehrter Herr Bürgermeister,\nHans Müller aus der Lindenstraße parkt vor meiner Einfahrt.\n')
        .sensitivity,
    ).toBe('personal');
    expect(classifyText('Herr Bürgermeister,\nHans Müller parkt vor meiner Einfahrt.\n').sensitivity).toBe('personal');
  });

  it("reads officials' and school heads' signatures in more forms: a town's name, 'Fdo.', the office after the name", () => {
    const notice = (signature: string) => classifyText(`Notice\n\nThe road will be closed on Monday.\n\n${signature}\n`);
    for (const signature of [
      'El Alcalde,\nFdo.: Juan Pérez Gómez',
      'Il Sindaco\nf.to Mario Rossi',
      'De burgemeester van Dijkerveen,\nJ. de Vries',
      'O Presidente da Câmara Municipal\nJoão Manuel Silva',
      'gez. Hans Müller\nErster Bürgermeister',
      'Hans Müller, Erster Bürgermeister',
      'Cllr Sarah Jones\nLeader of the Council',
      'Mrs J. Smith\nHeadteacher',
      'Anna Lindqvist\nkommunstyrelsens ordförande',
      'Dr. Petra Lang, Schulleiterin',
      'Ο Δήμαρχος\nΓεώργιος Παπαδόπουλος',
      'Il Responsabile del Servizio\nIng. Marco Ferrari',
      // holdout-474: a possessive before the office, a town's name after "Gminy", a surname the lists lack before the
      // office's line, a charity's chair, a priest; the office under a closing is no name itself.
      'Váš starosta\nPetr Novák',
      'Ihr Pfarrer Michael Schmitt',
      'Wójt Gminy Zielonki\nBogusław Wiatr',
      'João Carlos Mendes\nPresidente da Junta de Freguesia',
      'Margaret Holloway\nChair of Trustees',
      'Mit freundlichen Grüßen\nDer Bürgermeister\nHans Müller',
      'Cordiali saluti\nIl Sindaco\nMario Rossi',
      // holdout-479: a Spanish proclamation's mayor named before the office, his surnames not in the lists.
      'Don Francisco Javier Ortiz Molina, Alcalde-Presidente del Ayuntamiento de Villanueva del Arzobispo,',
    ])
      expect(notice(signature).sensitivity, signature).toBe('public');
    // A job title that goes on, or a consultancy's grade; a pupil named above a head's signature.
    expect(notice('Best regards,\nJohn Smith\nPrincipal Engineer').sensitivity).toBe('personal');
    expect(notice('Thanks,\nMaire').sensitivity).toBe('personal');
    // An official writing to a named resident: the resident stays someone.
    expect(
      classifyText(
        'Sehr geehrte Frau Öztürk,\nIhr Zuschuss ist bewilligt.\n\nMit freundlichen Grüßen\nThomas Berger\nErster Bürgermeister\n',
      ).sensitivity,
    ).toBe('personal');
    expect(notice('Best regards,\nJane Doe\nPrincipal\nNorthbridge Consulting').sensitivity).toBe('personal');
    expect(
      classifyText('Liebe Eltern,\n\nMaximilian Weber aus der 3b hat sich den Arm gebrochen.\n\nPetra Lang\nRektorin\n')
        .sensitivity,
    ).toBe('special');
  });

  it("reads a Danish number with an office's hours after it as a landline, and a Nordic 'call me' as a person's", () => {
    expect(classifyText('Spørgsmål kan rettes til ejendomskontoret på tlf. 33 12 45 80 (man–fre kl. 9–12).').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Ring til mig på tlf. 33 12 45 80 (man–fre kl. 9–12).').sensitivity).toBe('personal');
    expect(classifyText('Ring mig på 33 12 45 80 (man-fre efter 16)').sensitivity).toBe('personal');
    // "mobil" is Danish, Swedish, Norwegian and Czech too: a Danish number after it was read as a German landline.
    expect(classifyText('Min mobil: 28 44 91 06').sensitivity).toBe('personal');
    expect(classifyText('Hej, mit telefonnummer er 28 44 91 06, ring gerne i aften.').sensitivity).toBe('personal');
    expect(classifyText('Hei, mobilnummeret mitt er 412 34 567.').sensitivity).toBe('personal');
    expect(classifyText('Kundeservice: tlf. 70 12 34 56').sensitivity).toBe('public');
  });

  it("reads a company's account in its own terms as the company's, not the reader's, a holder's or an employee's", () => {
    const head = 'TRANSPORTS ROUSSEAU SAS\nRCS Dijon B 412 345 678\n\n';
    const iban = 'IBAN FR76 3000 4000 0312 3456 7890 143\n';
    expect(classifyText(`${head}Paiement à 30 jours par virement :\n${iban}`).sensitivity).toBe('public');
    expect(classifyText(`${head}Madame,\nNous rembourserons par virement sur votre compte :\n${iban}`).sensitivity).toBe(
      'personal',
    );
    expect(classifyText(`${head}Titulaire : Paul\nPaiement par virement\n${iban}`).sensitivity).toBe('personal');
    expect(classifyText(`${head}Salarié : n° 4471\nPaiement par virement :\n${iban}`).sensitivity).toBe('personal');
    expect(classifyText(`${head}Compte :\n${iban}`).sensitivity).toBe('personal');
    // A VAT number on the letterhead's lines registers it too; Italian "su" is "on", Spanish "su" is "your" (holdout-825).
    const quote = (terms: string) =>
      `IDRAULICA ROSSI S.r.l.\nVia Roma 2 – 25030 Castel Mella (BS)\nP.IVA 03489120987 – Tel. 030 2580114\n\nPreventivo n. 318\n\n${terms} IT13 L030 6909 6061 0000 0012 345\n`;
    expect(classifyText(quote('Pagamento: saldo a fine lavori, bonifico su IBAN')).sensitivity).not.toBe('personal');
    expect(classifyText(quote('Rimborso sul vostro conto:')).sensitivity).toBe('personal');
    const spanish =
      'FONTANERÍA LÓPEZ S.L.\nCalle Mayor 3 – 28013 Madrid\nCIF B46123457 – Tel. 910 123 456\n\nLe informamos de que el pago se hará por transferencia a su cuenta ES60 0049 1500 0512 3456 7892 en los próximos días.\n';
    expect(classifyText(spanish).sensitivity).toBe('personal');
  });

  it("reads a number after a phone word and 'Nr.'/'no.:' as a phone's, and a conference's id after a phone word as none", () => {
    // Two leaks found probing forms after holdout-470: the capitalised "Nr." or "no.:" hid the number.
    expect(classifyText('Telefon-Nr.: 0171 234 5678').sensitivity).toBe('personal');
    expect(classifyText('Handy-Nr.: 0171 234 5678').sensitivity).toBe('personal');
    expect(classifyText('Mobile no.: 07911 123456').sensitivity).toBe('personal');
    expect(
      classifyText(
        'Join Microsoft Teams meeting\nDial in by phone: +44 20 3855 1234,,715882041#\nPhone conference ID: 715 882 041#\n',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Mobile: 612 345 678').sensitivity).toBe('personal');
    // Form fields probed in twenty languages: three more leaks.
    expect(classifyText('Recapito telefonico: 3471234567').sensitivity).toBe('personal');
    expect(classifyText('Nr telefonu: 601-234-567').sensitivity).toBe('personal');
    expect(classifyText('Contacto: 912345678').sensitivity).toBe('personal');
    // "de" alone tells no language: a Spanish mobile was read as Basel's landline.
    expect(classifyText('Teléfono de contacto: 612345678').sensitivity).toBe('personal');
    // A contact's field holding a street and its number is an address, not a name.
    expect(classifyText('Contacto: Rua Augusta 12, 1100-053 Lisboa').sensitivity).toBe('public');
    expect(classifyText('Contacto comercial: 213 456 789 (dias úteis, 9h–18h)').sensitivity).toBe('public');
  });

  it('reads the writer telling of their own illness in the Nordic, Finnic, Baltic, Greek, Bulgarian and Croatian languages', () => {
    for (const message of [
      'Hej! Jag är sjukskriven två veckor efter operationen i knät. /Karin',
      'Hei, jeg er syk i dag, har omgangssyke. Hilsen Ola',
      'Labas, šiandien sergu gripu. Rūta',
      'Sveiki, šodien esmu slima, man ir gripa. Līga',
      'Tere, olen täna haige, palavik. Kaarel',
      'Bok, danas sam bolestan, imam gripu. Ivan',
    ])
      expect(classifyText(message).sensitivity, message).toBe('special');
    // Someone speaking as a Roma, someone's own blood group; not a football club's fan.
    expect(classifyText('As a Roma woman I am often stopped by security. Elena').sensitivity).toBe('special');
    expect(classifyText('My blood type is O negative and I donate every three months. Liam').sensitivity).toBe('special');
    expect(classifyText("Roma è la capitale d'Italia. Als Roma-Fan fahre ich jedes Jahr hin.").sensitivity).toBe('public');
    // A leaflet's "you" is no one.
    expect(
      classifyText('Information om sjukskrivning: Om du är sjuk mer än sju dagar behöver du ett läkarintyg.').sensitivity,
    ).toBe('public');
    expect(classifyText('Η γρίπη μεταδίδεται εύκολα. Κάντε το εμβόλιο.').sensitivity).toBe('public');
  });

  it("reads a public event's speakers by their affiliation or a journalist's word, not an internal talk's (holdout-478)", () => {
    expect(
      classifyText(
        '- **Keynote** by Dr. Amara Osei (University of Edinburgh) on responsible AI.\n\nEarly-bird tickets open in March.\n',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Workshop led by Tomás Ferreira of Streamline Labs. Early-bird tickets open in March.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('The panel, moderated by journalist Helen Marsh. Tickets from £20.').sensitivity).toBe('public');
    expect(classifyText('Training session led by Dr. Anna Weber (Finance). Tickets for the dinner are free.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Workshop led by Anna Weber from our HR team. Tickets for the party are free.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Keynote by Dr. Amara Osei (University of Edinburgh) on responsible AI.').sensitivity).toBe('personal');
  });

  it("reads a phone under a function's or an organisation's key as theirs (holdout-476), not a customer's or a contact's", () => {
    expect(classifyText('support.email: support@portail.example\nsupport.telephone: 09 70 80 90 10').sensitivity).toBe('public');
    expect(classifyText('store.phone: 06 12 34 56 78').sensitivity).toBe('public');
    expect(classifyText('customer.phone: 06 12 34 56 78').sensitivity).toBe('personal');
    expect(classifyText('contact.phone: 06 12 34 56 78').sensitivity).toBe('personal');
  });

  it("reads a form's or a deed's resident as someone's address", () => {
    expect(classifyText('Wohnhaft in der Lindenstraße 14, 50674 Köln').sensitivity).toBe('personal');
    expect(classifyText('domicilié au 12 rue des Lilas, 75020 Paris').sensitivity).toBe('personal');
    expect(classifyText('zam. ul. Długa 5/3, 31-147 Kraków').sensitivity).toBe('personal');
    expect(classifyText('Residente en calle Mayor 12, 28013 Madrid').sensitivity).toBe('personal');
    // A company's seat, a hall of residence: organisations'.
    expect(classifyText('Sitz der Gesellschaft: Lindenstraße 14, 50674 Köln').sensitivity).toBe('public');
    expect(classifyText('Residence Hall: Lindenstraße 14, 50674 Köln').sensitivity).toBe('public');
  });

  it('reads Swiss and Belgian officials, two signatures side by side, and a town clerk before the name on its line', () => {
    const notice = (signature: string) => classifyText(`Notice\n\nThe road will be closed on Monday.\n\n${signature}\n`);
    expect(notice('Für den Gemeinderat\nUrs Keller, Gemeindepräsident\nSandra Meier, Gemeindeverwalterin').sensitivity).toBe(
      'public',
    );
    expect(
      notice('Le Directeur général,                 Le Bourgmestre,\nMarc Dewit                            Anne Lambert')
        .sensitivity,
    ).toBe('public');
    expect(notice('de gemeentesecretaris, P. Jansen').sensitivity).toBe('public');
    // An association's secretary is a private person.
    expect(classifyText('Beste leden,\n\nde contributie wordt verhoogd.\n\nde secretaris, Piet Jansen\n').sensitivity).toBe(
      'personal',
    );
  });

  it("reads a library's month programme, a competition named after someone and a Polish book's author after its title", () => {
    const programme =
      'BIBLIOTECA PÚBLICA – PROGRAMA DE DICIEMBRE\n\nMartes 1, 19:00 h – Presentación del libro, con su autora, Carmen Lafuente. Entrada libre.\nJueves 3, 18:00 h – Cuentacuentos.\nMiércoles 16, 19:00 h – Conferencia a cargo del historiador Javier Ibáñez.\n';
    expect(classifyText(programme).sensitivity).toBe('public');
    // Without what a public audience is told, a programme is an internal day's.
    expect(classifyText(programme.replace(' Entrada libre.', '')).sensitivity).toBe('personal');
    expect(classifyText('Il nostro olio ha ottenuto la menzione al concorso "Ercole Olivario".').sensitivity).toBe('public');
    expect(
      classifyText('Kącik czytelniczy: polecamy „Opowieść wigilijną” Karola Dickensa oraz „Dzieci z Bullerbyn” Astrid Lindgren.')
        .sensitivity,
    ).toBe('public');
    expect(classifyText('Dostałam od „Mikołaja” Annę Nowak na prezent.').sensitivity).toBe('personal');
  });

  it("reads a French programme's times written '18 h 00' (holdout-479)", () => {
    const programme =
      'FESTIVAL DU LIVRE JEUNESSE – 11 au 13 décembre 2026\nProgramme\n\nVendredi 11 décembre, 18 h 00 – Inauguration avec Anne Brouillard\nSamedi 12 décembre, 10 h 30 – Atelier avec Thomas Baas\nSamedi 12 décembre, 15 h 00 – Rencontre avec Susie Morgenstern\n\nEntrée libre.\n';
    expect(classifyText(programme).sensitivity).toBe('public');
    expect(classifyText(programme.replace('Entrée libre.', 'Réunion interne.')).sensitivity).toBe('personal');
  });

  it("reads a menu's dishes named after people, a congress's speakers, a booklist's authors and a Swedish dentist's visit", () => {
    expect(classifyText('Filetto alla Rossini 28\nCarpaccio alla Cipriani 14\n').sensitivity).toBe('public');
    expect(classifyText('Il pollo di Marco è nel frigo, non toccatelo!').sensitivity).toBe('personal');
    expect(
      classifyText('Pizze\nMargherita ........ 8\nCapricciosa ........ 10\nDiavola ........ 9\nMenù del giorno').sensitivity,
    ).toBe('public');
    const congress =
      'XXII CONGRESSO NACIONAL DE MEDICINA GERAL\n\n09:00 Sessão de abertura\n09:30 Conferência – Prof. Doutor Rui Almeida\n11:00 Mesa-redonda – Dra. Teresa Gomes\n14:30 Workshops\n\nCreditação pela Ordem dos Médicos: 12 créditos.\n';
    expect(classifyText(congress).sensitivity).toBe('public');
    // An internal agenda is accredited for nothing.
    expect(
      classifyText(congress.replace('Creditação pela Ordem dos Médicos: 12 créditos.', 'Almoço na cantina.')).sensitivity,
    ).toBe('personal');
    const booklist = 'Booklist 2027\n- Of Mice and Men, John Steinbeck (Penguin)\n- The Midnight Fox, Betsy Byars (Puffin)\n';
    expect(classifyText(booklist).sensitivity).toBe('public');
    expect(classifyText(booklist.replace('Booklist 2027', 'Lost property')).sensitivity).toBe('personal');
    expect(classifyText('Hej Erik! Påminnelse om din tid hos Folktandvården tisdag 8/12 kl 14:30.').sensitivity).toBe('special');
  });

  it("reads a list's or a public body's mailbox without a name as a function's, and a Czech landline as a landline", () => {
    expect(classifyText('email marsaskala.lc@gov.mt').sensitivity).toBe('public');
    expect(classifyText('To: coproprietaires-residence-les-tilleuls@listes.example').sensitivity).toBe('public');
    expect(classifyText('Contact: gestion@syndic-horizon.example').sensitivity).toBe('public');
    // A name in the address keeps it someone's, at a public body too.
    expect(classifyText('email jan.kowalski@gov.pl').sensitivity).toBe('personal');
    expect(classifyText('email anna.maria.rossi@comune.example').sensitivity).toBe('personal');
    expect(classifyText('email xiaoming.zhang@firma.example').sensitivity).toBe('personal');
    // Czech is not Polish: Zlín's landline is no Polish mobile; a Czech mobile stays one.
    expect(classifyText('Odhlášky obědů do 7.30 hodin na tel. 577 210 334.').sensitivity).toBe('public');
    expect(classifyText('Zavolejte mi na tel. 601 448 219, děkuji.').sensitivity).toBe('personal');
    expect(classifyText('Proszę dzwonić: 577 210 334').sensitivity).toBe('personal');
  });

  it("reads French 'Maire' as the office, a dance orchestra's leader by its capitalised word, a Croatian museum and adjective", () => {
    expect(classifyText("Le Maire a signé l'arrêté.").sensitivity).toBe('public');
    expect(classifyText('Hi Maire, thanks for the notes!').sensitivity).toBe('personal');
    expect(classifyText("ore 21:00 Serata danzante con l'Orchestra Bruno Galli").sensitivity).toBe('public');
    // Lower case, it is a member's orchestra; choirs and ensembles name their members so too.
    expect(classifyText('En la orquesta Ana García y Luis Pérez faltan hoy.').sensitivity).toBe('personal');
    expect(classifyText('Im Chor Anna Weber und Jonas Becker fehlen heute krank.').sensitivity).toBe('special');
    expect(classifyText('Izlet: posjet Muzeju Nikole Tesle u Zagrebu.').sensitivity).toBe('public');
    // "-čka" is a Croatian adjective's ending; Polish "-cka" and Czech "-cká" stay surnames'.
    expect(classifyText('Dnevni red:\n1. Uspjeh učenika\n2. Izvanučionička nastava\n').sensitivity).toBe('public');
    expect(classifyText('Spotkanie z panią Wysocką. Dzwoniła Anna Nowacka.').sensitivity).toBe('personal');
    expect(classifyText('Volala paní Zelenská kvůli faktuře.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-480 to -485 found (synthetic)', () => {
  it('reads a prefect, an Italian officer in charge and a community police officer as public roles, by office', () => {
    expect(classifyText('Le préfet de la Marne, M. Henri Prévost, a décidé la circulation différenciée.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Responsabile del procedimento: dott. Marco Ferrarini').sensitivity).toBe('public');
    expect(classifyText('Il responsabile del procedimento è il dott. Marco Ferrarini, Servizio Sport.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('Vanaf januari is Ramon de Wit de nieuwe wijkagent voor Oosterpark.').sensitivity).toBe('public');
    // The citizen who writes to them, and the people they write about, stay someone.
    expect(
      classifyText(
        "Monsieur le Préfet,\n\nje conteste l'amende.\n\nVeuillez agréer, Monsieur le Préfet, mes salutations.\nJeanne Dupont",
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('Il responsabile del procedimento ha ricevuto la domanda del sig. Mario Bianchi.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Anna Schmidt, die Tochter des Bürgermeisters, hat geheiratet.').sensitivity).toBe('personal');
  });

  it("reads class teachers signing a letter to parents as their office, two of them joined by 'und'", () => {
    const letter = 'Liebe Eltern,\n\nbitte geben Sie den Abschnitt ab.\n\nMit freundlichen Grüßen\n';
    expect(classifyText(`${letter}Frau Schäfer und Herr Yıldırım\nKlassenleitungen`).sensitivity).toBe('public');
    expect(classifyText(`${letter}Frau Schäfer\nKlassenlehrerin`).sensitivity).toBe('public');
    // The pupil named in it stays someone; so do parents signing as parents.
    expect(
      classifyText(
        `Liebe Eltern,\n\nPaul Weber hat heute seine Hausaufgaben vergessen.\n\nMit freundlichen Grüßen\nFrau Schäfer\nKlassenlehrerin`,
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText(`${letter}Markus Köhler und Sabine Köhler\nEltern von Paul`).sensitivity).toBe('personal');
  });

  it("reads an old invention's inventor as history, a product's name beside its price as the product's", () => {
    expect(
      classifyText("descrizione: La caffettiera inventata da Alfonso Bialetti nel 1933, con l'omino coi baffi.").sensitivity,
    ).toBe('public');
    expect(classifyText('Invented by my colleague Tom Baker in 2019, the tool saves hours.').sensitivity).toBe('personal');
    expect(classifyText('sku: CAF-MOKA-06\nnome: Caffettiera Moka Express 6 tazze\nprezzo.valore: 34.9').sensitivity).toBe(
      'public',
    );
    expect(classifyText('name: Anna Weber\nprice: 3.50').sensitivity).toBe('personal');
    expect(classifyText('nombre: Pilar Soto Ruiz\nprecio: 35').sensitivity).toBe('personal');
  });

  it("reads services', editors' and returns' mailboxes as functions, a greeting's word only as the whole mailbox", () => {
    expect(classifyText('Per segnalazioni scrivere a servizi.generali@metalsud.it.').sensitivity).toBe('public');
    expect(classifyText('Destinatario: Casa&Cucina Store S.r.l., resi@casacucina.example').sensitivity).toBe('public');
    expect(classifyText('Kontakt hola@empresa.example').sensitivity).toBe('public');
    // "Ola" and "Resi" are given names beside a surname.
    expect(classifyText('Kontakt ola.nordmann@firma.example').sensitivity).toBe('personal');
    expect(classifyText('Kontakt resi.huber@firma.example').sensitivity).toBe('personal');
  });

  it("reads a release's notes titled with its product's name as published, their contributors' handles as credits", () => {
    const notes =
      '# Release notes – Ledgerly 4.12.0\n\n## Fixed\n- #4812 Currency rounding\n- #4820 PDF export\n\nThanks to @mrodriguez-dev and @kasia-w for their pull requests.\n';
    expect(classifyText(notes).sensitivity).toBe('public');
    expect(classifyText(notes.replace('# Release notes – Ledgerly 4.12.0', '# Team chat')).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-486 to -491 found (synthetic)', () => {
  const football =
    'Kreisliga A: SV Eintracht Hohenstein – TSV Gerlingen 2:1 (0:1)\n\nVor 230 Zuschauern brachte Niklas Haug die Gäste in der 34. Minute in Führung. Nach der Pause drehte die Eintracht das Spiel: Kapitän Marco Berisha glich per Kopf aus.\n\n„Die Mannschaft hat Moral gezeigt", sagte Trainer Andreas Köpf nach dem Schlusspfiff.\n';
  it("reads a newspaper's report by its headline, prose and a quotation told with its verb, a review's word or a crowd", () => {
    expect(classifyText(football).sensitivity).toBe('public');
    expect(
      classifyText(
        "PORTRAIT – Le dernier sabotier du Haut-Jura\n\nÀ 72 ans, Gilbert Vuillermoz sculpte encore chaque matin ses sabots en bois d'épicéa dans l'atelier qu'il tient de son grand-père. « Il me faut une journée pour une paire », explique l'artisan.\n",
      ).sensitivity,
    ).toBe('public');
    // Without the reporter's marks, the same prose names someone.
    expect(classifyText(football.replace(/Vor 230 Zuschauern |„[^"]*", sagte /g, '')).sensitivity).toBe('personal');
  });

  it("does not read an organisation's own news, an incident or a record as a newspaper's report", () => {
    const probes = [
      'Farewell to our finance manager Peter Hall\n\nAfter 22 years with the company, Peter Hall retires at the end of December. He started in the post room in 2004 and built up the finance team of twelve.\n\n"It has been a privilege," said Peter at his farewell lunch on Friday.\n',
      'Ehrung beim Schützenverein\n\nBeim Jahresabschluss des Schützenvereins Hohenstein wurde Karl Weber für 50 Jahre Treue ausgezeichnet. Er trat 1976 dem Verein bei und war lange Jahre Schatzmeister.\n\n„Der Verein ist meine zweite Familie", sagte Weber.\n',
      'Return to work interview\n\nEmployee: Gareth Hughes\nManager: Claire Donnelly\n\nGareth said the physiotherapy has helped and he is ready to return on a phased plan over the next two weeks, four hours a day in week one.\n',
    ];
    for (const text of probes) expect(['personal', 'special']).toContain(classifyText(text).sensitivity);
    expect(
      classifyText(
        'Unfall in Halle 3 am Dienstag\n\nAm Dienstagmorgen rutschte Maria Schulz auf dem nassen Boden der Halle 3 aus und brach sich das Handgelenk. Sie wurde ins Klinikum gebracht und ist krankgeschrieben.\n\n„Der Boden war nicht abgesperrt", erklärte Schichtleiter Tom Berger.\n',
      ).sensitivity,
    ).toBe('special');
  });

  it("reads a staff address's pattern as no one's, Baltic phone words and letters, and Lithuania's trunk '8'", () => {
    expect(classifyText('E-Mail: etunimi.sukunimi@kangasala.example').sensitivity).toBe('public');
    expect(classifyText('E-Mail: vorname.nachname@stadt.example').sensitivity).toBe('public');
    expect(classifyText('E-Mail: anna.nachname@firma.example').sensitivity).toBe('personal');
    expect(classifyText('Pārdod dzīvokli. Zvanīt Intai: 29 45 61 78 (vakaros).').sensitivity).toBe('personal');
    expect(classifyText('Pārdod dzīvokli. Tālr. 29456178').sensitivity).toBe('personal');
    expect(classifyText('Parduodu butą. Skambinkite 8 612 34567').sensitivity).toBe('personal');
    // Kaunas's landline after the trunk "8", on a town's notice.
    expect(classifyText('Kalėdų eglutės įžiebimo šventė. Daugiau informacijos tel. 8 37 42 26 17.').sensitivity).toBe('public');
  });

  it("reads a practice's doctors in its heading by their specialty, and a board of directors in an annual report", () => {
    expect(
      classifyText(
        'Hausarztpraxis am Stadtpark\nDr. med. Sabine Reuter · Dr. med. Felix Aumann · Fachärzte für Allgemeinmedizin\n\nSprechzeiten\nMo, Di, Do 8–12 Uhr\nMi, Fr 8–12 Uhr\n\nGrippeimpfung dienstags ohne Termin.\n',
      ).sensitivity,
    ).toBe('public');
    // A referral's patient stays someone; "Mi" among weekdays is Wednesday, not the writer.
    expect(
      classifyText('Dr. med. Sabine Reuter, Fachärztin für Allgemeinmedizin\n\nÜberweisung für Herrn Paul Weber wegen Diabetes.')
        .sensitivity,
    ).toBe('special');
    const report =
      'Northbank Credit Union – Annual Report 2025/26\n\nMembership rose 6 % to 18,420.\n\nBoard of Directors\nChair: Siobhán Kelly · Secretary: Aisling Byrne\n';
    expect(classifyText(report).sensitivity).toBe('public');
    expect(classifyText(`${report}\nPupil of the year: Tom Hale (Year 6)\n`).sensitivity).toBe('personal');
  });

  it("reads a clergyman's office before his name as his calling, a record's word in a sentence as no record's (holdout-492)", () => {
    const news =
      'Neues Löschfahrzeug für die Feuerwehr Altdorf\n\nDie Freiwillige Feuerwehr Altdorf hat am Samstag ihr neues Hilfeleistungslöschfahrzeug in Dienst gestellt. Das Fahrzeug kostete 420.000 Euro.\n\n„Damit sind wir gut aufgestellt", sagte Kommandant Florian Seitz bei der Übergabe vor rund 150 Gästen. Pfarrer Martin Lehner segnete das Fahrzeug.\n';
    expect(classifyText(news).sensitivity).toBe('public');
    // A parishioner's illness told in a named sentence keeps the report a record of her.
    expect(
      classifyText(
        news.replace('Pfarrer Martin Lehner segnete das Fahrzeug.', 'Anna Weber, die an Krebs erkrankt ist, war dabei.'),
      ).sensitivity,
    ).toBe('special');
  });

  it('reads an initial as no first person ("by J. B. Priestley")', () => {
    expect(
      classifyText(
        'Recensione – An Inspector Calls di J. B. Priestley, Teatro Sociale\n\nSerata intensa con la regia di Gemma Whitfield: ottima la scena del terzo atto, pubblico numeroso e applausi calorosi per tutta la compagnia.\n',
      ).sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-493 to -496 found (synthetic)', () => {
  it("reads a timetable's staff column by its role, a round-up's section labels as prose, and more verbs of saying", () => {
    const timetable = '| Jour | Cours | Coach |\n|---|---|---|\n| Lundi | Pilates | Julie |\n| Mercredi | Zumba | Sofia |\n';
    expect(classifyText(timetable).sensitivity).toBe('public');
    // The participants' column is someone's.
    expect(classifyText(timetable.replace('Coach', 'Participante')).sensitivity).toBe('personal');
    expect(
      classifyText(
        'Weekend sport round-up\n\nRugby: Munster came from behind to beat Leinster 24-19 in front of a full house at Thomond Park on a cold evening.\nHurling: Ballyhale Shamrocks retained the Leinster club title.\n\n"It was a tough one," said Munster coach Graham Rowntree.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Zmarł Jerzy Malinowski, wieloletni dyrektor teatru\n\nW wieku 84 lat zmarł w Krakowie Jerzy Malinowski, reżyser i w latach 1985–2006 dyrektor Teatru im. Juliusza Słowackiego, autor ponad sześćdziesięciu spektakli.\n\n„Był wymagający" – wspomina aktorka Anna Dymna.\n',
      ).sensitivity,
    ).toBe('public');
    // A neighbour's death told with her illness stays a record of her.
    expect(
      classifyText(
        'Zmarła nasza sąsiadka\n\nWczoraj zmarła pani Halina Nowak, nasza sąsiadka z trzeciego piętra, która od lat chorowała na cukrzycę i serce, a jej córka przyjechała z Gdańska.\n\n„Była dobrą kobietą" – wspomina jej córka.\n',
      ).sensitivity,
    ).toBe('special');
  });

  it("reads school heads signing in Czech, Slovak, Romanian, Croatian, Slovene, Finnish and Nordic words; not a company's director", () => {
    expect(
      classifyText('Oznámení rodičům\n\nBesídka se koná v pondělí.\n\nMgr. Jana Dvořáková\nředitelka školy').sensitivity,
    ).toBe('public');
    expect(
      classifyText('Mit freundlichen Grüßen\nKovács Péter\nigazgató\n\nMelléklet: Szabó Anna munkaszerződése').sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-497 and -498 found (synthetic)', () => {
  it("reads a famous cook's recipe, a Dutch writer and a title in plain quotes before its author as credits", () => {
    expect(
      classifyText('# Kürbissuppe – nach einem Rezept von Sternekoch Johann Lafer\n\n800 g Kürbis, 1 Zwiebel.').sensitivity,
    ).toBe('public');
    expect(classifyText('Der Koch Jan Becker hat heute frei, er ist krank.').sensitivity).toBe('special');
    expect(
      classifyText("In december lezen we voor uit 'Dikkie Dik' van Jet Boeke. Op 12 december komt schrijver Tommy Wieringa.")
        .sensitivity,
    ).toBe('public');
    expect(classifyText("Ik heb 'm van Jan de Vries gekregen, hij woont hiernaast.").sensitivity).toBe('personal');
  });

  it("reads news' and members' list mailboxes as functions", () => {
    expect(classifyText('From: nieuws@bibliotheekeemland.example\nTo: leden@bibliotheekeemland.example').sensitivity).toBe(
      'public',
    );
    expect(classifyText('To: abonnes@listes.mairie.example').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-499 and -500 found (synthetic)', () => {
  it("reads a course catalogue's lecturers and a parliament's questions by their title, judges and clergy by their office", () => {
    expect(
      classifyText(
        'Vorlesungsverzeichnis Wintersemester 2026/27 – Institut für Geschichte\n\nV 101 Europa im Zeitalter der Reformation   Prof. Dr. Thomas Kaufmann   Mo 10–12\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Written Question 2026/4471 – Dáil Éireann\n\nDeputy Catherine Murphy asked the Minister for Health the number of patients waiting for a hip replacement.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText('Written question to the council\n\nHi Tom, can you check this draft? I think Anna Kowalski should sign it.')
        .sensitivity,
    ).toBe('personal');
    expect(classifyText('Il Giudice, dott.ssa Lucia Ferri, ha pronunciato la seguente sentenza.').sensitivity).toBe('public');
    expect(classifyText('Roraty o godz. 6:30.\n\nKs. proboszcz Andrzej Nowicki').sensitivity).toBe('public');
    // Whom the clergy visit stays someone; "my father" is no priest.
    expect(
      classifyText('Liebe Gemeinde,\n\nPfarrer Martin Lehner hat Anna Schmidt im Krankenhaus besucht, sie hat Krebs.')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('My father John was a pastor in Leeds for thirty years.').sensitivity).toBe('personal');
    // German "Fr." is "Frau", no "Father".
    expect(classifyText('Fr. Anna Schmidt ist seit Montag krank.').sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-501 to -504 found (synthetic)', () => {
  it("reads a form's gender-marked role as a name's field (German, Italian, Spanish)", () => {
    expect(classifyText('H  Arbeitnehmer/in: Reto Baumgartner, Seestrasse 118, 8712 Stäfa').sensitivity).toBe('personal');
    expect(classifyText('Antragsteller/-in: Reto Baumgartner').sensitivity).toBe('personal');
    expect(classifyText('Arbeitnehmer(in): Reto Baumgartner').sensitivity).toBe('personal');
    expect(classifyText('Alumno/a: Pablo Ruiz').sensitivity).toBe('personal');
    expect(classifyText('Arbeitnehmer/innen: siehe Liste').sensitivity).toBe('public');
  });

  it("reads a person's name after an abbreviated street word as the street's", () => {
    expect(classifyText('Sexta, 11      Farmácia Viriato      Av. Alberto Sampaio 12      232 481 290').sensitivity).toBe(
      'public',
    );
    // The Nordic "av" (by) is no street. (Not Karin Boye's book, whom the list of writers of history holds since 2.38.0.)
    expect(classifyText('Boken är skriven av Karin Lindholm och gavs ut 2019 i Stockholm.').sensitivity).toBe('personal');
    expect(classifyText('Reunião na Av. da República com a Dra. Ana Costa amanhã.').sensitivity).toBe('personal');
  });

  it("does not read a Polish owner's genitive across a table's columns", () => {
    expect(
      classifyText(
        'Dzień          Godz.          Przedmiot       Forma     Sala\nPoniedziałek   08:15   Mechanika   wykład   A12',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Nie mogę znaleźć ładowarki Marka.').sensitivity).toBe('personal');
  });

  it("does not read a bank account's number as a mobile", () => {
    expect(classifyText('Kontonummer: 0440116243').sensitivity).toBe('public');
    expect(classifyText('Mobil: 044 011 6243').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-505 and -506 found (synthetic)', () => {
  it("reads a birth's date after a form's feminine mark and a town's province", () => {
    const c = classifyText('Il/La sottoscritto/a Marco Esposito nato/a a Bari (BA) il 12/04/1979');
    expect(c.findings.map((f) => f.type)).toContain('date-of-birth');
    expect(classifyText('nato/a a ____ il ____').sensitivity).toBe('public');
  });

  it("reads a name's key with whose name it is before the colon", () => {
    expect(classifyText('Vorname des Kindes: Lea').sensitivity).toBe('personal');
    expect(classifyText("Prénom de l'enfant : Léa").sensitivity).toBe('personal');
    expect(classifyText('Imię dziecka: Zofia').sensitivity).toBe('personal');
    expect(classifyText('Vorname des Kindes: ________').sensitivity).toBe('public');
    expect(classifyText('Vorname (falls abweichend): siehe oben').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-507 found (synthetic)', () => {
  const prose =
    'Cada semana hablamos con tiendas online que pierden margen en sus envíos al extranjero sin darse\ncuenta. Estos son los errores más frecuentes.';
  it("reads a dated article's byline as its author's, named for publication", () => {
    expect(
      classifyText(
        `# Cinco errores al calcular el coste de un envío\n\n*Por Laura Méndez, responsable de contenidos · 27 de noviembre de 2026*\n\n${prose}\n`,
      ).sensitivity,
    ).toBe('public');
    // Undated, or in a message, or beside a colleague's illness, it is read as before.
    expect(classifyText('Quarterly update on the Leeds project\nBy Anna Weber\n\nThe project is on track.').sensitivity).toBe(
      'personal',
    );
    // Minutes' writer is their secretary, however dated.
    expect(
      classifyText(
        'Protokoll der Teamsitzung Vertrieb\nvon Anna Weber, 3. Dezember 2026\n\nWir haben die Zahlen des dritten Quartals besprochen und beschlossen, die Kampagne im Januar zu starten und die Preise zu halten.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Neues aus der Personalabteilung\nVon Anna Weber · 3. Dezember 2026\n\nUnser Kollege Tom Braun ist seit Montag krank und liegt im Krankenhaus, wir wünschen ihm gute Besserung und hoffen, ihn bald wiederzusehen.',
      ).sensitivity,
    ).toBe('special');
  });

  it("reads a job advert's 'About the role' as its heading, and a programme's times in a Markdown table", () => {
    expect(
      classifyText(
        'Finance Business Partner\n\nAbout the role\nYou will partner with our repairs directorate.\n\nAbout you\n- CIMA or ACCA qualified\n\nFor an informal conversation, contact Sarah Whitfield, Head of Financial Planning, on 0113 496 0321.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        '# Colloque « Données de santé et IA »\n\n| Heure | Intervention | Intervenant·e |\n|---|---|---|\n| 09:00 | Ouverture | Pr Marc Delattre, Université de Lille |\n| 09:30 | Le RGPD | Me Hélène Vasseur, barreau de Lille |\n| 10:30 | Entrepôts de données | Dr Karim Benali, CHU de Lille |\n\nEntrée libre sur inscription.\n',
      ).sensitivity,
    ).toBe('public');
    // "Me" before a name is a lawyer's title, not the writer: still "me" elsewhere.
    expect(classifyText('Hola Ana, Me Encanta la idea.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-508 found (synthetic)', () => {
  it("does not read a branch's name in a list's name column as a person's", () => {
    expect(
      classifyText(
        'Name;Straße;PLZ;Ort\nFiliale Marktplatz;Marktplatz 4;79098;Freiburg\nFiliale Herdern;Habsburgerstraße 112;79104;Freiburg\n',
      ).sensitivity,
    ).toBe('public');
  });

  it("reads a German landline grouped after its area code as one, and a mobile's word as a mobile's", () => {
    expect(classifyText('Bäckerei Gruber GmbH\nTelefon: 0761 208 440').sensitivity).toBe('public');
    expect(classifyText('Name;Straße;Telefon\nFiliale Marktplatz;Marktplatz 4;0761 208 440').sensitivity).toBe('public');
    // A Romanian mobile after a mobile's word, or a phone word that Romanian shares, stays one.
    expect(classifyText('Straße: Hauptstr. 4\nHandy: 0722 123 456').sensitivity).toBe('personal');
    expect(classifyText('Tel. mobil: 0722 123 456').sensitivity).toBe('personal');
    expect(classifyText('Telefon: 0722 123 456').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-510 and -511 found (synthetic)', () => {
  it("reads a wrapped review's prose, a Polish portrait and a dash's quotation as a newspaper's", () => {
    expect(
      classifyText(
        'Critique – « La Maison des rives » de Claire Dubreuil\n\nAvec ce quatrième roman, Claire Dubreuil signe son livre le plus ambitieux. Sur trois générations,\nune famille de bateliers de la Saône voit le fleuve changer.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Sylwetka: Natalia Kaczmarek – z Drawska na podium mistrzostw Europy\n\nNatalia Kaczmarek zaczynała karierę w szkolnym klubie w Drawsku Pomorskim. Dziś jest jedną z\nnajszybszych czterystumetrowców w Europie.\n',
      ).sensitivity,
    ).toBe('public');
  });

  it("reads a public event's speakers under their heading, and regional and district offices", () => {
    expect(
      classifyText(
        'Convegno nazionale "Acqua e città" – Bologna, 18 marzo 2027\nI relatori\n\nProf.ssa Elena Marchetti – Ordinaria di Idraulica all\'Università di Padova.\n\nIscrizione gratuita fino a esaurimento posti.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText('Intervención de la consejera de Educación, Rosa María Llorente, en la inauguración del curso.').sensitivity,
    ).toBe('public');
    expect(classifyText("L'assessore al Bilancio Marco Ferri ha presentato la manovra.").sensitivity).toBe('public');
    expect(classifyText('Landrätin Anna Berger eröffnete die Ausstellung.').sensitivity).toBe('public');
    // A company's "consejero delegado" is no office; a list after an office's comma names someone else.
    expect(classifyText('El consejero delegado, Juan Pérez Gil, ha enviado el plan a la plantilla.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Der Minister, Anna Schmidt und ich waren dort.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-512 and -513 found (synthetic)', () => {
  it("reads a staff newsletter's story by its workplace's words as the organisation's own news", () => {
    const story =
      'Warehouse team hits 100 days without a lost-time accident\n\nThe Doncaster site reached 100 days without a lost-time accident on Friday, the longest run since\nthe warehouse opened. Shift leader Priya Nair, who set up the daily safety huddles, said: "People started telling each other about near misses."\n\nCake is in the canteen all week.\n';
    expect(classifyText(story).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-514 found (synthetic)', () => {
  const lead =
    'Karin Albrecht (Physikerin)\n\nKarin Albrecht (* 1968 in Jena) ist eine deutsche Experimentalphysikerin. Sie leitet seit 2012\ndie Abteilung Quantenoptik am Max-Planck-Institut für Quantenoptik in Garching und lehrt als\nHonorarprofessorin an der Ludwig-Maximilians-Universität München.\n\nLeben\nAlbrecht studierte Physik in Jena und Heidelberg.\n';
  it('reads an encyclopedia article on a person by its title and lead', () => {
    expect(classifyText(lead).sensitivity).toBe('public');
    // Not a profile under another title, nor one with a phone word, nor beside a term of health.
    expect(
      classifyText(
        'Bewerberprofil\nAnna Weber (Jahrgang 1990) ist Bürokauffrau und sucht eine Stelle in Köln. Telefon 0221 445566.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Anna Weber\n\nAnna Weber (geb. 1990 in Köln) ist Bürokauffrau und sucht eine neue Stelle. Telefon 0221 445566.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads an official appointment's notice and an obituary as published", () => {
    expect(
      classifyText(
        "Nomination du nouveau préfet de la Sarthe\n\nPar décret du Président de la République, M. Olivier Castagnet, administrateur de l'État, est nommé préfet de la Sarthe. Il succède à Mme Élisabeth Renaud.\n",
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Appointment of the new Head of Finance\n\nWe are pleased to announce that Sarah Whitfield has been appointed Head of Finance from 1 January.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Nomina del nuovo sindaco di Lecco\n\nIl consiglio ha proclamato eletto Marco Ferri, 52 anni, che ha dichiarato di essere in cura per una depressione.',
      ).sensitivity,
    ).toBe('special');
    // An interview's headline, even with a quotation, is an HR note's too.
    expect(
      classifyText(
        'Exit interview – Tom Baker: "I want more responsibility than the warehouse can give me"\n\nTom Baker, forklift driver on the night shift for six years, leaves on 30 November. In the interview he said that he had asked twice for the team leader course and was turned down both times.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Obituary: Professor Margaret Lowry, marine biologist, 1941–2026\n\nMargaret Lowry, who has died aged 85, spent four decades studying the seabird colonies of the\nFarne Islands and founded the long-term puffin census that still runs every summer.\n',
      ).sensitivity,
    ).toBe('public');
  });
});

describe('names in lower case in messages (this session)', () => {
  it('reads a name with its verb after a connector, and by its team', () => {
    expect(classifyText('ok so tom said he will be late, his wife is in hospital').sensitivity).toBe('special');
    expect(classifyText('meeting moved to 3pm, sarah from finance will join').sensitivity).toBe('personal');
    // Words that are names too stay words.
    expect(classifyText('ok so will said the build is green').sensitivity).toBe('public');
    expect(classifyText('so mark the invoice as paid and send it').sensitivity).toBe('public');
    expect(classifyText('the printer from finance is broken again, can someone fix it').sensitivity).toBe('public');
  });
});

describe('a document written all in lower case (this session)', () => {
  it("reads its people by a title, a field's label or a transcript's time, where a word is a known name", () => {
    expect(classifyText('paciente: iker goikoetxea larrañaga\nnhc: 2209147').sensitivity).toBe('personal');
    expect(classifyText("00:01:12 sarah whitfield: let's start with the delivery figures.").sensitivity).toBe('personal');
    expect(classifyText('clé du local vélo : demander à mme garnier au rdc').sensitivity).toBe('personal');
    // A company in a field, a motor ship, a product and a book stay things.
    expect(classifyText('customer: bright dental ltd (account 10442)\nissue: printer offline').sensitivity).toBe('public');
    expect(classifyText('mo–fr: 10:15, 13:30, 16:00 mit ms helene').sensitivity).toBe('public');
    expect(classifyText('mr clean is the best cleaning product on the market').sensitivity).toBe('public');
    expect(classifyText('pan tadeusz (1999), reż. andrzej wajda – piątek 18:00').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-518 found (synthetic)', () => {
  it('reads a German compound review as a paper prints it', () => {
    expect(
      classifyText(
        "Konzertkritik: Brahms mit Wucht und Wärme\n\nDas Sinfonieorchester Wuppertal unter Patrick Hahn spielte am Sonntag Brahms' zweites Klavierkonzert mit der Pianistin Lisa Franke als Solistin, vor rund 1.200 Zuhörern.\n",
      ).sensitivity,
    ).toBe('public');
  });

  it("reads a city's cultural listings by their dates and times, and French 'goût' as no gout", () => {
    expect(
      classifyText(
        'Agenda cultural – Coimbra, dezembro 2026\n\n4 dez., 21h30 – "A Gaivota", encenação de Ricardo Pais\n11 dez., 21h30 – Concerto de Natal, maestro Virgílio Caseiro\n12 dez., 16h00 – Conversa com a escritora Lídia Jorge\n\nBilhetes à venda na bilheteira.\n',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('« Je voulais une bière qui ait le goût du coin », explique Amélie Roux.').sensitivity).toBe('personal');
    expect(classifyText('Tom Baker has gout and cannot stand all day.').sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-519 found (synthetic)', () => {
  it("reads a card masked but for its issuer's first digits and its last four", () => {
    expect(classifyText('Carte Visa Classic n° 4970 •••• •••• 2231').sensitivity).toBe('personal');
    expect(classifyText('VISA 497012******2231').sensitivity).toBe('personal');
    // A placeholder's last four, and a number with no card's word, stay no one's.
    expect(classifyText('Kartennummer: 4970 XXXX XXXX 1234').sensitivity).toBe('public');
    expect(classifyText('Sendungsnummer 4970 XXXX XXXX 2231').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-521 found (synthetic)', () => {
  it("reads a review's headline before a work's quoted title, and no candidate's profile, witness account or probation review", () => {
    expect(
      classifyText(
        'Review: "The Lighthouse Keepers" at the Citizens Theatre, Glasgow\n\nStephen Greenhorn\'s new play about three keepers stranded on a rock in the winter of 1900 is\na slow burn that rewards patience. Director Dominic Hill keeps the staging spare.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Review – Tom Baker probation\n\nTom Baker joined the warehouse team in June and has settled in well; his manager recommends that his probation is confirmed at the end of the month.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Sylwetka kandydata na stanowisko kierownika magazynu\n\nAnna Nowak ma dziesięć lat doświadczenia w logistyce, ostatnio pracowała w firmie kurierskiej w Łodzi, gdzie kierowała zespołem dwudziestu osób na nocnej zmianie.',
      ).sensitivity,
    ).toBe('personal');
    // Criticism of a colleague is no review.
    expect(
      classifyText(
        'Kritik an der Arbeitsweise von Jonas Becker\n\nJonas Becker hat in den letzten zwei Wochen dreimal Termine verpasst und Kunden verärgert; mehrere Kunden haben sich beschwert und möchten einen anderen Ansprechpartner bekommen.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Relacja z wyjazdu integracyjnego działu sprzedaży do Zakopanego\n\nW weekend cały dział sprzedaży pojechał do Zakopanego. Najlepiej na stoku radziła sobie Anna Nowak, a wieczorem przy ognisku śpiewał Piotr Zieliński, który zebrał ponad sto oklasków.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe("an obituary's survivors (this session's review)", () => {
  it('reads the living family an obituary names as people, not where it names none', () => {
    expect(
      classifyText(
        'Obituary: John Carter, 1950–2026\n\nJohn Carter, who has died aged 76, ran the village shop in Ashby for forty years. He is survived by his wife, Mary Carter, of 12 Church Lane, and his daughter Emma Carter.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Nachruf auf Tom Braun\n\nTom Braun ist am 20. November im Alter von 58 Jahren gestorben. Er hinterlässt seine Frau Anna Braun und die Kinder Lea und Jonas, die in Kassel leben.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Obituary: Professor Margaret Lowry, marine biologist, 1941–2026\n\nMargaret Lowry, who has died aged 85, spent four decades studying the seabird colonies of the\nFarne Islands and founded the long-term puffin census. She is survived by her nephew and nieces.\n',
      ).sensitivity,
    ).toBe('public');
  });
});

describe("this session's review probes", () => {
  it("does not read a bare 'account' as a number's label, nor a job description's ill post holder as published", () => {
    expect(classifyText('Your account manager: 07911 123456').sensitivity).toBe('personal');
    expect(classifyText('account no. 0440116243').sensitivity).toBe('public');
    expect(
      classifyText(
        'Job description – Senior Buyer\n\nAbout the role\nYou will manage our steel suppliers.\n\nAbout you\nFive years in procurement.\n\nCurrent post holder: Anna Weber, who leaves on 31 December after her cancer diagnosis.',
      ).sensitivity,
    ).toBe('special');
  });
});

describe("a private celebration's or a family's programme (this session's review)", () => {
  it('is no public event, whatever its times, tickets or guests', () => {
    expect(
      classifyText(
        'Agenda cultural da família Silva – dezembro\n\n4 dez., 21h30 – teatro com a Ana Costa e o Rui Lopes (bilhetes já comprados)\n11 dez., 20h00 – jantar em casa da avó Maria Silva\n12 dez., 16h00 – cinema com os primos\n',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Programma del matrimonio di Anna e Marco\n\nOspiti\nMario Rossi e Lucia Bianchi (testimoni)\nGiulia Verdi\n\n15:00 cerimonia\n17:00 aperitivo\n20:00 cena\nIngresso libero al ricevimento per gli amici del paese.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe("an official's family in an appointment's notice (this session's review)", () => {
  it('keeps the family a notice names as people', () => {
    expect(
      classifyText(
        "Nomination du nouveau maire adjoint chargé des écoles\n\nLe conseil municipal a élu M. Paul Girard, 45 ans, comme maire adjoint. Sa fille Emma est scolarisée à l'école Jules-Ferry.",
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-522 to -527 found (synthetic)', () => {
  it("reads no reference line in a title's word before a season's years", () => {
    const leaflet =
      'CAMPANHA DE VACINAÇÃO SAZONAL 2026/2027\nGripe e COVID-19\n\nLeve o seu cartão de cidadão ou o número de utente do SNS.';
    expect(classifyText(leaflet).sensitivity).not.toBe('personal');
    expect(classifyText(leaflet).findings.map((f) => f.type)).not.toContain('person-number');
    // A reference's letters that start their word, and a number's sign run into its digits, still count.
    expect(classifyText('KUNDENNUMMER KD2026118220\n\nIhr Vertrag wurde verlängert. Sie müssen nichts tun.\n').sensitivity).toBe(
      'personal',
    );
    expect(
      classifyText('Mitgliedsnr12345678\n\nIhr Beitrag wird zum 1. Januar angepasst. Bitte prüfen Sie Ihre Daten.\n').sensitivity,
    ).toBe('personal');
  });

  it("reads Czech and Nordic desks' mailboxes as a function's", () => {
    for (const address of [
      'servis@autoservis-horak.example.cz',
      'kundservice@bolaget.example.se',
      'asiakaspalvelu@kauppa.example.fi',
    ])
      expect(classifyText(`Kontakt: ${address}`).sensitivity).toBe('public');
    expect(classifyText('Kontakt: tereza.novakova@seznam.cz').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-533 found (synthetic)', () => {
  it("reads a king's name in a Croatian street as a monarch's", () => {
    expect(
      classifyText(
        'OBAVIJEST KORISNICIMA\n\nZbog radova u srijedu bez vode će biti korisnici u Ulici kralja Tomislava (kućni brojevi 1–45).',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Najmoprimac: Luka Babić, Ulica kralja Zvonimira 4, Split').sensitivity).toBe('personal');
  });
});

describe('published texts of holdout-529, and records told as stories (synthetic; probes)', () => {
  it("reads a council's leaders by their office, a match's report quoted with 'a réagi', an encyclopedia's name with particles", () => {
    expect(
      classifyText(
        'Council approves £4.2m plan to rebuild Riverside leisure centre\n\nCouncillors in Northfield voted 31 to 12 on Wednesday night to rebuild the town\'s 1970s leisure centre, ending two years of debate over whether to repair or replace it.\n\nCouncil leader Amanda Price said the decision was "the right one for the next fifty years". Opposition leader Colin Marsh said his group objected to the cost of borrowing.',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Student council leader Emma Hartley said the prom will be on 3 July.').sensitivity).toBe('personal');
    expect(
      classifyText(
        "Ligue 2 – 15e journée : Laval s'impose à Grenoble\n\nMenés au score dès la 12e minute sur un coup franc de Théo Mercier, les Lavallois ont renversé la situation en seconde période grâce à Yanis Benhamou, entré à l'heure de jeu.\n\n« On savait qu'il fallait rester patients », a réagi l'entraîneur lavallois après la rencontre.",
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Jacob van der Linde (schilder)\n\nJacob van der Linde (Haarlem, 1621 – Amsterdam, 1684) was een Nederlands kunstschilder uit de Gouden Eeuw, bekend om zijn riviergezichten en winterlandschappen. Van der Linde ging in de leer bij een landschapsschilder in Haarlem en werd in 1645 lid van het Sint-Lucasgilde aldaar. Werken van zijn hand bevinden zich in het Rijksmuseum.',
      ).sensitivity,
    ).toBe('public');
  });

  it('reads no newspaper in an inquiry marked internal, a case headline, kin beside a full name, or health beside a surname named again', () => {
    expect(
      classifyText(
        "Enquête interne sur le comportement de M. Paul Girard au service expédition\n\nLors de l'entretien du 12 novembre, Mme Claire Petit, préparatrice de commandes, a déclaré : « Il m'a insultée devant toute l'équipe. » Deux autres salariés présents ce jour-là ont confirmé ses propos lors de leurs auditions.\n\nM. Girard conteste les faits. « Je n'ai jamais menacé personne », explique l'intéressé.",
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Seguimiento del caso de Daniel en el piso tutelado\n\nLa educadora Marta Vidal visitó el piso el 25 de noviembre. "Desde que llegó duerme mejor y ya come con normalidad", ha explicado la acogedora, Rosa Ortega, que dice que el chico ha hecho amigos en el instituto.\n\nLa próxima visita será el 9 de diciembre.',
      ).sensitivity,
    ).not.toBe('public');
    expect(
      classifyText(
        'Visita a la familia acogedora del niño Daniel\n\nLa trabajadora social Marta Vidal visitó el domicilio el 25 de noviembre. "Daniel duerme mejor desde que está con nosotros", ha explicado la madre de acogida, Rosa Ortega, que dice que el niño ya come con normalidad.\n\nEl padre biológico, Andrés Gil, no acudió a la cita concertada.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Incidente nel magazzino di via Roma durante il turno di notte\n\nDurante il turno di notte del 28 novembre il carrellista Luca Ferri ha urtato uno scaffale. «Non ho visto il pallet sporgente, la luce era spenta», dice Ferri, che è stato visitato dal medico competente e non ha riportato lesioni.\n\nIl responsabile Marco Bassi ha spiegato che lo scaffale verrà fissato a muro entro venerdì.',
      ).sensitivity,
    ).toBe('special');
  });

  it("keeps a portrait's craftsman, a novel's granddaughter and a film's father as the published texts' own", () => {
    expect(
      classifyText(
        "PORTRAIT – Le dernier sabotier du Haut-Jura\n\nÀ 72 ans, Gilbert Vuillermoz sculpte encore chaque matin ses sabots en bois d'épicéa dans l'atelier de Bellefontaine qu'il tient de son grand-père. « Il me faut une journée pour une paire », explique l'artisan, qui vend ses créations au marché de Morez le samedi.",
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Recensione: "L\'ultima estate sul lago", il nuovo film di Marta Bellini\n\nCon il suo terzo lungometraggio Marta Bellini torna sul lago d\'Iseo dei suoi esordi e firma un racconto di formazione asciutto e malinconico. Bravissima la giovane protagonista Giulia Testa, e misurato come sempre Pierfrancesco Neri nel ruolo del padre.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe("family and children's stories told as news (this session's probes)", () => {
  it('reads no newspaper where a word for family stands before a given name, or where a class or youth team is named', () => {
    expect(
      classifyText(
        "Il primo giorno di scuola di Tommaso\n\nStamattina Tommaso è entrato per la prima volta nella scuola primaria di via Manzoni, con lo zaino nuovo e un po' di paura, che è passata quando ha ritrovato Giacomo e Sofia dell'asilo.\n\n\"La maestra Laura è simpatica\", ha detto all'uscita. Il papà Andrea ha fatto le foto davanti al cancello, come si usa.",
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'JO11-1 wint spannende wedstrijd tegen Rood-Wit met 4-2\n\nZaterdagochtend speelde de JO11-1 thuis tegen Rood-Wit. Na een achterstand van 0-1 scoorde Daan Visser twee keer voor rust, daarna maakten Sem de Boer en Lotte Jansen de 4-1.\n\n"De jongens en meiden hebben echt als team gespeeld", zei trainer Erik Smit na afloop.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Premiati gli studenti della 5ª A per il progetto sul riciclo\n\nMartedì, nell\'aula magna del liceo, la classe ha ricevuto il premio regionale "Scuole sostenibili". Il progetto è stato presentato da Giulia Rinaldi e Marco Fontana davanti a tutta la scuola.\n\n«Abbiamo lavorato tutto l\'anno, anche di pomeriggio», ha spiegato Giulia.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads no newspaper in an owners' association's report naming an owner in arrears", () => {
    expect(
      classifyText(
        'Balanço das quotas do condomínio – 2.º semestre\n\nO condomínio do Edifício Atlântico fechou o semestre com uma taxa de cobrança de 94 %. Ficam por regularizar as quotas da fração D, de Fernando Gouveia, que acumula 1.240 euros em atraso desde março.\n\n"Já falámos com o senhor Gouveia várias vezes e vamos avançar para injunção", disse o administrador na reunião.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads the European Research Council's grants as no party", () => {
    expect(classifyText('Anna Müller erhält einen ERC Consolidator Grant.').sensitivity).toBe('personal');
    expect(classifyText('El diputado de ERC Joan Puig ha votado en contra.').sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-534 and -535 found (synthetic)', () => {
  it('reads a Polish dash quotation after a word and a crowd in thousands, not a quoted phrase later in the sentence of a verb of saying', () => {
    expect(
      classifyText(
        'Return to work after long-term absence – warehouse B\n\nKevin Marsh came back to work on Monday after twelve weeks off. He said the physiotherapy had "made a real difference" and that he felt ready for light duties.\n\nHis team leader Amy Shaw said the team had "really missed him" and that he would start on the packing bench.',
      ).sensitivity,
    ).not.toBe('public');
    expect(
      classifyText(
        'Festiwal Filmowy w Gdyni: Złote Lwy dla „Ciszy nad Wisłą"\n\nFilm „Cisza nad Wisłą" w reżyserii Agnieszki Wolskiej zdobył Złote Lwy na 51. Festiwalu Polskich Filmów Fabularnych w Gdyni. Nagrodę za najlepszą rolę kobiecą otrzymała Joanna Kulig-Nowak.\n\n– Ten film powstawał osiem lat. Dziękuję ekipie, która we mnie wierzyła – mówiła ze sceny reżyserka.',
      ).sensitivity,
    ).toBe('public');
  });

  it("reads no newspaper in a property manager's circular about a tenant, nor where a greeting opens a line", () => {
    expect(
      classifyText(
        'Vorfall im Treppenhaus Lindenweg 8\n\nAm Montagmorgen ist der Hund von Herrn Stefan Brückner aus dem 3. OG im Treppenhaus auf die neunjährige Tochter der Familie Nowak zugelaufen und hat sie am Arm geschnappt. Das Mädchen kam mit einem Schrecken davon.\n\n„Der Hund war nur für einen Moment nicht angeleint", erklärte Herr Brückner gegenüber der Hausverwaltung.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'New rota for the Christmas week at the depot\n\nGood morning all,\nthe rota for the Christmas week is attached. Sarah Whitfield has swapped her late shift with Tom Ellery, who said he was "happy to help out over the holidays".',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('elected to a public office (holdout-534)', () => {
  it("reads someone elected to a town's or a government's office as its holder, not a club's president", () => {
    expect(classifyText('Marco Rossi è stato eletto sindaco di Bergamo.').sensitivity).toBe('public');
    expect(classifyText('Anne Le Gall (divers gauche) a été élue maire de Quimperlé samedi.').sensitivity).toBe('public');
    expect(classifyText('Anna Weber è stata eletta presidente del circolo tennis.').sensitivity).toBe('personal');
  });
});

describe("a school's, a club's or a family's own report told as news (this session's probes)", () => {
  it('reads no newspaper where "we" stands outside a quotation, or a body part hurt stands in a named person\'s sentence', () => {
    expect(
      classifyText(
        'Ausflug der Klasse zum Naturkundemuseum\n\nAm Donnerstag waren wir mit den Kindern im Naturkundemuseum, wo es eine neue Ausstellung über Dinosaurier gibt. „Der Dinosaurier war das Beste am ganzen Schuljahr", sagte Paul Hoffmann hinterher. Lea Braun hat sich leider am Knie verletzt und wurde abgeholt.\n\nDanke an Frau Schuster für die Begleitung.',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'Ausflug zum Naturkundemuseum\n\nAm Donnerstag waren wir mit der Gruppe im Naturkundemuseum, wo es eine neue Ausstellung über Dinosaurier gibt. „Der Dinosaurier war das Beste am ganzen Jahr", sagte Paul Hoffmann hinterher, und Mia Braun fand die Fossilien am spannendsten.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe("a club's own championship (this session's probes)", () => {
  it("reads no newspaper where the club's championship and clubhouse are its own", () => {
    expect(
      classifyText(
        'Vereinsmeisterschaft 2026: Jonas Keller holt sich den Titel\n\nBei der diesjährigen Vereinsmeisterschaft im Tischtennis setzte sich Jonas Keller im Finale knapp mit 3:2 gegen Felix Brandt durch. Im Spiel um Platz drei gewann Laura Seidel.\n\n„Ich habe das ganze Jahr auf dieses Finale hingearbeitet", sagte Keller nach dem Spiel. Die Siegerehrung fand im Vereinsheim statt.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-541 found (synthetic)', () => {
  it('reads a Dutch cancer compound and a death notice\'s "ziekbed" as health', () => {
    expect(
      classifyText(
        'In memoriam Kees Brouwer\n\nMet verslagenheid hebben we kennisgenomen van het overlijden van onze collega Kees Brouwer, die na een kort ziekbed aan alvleesklierkanker overleed.',
      ).sensitivity,
    ).toBe('special');
    expect(classifyText('Kees Brouwer overleed na een kort ziekbed.').sensitivity).toBe('special');
    expect(classifyText('De KWF Kankerbestrijding collecteert deze week in Utrecht.').sensitivity).toBe('public');
  });
});

describe("release notes and an encyclopedia's shape telling of private people (this session's probes)", () => {
  it("reads no release notes beside a named person's health, and a spouse after a possessive as family", () => {
    expect(
      classifyText(
        '# Release notes – HR portal 4.2\n\n## Fixed\n- Sick leave requests for Anna Kowalczyk (employee 10442) were shown to her whole team; now only her manager sees them.\n- Payslips for Marco Ferri failed to load after his change of address.\n\n## Added\n- Managers can now export absence data per team.',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'Elisabeth Brandt\n\nElisabeth Brandt (* 1952 in Bremen) ist eine pensionierte Grundschullehrerin aus Bremen-Findorff. Sie unterrichtete von 1976 bis 2016 an der Grundschule am Weidedamm und leitete dort über zwanzig Jahre den Schulchor.\n\nSeit ihrer Pensionierung engagiert sie sich in der Lesepatenschaft der Stadtbibliothek. Sie lebt mit ihrem Mann Georg in einem Reihenhaus in der Hemmstraße.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe("a press release telling of a private person's health (this session's probes)", () => {
  it('is no published text where no title or calling stands before the name, a role naming them again', () => {
    expect(
      classifyText(
        'COMUNICADO DE PRENSA\n\nSeguros Atlántico indemniza a un cliente de Vigo tras el incendio de su vivienda\n\nVigo, 2 de diciembre de 2026. Seguros Atlántico ha abonado 184.000 euros a Manuel Otero Pazos, vecino de la calle Urzaiz 44, cuya vivienda quedó destruida por un incendio en octubre. El cliente, de 67 años, permanece ingresado con quemaduras graves.',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'PRESS RELEASE – FOR IMMEDIATE RELEASE\n\nEmployee dismissed after warehouse theft investigation\n\nLeeds, 2 December 2026 – Northway Freight today confirmed that warehouse operative Jason Cole, 34, has been dismissed following an internal investigation. Mr Cole has been off work with depression since October and has lodged an appeal.',
      ).sensitivity,
    ).toBe('special');
  });

  it("keeps a hospital's doctors and a university's researchers as its own, beside their work's words", () => {
    expect(
      classifyText(
        'Pressemitteilung\n\nKlinikum Nordstadt nimmt neues MRT in Betrieb\n\nDas Klinikum Nordstadt hat am Montag ein neues MRT in Betrieb genommen. Das Gerät ermöglicht eine genauere Diagnostik bei Erkrankungen des Herzens.\n\n„Für unsere Patientinnen und Patienten bedeutet das schnellere Befunde“, sagt Prof. Dr. Markus Henning, Chefarzt der Radiologie.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe("a German payslip's church tax abbreviated (an older gap)", () => {
  it('reads "KiSt" as written as religion, not the Dutch "kist"', () => {
    expect(classifyText('Lohnabrechnung November\nName: Anna Weber\nSteuerklasse 1\nKiSt 9 %: 12,40 €\n').sensitivity).toBe(
      'special',
    );
    expect(classifyText('De kist van oma staat op zolder. Jan de Vries haalt hem morgen op.').sensitivity).toBe('personal');
  });
});

describe('a greeting before a title in a text all in lower case (an older gap)', () => {
  it('reads the word after "dear ms" as a name, not a role', () => {
    expect(
      classifyText(
        'dear ms okafor,\nthank you for your letter about the parking permit. we will send the new permit next week.\nregards\nparking team',
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('dear mr president,\nthe board met on monday and agreed the budget.\nregards').sensitivity).toBe(
      'public',
    );
  });
});

describe('Spanish titles in a text all in lower case (an older gap)', () => {
  it('reads "d." before a given name and a surname in Spanish, "sra." before a known name, not a Portuguese king', () => {
    expect(
      classifyText(
        'justificante de asistencia\n\nse hace constar que d. rubén castillo sanz ha acudido a consulta de atención primaria el día 27 de noviembre de 2026.\n',
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('la sra. lópez llamó para cambiar la cita del jueves.').sensitivity).toBe('personal');
    expect(classifyText('em 1640 foi aclamado rei d. joão quarto de portugal, filho do duque.').sensitivity).toBe('public');
  });
});

describe('thanks and a call for help in a message all in lower case (an older gap)', () => {
  it('reads a name after thanks and a comma, and after "can someone help"', () => {
    expect(classifyText('danke, kerstin, für die schnelle hilfe beim umzug!').sensitivity).toBe('personal');
    expect(classifyText('kan iemand noor helpen met de kopieermachine?').sensitivity).toBe('personal');
    expect(classifyText('danke, bis morgen!').sensitivity).toBe('public');
  });
});

describe('whom a thing is for and who works from home today, in a message all in lower case (an older gap)', () => {
  it('reads the name after "for" ending its clause, and before "today works"', () => {
    expect(classifyText('il pacco per valentina è in portineria.').sensitivity).toBe('personal');
    expect(classifyText('stefano oggi lavora da casa, per urgenze scrivetegli su teams.').sensitivity).toBe('personal');
    expect(classifyText('lotte werkt vandaag thuis, bellen kan op haar mobiel.').sensitivity).toBe('personal');
    expect(classifyText('il pacco per milano parte domani.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-543 to -545 found: published texts naming people', () => {
  it("reads a reporter's byline under the headline as a reporter's mark, not a student's", () => {
    const story = (byline: string) =>
      `Council approves £14m plan for Northgate leisure centre\n\n${byline}\nPublished 26 November 2026\n\nPlans for a new leisure centre in Northgate were approved by the council after a two-hour debate on Wednesday evening, with 31 votes to 17.\n\nCouncillor Daniel Okafor, cabinet member for leisure, told the meeting that residents had waited too long.`;
    expect(classifyText(story('By Hannah Pryce, Local Democracy Reporter')).sensitivity).toBe('public');
    expect(classifyText(story('By Hannah Pryce, student reporter')).sensitivity).toBe('personal');
    expect(classifyText(story('By Hannah Pryce, club correspondent')).sensitivity).toBe('personal');
  });

  it('does not read a quotation after a pronoun or "told the meeting:" as a reporter\'s', () => {
    expect(
      classifyText(
        'Visit to 14 Alder Close on 2 December\n\nHousing officer Priya Shah visited Mr Daniel Brooks at the property following reports of rubbish in the back garden. Mr Brooks told the officer: "I have been working nights and have not had time to take it to the tip." He agreed to clear the garden by 16 December.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads a minor's age in a report as a person's data, not a span of years", () => {
    const report = (age: string) =>
      `Chess champion in the making\n\nBy Noah Bennett, Reporter\nPublished 20 November 2026\n\n${age} Maya Collins has won the county chess championship after beating three older players in the final rounds on Saturday afternoon.`;
    expect(classifyText(report('Fourteen-year-old')).sensitivity).toBe('personal');
    expect(classifyText(report('The 14-year-old')).sensitivity).toBe('personal');
    expect(classifyText(report('Chess coach')).sensitivity).toBe('public');
  });

  it('reads "nos" as "our" in French only, not the Portuguese "us" or "in the"', () => {
    const news = (quote: string) =>
      `Chef portuense Henrique Valadares conquista segunda estrela Michelin\n\nO chef Henrique Valadares subiu ontem ao palco do Centro Cultural de Belém para receber a segunda estrela do Guia Michelin para o seu restaurante em Leça da Palmeira.\n\n${quote}, afirmou o chef após a cerimónia.`;
    expect(classifyText(news('"É uma estrela para os pescadores que nos trazem o melhor peixe"')).sensitivity).toBe('public');
    // Its own people outside the quotation: an association's news of its member. Inside a quotation told as the chef's
    // words ("para toda a nossa equipa", afirmou) they are the speaker's (holdout-833).
    const quote = '"É uma estrela para toda a nossa equipa"';
    expect(classifyText(news(quote).replace('O chef Henrique', 'O nosso associado Henrique')).sensitivity).toBe('personal');
    expect(classifyText(news(quote)).sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-546 and -547 found', () => {
  it("reads a job ad's headings asked as questions ('Wat ga je doen?')", () => {
    const ad = (q: string) =>
      `Vacature: Monteur Installatietechniek\n\nWat ga je doen${q}\nJe installeert warmtepompen bij klanten in de regio.\n\nWat bieden wij${q}\n- een servicebus\n\nVragen? Bel Sanne de Boer, recruiter, via 038 123 45 67.`;
    expect(classifyText(ad('?')).sensitivity).toBe('public');
    expect(classifyText(ad(':')).sensitivity).toBe('public');
  });

  it('reads Polish words that are given names elsewhere ("Kody", "Danie", "Kary") as words', () => {
    expect(classifyText('Kody błędów\nE10 – brak dopływu wody.').sensitivity).toBe('public');
    expect(classifyText('Danie dnia: pierogi ruskie, 24 zł.').sensitivity).toBe('public');
    expect(classifyText('Kody błędów sprawdził Piotr Nowak.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-548 and -549 found', () => {
  it("reads a thing's naming as no baptism, and a person's baptism still as religion", () => {
    expect(
      classifyText('A espécie, batizada Lecanora estrelensis, foi identificada pela investigadora Sofia Marques Vieira em 2024.')
        .sensitivity,
    ).not.toBe('special');
    expect(classifyText('Marta García fue bautizada en 1990 en la parroquia de San Juan.').sensitivity).toBe('special');
  });

  it('reads the mountain range "Serra da Estrela" as no name', () => {
    expect(classifyText('O líquen foi encontrado na Serra da Estrela, acima dos 1 800 metros.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-552 and -553 found', () => {
  it("reads a name after a self-introduction opening the text, not as a register's surname first", () => {
    expect(classifyText('Soy Lucía, la del 3.º B. Disculpad el ruido del sábado.').sensitivity).toBe('personal');
    expect(classifyText('Sono Giulia, del terzo piano. Scusate il rumore di sabato.').sensitivity).toBe('personal');
  });

  it('reads a Spanish mobile grouped in pairs', () => {
    const found = classifyText('Si hay cualquier problema, llamadme al 622 18 40 97.').findings;
    expect(found.map((f) => f.type)).toContain('phone');
  });

  it('reads an address after "demeurant" as where someone lives, not after a company\'s "con domicilio en"', () => {
    const address = (text: string) => classifyText(text).findings.find((f) => f.type === 'postal-address')?.confidence;
    expect(address('Président : M. Yann Le Goff, demeurant 5 rue Kervégan, 44000 Nantes.')).toBeGreaterThan(0.5);
    expect(
      classifyText(
        'Titular: Talleres Mecánicos Ruiz S.L., CIF B-30417792, con domicilio en Avenida de la Libertad 45, 30009 Murcia.',
      ).sensitivity,
    ).not.toBe('personal');
  });
});

describe("a chat export's speakers in a text all in lower case (an older gap)", () => {
  it('reads a known given name after a date of day and month and a time, and two words after a full date', () => {
    expect(
      classifyText(
        '[08/10 07:42] marta: buenos días! lucía no va hoy al cole, tiene fiebre\n[08/10 07:45] rocío: ay pobre, que se mejore!\n',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        '[03/11/2026, 18:42] sophie turner: are you still ok for thursday?\n[03/11/2026, 18:45] dan whitaker: yes, 5.30 at the leisure centre\n',
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('[08/10 07:42] agenda: budget review\n[08/10 09:00] lunch: canteen\n').sensitivity).toBe('public');
  });
});

describe('Portuguese first names after their article in a message all in lower case (an older gap)', () => {
  it('reads "a joana", "do rodrigo", "a d. fernanda", not a victory, a rose or a square', () => {
    expect(classifyText('esta semana quem fecha a loja é a joana; o miguel entra só às 12h.').sensitivity).toBe('personal');
    expect(classifyText('alguém viu o crachá do rodrigo? ele deixou-o na cantina.').sensitivity).toBe('personal');
    expect(classifyText('a d. fernanda do 2.º direito deixou as chaves na portaria.').sensitivity).toBe('personal');
    expect(classifyText('a vitória do benfica foi ontem e a rosa do jardim não aguentou o frio.').sensitivity).toBe('public');
    expect(classifyText('a visita termina no largo do carmo às 17h.').sensitivity).toBe('public');
  });
});

describe('an abbreviated title before an unknown surname in a text all in lower case (an older gap)', () => {
  it('reads a couple, an initial or a field before the title, not a product named so', () => {
    expect(classifyText('to: mr and mrs adeyemi, flat 2, 41 cedar road, leeds ls6 2ab').sensitivity).toBe('personal');
    expect(classifyText('referral\n\npatient: mr d. okonkwo, 54\nreason: persistent cough').sensitivity).not.toBe('public');
    expect(classifyText('product: mr muscle kitchen spray 750ml').sensitivity).toBe('public');
    expect(classifyText('mr clean is the best cleaning product on the market').sensitivity).toBe('public');
  });
});

describe('a given name a pronoun takes up, in a short note all in lower case (an older gap)', () => {
  it('reads the name before "hij", "she", "elle", not a word before a pronoun in a longer text', () => {
    expect(classifyText('tim komt vandaag later, hij heeft een afspraak bij de garage.').sensitivity).toBe('personal');
    expect(classifyText("quelqu'un a vu le badge de léa ? elle l'a perdu hier soir.").sensitivity).toBe('personal');
    expect(classifyText('the max value is 10 per user; he said so.').sensitivity).toBe('public');
  });
});

describe("the undersigned's name in a text all in lower case (an older gap)", () => {
  it('reads a given name or a surname after "la sottoscritta", "ο υπογράφων", not "hereby"', () => {
    expect(
      classifyText(
        'spett.le ufficio personale,\n\nla sottoscritta laura fontana, dipendente del reparto amministrazione, chiede …',
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('the undersigned hereby declares that the goods are new.').sensitivity).toBe('public');
  });
});

describe("someone's thing at work by their name in a note all in lower case (an older gap)", () => {
  it('reads "la mesa de lucía", "omar\'s laptop charger", not a city\'s office', () => {
    expect(classifyText('la mesa de lucía queda libre a partir del lunes.').sensitivity).toBe('personal');
    expect(classifyText("has anyone seen omar's laptop charger?").sensitivity).toBe('personal');
    expect(classifyText('the office of paris is closed on monday.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-556 and -557 found', () => {
  it('reads a Polish dash quotation opening after a sentence within its line, and a crowd without a thousands mark', () => {
    const report = (middle: string) =>
      `Mistrzostwa Polski w biegach przełajowych: złoto dla Kamili Sobczak\n\nKamila Sobczak została mistrzynią Polski w biegu przełajowym na dystansie 8 km, wyprzedzając Natalię Wrzos i Martę Kozłowską.\n\nW rywalizacji mężczyzn zwyciężył Adam Pietrzak z czasem 30:12.${middle}`;
    expect(classifyText(report(' – Trasa była bardzo wymagająca – powiedział po biegu Pietrzak.')).sensitivity).toBe('public');
    expect(classifyText(report('\n\nZawody zgromadziły ponad 1200 biegaczy.')).sensitivity).toBe('public');
    // Since holdout-875 a result told (a verb of winning, a time, a medal or a title) is a reporter's mark too; a club's
    // own results by its headline still name its members.
    expect(classifyText(report('')).sensitivity).toBe('public');
    expect(classifyText(report('').replace('Mistrzostwa Polski', 'Klubowe mistrzostwa')).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-558 found', () => {
  it("reads a union's section mailbox and an event named with a given name as no one's", () => {
    const found = (text: string) => classifyText(text).findings.find((f) => f.type === 'email')?.confidence;
    expect(found('Contact presse : cgt.metallurgie42@cgt-loire.fr')).toBeLessThan(0.5);
    expect(found('Scrivete a giuseppe.verdi@libero.it per le prenotazioni.')).toBeGreaterThan(0.9);
    expect(classifyText('Advent Carol Service and Concert\n\nSunday 13 December at 6.30pm').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-561 found', () => {
  it("reads a bank statement's payers and payees by an initial and a surname after from or to, not 'to a shop'", () => {
    const statement = (line: string) =>
      `date,description,amount,balance\n2026-11-02,CARD PAYMENT TESCO STORES 2231,-54.20,1845.31\n${line}\n`;
    expect(classifyText(statement('2026-11-05,FASTER PAYMENT FROM J OKAFOR RENT SHARE,450.00,2207.31')).sensitivity).toBe(
      'personal',
    );
    expect(classifyText(statement('2026-11-05,PAYMENT TO A SHOP LTD,-12.00,1833.31')).sensitivity).not.toBe('personal');
  });
});

describe('what the first run of holdout-563 to -568 found', () => {
  it("reads a stand-in's mailbox as weak where the text shows an example, a real-looking one elsewhere as someone's", () => {
    const found = (text: string) => classifyText(text).findings.find((f) => f.type === 'email')?.confidence;
    expect(found('Beispiel:\n\n```json\n{ "email": "erika.mustermann@example.com" }\n```')).toBeLessThan(0.5);
    expect(found('For example: jane.doe@example.com')).toBeLessThan(0.5);
    expect(found('Kontakt: erika.mustermann@gmail.com')).toBeGreaterThan(0.9);
    expect(found('Bitte an jonas.doe@firma.de schreiben.')).toBeGreaterThan(0.9);
  });

  it('reads initials, the name one is called by in brackets and a surname as a person ("S. (Sanne) Verhoeven")', () => {
    const label = 'Afzender:\nS. (Sanne) Verhoeven\nLindenlaan 23\n5615 KR Eindhoven';
    expect(classifyText(label).sensitivity).toBe('personal');
    expect(classifyText('Cliënt: W.J. (Wilma) de Haan, geboren 22-01-1948').sensitivity).toBe('personal');
    // Not a bracket that holds no given name.
    expect(classifyText('Zie bijlage A. (Overzicht) Verhoeven').sensitivity).toBe('public');
  });

  it("reads an Italian town's assessori and its secretary general by their office, not an association's secretary", () => {
    const act = (line: string) =>
      `COMUNE DI MONTEVARCHI\nDELIBERAZIONE DELLA GIUNTA COMUNALE N. 214\n\nPresenti: il Sindaco Andrea Galli. ${line}`;
    expect(classifyText(act("Assente: l'Assessore Marco Tanini.")).sensitivity).toBe('public');
    expect(classifyText(act('Presenti anche gli Assessori Roberto Sestini e Chiara Poggesi.')).sensitivity).toBe('public');
    expect(classifyText(act('Partecipa il Segretario Generale, dott.ssa Francesca Lapini.')).sensitivity).toBe('public');
    expect(
      classifyText('Verbale dell’assemblea dei soci. Presenti: il segretario generale dott. Marco Bianchi.').sensitivity,
    ).toBe('personal');
  });

  it('reads a Polish plural noun that is a given name too, before a plural verb, as no one ("Pola … są szyfrowane")', () => {
    expect(classifyText('Pola z danymi osobowymi są szyfrowane na poziomie aplikacji.').sensitivity).toBe('public');
    expect(classifyText('Pola formularza są wymagane.').sensitivity).toBe('public');
    expect(classifyText('Pola ma gorączkę i nie przyjdzie jutro.').sensitivity).toBe('special');
    expect(classifyText('Ania z mamą są dziś na spacerze.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-569 and -570 found', () => {
  it('reads a name the text names by its office elsewhere as that office holder, not a name in a field', () => {
    const interview = (end: string) =>
      `"A habitação é a prioridade deste orçamento"\n\nEm entrevista ao nosso jornal, a ministra da Habitação, Carla Mendonça, defende o aumento do investimento público em casas para arrendamento acessível e a contratação de técnicos.\n\n${end}`;
    expect(classifyText(interview('Carla Mendonça, 52 anos, é engenheira civil.')).sensitivity).toBe('public');
    expect(classifyText(interview('Paciente: Carla Mendonça')).sensitivity).toBe('personal');
  });

  it("reads a paper's own review ('la nostra recensione') as no organisation's own people", () => {
    const review = (headline: string) =>
      `${headline}\n\nNel cuore del centro storico, l'Osteria del Borgo è la sorpresa dell'anno. Lo chef Daniele Ricci propone una cucina toscana leggera e precisa: i pici all'aglione sono da manuale.`;
    expect(classifyText(review('Osteria del Borgo, Montepulciano – la nostra recensione')).sensitivity).toBe('public');
    expect(classifyText(review('Osteria del Borgo, Montepulciano – i nostri soci a cena')).sensitivity).toBe('personal');
  });

  it("reads a death's news by its headline's verb, not a family's or a company's notice of a death", () => {
    expect(
      classifyText(
        'Muere Ernesto Valdivia, el pintor de la luz del Mediterráneo\n\nEl pintor Ernesto Valdivia, una de las figuras clave de la abstracción española, ha fallecido este domingo en Altea a los 94 años, según ha informado su galería.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'John Smith dies at 84\n\nJohn Smith, who ran the corner shop on Mill Lane for forty years, died peacefully at home on Tuesday. He is survived by his wife Margaret and two sons, Peter and Alan.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Zmarł Jan Kowalski, nasz wieloletni kierowca\n\nZ głębokim smutkiem informujemy, że w wieku 64 lat zmarł Jan Kowalski, który przez 30 lat pracował w naszej firmie jako kierowca. Pogrzeb odbędzie się w piątek.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads a book's author before its title where the book's format and length are given, and a programme's credits", () => {
    const book = (format: string) =>
      `Neuerscheinung Frühjahr 2027\n\nJohanna Reimers: Das Haus am Deich\n${format}\n\nJohanna Reimers, geboren 1979 in Emden, lebt als Autorin in Hamburg.`;
    expect(classifyText(book('Roman, 384 Seiten, gebunden, 24 €')).sensitivity).toBe('public');
    expect(classifyText(book('Ausleihe bis 12.12.')).sensitivity).toBe('personal');
    const programme = (lines: string) => `Program:\nPiotr Czajkowski – V Symfonia e-moll op. 64\n\n${lines}`;
    expect(classifyText(programme('Wykonawcy:\nAleksandra Świgut – fortepian\ndyrygent: Rafał Janiak')).sensitivity).toBe(
      'public',
    );
    expect(classifyText(programme('Uczestnicy:\nAleksandra Świgut, tel. 602 418 337')).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-571 to -573 found', () => {
  it("reads a polite word and a given name opening a note in lower case, and Polish short forms ('pani krysiu,')", () => {
    expect(classifyText('pani krysiu, paczka z allegro dla pani jest u mnie pod piątką. ala z parteru').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('signora maria, le ho lasciato le chiavi sotto lo zerbino.').sensitivity).toBe('personal');
    expect(classifyText('pani dyrektor, w załączeniu raport kwartalny.').sensitivity).toBe('public');
    expect(classifyText('Hej Zbyszek, jutro o 8 przy bramie.').sensitivity).toBe('personal');
  });

  it("reads a historian or a soloist by their calling, a theatre's director by its label, and a speaker's hospital", () => {
    expect(
      classifyText(
        'Lezing in de bibliotheek: De Hollandse Waterlinie\n\nHistoricus dr. Pieter van Dijk vertelt over de Nieuwe Hollandse Waterlinie en wat er vandaag nog van te zien is.',
      ).sensitivity,
    ).toBe('public');
    const listing = (line: string) =>
      `AGENDA CULTURAL\n\nTeatro Principal\nJueves 17, 20:30 h – ${line}\n\nEntradas en taquilla.`;
    expect(
      classifyText(listing('«La casa de Bernarda Alba», por la compañía Teatro del Temple. Dirección: Carlos Martín.'))
        .sensitivity,
    ).toBe('public');
    expect(classifyText(listing('Concierto de Navidad con la soprano Lucía Etxeberria como solista.')).sensitivity).toBe(
      'public',
    );
    const congress = (affiliation: string) =>
      `XXV Congresso Nacional de Cardiologia\n\n09:00 Insuficiência cardíaca – Dr. Tiago Correia (${affiliation})\n10:30 Fibrilhação auricular no doente idoso – Dr.ª Marta Sequeira (${affiliation})\n14:00 Enfarte agudo do miocárdio no jovem – Dr. Nuno Barreiros (${affiliation})\n\nInscrições até 28 de fevereiro.`;
    expect(classifyText(congress('Hospital de Santa Maria')).sensitivity).toBe('public');
    expect(classifyText(congress('sala 2')).sensitivity).toBe('special');
  });

  it("reads an election result's candidates and a press release's spokesperson as named for publication", () => {
    const result = (header: string) =>
      `By-Election Result\n\n${header}\nHelen Okonkwo             Labour          1,204  ELECTED\nDavid Fairbrother         Conservative      866\n\nI declare that Helen Okonkwo is duly elected.`;
    expect(classifyText(result('Candidate                 Party           Votes')).sensitivity).toBe('public');
    expect(classifyText(result('Member                    Team            Points')).sensitivity).not.toBe('public');
    const release = (signature: string) =>
      `Zatrzymany za jazdę pod wpływem alkoholu\n\nPolicjanci zatrzymali 34-letniego mieszkańca gminy, który kierował volkswagenem, mając ponad 2 promile alkoholu w organizmie.\n\n${signature}`;
    expect(classifyText(release('asp. szt. Ilona Tarczyńska, oficer prasowy KPP Kozienice')).sensitivity).toBe('public');
    expect(classifyText(release('asp. szt. Ilona Tarczyńska, dyżurna')).sensitivity).not.toBe('public');
  });
});

describe('callings many private people have, only where the text is published so', () => {
  it("reads a soloist's or a historian's calling in a listing or a lecture's notice, not in a note or a club's vote", () => {
    expect(
      classifyText('La soprano Lucía Etxeberria está de baja por una laringitis, hay que buscar sustituta.').sensitivity,
    ).toBe('special');
    expect(classifyText('De historicus Pieter van Dijk heeft zijn lidmaatschap opgezegd wegens ziekte.').sensitivity).toBe(
      'special',
    );
    expect(
      classifyText(
        'Wahl des Vorstands – Ergebnis\n\nKandidat          Stimmen\nAnna Berger         41\nJonas Keller        17\n\nAnwesende Mitglieder: 58',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-574 to -576 found', () => {
  it("reads a role's key with its id word as JSON writes it, and counts a number read from two labels once", () => {
    const trace = (key: string) => `{\n  "${key}": "BZ-20417",\n  "datum": "2026-11-30",\n  "lat": 52.08712\n}`;
    expect(classifyText(trace('bezorger_id')).sensitivity).toBe('personal');
    expect(classifyText(trace('route_id')).sensitivity).toBe('public');
    const found = classifyText('employee.firstName: Owen\nemployee.id: E41440\nstatus: open').findings;
    expect(found.find((f) => f.type === 'person-number')?.count).toBe(1);
  });
});

describe('a given name and a surname side by side in a text all in lower case', () => {
  it('reads them as a person, not a saint, a stand-in shown as an example or a maker of works', () => {
    expect(classifyText('a proprietária luísa fernandes informou que a infiltração na garagem continua.').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('sebastian wojciechowski ma grypę i nie przyjdzie do pracy.').sensitivity).toBe('special');
    expect(classifyText('a festa de são joão batista é no dia 24 de junho.').sensitivity).toBe('public');
    expect(classifyText('imię i nazwisko (np. jan kowalski): ____________').sensitivity).toBe('public');
    expect(classifyText('we went to see the paintings by anna schmidt at the gallery.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-579 found (health news quoting doctors)', () => {
  const news = (quote: string) =>
    `Flu cases double in a fortnight as hospitals brace for busy winter\n\nFlu admissions in England doubled in the last two weeks of November, official figures show, with more than 2,100 patients in hospital beds on average each day.\n\n${quote}`;
  it('reads a report quoting only titled experts on a disease as news, its case counts no case record', () => {
    expect(
      classifyText(
        news(
          'Professor Sarah Whitmore, clinical director at a large London trust, said the early rise was worrying but not unexpected after a heavy season in Australia.',
        ),
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Meer overlevenden hartstilstand dankzij burgerhulpverleners\n\nHet aantal mensen dat een hartstilstand buiten het ziekenhuis overleeft, is gestegen van 17 naar 24 procent.\n\nVolgens cardioloog Rudolph Koster van het Amsterdam UMC komt dat vooral door de burgerhulpverleners die via een app worden opgeroepen.',
      ).sensitivity,
    ).toBe('public');
  });

  it("keeps a doctor's own health, a professional's profile and anyone named without a title personal", () => {
    expect(
      classifyText(
        'Praxisinformation: Dr. Jan Nowak fällt aus\n\nDr. Jan Nowak ist an Krebs erkrankt und wird sich im Januar einer Operation unterziehen müssen. Seine Patientinnen und Patienten werden in dieser Zeit von der Vertretung betreut.',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'Profile: Professor Sarah Whitmore\n\nProfessor Sarah Whitmore was born in Leeds in 1971 and lives in Hampstead with her husband and three children. She joined the trust as clinical director in 2019 after ten years at a teaching hospital.',
      ).sensitivity,
    ).not.toBe('public');
    expect(
      classifyText(
        news('Margaret Hill, 81, said she had been in bed with the flu for a week before her daughter called an ambulance.'),
      ).sensitivity,
    ).toBe('special');
  });
});

describe('what the first run of holdout-581 found (one-line notes)', () => {
  it('reads a pain in a body part as health, in each language, beside a person', () => {
    expect(
      classifyText('Turno de noche: la Sra. Prieto (hab. 14) no ha dormido, dolor en la cadera, avisar a la doctora.')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('Night shift: Mrs Prieto in room 14 did not sleep, pain in her hip, tell the doctor.').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Our knee brace relieves pain in the knee joint. Order online.').sensitivity).toBe('public');
  });

  it('reads a household by its Dutch particles after "Familie", not a German "Familie der Woche"', () => {
    expect(classifyText('Familie de Boer (nr. 12) is op vakantie tot 3 januari.').sensitivity).toBe('personal');
    expect(classifyText('Die Familie der Woche kommt aus Bremen.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-582 found (the newspaper reading in the other EU languages)', () => {
  it('reads a quotation told with a Danish or a Romanian verb, a crowd counted in Romanian, and an expert whose given name is a word too', () => {
    expect(
      classifyText(
        'Ny blodprøve kan finde tarmkræft tidligere\n\nEn ny blodprøve udviklet på Aarhus Universitetshospital kan opdage tarmkræft op til to år før symptomerne viser sig.\n\n"Det kan på sigt redde mange liv," siger professor Mette Kjeldsen, der har ledet forskningen.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Rapid București câștigă derby-ul cu Dinamo\n\nRapid București a învins-o pe Dinamo cu scorul de 2-1, duminică seară, în fața a 14.200 de spectatori, pe stadionul Giulești. Golul victoriei a fost marcat de Ionuț Stanciu în minutul 84.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-586 found (published genres in new shapes)', () => {
  it("reads an English headline's 'fall' as no German case, a story's grandmother as no one's kin, and a film's cast after 'Con'", () => {
    expect(
      classifyText(
        'Waiting lists for hip and knee operations fall for third month\n\nThe number of patients waiting more than a year for a hip or knee replacement has fallen for the third month in a row, new figures show.\n\nOrthopaedic surgeon Mr Gareth Lloyd, who leads the regional recovery programme, said weekend operating lists had made the biggest difference.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Crítica: "A casa das marés", de Inês Valadares\n\nO terceiro romance de Inês Valadares confirma-a como uma das vozes mais seguras da ficção portuguesa recente, e a personagem da avó, Rosa, fica muito tempo connosco depois da última página.',
      ).sensitivity,
    ).toBe('public');
    const listing = (line: string) => `CARTELERA – Cines Avenida\n\n${line}\n\nEntradas: 7 €.`;
    expect(
      classifyText(
        listing('«El último verano» (España, 2026). Dirigida por Clara Roquet. Con Laia Costa y Eduard Fernández. 112 min.'),
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Hola Marta, mañana vamos al cine. Con Laia García y su hermano, que sale del hospital. Entradas compradas, 112 min.',
      ).sensitivity,
    ).not.toBe('public');
  });
});

describe('what the first run of holdout-587 found (more published genres)', () => {
  it("reads TV listings, a conference's speakers by the title's word, and a surname that is a term after a given name", () => {
    expect(
      classifyText(
        'PROGRAMME TV – Samedi 5 décembre\n\nFrance 3\n21h10 – « Meurtres à Colmar » (téléfilm). Avec Claire Borotra et Guillaume Cramoisan. 90 min.\n22h50 – Concert : Vianney en live.\nArte\n20h55 – « Le Mystère Van Gogh » (documentaire).',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Konferencja „Cyfrowa szkoła 2027" – prelegenci\n\nMichał Kot – nauczyciel fizyki w LO nr 3 w Gdyni, laureat konkursu Nauczyciel Roku 2024, twórca kanału edukacyjnego o fizyce.\n\nWstęp wolny.',
      ).sensitivity,
    ).toBe('public');
    const terms = (text: string) => classifyText(text).findings.filter((f) => f.type.startsWith('special:')).length;
    expect(terms('O prémio foi atribuído a Duarte Mesquita, professor em Braga.')).toBe(0);
    expect(terms('Wir haben Emirs Erdnussallergie besprochen.')).toBeGreaterThan(0);
  });
});

describe("the published readings of 2.33.0 hold back where a school's children are named (probes)", () => {
  it("keeps a school concert's programme and a class's vote personal", () => {
    expect(
      classifyText(
        'Weihnachtskonzert der Grundschule am Park\n\nProgramm:\nLena Schmidt – Klavier\nTom Becker – Flöte\nMia Wolf – Violine\n\nEintritt frei.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Election of class representatives – result\n\nCandidate          Votes\nEmma Wilson          14\nNoah Patel            9\n\nEmma will represent 6B on the school council.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe("an office holder's other mentions (2.33.0) beside a special category's term (a probe)", () => {
  it("keeps a mayor's illness told by name special", () => {
    expect(
      classifyText(
        'Gemeinde Neustadt – Mitteilung\n\nBürgermeister Max Weber ist an Krebs erkrankt und wird in den nächsten Wochen operiert. Max Weber lässt sich bis Februar von seinem Stellvertreter vertreten.',
      ).sensitivity,
    ).toBe('special');
  });
});

describe("a role's label that begins like a term's stem (the full suite's metamorphic test found it)", () => {
  it("reads 'Autista:' as the Italian driver's label, not autism; 'Doente:' still says a patient", () => {
    const terms = (text: string) => classifyText(text).findings.filter((f) => f.type.startsWith('special:')).length;
    expect(terms('> Vettore: Trasporti Bertoni S.r.l.\n> Autista: Luca Marini – targa FK 284 RT')).toBe(0);
    expect(terms('Doente: Ana Costa\nConsulta: 12/03/2026')).toBeGreaterThan(0);
  });
});

describe("an office holder's own illness in their sentence (a probe after 2.33.0's office readings)", () => {
  it('keeps a mayor ill by name special, not a mayor opening a hospital or a minister quoted', () => {
    expect(
      classifyText(
        'Gemeinde Neustadt – Mitteilung\n\nBürgermeister Max Weber ist an Krebs erkrankt und wird in den nächsten Wochen operiert.',
      ).sensitivity,
    ).toBe('special');
    expect(classifyText('Il sindaco Andrea Galli è ricoverato in ospedale dopo un infarto.').sensitivity).toBe('special');
    expect(
      classifyText(
        'Inaugurato il nuovo ospedale di Montevarchi\n\nIl sindaco Andrea Galli ha inaugurato ieri il nuovo ospedale, che conta 120 posti letto, davanti a 300 persone. «Un giorno storico», ha detto il direttore sanitario.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-589 found (health news naming doctors in other phrasings)', () => {
  it("reads an expert's advice, an attribution and an institution named after someone, not a patient by a polite title", () => {
    expect(
      classifyText(
        'Grippeimpfung: Was Sie jetzt wissen müssen\n\nNach Angaben des Robert Koch-Instituts ließen sich in der vergangenen Saison nur 43 Prozent der über 60-Jährigen impfen. Die Hausärztin Dr. Susanne Berg aus Kassel rät, den Termin mit der Corona-Auffrischung zu verbinden.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Coraz więcej Polaków wykonuje badania przesiewowe\n\nZ bezpłatnej kolonoskopii skorzystało 210 tysięcy osób. Zdaniem onkologa prof. Jarosława Reguły to zasługa kampanii informacyjnej. Rak jelita grubego wykryty wcześnie jest wyleczalny.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Neue Therapie bei Arthrose\n\nDr. Anna Weber rät Frau Schmidt nach der Untersuchung zu einer Operation am Knie, die im Januar im Klinikum stattfinden soll.',
      ).sensitivity,
    ).toBe('special');
  });
});

describe('what the first run of holdout-590 to -593 found (hard negatives of every day)', () => {
  it("reads a facility's and a customer desk's mailbox as a function's, not one beside a known name", () => {
    expect(mailboxWeight('piscine.jeanbouin@ville-angers.fr')).toBeLessThan(0.6);
    expect(mailboxWeight('kundendialog-nord@bahnregio.example')).toBeLessThan(0.6);
    expect(mailboxWeight('klantencontact@winkel.nl')).toBeLessThan(0.6);
    expect(mailboxWeight('theo.kino@firma.de')).toBeGreaterThanOrEqual(0.6);
    expect(mailboxWeight('piscine.jean.bouin@ville.fr')).toBeGreaterThanOrEqual(0.6);
  });

  it('reads a street named after a titled person by its house number and postcode, not a titled name elsewhere', () => {
    expect(
      classifyText('Odběratel: Jihočeské divadlo, z.ú., Dr. Stejskala 424/19, 370 01 České Budějovice\nIČO: 00073482')
        .sensitivity,
    ).toBe('public');
    expect(classifyText('Pacient: Dr. Stejskal, bytem Husova 4, 370 01 České Budějovice').sensitivity).not.toBe('public');
  });

  it('reads "Kim jesteśmy" (who we are) as the pronoun, "Kim jest chora" as someone', () => {
    expect(
      classifyText('Specjalista ds. płac – Poznań\n\nKim jesteśmy: obsługujemy kadry i płace dla 40 spółek.').sensitivity,
    ).toBe('public');
    expect(classifyText('Kim jest chora, nie przyjdzie dziś do pracy.').sensitivity).not.toBe('public');
  });

  it("reads a company's register number in its footer as the sender's, not a reader's reference", () => {
    const footer = 'Fieldnotes ApS · Njalsgade 76 · 2300 København S · CVR 41928377\n';
    expect(
      classifyText(`${footer}You receive this because you subscribed at fieldnotes.app. You can unsubscribe at any time.`)
        .sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Kundennummer 44120873 · Vertrag 2026-118\nIhr Vertrag läuft zum 31.12. aus. Bitte senden Sie uns Ihre neue Bankverbindung.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-594 to -596 found', () => {
  it("reads a letter's place before its date as the place, not a name opening it", () => {
    const names = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).length;
    expect(names('Prot. n. 2026/0045871                    Casalecchio di Reno, 01/12/2026\n\nAVVISO – Lavori')).toBe(0);
    expect(names('Frankfurt am Main, den 3. Mai 2026')).toBe(0);
    expect(names('Marco di Reno, 01/12/2026')).toBe(1);
  });

  it("reads a test for drugs at work and its result as health, a policy about drug tests as no one's", () => {
    expect(
      classifyText(
        'NOTATKA SŁUŻBOWA\n\nU pracownika Rafała Kubiaka przeprowadzono test na obecność substancji psychoaktywnych. Wynik testu był dodatni.',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'Drug and alcohol policy: all drivers may be asked to take a drug test at random. A positive result leads to suspension.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-597 to -599 found', () => {
  it('reads football clubs named like people as clubs, not a supporter named beside one', () => {
    expect(
      classifyText(
        'Premier League – fixtures, Saturday 12 December\n\nAston Villa v Nottingham Forest (Villa Park)\nWillem II – Heracles Almelo, 20:00',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Dear Aston Villa supporter Mr Tom Reed, your season ticket is ready.').sensitivity).toBe('personal');
  });
});

describe("a record's text of many lines after its fields (a JSON ticket's body, the metamorphic bench's 168 flips)", () => {
  const inTicket = async (fields: Record<string, unknown>) => {
    const extraction = await extractText(Buffer.from(JSON.stringify(fields)), 'ticket.json');
    if (!extraction.ok) throw new Error('not extracted');
    return classifyText(extraction.text).sensitivity;
  };

  it('reads the text as its file is read: a letterhead and a headline open it', async () => {
    const invoice =
      'FACTUUR\n\nGroothandel Brinkman B.V.                 Aan: Restaurant De Gouden Leeuw V.O.F.\nIndustrieweg 44                                Markt 3\n7602 PK Almelo                                 7411 BL Deventer\n\nKlantnummer: 40219\nFactuurdatum: 26-11-2026\n\nBetaling binnen 14 dagen.';
    expect(classifyText(invoice).sensitivity).toBe('public');
    expect(await inTicket({ id: 4711, subject: 'Message', body: invoice, status: 'open' })).toBe('public');
  });

  it("still reads a person in the fields beside a special category's term in the text", async () => {
    expect(
      await inTicket({
        ticket: 5512,
        customer: 'Mia Schulz',
        body: 'Called again.\nShe says her chemotherapy starts Monday and she cannot come to the branch.',
      }),
    ).toBe('special');
  });
});

describe("an address whose postcode ends a wrapped line (the metamorphic bench's wrapped shape)", () => {
  it('reads the town on the next line', () => {
    const addresses = (text: string) => [...postalAddressDetector.find(text)].length;
    expect(
      addresses(
        'Note per il corriere: via Garibaldi 18, interno 5, scala B, 41121\nModena. Citofono "5B". Se non rispondo, lasciare il pacco alla vicina.',
      ),
    ).toBe(1);
    expect(
      classifyText(
        'Note per il corriere: via Garibaldi 18, interno 5, scala B, 41121\nModena. Citofono "5B". Se non rispondo, lasciare il pacco alla vicina\ndel 4.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-600 and -601 found', () => {
  it("reads someone absent for health reasons as health, a notice closed for them as no one's", () => {
    expect(
      classifyText('Presenti: Carlo Mantovani, Roberto Sala\nAssente giustificato: Luigi Ferrante, per motivi di salute')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('Herr Jansen fehlt heute aus gesundheitlichen Gründen.').sensitivity).toBe('special');
    expect(
      classifyText(
        'Mitarbeitende, die aus gesundheitlichen Gründen nicht an der Schulung teilnehmen können, melden sich bitte bei der Personalabteilung.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe("a delimited export's cells of many lines (the metamorphic bench's CSV shape, 169 flips)", () => {
  it('reads each as its own text beside the other cells, its doubled quotes as quotes', () => {
    const news =
      "Blood test spots Parkinson's years before symptoms, study finds\n\nA simple blood test could identify people with Parkinson's disease up to seven years before the first tremor, according to researchers.\n\nThe team, led by neurologist Dr Kevin Mills, measured eight proteins in the blood of 300 patients.";
    expect(classifyText(news).sensitivity).toBe('public');
    expect(classifyText(`id,status,description\n4711,open,"${news.replace(/"/g, '""')}"\n`).sensitivity).toBe('public');
    expect(
      classifyText(
        'name,date,notes\nAnna Weber,2026-11-03,"Called in sick.\nMigraine, back on Monday."\nJonas Berg,2026-11-04,"Late."\n',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'id,answer\n17,"I have been diagnosed with depression\nand the flexible hours help me a lot."\n18,"More parking please."\n',
      ).sensitivity,
    ).toBe('special');
  });
});

describe('what the first run of holdout-602 found (special categories as people write them)', () => {
  it("reads the writer's partner by a word that tells no gender and a given name of the writer's sex", () => {
    const leave = (partner: string) =>
      classifyText(
        `Beste Mark,\n\nIk wil graag verlof aanvragen van 10 t/m 14 maart. Mijn partner ${partner} en ik trouwen op 11 maart.\n\nGroet,\nRuben de Graaf`,
      ).sensitivity;
    expect(leave('Joost')).toBe('special');
    expect(leave('Sanne')).toBe('personal');
  });

  it('reads the laws of kashrut as religion beside a named person', () => {
    expect(
      classifyText('Mi hija Sara Cohen Rubio no come cerdo porque en casa seguimos las normas del kashrut.\nRaquel Rubio')
        .sensitivity,
    ).toBe('special');
  });
});

describe('a legal form that is a frequent word too, after a semicolon, in capitals (the metamorphic capitals shape)', () => {
  it('reads "; SE NÃO ESTIVER NINGUÉM" as "if", so the delivery address stays a home\'s', () => {
    const note =
      'Morada de entrega: Rua do Bonjardim 212, 3.º esquerdo, 4000-115 Porto. Tocar à campainha do 3.º esq.; se não estiver ninguém, deixar na mercearia em frente.';
    expect(classifyText(note).sensitivity).toBe('personal');
    expect(classifyText(note.toUpperCase()).sensitivity).toBe('personal');
  });
});

describe("a name in lower case after a person's label whose given name is a word too (the metamorphic lower-case shape)", () => {
  it('reads "empleado: blanca tijerina caraballo", not a label before words', () => {
    expect(
      classifyText('empleado: blanca tijerina caraballo\nhuella dactilar registrada para el control de acceso.\n08.05.2026')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('empleado: blanca y negra\nuniforme de temporada, tallas s a xl.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-608 found (identifiers with no name)', () => {
  it("reads a customer's card by its last digits, not a card's word alone", () => {
    expect(
      classifyText('Paid with: Visa ending 4417\nDelivery: Thursday, to 22 Hove Park Villas, Hove BN3 6HH').sensitivity,
    ).toBe('personal');
    expect(classifyText('Banco Levante informa: hemos bloqueado su tarjeta terminada en 8821.').sensitivity).toBe('personal');
    expect(classifyText('Please enter the last four digits of your card to continue.').sensitivity).toBe('public');
  });

  it("reads a country's service number as one where the text's language is that country's, not as a landline elsewhere", () => {
    expect(classifyText('Para más información llame al 900 811 422.').sensitivity).toBe('public');
  });

  it("reads a company's footer account as the company's, and an IBAN a VAT number's line ran into as an IBAN", () => {
    expect(
      classifyText(
        "Termoidraulica Padana S.r.l. – Via dell'Industria 8, 46100 Mantova – P. IVA 02417650204\nIBAN IT85X0306909606100000117934 – Banca Intesa Sanpaolo",
      ).sensitivity,
    ).toBe('public');
    const ibans = (text: string) => [...ibanDetector.find(text)].filter((m) => m.confidence >= 0.6).length;
    expect(
      ibans(
        'Arbeitnehmer: Jonas Weber\nArbeitgeber: Müller Logistik GmbH, USt-IdNr. DE812345678\nIBAN DE44 5001 0517 5407 3249 31',
      ),
    ).toBe(1);
  });
});

describe('what the first run of holdout-609 to -613 found (things named after people, other languages)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6);

  it('reads a meeting room named after someone as a room, and a room by its number after a name as where someone sits', () => {
    expect(strong('Raum Konrad Zuse (2. OG, 6 Plätze)\n  Di–Do gesperrt')).toEqual([]);
    expect(strong('Ansprechpartner Jonas Becker Raum 2.14').map((m) => m.value)).toEqual(['Jonas Becker']);
    expect(strong('Contact John Smith Room 214').map((m) => m.value)).toEqual(['John Smith']);
    // A room for someone is not named after them.
    expect(strong('Raum für Herrn Müller').map((m) => m.value)).toEqual(['Müller']);
  });

  it('reads a middle initial after a given name as no title, and the German "p. P." (per person) as no name', () => {
    expect(strong('Die Linie 1 hält zwischen Franklin D. Roosevelt und Nation nicht.')).toEqual([]);
    expect(strong('Ich habe gestern mit Thomas J. Müller gesprochen.').length).toBeGreaterThan(0);
    expect(strong('Please contact Anne M. Smith about the invoice.').length).toBeGreaterThan(0);
    expect(strong('Beef Wellington (ab 2 Personen, p. P.)   29,00 €')).toEqual([]);
    expect(strong('Spotkanie z p. Wiśniewską jutro o 10.').map((m) => m.value)).toEqual(['Wiśniewską']);
  });

  it('reads a lunch menu by its compound word ("Mittagskarte"), and dishes and teas named like people as dishes', () => {
    const menu =
      'Café am Markt – Mittagskarte\n\nEggs Benedict             12,50 €\nCaesar Salad mit Hähnchenbrust   13,90 €\nPizza Margherita   10,50 €\nEarl Grey   3,40 €\n';
    expect(classifyText(menu).sensitivity).toBe('public');
    expect(strong('Heute gibt es Caesar Salad und danach Earl Grey.')).toEqual([]);
    expect(strong('Anna Salat hat angerufen.').map((m) => m.value)).toEqual(['Anna Salat']);
  });

  it('reads a Hungarian relative pronoun before a verb of "we" as no name ("Amit kínálunk:")', () => {
    expect(strong('Amit kínálunk: versenyképes bér, cafeteria.')).toEqual([]);
    expect(strong('Hi Amit, the slides are ready.').map((m) => m.value)).toEqual(['Amit']);
    expect(strong('Tom drunk again?').map((m) => m.value)).toEqual(['Tom']);
  });

  it('reads the Slovene and Croatian adjective of a union ("sindikalne podružnice") as trade-union membership', () => {
    expect(
      classifyText(
        'Spoštovani član Janez Kranjc,\n\nvabimo vas na redni letni zbor članov sindikalne podružnice na OŠ Toneta Čufarja.',
      ).sensitivity,
    ).toBe('special');
  });
});

describe('what the first run of holdout-614 to -616 found (names of things in public texts, a church donation)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it("reads a furniture model after its kind, a German compound's too, and a wine list's prices by glass and bottle", () => {
    expect(strong('Sofa Emma, 2-Sitzer, Cord sand   999,00 €\nEcksofa Linus, Webstoff anthrazit   1.849,00 €')).toEqual([]);
    expect(strong('Beistelltisch Frida, Eiche massiv, Ø 45 cm   189,00 €')).toEqual([]);
    const wines =
      'Wijnkaart – per glas / per fles\n\nAlbariño, Martín Códax, Rías Baixas 2024     7,00 / 35,00\nChablis, Domaine William Fèvre 2023     9,50 / 48,00\nPinot Noir, Louis Latour 2022     8,00 / 40,00\n';
    expect(classifyText(wines).sensitivity).toBe('public');
    // A register's line, the surname first, stays someone's.
    expect(strong('Anwesenheit:\nRossi Giulia, Klasse 4b\nWeber Anna, Klasse 4b')).not.toEqual([]);
  });

  it("reads storms in a storm's sentence, films on a cinema's programme and horses on a race card as things", () => {
    expect(strong('This is the fourth named storm of the season, after Ashley, Bert and Conall.')).toEqual([]);
    expect(strong('Storm Bert closed the A55. Bert Evans, 58, a farmer near Ruthin, lost his barn roof.')).toEqual([
      'Bert Evans',
    ]);
    const programme =
      'Cinéma Le Méliès – Programme\n\nEmilia Pérez (VOST) – mer. 14 h, 20 h 30\nLouise Violet – sam. 14 h ; lun. 20 h\nAnora – ven. 21 h\n';
    expect(strong(programme)).toEqual([]);
    // A cinema's rota gives its staff's hours, not showtimes.
    const rota =
      'Kino Metropol – Dienstplan Kasse\n\nAnna Weber      Mo 14:00–22:00\nJonas Becker    Di 16:00–23:00\nLena Hoffmann   Mi 14:00–22:00\n';
    expect(strong(rota)).toEqual(['Anna Weber', 'Jonas Becker', 'Lena Hoffmann']);
    expect(strong('IPPODROMO SAN SIRO – Corsa 3\n 1  Giulietta Bella      kg 58\n 2  Marco Polo           kg 57\n')).toEqual([]);
  });

  it("reads a sport's handicap as no disability, and a disability's as one", () => {
    expect(classifyText('Member: Owen Pritchard\nHandicap: 14\nHome club: Riverside Golf Club').sensitivity).toBe('personal');
    expect(classifyText('Corsa 3 – Premio Chiara Luce (1.600 m, handicap)\nFantino: Marco Esposito').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Mijn zoon Daan de Vries heeft een handicap en heeft extra begeleiding nodig.').sensitivity).toBe(
      'special',
    );
  });

  it('reads Alice and Bob in technical examples as stand-ins, and the same names in a message as people', () => {
    const docs =
      'Alice shares a folder with Bob by creating a grant:\n\n```http\nPOST /v2/grants\n{ "grantee": "user:bob" }\n```\n\nBob can now list the folder.';
    expect(classifyText(docs).sensitivity).toBe('public');
    expect(classifyText('Alice and Bob are both off sick today, so Carol will cover the desk.').sensitivity).not.toBe('public');
  });

  it("reads a member's gift to their church as religion ('Denier de l'Église')", () => {
    expect(
      classifyText(
        "Nous certifions avoir reçu de M. et Mme Bertrand Le Goff, 11 rue des Hortensias, 44300 Nantes, au titre du Denier de l'Église 2026, la somme de 300,00 euros.",
      ).sensitivity,
    ).toBe('special');
  });
});

describe('what the first run of holdout-617 to -619 found (a zoo, a reading list)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it("reads a zoo animal's name before or after its kind as the animal's, wherever the text names it", () => {
    expect(
      strong(
        'Adopteer Kiko, onze rode panda van vier jaar, of onze olifant Indra.\n\nKiko is gek op bamboe. Indra kwam uit Hannover.',
      ),
    ).toEqual([]);
    expect(strong('Zuri, la giraffe, a trois ans. Zuri mange des feuilles.')).toEqual([]);
    expect(strong('Mijn collega Indra is ziek.')).toEqual(['Indra']);
    expect(strong('Unser Tierpfleger Jonas zeigt euch den Elefant Tembo.')).toEqual(['Jonas']);
  });

  it("reads a work after its author of history on a reading list as the work, not a pupil after a talk's topic", () => {
    expect(strong('Liste de lecture, classe de 4e\n\n- Victor Hugo, Claude Gueux\n- Émile Zola, Au Bonheur des Dames')).toEqual(
      [],
    );
    expect(strong('Referate Klasse 8b\nMarie Curie – Lena Hoffmann\nAlbert Einstein – Jonas Becker')).toEqual([
      'Lena Hoffmann',
      'Jonas Becker',
    ]);
  });
});

describe("what the first run of holdout-620 to -622 found (a specimen form, a manual's stand-in contact)", () => {
  it("reads a specimen's stand-in, surname first too, and its date of birth as the stand-in's", () => {
    const specimen =
      'Muster – so füllen Sie den Antrag richtig aus\n\nName, Vorname: Mustermann, Erika\nGeburtsdatum: 12.08.1964\nAnschrift: Heidestraße 17, 51147 Köln\n\nDas Beispiel oben ist frei erfunden.';
    expect(classifyText(specimen).sensitivity).toBe('public');
    // Without a word that says it is an example, a stand-in's name is read as anyone's (test data holds real people).
    expect(classifyText('Name: Max Mustermann\nGeburtsdatum: 01.01.1980').sensitivity).toBe('personal');
    // A real person's form that quotes the stand-in as its hint keeps its person.
    expect(
      classifyText('Name (z. B. Max Mustermann): Anna Weber\nGeburtsdatum: 01.02.1980\nAnschrift: Ringstraße 4, 50667 Köln')
        .sensitivity,
    ).toBe('personal');
  });

  it("reads a stand-in's mailbox by a placeholder's word in a text that shows an example, not every example.com address", () => {
    expect(classifyText('Exemplo: Nome "João", Apelido "Exemplo", E-mail joao.exemplo@example.com.').sensitivity).toBe('public');
    expect(classifyText('Hi Sam, here is my address: anna.weber@example.com').sensitivity).toBe('personal');
  });
});

describe("what the first run of holdout-623 to -625 found (a chair's letter, a company number)", () => {
  it("reads a chair's letter to the shareholders, signed with the office and the company, as published", () => {
    const letter =
      'Letter from the Chair\n\nI would like to thank our colleagues, and our shareholders for their continued support.\n\nMargaret Lowe\nChair, Hollins Water plc';
    expect(classifyText(letter).sensitivity).toBe('public');
    // A reply to one shareholder names them.
    expect(
      classifyText(
        'Dear Mr Smith,\n\nAs a shareholder you will receive the dividend on 4 May.\n\nMargaret Lowe\nChair, Hollins Water plc',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads a service number of the text's own country as one, not another country's mobile of the same digits", () => {
    const found = (text: string) => [...phoneDetector.find(text)].filter((m) => m.confidence >= 0.6);
    expect(found('Neem contact op met de servicedesk via het selfserviceportaal of bel 088 440 1200.')).toEqual([]);
    expect(found('Обадете се на 088 440 1200').length).toBe(1);
  });
});

describe('what the first run of holdout-626 to -628 found (other EU languages: things named after people, a login, baptism)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it('reads Nordic furniture, Hungarian and Finnish institutions, ships after their label and a cake joined to a name as things', () => {
    expect(strong('Fåtölj Greta, ullfilt, grå    3 495 kr\nBord Nils, massiv ek, 180 × 90 cm    6 250 kr')).toEqual([]);
    expect(strong('Liszt Ferenc Zeneakadémia – Decemberi műsor')).toEqual([]);
    expect(strong('Tampereen kaupunki avaa uuden Sara Hildénin taidemuseon toukokuussa.')).toEqual([]);
    expect(strong('Linija 631 Split – Supetar\nBrodovi: Petar Hektorović, Marko Polo (rezerva)')).toEqual([]);
    expect(strong('Karen Blixen-kage (æblekage med flødeskum)')).toEqual([]);
    expect(strong('Hilsen fra Karen Blixen-Hansen')).toEqual(['Karen Blixen-Hansen']);
    // A cake brought by someone is no cake named after them.
    expect(strong('Treffen um 18 Uhr. Jörg bringt Kuchen mit, und Sabine macht Kaffee.')).toContain('Jörg');
  });

  it("reads allergens as a menu's substances, not someone's allergy", () => {
    expect(classifyText('Alle priser inkl. moms. Spørg personalet om allergener.\nHilsen Mette Nielsen').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('Mette Nielsen har en allergi over for nødder.').sensitivity).toBe('special');
  });

  it("reads a login after who added a comment ('dodany przez: anna.zielinska') as a person's", () => {
    expect(
      classifyText('Komentarz do zgłoszenia #5521 (dodany przez: anna.zielinska)\n\nKlient dzwonił ponownie.').sensitivity,
    ).toBe('personal');
    expect(classifyText('Ticket #5521 (created by: billing_app)').sensitivity).toBe('public');
  });

  it('reads a Slovak baptism and parish as religion', () => {
    expect(
      classifyText('Potvrdzujeme, že Natália Hrušková, narodená 3. 5. 2001 v Nitre, bola pokrstená v tunajšom kostole.')
        .sensitivity,
    ).toBe('special');
  });
});

describe('what the first run of holdout-629 and -630 found (a decade of history, a film cast, a shelter, prices without cents)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it('reads whom a sentence about a decade before living memory names as of history', () => {
    expect(strong('Auguste Escoffier created this dessert at the Savoy in the 1890s for the soprano Nellie Melba.')).toEqual([]);
    expect(strong('In den 1890er Jahren baute Carl Benz sein erstes Auto.')).toEqual([]);
    expect(strong('The 1500 employees of Hollins Water thank Anna Weber.')).toEqual(['Anna Weber']);
  });

  it("reads a film's cast after its year on a cinema's programme, a shelter's pets, and a wine list's whole prices", () => {
    const programme =
      'Cineteca – Rassegna\n\nMartedì, ore 18:00 – La dolce vita (1960)\nMercoledì, ore 20:30 – 8½ (1963)\nVenerdì, ore 21:00 – Le notti di Cabiria (1957), con Giulietta Masina\n\nCinema Lumière';
    expect(strong(programme)).toEqual([]);
    expect(strong('Tierheim\n\nMimi und Lotte, zwei Katzen, 3 Jahre\nHerr Nilsson, Kaninchen, 2 Jahre')).toEqual([]);
    expect(strong('Herr Nilsson, Tierpfleger, zeigt euch die Kaninchen.')).toEqual(['Nilsson']);
    const wines =
      'Sélection de la cave\n\nChampagne Pol Roger Brut Réserve – 49 €\nChablis, Domaine Louis Michel – 32 €\nSaint-Joseph, Domaine Pierre Gonon 2022 – 38 €\n';
    expect(classifyText(wines).sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-631 to -633 found (cultivars)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it("reads cultivars in their single quotes, and the plant before one, in a catalogue of three or more, not dialogue's names", () => {
    const bulbs =
      "Tulip 'Queen of Night' – deep maroon – £6.50 for 10\nTulip 'Angelique' – soft pink – £5.95 for 10\nDahlia 'Café au Lait' – tuber – £3.95 each\nRose 'Gertrude Jekyll' – bare root – £17.99\n";
    expect(strong(bulbs)).toEqual([]);
    const roses =
      "- 'Lady Emma Hamilton' – orange, £18.99\n- 'Claire Austin' – white, £21.50\n- 'Madame Julia Correvon' – red, £12.99\n";
    expect(strong(roses)).toEqual([]);
    expect(strong("'Tom, come here!' she said. 'Anna is waiting.' 'Max?' 'Yes.' Then Tom Baker came in.")).toContain('Tom Baker');
  });
});

describe('what the first run of holdout-634 found (a family thread in lower case)', () => {
  it("reads a chat whose speakers' labels are capitalised as written in lower case, and someone to fetch by name", () => {
    const thread =
      'Mum: did u ring the dentist for saturday\nMe: yeah 10:15, can you drop me off\nMum: ok. tell dad to pick up ollie from football at 12';
    expect(classifyText(thread).sensitivity).not.toBe('public');
    expect(classifyText('puedes recoger a lucía del colegio? gracias').sensitivity).toBe('personal');
    expect(classifyText('hoi, kun jij haal bram op bij zwemles? groet').sensitivity).toBe('personal');
    expect(classifyText('kannst du morgen lukas abholen? ich arbeite bis 6').sensitivity).toBe('personal');
    // A thing fetched is no one.
    expect(classifyText('pick up rose bushes from the garden centre').sensitivity).toBe('public');
    expect(classifyText('can you pick up milk and bread on the way home').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-636 to -640 found (the EU’s other languages)', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it("reads the other languages' frequent words that are given names too as words where the text is in that language", () => {
    expect(strong('Rokotus on maksuton. Jos sinulla on kysyttävää, ota yhteyttä.')).toEqual([]);
    expect(strong('Vi har öppet. Din beställning skickas i morgon.')).toEqual([]);
    expect(strong('Avem program nou. Din luna mai lucrăm sâmbăta.')).toEqual([]);
    const notice =
      'Kausi-influenssarokotuksia annetaan kaikille halukkaille työntekijöille maksutta 7.–18.12.2026. Ajan voi varata OmaTerveys-sovelluksesta. Rokotus ei ole pakollinen, eikä siitä kirjata tietoja työnantajalle.';
    expect(classifyText(notice).sensitivity).toBe('public');
    // In one of the eight languages, and where a surname or a verb of the eight tells, a name still.
    expect(strong('Jos Verbeek komt morgen. Jos belt je terug.')).toContain('Jos Verbeek');
    expect(strong('De sleutels liggen bij de receptie. Jos komt ze morgen halen.')).toEqual(['Jos']);
    expect(strong('Hyvää huomenta! Kiitos, terveisin Mikko Virtanen')).toContain('Mikko Virtanen');
    // Czech beside Polish words it shares ("na", "do"), Romanian under a heading in capitals (holdout-641).
    expect(strong('Případné závady hlaste na recepci.\n\nMáme otevřeno denně od 6:00 do 22:00.')).toEqual([]);
    expect(strong('PRIMĂRIA MUNICIPIULUI\n\nANUNȚ\n\nDin luna februarie, plata impozitelor se poate face și online.')).toEqual(
      [],
    );
  });

  it('reads a word written with a letter only some other languages write as no name that no list so spells', () => {
    // Lithuanian "Mugė" (a fair) is no "Müge"; "Eglė" is a Lithuanian name.
    expect(strong('Kiekvieną savaitgalį vyks koncertai.\n\nMugė veikia kasdien nuo 11 iki 21 val.')).toEqual([]);
    expect(strong('Sveiki, rytoj manęs nebus. Eglė pavaduos mane susitikime.')).toEqual(['Eglė']);
  });

  it('reads leaving a national church and its tax as religion, and a shift at a hospital as work', () => {
    const letter =
      'Udmeldelse af folkekirken\n\nJeg ønsker hermed at melde mig ud af den danske folkekirke.\n\nNavn: Mikkel Holst Sørensen\nCPR-nr.: 120488-1537';
    expect(classifyText(letter).sensitivity).toBe('special');
    expect(classifyText('Kirkeskat 2027: Folkekirken har 2.000 kirker i hele landet.').sensitivity).toBe('public');
    expect(classifyText('Michał: ja dopiero od 15, mam dyżur w szpitalu do rana').sensitivity).toBe('personal');
    expect(classifyText('Anna hat Nachtdienst im Krankenhaus.').sensitivity).toBe('personal');
    expect(classifyText('Mama ist seit Montag im Krankenhaus, Anna.').sensitivity).toBe('special');
  });
});

describe('what the first run of holdout-644 to -646 found', () => {
  it("reads a contract's parties' managers as people, where a legal notice's officer is the company's", () => {
    const contract =
      'CONTRATO DE PRESTAÇÃO DE SERVIÇOS\n\nEntre:\nPRIMEIRA OUTORGANTE: Edifícios Atlântico, Lda., NIPC 509 123 457, aqui representada pelo seu gerente, Sr. Nuno Filipe Carvalho Teixeira;\nSEGUNDA OUTORGANTE: LimpaMais, Lda., NIPC 514 987 650, representada pela sua gerente, Sra. Sandra Isabel Moreira Lopes;';
    expect(classifyText(contract).sensitivity).toBe('personal');
    const imprint =
      'Impressum\n\nMusterfirma GmbH\nHauptstraße 1, 10115 Berlin\nGeschäftsführer: Thomas Berger\nHandelsregister: Amtsgericht Charlottenburg, HRB 123456';
    expect(classifyText(imprint).sensitivity).toBe('public');
  });

  it("reads a one-paragraph message's signer after its closing words, for a partner of the writer's sex", () => {
    const message =
      'Hoi Wouter! Ik kan vrijdag niet bij de borrel zijn, mijn vrouw Lotte en ik vieren dan ons vijfjarig huwelijk. Groetjes, Sanne';
    expect(classifyText(message).sensitivity).toBe('special');
    expect(classifyText(message.replace('Sanne', 'Bram')).sensitivity).toBe('personal');
  });

  it("reads Polish confirmation and parish as declined, and a line's closing preposition as no addressee", () => {
    expect(classifyText('Pani Marta: w sobotę moja córka przystępuje do bierzmowania w parafii św. Jadwigi.').sensitivity).toBe(
      'special',
    );
    expect(classifyText('1. Who this applies to\nAll employees with 26 weeks of service.').sensitivity).toBe('public');
    expect(classifyText('To all employees\n\nThe canteen closes at 3 pm on Friday.').sensitivity).toBe('internal');
  });
});

describe('what the first run of holdout-647 to -649 found', () => {
  const strong = (text: string) => [...personNameDetector.find(text)].filter((m) => m.confidence >= 0.6).map((m) => m.value);

  it("reads a chat's speakers without times, in lower case too, where two are named; not a form's fields", () => {
    const chat =
      'hockey dames 3\n\ncoach: training donderdag gaat door, 20:15 veld 2\nlisa: ik kan niet, moet overwerken\nfleur: ik neem de ballen mee\ncoach: wie rijdt zaterdag?\nfleur: ik kan 3 meenemen';
    expect(strong(chat)).toEqual(expect.arrayContaining(['lisa', 'fleur']));
    const record =
      'Zweck: Durchführung des Beschäftigungsverhältnisses\nEmpfänger: Finanzamt, Krankenkassen\nTOM: siehe Anlage 2 (Zugriffskonzept HR)\nSpeicherdauer: 72 Stunden';
    expect(strong(record)).toEqual([]);
    const ad =
      'Feladatok: áruátvétel, komissiózás, anyagmozgatás.\nElvárások: érvényes jogosítvány, két műszak.\nAmit kínálunk: versenyképes bér, cafeteria, busz.';
    expect(strong(ad)).toEqual([]);
  });

  it('reads a greeting before a known name and a full stop, then the next sentence', () => {
    expect(strong('Hej Mette. Husk din tid hos tandlægen torsdag kl. 8:30.')).toEqual(['Mette']);
    expect(strong('Hello World. This is the first program.')).toEqual([]);
    expect(strong('Hello Paris. We are delighted to open our new store.')).toEqual([]);
    expect(strong('Estimada Sra. Domínguez:\n\nLe escribo para presentar mi candidatura.')).toEqual(['Domínguez']);
    expect(classifyText('Hej Mette. Husk din tid hos Tandlægerne torsdag til rodbehandling. Mvh Klinikken').sensitivity).toBe(
      'special',
    );
  });
});

describe('what the first run of holdout-650 found', () => {
  it("reads a scheme's documented example in a code block an example's heading introduces as weak", () => {
    const readme =
      '# fattura\n\n## Esempio\n\n```python\nf = Fattura(cessionario_cf="RSSMRA80A01H501U")\n```\n\n## Licenza\n\nMIT.';
    expect(classifyText(readme).sensitivity).toBe('public');
    // Under another heading, or outside the block, it counts.
    expect(classifyText(readme.replace('## Esempio', '## Clienti'))).toMatchObject({ sensitivity: 'personal' });
    expect(classifyText('## Esempio\n\nCliente: Mario Rossi, CF RSSMRA80A01H501U').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-651 found (special categories in the EU’s other languages)', () => {
  it('reads high blood pressure and treatment in Czech, and a church wedding in the EU languages, about someone', () => {
    const finding =
      'Vážená paní Nováková,\n\nVáš zaměstnanec pan Pavel Černý je pro práci ve výškách dočasně nezpůsobilý. Důvodem je neléčená hypertenze a závratě.';
    expect(classifyText(finding).sensitivity).toBe('special');
    const leave =
      'Kedves Katalin!\n\nSzabadságot kérek június 12-re. Másnap lesz az egyházi esküvőnk, előtte a plébánossal egy jegyesoktatáson veszünk részt.\n\nKöszönettel:\nFekete Márton';
    expect(classifyText(leave).sensitivity).toBe('special');
    // No one's: a health authority's notice.
    expect(classifyText('A magas vérnyomás kezelése: a kampány 2027 januárjában indul.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-654 and -655 found', () => {
  it('reads breastfeeding as a mother tells it', () => {
    expect(
      classifyText('Ciao Francesca, posso prendere un treno più tardi? Sto ancora allattando Tommaso. Grazie! Giulia')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('Hi Tom, I am still breastfeeding, so could we start at 10? Thanks, Emma').sensitivity).toBe('special');
  });

  it('reads childhood illnesses and flu in Slovene and Maltese (holdout-656)', () => {
    expect(classifyText('Pozdravljeni,\n\nmoja hči Nika je ta teden doma, ker ima norice.\n\nMojca Kos').sensitivity).toBe(
      'special',
    );
    expect(
      classifyText('Għażiża Ms Vella,\n\nit-tifel tiegħi, Luke Grech, għandu l-influwenza u d-deni għoli.\n\nClaire Grech')
        .sensitivity,
    ).toBe('special');
  });
});

describe("what a probe of sick notes in the EU's other languages found (after holdout-656)", () => {
  it("reads their common given names, a name that is one of the eight's words opening a sentence, and their care's words", () => {
    for (const text of [
      'Mette har brækket armen og er sygemeldt.',
      'Jussi sairastaa diabetesta.',
      'Piret käib psühholoogi juures depressiooni tõttu.',
      'Mantas serga gripu ir karščiuoja.',
      'Erik ska opereras i knät på måndag.',
      'Elena este însărcinată în luna a cincea.',
      'Tomislav ima dijabetes.',
    ])
      expect(classifyText(text).sensitivity, text).toBe('special');
    // A walking aid (holdout-658).
    expect(classifyText("Mr Evans (he's 84 and uses a walking frame) has been without heating since Saturday.").sensitivity).toBe(
      'special',
    );
    // A function word of the text's language, capitalised in a service's name, is no one.
    expect(classifyText('Så byter du lösenord\n\n1. Logga in på Mina sidor.\n2. Välj Inställningar.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-664 to -688 found', () => {
  it("reads an address at a documentation domain and a number in an example's code block as an example's", async () => {
    const doc = [
      '## Create a customer',
      '',
      'Example request body:',
      '',
      '```json',
      '{ "name": "Jane Example", "email": "jane@example.com", "phone": "+44 20 7946 0000" }',
      '```',
    ].join('\n');
    expect(classifyText(doc).sensitivity).toBe('public');
    // A real-looking domain, or the same body under a heading that shows no example, is someone's.
    expect(isPersonal(classifyText(doc.replace('example.com', 'gmail.com')).sensitivity)).toBe(true);
    expect(
      isPersonal(classifyText(doc.replace('Example request body:', 'The signup that failed for this customer:')).sensitivity),
    ).toBe(true);
  });

  it("reads an address at a documentation domain as a schema's example field's value as an example's (session 50)", () => {
    const spec = [
      'components:',
      '  schemas:',
      '    Customer:',
      '      properties:',
      '        email:',
      '          type: string',
      '          example: john.smith@example.com',
    ].join('\n');
    expect(classifyText(spec).sensitivity).toBe('public');
    // Not a real-looking domain, nor the same address in a customer's field.
    expect(isPersonal(classifyText(spec.replace('example.com', 'gmail.com')).sensitivity)).toBe(true);
    expect(isPersonal(classifyText('Kunde: Anna Berger\nE-Mail: anna.berger@example.com').sensitivity)).toBe(true);
  });

  it('reads a group greeted in Hungarian as no one, and a given name after the same greeting as someone', () => {
    const body = '\n\nDecemberben is várunk mindenkit a könyvtár programjain.';
    for (const group of ['Kedves Olvasóink!', 'Kedves Diákok!', 'Tisztelt Betegeink!', 'Kedves Barátaim!'])
      expect(classifyText(group + body).sensitivity, group).toBe('public');
    for (const name of ['Kedves Erik!', 'Kedves Benedek!', 'Kedves Anikó!'])
      expect(isPersonal(classifyText(name + body).sensitivity), name).toBe(true);
  });

  it('reads an adjective opening a table row before its noun as no surname', () => {
    const invoice = [
      'Položka                               Množství   Cena/ks    Celkem',
      'Cementová malta 25 kg                     40      149,00    5 960,00',
      'Sádrokartonová deska 12,5 mm              25      189,00    4 725,00',
    ].join('\n');
    expect(names(invoice)).toEqual([]);
    // Surnames opening a rota's rows, a column after each, are people.
    expect(names('Svobodová   8:00   16:00\nDvořáková   7:00   15:00\n').length).toBeGreaterThan(0);
  });

  it("reads a given name in a product feed's title as the product's", async () => {
    const feed = {
      products: [
        { sku: 'BAD-3302', title: 'Handdoek set Anna, 4 stuks', price: 24.95, brand: 'Walra' },
        { sku: 'TUIN-44120', title: 'Tuinstoel Lisa, teak', price: 89.95, brand: 'Hartman' },
      ],
    };
    const text = await extractText(Buffer.from(JSON.stringify(feed)), 'feed.json');
    expect(text.ok && classifyText(text.text).sensitivity).toBe('public');
    // A customer's record beside the goods is someone's.
    const order = { customer: { name: 'Anna Weber' }, ...feed };
    const withCustomer = await extractText(Buffer.from(JSON.stringify(order)), 'order.json');
    expect(withCustomer.ok && classifyText(withCustomer.text).sensitivity).toBe('personal');
  });
  it('reads the Greek weekdays that are given names as days, and a Greek surname by its ending beside them', () => {
    expect(names('Η αποκομιδή θα γίνεται κάθε Τρίτη και Παρασκευή, από τις 06:00.')).toEqual([]);
    expect(names('Η Κυριακή Παπαδοπούλου είναι άρρωστη.')).toEqual(['Κυριακή Παπαδοπούλου']);
    expect(names('Ο Γιώργος Ιωαννίδης')).toEqual(['Γιώργος Ιωαννίδης']);
  });

  it("reads a parentage report's name and markers as genetic data (holdout-670)", () => {
    const report =
      'Abstammungsgutachten\n\nKind: Mia Schubert\nPutativer Vater: Dennis Kowalczyk\n\nEs wurden 24 STR-Systeme untersucht.';
    expect(classifyText(report).findings.map((f) => f.type)).toContain('special:genetic');
  });
  it("reads an invoice's payment account as its seller's where the seller is a company (holdout-674)", () => {
    const invoice = (seller: string, payment: string) =>
      `FACTURE N° F-2026-1187\n\nÉMETTEUR\n${seller}\n12 rue de la Charité, 69002 Lyon\n\nCLIENT\nOffice de Tourisme de Vienne\n\nTotal TTC : 4 296,00 €\n\n${payment} FR76 3000 4008 2800 0123 4567 841`;
    const iban = (text: string) => classifyText(text).findings.find((f) => f.type === 'iban')?.confidence;
    expect(iban(invoice('Imprimerie du Rhône SARL', 'Règlement par virement – IBAN'))).toBeLessThan(0.6);
    // A sole trader's, the reader's own or a refund's account is someone's.
    expect(iban(invoice('Jean-Marc Favre, graphiste', 'Règlement par virement – IBAN'))).toBeGreaterThan(0.6);
    expect(iban(invoice('Imprimerie du Rhône SARL', 'Prélèvement sur votre compte IBAN'))).toBeGreaterThan(0.6);
    expect(
      iban(invoice('Imprimerie du Rhône SARL', 'Remboursement par virement sur le compte du client – IBAN')),
    ).toBeGreaterThan(0.6);
  });

  it("reads a Slovene invoice's labels and words as no one (holdout-678)", () => {
    expect(names('Kupec:\nOsnovna šola Prule\n\nOsnova za DDV: 2.766,00 EUR\nDDV 22 %: 608,52 EUR')).toEqual([]);
    // The Czech surname with its accent still counts alone.
    expect(names('Kupující:\nNováková\nSvobodová')).not.toEqual([]);
  });

  it("reads a stop on a timetable's row and a painter in a list of painters as no one (holdout-676)", () => {
    const timetable = [
      'CERCANÍAS MADRID – LÍNEA C-10',
      'Las Matas                06:14  06:44  07:14  07:34',
      'Pinar de Las Rozas       06:18  06:48  07:18  07:38',
      'Príncipe Pío             06:36  07:06  07:36  07:56',
    ].join('\n');
    expect(names(timetable)).toEqual([]);
    // A time sheet's rows hold four times as well, under no vehicle's or stop's word.
    const times = 'Zeiterfassung – Linie 3\nAnna   08:00  12:00  13:00  17:00\nTom    09:00  12:00  13:00  18:00';
    expect(names(times)).toEqual(['Anna', 'Tom']);
    expect(names('Claude Monet à Étretat, Eugène Boudin à Trouville, Berthe Morisot à Fécamp.')).toEqual([]);
    expect(names('Anna Weber visited the Monet and Signac rooms with her daughter.')).toEqual(['Anna Weber']);
  });
  it("reads a Romanian GP's certificate and someone's race as the reason for their treatment (holdout-680, -682)", () => {
    expect(
      classifyText(
        'ADEVERINȚĂ MEDICALĂ\n\nSe adeverește că Radu Constantin a fost consultat astăzi și prezintă lombosciatică acută.\nRecomandări: repaus 5 zile, tratament antiinflamator.',
      ).sensitivity,
    ).toBe('special');
    const grievance =
      'From: Marcus Adebayo\n\nI believe I am being treated less favourably because of my race.\n\nMarcus Adebayo';
    expect(classifyText(grievance).findings.map((f) => f.type)).toContain('special:ethnic-origin');
    // A policy about it names no one.
    expect(
      isPersonal(classifyText('Our policy on racial discrimination applies to all staff and contractors.').sensitivity),
    ).toBe(false);
  });
  it("reads someone's partner of their sex by the partner's given name (holdout-684)", () => {
    const note = (partner: string) =>
      classifyText(`1:1 notes\n\n- Emma asked to update her emergency contact to ${partner}. Sent her the HR form.`);
    expect(note('her girlfriend, Chloe Ward').sensitivity).toBe('special');
    expect(note('her partner, Chloe Ward').sensitivity).toBe('special');
    // A partner of the other sex, or a girlfriend not named, tells nothing of it.
    expect(note('her partner, Daniel Ward').sensitivity).toBe('personal');
    expect(classifyText('Emma went shopping with her girlfriend on Saturday.').sensitivity).toBe('personal');
  });

  it('reads the people a sentence about a century before living memory names as history (holdout-685)', () => {
    for (const text of [
      "Le dessert a été créé à la fin du XIXe siècle par Auguste Escoffier en l'honneur de la cantatrice Nellie Melba.",
      'The dessert was created in the 19th century by Auguste Escoffier in honour of the singer Nellie Melba.',
      'Das Rezept stammt aus dem 18. Jahrhundert und wird Johann Conrad Weber zugeschrieben.',
    ])
      expect(classifyText(text).sensitivity, text).toBe('public');
    // Not this century's, nor a sentence that turns to the present.
    expect(classifyText('In the 21st century Anna Weber founded the firm.').sensitivity).toBe('personal');
    expect(classifyText('El edificio del siglo XIX fue restaurado por el arquitecto Juan Pérez en 2024.').sensitivity).toBe(
      'personal',
    );
  });
});

describe('what the first run of holdout-689 to -698 found', () => {
  it("reads a hall named after someone, its kind's word between, a river after its valley's word and a line's stops as places", () => {
    expect(names('Sala infantil Sophia de Mello Breyner: terça a sábado, 14h00 – 18h00')).toEqual([]);
    expect(names('Salle des fêtes Jean Moulin : fermée le 25 décembre.')).toEqual([]);
    expect(names('Über den Bismarckweg geht es hinab ins Tal der Lenne.')).toEqual([]);
    const stops =
      'EMT VALENCIA – LÍNEA 19\nRecorrido y paradas\n\n1. Plaza del Ayuntamiento\n2. Eduardo Boscá – Ciudad de las Artes';
    expect(names(stops)).toEqual([]);
    // A hospital that told someone, and a driver's list under a line's heading, name people.
    expect(names('The hospital told Anna Weber to rest.')).toEqual(['Anna Weber']);
    expect(names('Busfahrer Linie 12\nFahrer diese Woche:\n1. Anna Weber\n2. Tom Becker')).toEqual(['Anna Weber', 'Tom Becker']);
  });

  it("reads a town as a customer's column's value, and a Czech composer after his works' word, as no one", () => {
    const invoices =
      'numero;cliente;totale\n2026/0413;Edil Padana S.p.A.;10675,00\n2026/0414;Comune di Reggio Emilia;25986,00\n2026/0415;Ferramenta Bianchi S.n.c.;2415,60';
    expect(classifyText(invoices).sensitivity).toBe('public');
    expect(classifyText('Na programu jsou vánoční koledy a skladby Jakuba Jana Ryby.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-699 to -703 found', () => {
  it("reads a letter's field of the reader's blood group as health", () => {
    const letter = 'Liebe Frau Vogel,\n\nvielen Dank für Ihre Spende!\n\nIhre Blutgruppe: A Rh positiv\n\nIhr Blutspendedienst';
    expect(classifyText(letter).sensitivity).toBe('special');
  });

  it('reads a sentence that opens with a year of grown-ups before living memory, and the next in the same year, as history', () => {
    const weimar =
      '1919 tagte im Nationaltheater die Nationalversammlung. Im selben Jahr gründete Walter Gropius in Weimar das Bauhaus.';
    expect(classifyText(weimar).sensitivity).toBe('public');
    expect(classifyText('1925 übernahm Karl Weber die Werkstatt seines Vaters.').sensitivity).toBe('public');
    // A child then may be alive now; a sentence that turns to the present is not history.
    expect(classifyText('1925 besuchte Anna Weber die erste Klasse der Dorfschule.').sensitivity).toBe('personal');
    expect(classifyText('1928 trat Hans Weber in die Firma ein; heute leitet sein Enkel Max Weber sie.').sensitivity).toBe(
      'personal',
    );
    expect(
      classifyText('Die Firma wurde 1919 gegründet. Im selben Jahr kam Anna Weber zur Welt. Heute leitet sie die Firma.')
        .sensitivity,
    ).toBe('personal');
  });
});

describe("given names as the EU's other languages decline them", () => {
  it('reads a declined given name mid-sentence in a Finnish, Estonian, Hungarian, Lithuanian or Latvian text', () => {
    for (const [text, name] of [
      ['Soitin eilen Martinille, mutta hän ei vastannut.', 'Martinille'],
      ['Helistasin eile Martinile, aga ta ei vastanud.', 'Martinile'],
      ['Andsin võtmed Kadrile hommikul, sest ta ei olnud kodus.', 'Kadrile'],
      ['Tegnap felhívtam Gábort, de nem vette fel.', 'Gábort'],
      ['Vakar paskambinau Tomui, bet jis neatsiliepė.', 'Tomui'],
      ['Vakar piezvanīju Jānim, bet viņš neatbildēja.', 'Jānim'],
      ['Iedevu atslēgas Līgai no rīta, jo viņa nebija mājās.', 'Līgai'],
    ] as const)
      expect(names(text), text).toContain(name);
  });

  it('reads a Portuguese invoice\'s "õ" as no Estonian letter, so its town is no declined name (the generator, seed 2718)', () => {
    const invoice =
      'Lopes e Valente S.A. · Praça Edgar Simões 171 · 0568-870 Vila Real de Santo António\n\nFatura 2026079\nArtigo: Betão × 470';
    expect(names(invoice)).toEqual([]);
  });

  it('reads no declined word opening a sentence, a street named after someone, or a service named as people are', () => {
    expect(names('Arkisin: 5.45–23.30 10 minuutin välein.\nLauantaisin bussit kulkevat harvemmin kuin arkisin.')).toEqual([]);
    expect(names('Posmā no Tallinas ielas līdz Matīsa ielai notiks ūdensvada remonts, un iela būs slēgta.')).toEqual([]);
    expect(names('Huoltajat voivat ilmoittaa lapsen poissaoloista Wilmassa aamulla ennen koulun alkua.')).toEqual([]);
  });
});

describe('what the first run of holdout-709 to -714 found', () => {
  it("reads a visit to the dentist in the EU's other languages, as one to the doctor", () => {
    expect(
      classifyText('Sveiks, Mārtiņ! Rīt no rīta es nevarēšu atnākt, jo man ir jāved meita pie zobārsta. Paldies, Ilze')
        .sensitivity,
    ).toBe('special');
    expect(classifyText('Szia Éva! Holnap reggel fogorvoshoz megyek, 10-re érek be. Gergely').sensitivity).toBe('special');
  });

  it("reads the Lithuanian year's abbreviation after its number as no title (holdout-714)", () => {
    const review =
      '2026 M. Trečiojo Ketvirčio Veiklos Apžvalga\n\nPer trečiąjį ketvirtį bendrovės pardavimai išaugo 6,8 proc. ir siekė 12,4 mln. eurų.';
    expect(classifyText(review).sensitivity).toBe('public');
    // A French "M." after a year is a title.
    expect(names("Depuis 2019 M. Dupont dirige l'entreprise.")).toEqual(['Dupont']);
  });
});

describe('what the first run of holdout-715 to -719 found', () => {
  it("reads a name as history's where another mention in another case gives a life before living memory (holdout-717)", () => {
    const notice =
      '«Νικόλαος Γύζης: Ο ζωγράφος της ιδέας»\n\nΗ Πινακοθήκη παρουσιάζει μια έκθεση αφιερωμένη στον Νικόλαο Γύζη (1842–1901).';
    expect(classifyText(notice).sensitivity).toBe('public');
    // A living namesake's life is no history, nor is another person's whose surname starts alike.
    expect(classifyText('Νικόλαος Γύζης\n\nΗ έκθεση για τον Νικόλαο Γύζη (1998–2026) άνοιξε.').sensitivity).toBe('personal');
    expect(classifyText('Kontakt: Anna Nováková\n\nDie Ausstellung zeigt Werke von Anna Novák (1870–1950).').sensitivity).toBe(
      'personal',
    );
  });

  it("reads the EU's other languages' marks of an internal document (holdout-717)", () => {
    for (const mark of ['Belső használatra', 'Pro interní potřebu', 'Til intern brug', 'Sisäiseen käyttöön'])
      expect(classifyText(`${mark}\n\n1. Lock your screen when you leave your desk.`).sensitivity, mark).toBe('internal');
  });
});

describe('what the metamorphic bench found after 80 KB of other text', () => {
  const pages = 'Prune apple and pear trees while they are dormant, removing dead and crossing branches.\n\n'.repeat(40);

  it("reads a contract's parties as its own, wherever the contract starts (holdout-644)", () => {
    const contract =
      'CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE LIMPEZA\n\nEntre:\nPRIMEIRA OUTORGANTE: Edifícios Atlântico, Lda., NIPC 509 123 457, com sede na Avenida da Boavista 1520, 4100-114 Porto, aqui representada pelo seu gerente, Sr. Nuno Filipe Carvalho Teixeira;\n';
    expect(classifyText(contract).sensitivity).toBe('personal');
    expect(classifyText(pages + contract).sensitivity).toBe('personal');
  });

  it('reads lines mostly in capitals, a note in brackets aside, as a run in capitals (holdout-279)', () => {
    const booking =
      'BOOKING REFERENCE: K7QW2L\nPASSENGER 1: MR YUSUF DEMIR      SEAT 23C   SSR MOML   (Muslim meal)\nPASSENGER 2: MRS ELIF DEMIR      SEAT 23D   SSR MOML   (Muslim meal)\nPASSENGER 3: MSTR EMRE DEMIR     SEAT 23E   SSR CHML   (child meal)\nFLIGHT LH 1304  FRA-IST  14DEC  DEP 10:25  ARR 14:50\n';
    expect(classifyText(pages + booking).sensitivity).toBe('special');
    // A heading in title case with an acronym is no line in capitals.
    expect(
      classifyText(`${pages}ANNUAL GENERAL MEETING OF THE SOCIETY\nMinutes Of The AGM Of The Garden Club\n`).sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-720 to -724 found', () => {
  it("reads a public lecture's speaker after a speaker's label, by the affiliation after a comma (holdout-724)", () => {
    const notice =
      'Vortragsreihe\nReferent: Prof. Dr. Klaus Meyer, Meteorologisches Institut der Universität Tübingen\nDonnerstag, 19:30 Uhr. Karten an der Abendkasse.';
    expect(classifyText(notice).sensitivity).toBe('public');
    // Not an internal training's, nor a speaker whose own illness the sentence tells.
    expect(
      classifyText('Schulung Datenschutz\nReferentin: Anna Weber, Personalabteilung\nAnmeldung bis 10.12. im Intranet.')
        .sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Offener Abend\nReferentin: Anna Weber, Universität Tübingen, spricht über ihre Depression und ihre Therapie.\nEintritt frei.',
      ).sensitivity,
    ).toBe('special');
  });

  it('reads a unit after its number as no initial (holdout-721)', () => {
    expect(names('Přes den převážně jasno, teploty 0 až 4 °C. Slabý jihovýchodní vítr.')).toEqual([]);
    expect(names('Teploty 0 až 4 C. Slabý vítr.')).toEqual([]);
  });
});

describe('what the first run of holdout-725 to -729 found', () => {
  it("reads an author and a work on a book club's lines as published, where one of its authors is of history (holdout-727)", () => {
    const club =
      'Kirjaston lukupiiri\n\nKevään kirjat:\n- tammikuu: Tove Jansson, Kesäkirja\n- helmikuu: Eeva Joenpelto, Vetää kaikista ovista\n- maaliskuu: Sirpa Kähkönen, Graniittimies\n';
    expect(classifyText(club).sensitivity).toBe('public');
    // A book club's rota of hosts names no author of history.
    const rota =
      'Lesekreis – wer bringt was mit?\n- Januar: Anna Schmidt, Gastgeberin\n- Februar: Tom Weber, Kuchen\n- März: Eva Braun, Getränke\nDie Bücher stehen fest.';
    expect(classifyText(rota).sensitivity).toBe('personal');
  });

  it("reads a work of art's label with its medium and a year before living memory as history's, not a letter about one (holdout-728)", () => {
    const label =
      'Lady Agnew of Lochnaw\nOil on canvas, 1892\n\nThe sitter, Gertrude Vernon, had married Sir Andrew Agnew, 9th Baronet, three years earlier.';
    expect(classifyText(label).sensitivity).toBe('public');
    expect(
      classifyText(
        'Dear Mr Hartley,\n\nThank you for consigning the portrait, oil on canvas, 1892, for our spring sale.\n\nKind regards\nJane Porter',
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText('Lot 14\nOil on canvas, 1998\nThe sitter, Anna Weber, commissioned it.').sensitivity).toBe('personal');
  });

  it("reads writers of history in the EU's other languages, by their initials too (holdout-728)", () => {
    expect(
      classifyText('H.C. Andersen Festivals 2027\n\nFra den 15. august fylder H.C. Andersen Festivals Odense.').sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-730 to -734 found', () => {
  it("reads a year after a German or Dutch passive's auxiliary as the sentence's time (holdout-730)", () => {
    expect(classifyText('Die Kirche wurde 1756 nach Plänen des Baumeisters Johann Michael Fischer errichtet.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('De molen werd 1850 gebouwd door Hendrik Jansen uit Zwolle.').sensitivity).toBe('public');
    // Not a birth of living memory, nor a postcode before its town.
    expect(classifyText('Anna Weber wurde 1925 in Graz geboren und lebt heute im Pflegeheim.').sensitivity).toBe('personal');
    expect(classifyText('Lars Holm bor i 2100 København Ø sammen med sin hund.').sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-735 to -739 found', () => {
  it("reads a table's station column as places (holdout-735)", () => {
    const stations = 'station\tcode\tlift\nHoorn\tHN\tyes\nAnna Paulowna\tAPN\tno\nSchagen\tSGN\tyes\n';
    expect(classifyText(stations).sensitivity).toBe('public');
  });

  it('reads an Italian span of years before living memory as its sentence\'s time, not "since" (holdout-737)', () => {
    expect(classifyText('Dal 1469 al 1492 Lorenzo fu signore della città.').sensitivity).toBe('public');
    expect(classifyText('Dal 1990 Marco Ferretti vive a Roma con la moglie.').sensitivity).toBe('personal');
  });

  it('reads a year after a word of time as no postcode before a name (found beside holdout-737)', () => {
    expect(names('In 2021 Anna Weber joined the team.')).toEqual(['Anna Weber']);
    expect(names('Nel 2019 Giulia Ferretti ha iniziato a lavorare con noi.')).toEqual(['Giulia Ferretti']);
    // A postcode before its town stays one.
    expect(names('Boulevard Anspach 5\n1000 Bruxelles')).toEqual([]);
  });

  it("reads a Latvian street's cases after the name of whom it is named after (holdout-739)", () => {
    expect(
      classifyText('Autovadītājus lūdzam izvēlēties apbraucamos ceļus pa Krišjāņa Valdemāra ielu un Aleksandra Čaka ielu.')
        .sensitivity,
    ).toBe('public');
  });
});

describe('what the first run of holdout-740 to -743 found', () => {
  it('reads prose whose sentences open with capitals as no lower-case chat, however long its words (holdout-743)', () => {
    const recipe =
      'A túrót a tojássárgákkal, a cukorral és a citromhéjjal kikeverjük, a tésztára simítjuk, és 20 percig sütjük. A tetejére lekvárt kenünk, majd a tojásfehérjehabból rácsot húzunk, és még 10 percig sütjük.';
    expect(classifyText(recipe).sensitivity).toBe('public');
    // A chat typed in lower case still names its people so.
    expect(classifyText('szia anna, holnap reggel nem tudok bemenni, majd délután hívlak. péter').sensitivity).not.toBe('public');
  });

  it('reads a Lithuanian painter of history by his initials and his case (holdout-743)', () => {
    expect(classifyText('Nacionalinis M. K. Čiurlionio dailės muziejus kviečia į naują parodą.').sensitivity).toBe('public');
  });
});

describe('what the first run of holdout-744 to -747 found', () => {
  it('reads a given name declined in a message typed in lower case, by an ending of two letters or more (holdout-746)', () => {
    expect(names('moi! oon myöhässä n. 15 min, juna seisoo tampereella. sano villelle et aloittaa ilman mua')).toEqual([
      'villelle',
    ]);
    expect(names('sveiki, šodien kavējos, jo autobuss stāv sastrēgumā. pasaki jānim lai sāk bez manis')).toEqual(['jānim']);
    // No one where the words decline no name: "ilman" (without) is no Ilma's, "tuulella" no Tuuli's.
    expect(
      names(
        'hei, kävin eilen mökillä ja saunassa. järvellä oli jo jäätä ja tuulella oli kylmä. ensi viikolla mennään ilman koiraa',
      ),
    ).toEqual([]);
  });

  it("reads a mountain hut named after someone, and the EU's other languages' greetings to all staff (holdout-747)", () => {
    expect(classifyText('Sentiero 412 – dal Rifugio Vittorio Sella al Colle del Lauson').sensitivity).toBe('public');
    expect(classifyText('Visiem darbiniekiem\n\nNo 21. decembra līdz 3. janvārim birojs būs slēgts.').sensitivity).toBe(
      'internal',
    );
  });
});

describe('what the first run of holdout-748 to -750 found', () => {
  it('reads a Czech operation with an adjective or a body part between as health (holdout-749)', () => {
    expect(classifyText('Ahoj Tomáši, zítra nebudu v práci, jdu na plánovanou operaci kolene. Jakub').sensitivity).toBe(
      'special',
    );
    // A hospital's offer names no one.
    expect(classifyText('Nemocnice nabízí plánovanou operaci kolene i kyčle pro pacienty z celého kraje.').sensitivity).toBe(
      'public',
    );
  });
});

describe('what the first run of holdout-751 to -753 found', () => {
  it('reads a signature with a note in brackets after the name, as a parent signs to a school (holdout-752)', () => {
    const note =
      'Hej!\n\nVille är sjuk idag, han har kräkts hela natten och har feber. Kan ni säga till fritids?\n\nMvh\nLotta (mamma till Ville i 3B)';
    expect(classifyText(note).sensitivity).toBe('special');
    expect(names('Danke!\n\nViele Grüße\nAnna Weber (Mama von Finn)')).toContain('Anna Weber');
  });

  it('reads Romanian words for after an operation and out of hospital (holdout-753)', () => {
    expect(
      classifyText('Salut Vlad! Am aflat că ai ieșit din spital, sper că te simți mai bine după operația la apendice. Cristi')
        .sensitivity,
    ).toBe('special');
  });
});

describe("a probe of health statements in the EU's other languages, after holdout-748 to -753", () => {
  it('reads a Swedish hospital stay after an operation and a Danish cancer diagnosis and chemotherapy', () => {
    expect(classifyText('Hej Anna, Erik ligger på sjukhus efter en blindtarmsoperation. Hälsningar Maria').sensitivity).toBe(
      'special',
    );
    expect(classifyText('Hej Anne, Søren har fået konstateret kræft og starter kemo i næste uge. Hilsen Mette').sensitivity).toBe(
      'special',
    );
    // A cancer charity's collection names no one.
    expect(classifyText('Kræftens Bekæmpelse holder indsamling søndag. Kontakt os på telefon.').sensitivity).toBe('public');
  });
});

describe('what the first runs of holdout-754 to -768, and the HTML shape, found', () => {
  it('reads a hospital where the writer says they work as a workplace, not where they were taken in (holdout-765)', () => {
    const application =
      'Sehr geehrte Damen und Herren,\n\nseit meinem Examen 2018 arbeite ich auf einer internistischen Station des Klinikums Nürnberg.\n\nMit freundlichen Grüßen\nMiriam Hoffmann';
    expect(classifyText(application).sensitivity).toBe('personal');
    expect(classifyText('Hi Anna, I work at the hospital on Fridays, so Monday is better. Tom').sensitivity).toBe('personal');
    // Admitted after working, or in hospital in the clause after the work's: the writer's health.
    expect(classifyText('Hi Anna, I worked late and ended up in hospital on Friday. Tom').sensitivity).toBe('special');
    expect(
      classifyText('Hoi Anna, ik werk in het ziekenhuis als verpleegkundige, vorige week lag ik zelf in het ziekenhuis. Tom')
        .sensitivity,
    ).toBe('special');
    // "dal lavoro" is the noun: absent from work to give blood at a hospital (holdout-133).
    expect(
      classifyText(
        "Il sottoscritto Davide Colombo comunica che il giorno 27 novembre si assenterà dal lavoro per l'intera giornata per donazione di sangue presso il centro trasfusionale dell'Ospedale Niguarda.",
      ).sensitivity,
    ).toBe('special');
  });

  it('reads an internal note by its label (holdout-763)', () => {
    expect(classifyText('Scadenze di dicembre\n\nNota interna: il saldo IMU va pagato dal conto di tesoreria.').sensitivity).toBe(
      'internal',
    );
  });

  it('reads the writer looking for someone of their own sex to date (holdout-768)', () => {
    expect(
      classifyText(
        'hoi Bas, leuk dat je reageerde op mijn profiel! ik ben ook pas sinds kort weer single en op zoek naar een leuke man om mee te daten. groetjes, Joost',
      ).sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        'Hallo Jonas, danke für deine Nachricht auf mein Profil. Ich suche einen Mann, der gerne wandert. Liebe Grüße, Stefan',
      ).sensitivity,
    ).toBe('special');
    // Of the other sex; or looked for without a word of dating ("a man with a van").
    expect(
      classifyText(
        'hoi Bas, leuk dat je reageerde op mijn profiel! ik ben op zoek naar een leuke vrouw om mee te daten. groetjes, Joost',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText("Hi all, I'm single and looking for a man with a van to help me move a sofa on Saturday.\nThanks, Tom")
        .sensitivity,
    ).toBe('personal');
  });

  it('reads a month after its day as a date, not a given name before the word after it (the HTML shape of holdout-114)', () => {
    expect(names('Opening hours\nFri 1 Jan Closed\nSat 2 Jan 10am – 4pm\nMon 4 Jan Normal hours resume')).toEqual([]);
    // A surname after it, or the name with no day before it, still reads.
    expect(names('On 4 Jan Kowalski called about the invoice.').join()).toContain('Kowalski');
    expect(names('Thanks to Jan Closed for the help.')).toEqual(['Jan Closed']);
  });
});

describe('what the first run of holdout-770 found', () => {
  it('reads a reading list with a dash and a quoted title, a note in brackets after it', () => {
    const list =
      'Lista lektur – klasa 2\n\n1. Adam Mickiewicz – „Pan Tadeusz” (księgi I, II, IV)\n2. Bolesław Prus – „Lalka”\n3. Eliza Orzeszkowa – „Nad Niemnem” (fragmenty)\n';
    expect(classifyText(list).sensitivity).toBe('public');
    // Pupils on the list's lines, the works people of history: the pupils still count.
    const talks =
      'Referate Klasse 8b\n\n1. Lena Hoffmann – „Marie Curie“\n2. Jonas Becker – „Albert Einstein“\n3. Mia Schulz – „Goethe“\n';
    expect(classifyText(talks).sensitivity).toBe('personal');
  });

  it("reads an artist's retrospective or film cycle, not a homage to a neighbour", () => {
    expect(classifyText('Cinema: ciclo Manoel de Oliveira na Cinemateca Portuguesa, todas as quintas-feiras.').sensitivity).toBe(
      'public',
    );
    expect(
      classifyText('La Asociación de Vecinos rindió un homenaje a Carmen López García, que cumplió 102 años.').sensitivity,
    ).toBe('personal');
    // A cycle of someone's in the other sense.
    expect(classifyText('Ciao Giulia, il ciclo di Marta è irregolare da mesi.').sensitivity).not.toBe('public');
  });

  it("reads a concert's conductor by the label 'Direttore:' where tickets are sold, not an organisation chart's director", () => {
    expect(
      classifyText(
        'Teatro Comunale – Stagione sinfonica\n\nGiuseppe Verdi – Sinfonia\n\nDirettore: Valerio Santini\n\nBiglietti da 15 a 45 euro.',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Organigramma 2027\nDirettore: Mario Rossi\nUfficio acquisti: Luca Verdi').sensitivity).toBe('personal');
  });

  it("reads a run of initials as initials, not 'M.' as a title, and a portrait's sitters of history", () => {
    expect(names('J. M. W. Turner\'s "The Fighting Temeraire" (1839) hangs in this room.')).toEqual([]);
    expect(names('Bonjour M. Dupont, merci.')).toEqual(['Dupont']);
    expect(
      classifyText("Look out for Gainsborough's portrait of Mr and Mrs Andrews, painted around 1750 on their estate.")
        .sensitivity,
    ).toBe('public');
    expect(
      classifyText('Dear Mrs Andrews, the portrait of Mr Andrews you lent us will be returned on 3 March.').sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-771 found', () => {
  it('reads a match report quoting its coach "said afterwards:" as news', () => {
    const report =
      'Leeds United 2–1 Sunderland: late Piroe header settles the clash\n\nJoël Piroe headed in the 88th minute to give Leeds a deserved win at Elland Road on Saturday afternoon in front of a full house.\n\nDaniel Farke said afterwards: "The players showed real character."\n';
    expect(classifyText(report).sensitivity).toBe('public');
  });

  it("reads a French 'COMMUNIQUÉ' as a press release, not a notice to colleagues so titled", () => {
    const prize =
      'COMMUNIQUÉ – Palmarès du Prix littéraire de la Ville de Nantes 2026\n\nLe jury a remis vendredi soir ses prix.\n\nGrand prix : Sylvain Prudhomme, pour « Coyotes »\nPrix du premier roman : Émilie Bouvier, pour « La Mer à boire »\n';
    expect(classifyText(prize).sensitivity).toBe('public');
    const staff =
      'COMMUNIQUÉ – Départ de Julie Martin\n\nChers collègues,\n\nJulie Martin quittera le service comptabilité le 31 décembre après douze ans parmi nous.\n\nLa direction\n';
    expect(classifyText(staff).sensitivity).toBe('personal');
  });

  it("reads an opening concert's performers, and the rosary prayed, not a man named Rosario", () => {
    expect(
      classifyText(
        'Festas de Lisboa\n\nConcerto de abertura com Ana Moura e Camané no Terreiro do Paço, a 1 de junho. Entrada livre.',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('Olá Rita, vou jantar com Ana Moura amanhã. Beijinhos').sensitivity).toBe('personal');
    expect(classifyText('Novena di Natale alle ore 17.30, con la recita del Rosario.').sensitivity).toBe('public');
    expect(names('Ciao Anna, domani viene Rosario a sistemare la caldaia.')).toContain('Rosario');
  });
});

describe('what the first run of holdout-772 found', () => {
  it("reads a parliament's agenda by its title, not a message that only names one", () => {
    const agenda =
      'ASSEMBLÉE NATIONALE – Ordre du jour de la séance du mardi 15 décembre 2026\n\nSuite de la discussion du projet de loi (rapporteur : M. Julien Delacroix).\nProposition de loi présentée par Mme Sophie Marchal et plusieurs de ses collègues.\n';
    expect(classifyText(agenda).sensitivity).toBe('public');
    const note =
      'Bundestag – Tagesordnung Ausschuss\n\nHallo Frau Weber,\n\nanbei die Tagesordnung. Herr Schulz ist leider krank.\n\nViele Grüße\nJonas Keller\n';
    expect(isPersonal(classifyText(note).sensitivity)).toBe(true);
  });

  it("reads a public reading's journalist and actress, and a day of talks' speakers from a government or by 'Modera:'", () => {
    const reading =
      "Biblioteca civica – Giovedì 17 dicembre, ore 18\n\nPresentazione del libro «Le stagioni del fiume» di Marco Bellini. Dialoga con l'autore la giornalista Sara Conti. Letture a cura dell'attrice Elena Bassi.\n\nIngresso libero fino a esaurimento posti.\n";
    expect(classifyText(reading).sensitivity).toBe('public');
    const day =
      'II Jornada de Ciberseguridad en la Administración Local\n\n09:30  Inauguración. Pilar Sanz Romero, consejera de Innovación del Gobierno de Aragón\n10:00  "Ransomware en ayuntamientos" – Javier Ortega Lázaro, INCIBE\n11:15  Mesa redonda. Modera: Lucía Herrera Gil (Universidad de Zaragoza)\n13:00  Clausura\n\nInscripción gratuita en la web de la jornada.\n';
    expect(classifyText(day).sensitivity).toBe('public');
    // A working day's request is no day of talks.
    expect(
      classifyText('Solicitud de reducción de jornada\n\nAna García Ruiz solicita reducir su jornada a 30 horas semanales.')
        .sensitivity,
    ).toBe('personal');
  });
});

describe('what the first run of holdout-775 found', () => {
  it("reads an election's candidates under a results title, and a priest by the Romance clergy's titles", () => {
    const results =
      'Wyniki wyborów na wójta Gminy Sulejów – 2 tura\n\nJan Kaczmarek (KWW Razem dla Gminy) – 3 412 głosy (54,8%)\nEwa Michalak (KWW Nowa Gmina) – 2 817 głosów (45,2%)\n';
    expect(classifyText(results).sensitivity).toBe('public');
    expect(classifyText('Le confessioni si terranno sabato con don Paolo Ferrario e padre Giuseppe Colombo.').sensitivity).toBe(
      'public',
    );
    // "my father", "the father"; a Spanish "don" is anyone's courtesy.
    expect(classifyText('Ciao Anna, mio padre Giuseppe Colombo è in ospedale.').sensitivity).toBe('special');
    expect(names('Estimado señor, el pago a don Javier Moreno Ruiz se realizará el lunes.').join()).toContain('Javier Moreno');
  });

  it("reads a choir's or an orchestra's conductor by the words that credit them, not a project's lead", () => {
    expect(classifyText('Il coro parrocchiale, diretto dal maestro Luigi Brambilla, anima la Messa delle 11.').sensitivity).toBe(
      'public',
    );
    expect(
      classifyText('Das Projekt läuft unter der Leitung von Anna Weber, die ab Januar auch das Budget verantwortet.').sensitivity,
    ).toBe('personal');
  });
});

describe('what the first runs of holdout-778 and -779 found: names in their public capacity', () => {
  const festival =
    "Festival Les Nuits du Port – programmation 2026\n\nVendredi 3 juillet : Camille Berthelot en concert, première partie Yanis Moreau.\nSamedi 4 juillet : la chanteuse Léa Vasseur accompagnée par le pianiste Hugo Lenormand.\n\nBillets en vente à l'office de tourisme.\n";
  const opening =
    "Inaugurazione dell'anno accademico 2026/2027\n\nSi è svolta ieri la cerimonia di inaugurazione. Il rettore Giovanni Ferraresi ha ricordato i nuovi corsi. La prolusione è stata tenuta dalla professoressa Lucia Bassani, ordinaria di Storia medievale.\n";

  it('reads a published text about a public occasion whose every name has a calling, a credit or a part beside it', () => {
    expect(classifyText(festival).sensitivity).toBe('public');
    expect(classifyText(opening).sensitivity).toBe('public');
    expect(
      classifyText(
        'Episode 42 – Can cities cool themselves?\n\nThis week host Priya Raman talks to the climate scientist Owen Hale about heat islands. Hale leads the urban climate group at the institute.\n\nListen on all major podcast apps.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Premiera w Teatrze Polskim\n\nW sobotę odbędzie się premiera „Wesela” w reżyserii Agnieszki Wrońskiej. W rolach głównych wystąpią Marta Zielińska-Kos jako Panna Młoda i Mateusz Rybak jako Pan Młody.\n',
      ).sensitivity,
    ).toBe('public');
  });

  it('keeps the same names personal without the occasion, with one name bare, or with a polite title', () => {
    // No public occasion in the headline or the lead, and no audience told of tickets.
    expect(
      classifyText(
        opening
          .replace("Inaugurazione dell'anno accademico 2026/2027", 'Verbale')
          .replace('la cerimonia di inaugurazione', 'la riunione'),
      ).sensitivity,
    ).toBe('personal');
    expect(classifyText(festival.replace('première partie Yanis Moreau', 'avec Yanis Moreau')).sensitivity).toBe('personal');
    expect(classifyText(opening.replace('Il rettore Giovanni', 'Il signor Giovanni')).sensitivity).toBe('personal');
    // A programme's lines with no audience told of tickets or free entry: an internal day's.
    expect(classifyText(festival.replace("Billets en vente à l'office de tourisme.", 'Merci.')).sensitivity).toBe('personal');
  });

  it("keeps one person's own affairs at a public occasion personal: pay, hours, keys, a private life, a raffle", () => {
    const personal = [
      'Concert fees – December\n\nThe pianist Julia Berg is paid 1,200 euros for the concert. The conductor Tom Evans asked for an advance of 500 euros.',
      'Festival staff: overtime\n\nThe curator Helen Ames worked 20 hours of overtime during the festival. The photographer Tom Reed worked 12.',
      'Museum – Schlüsselübergabe\n\nDie Kuratorin Anna Weber hat ihren Schlüssel am Freitag abgegeben. Der Fotograf Tom Berg bekommt einen neuen Ausweis.',
      'Office raffle results\n\nThe first prize went to Anna Weber from accounting, who won the hamper. Tom Berg from IT won the second prize.',
      'Christmas quiz – results\n\nAnna Weber won the prize for the best team name. Tom Berg received the award for the funniest answer.',
      'Exhibition opening – seating plan\n\nThe curator Helen Ames sits at table 1 beside the artist Tom Reed. Her partner is not coming.',
      'Overtime November\n\nThe conductor Tom Evans worked 14 hours of overtime. The pianist Julia Berg worked 6 hours, paid at the usual rate.',
      'Valutazione annuale\n\nLa giornalista Chiara Neri ha raggiunto gli obiettivi. Il fotografo Luca Bassi dovrà migliorare la puntualità.',
      // A signature's line is a letter's writer, whatever their calling.
      'Konzert im Gemeindehaus\n\nLiebe Nachbarn, am Sonntag spielen wir für euch.\n\nTom Berg, Trainer\n',
      // A name in capitals is a name.
      'COMUNE DI PIACENZA – CERTIFICATO\n\nSi certifica che FERRARI ALESSANDRO risulta residente in questo Comune.',
      // Lodging, a home, a table plan, a diet, a reimbursement: an occasion's logistics, its people's own.
      'Mostra «Luce del Nord» – prestiti\n\nLa pittrice Sara Conti ha prestato tre opere dalla sua collezione privata. Il ritiro avverrà presso la sua abitazione lunedì mattina.',
      'Gala dinner – table plan\n\nThe actor Sam Whitfield sits beside the soprano Mei Lin Hart at table 2. The storyteller Tom Berg arrives late.',
      'Feira do Livro – reembolsos\n\nA escritora Inês Carvalhal pediu o reembolso do comboio. O poeta Rui Lage ainda não enviou o recibo.',
      'Schrijversavond – hotel\n\nRomanschrijver Jeroen Smit overnacht in Hotel De Zon. Dichter Mia Vos neemt haar dochter mee.',
      // Their family told in the next sentence that speaks of them again (holdout-780).
      'Autorenlesung – Rückmeldung an den Vorstand\n\nDie Lesung mit Katrin Seidel war gut besucht. Die Autorin hat nach der Lesung erzählt, dass sie nächstes Jahr mit ihrem Mann nach Lissabon zieht.',
    ];
    for (const text of personal) expect(classifyText(text).sensitivity, text).toBe('personal');
  });

  it('reads names inside the name of an occasion or a prize as no one, a science by its ending, a credit before a title', () => {
    expect(
      classifyText(
        'La investigadora Elena Ruiz Soler, Premio Nacional de Investigación 2026\n\nEl Ministerio de Ciencia ha concedido el Premio Nacional de Investigación Ramón y Cajal a la bióloga Elena Ruiz Soler, investigadora del CSIC.\n\nEl jurado, presidido por el catedrático Andrés Pineda, destacó su trabajo.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Konferencja naukowa „Miasto i klimat” – Kraków\n\nWykład inauguracyjny wygłosi prof. Anna Zielińska z Uniwersytetu Warszawskiego. W panelu udział wezmą dr Marek Wróbel, klimatolog z Instytutu Meteorologii, oraz architektka Joanna Kos.\n\nUdział w konferencji jest bezpłatny.\n',
      ).sensitivity,
    ).toBe('public');
  });

  it("reads a calling by its agent's ending, a saint's and a person of history's names as no one's, after holdout-781", () => {
    expect(
      classifyText(
        '3. Sinfoniekonzert: Brahms und Sibelius\n\nDas Philharmonische Orchester spielt unter der Leitung von Generalmusikdirektor Markus Huber das Violinkonzert von Jean Sibelius. Solistin ist die japanische Geigerin Yuki Tanaka.\n\nKarten ab 15 € an der Theaterkasse.\n',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Presentado el programa de las Fiestas de San Lorenzo 2027\n\nLa concejala de Cultura, Marta Gil Royo, presentó ayer el programa. El pregón correrá a cargo del actor Luis Mercader.\n\nEl concierto principal lo ofrecerá la cantante Rosa Esteve.\n',
      ).sensitivity,
    ).toBe('public');
    // The same soloist travelling with her son is someone's news.
    expect(
      classifyText(
        '3. Sinfoniekonzert – Organisation\n\nDie Solistin Yuki Tanaka reist am Freitag mit ihrem Sohn an. Bitte im Taxi einen Kindersitz bestellen.',
      ).sensitivity,
    ).toBe('personal');
  });

  it('reads the same person named elsewhere by a calling, the next of a list after one, and an expert, after holdout-782', () => {
    const prize =
      'Kunstpreis der Stadt Bamberg geht an Lena Hofmann\n\nDie Bildhauerin Lena Hofmann erhält den Kunstpreis der Stadt Bamberg 2027. Die Jury unter Vorsitz der Kunsthistorikerin Prof. Dr. Sabine Kraus würdigte ihre Arbeiten aus Sandstein.\n';
    expect(classifyText(prize).sensitivity).toBe('public');
    // Without the calling in the body, the headline's laureate is someone.
    expect(classifyText(prize.replace('Die Bildhauerin Lena Hofmann', 'Lena Hofmann')).sensitivity).toBe('personal');
    expect(
      classifyText(
        'Radio Solent – Saturday highlights\n\nAt 10am, gardening expert Claire Hobbs answers questions on winter pruning. From 2pm, the presenter Mark Denton brings live football commentary.\n\nListen on 96.1 FM or the app.\n',
      ).sensitivity,
    ).toBe('public');
  });

  it('checks every name the rules may find, a given name that is a word too or a bare surname, after holdout-783', () => {
    // "Sue" is a given name that is a word too: she is named, and no calling stands beside her.
    expect(
      classifyText(
        'Book launch – volunteers\n\nThe broadcaster Ian Rudd arrives at Piccadilly at 5.40pm and will be met at the station by Sue Park, who lives nearby.',
      ).sensitivity,
    ).toBe('personal');
    // A calling's stem in its case form ("krytyka"), a surname in another case form ("Joanny Wiśniewskiej").
    expect(
      classifyText(
        'Nagroda Literacka Gdynia dla Joanny Wiśniewskiej\n\nJoanna Wiśniewska otrzymała Nagrodę Literacką Gdynia za powieść „Zimowe ogrody”. Jury pod przewodnictwem krytyka Piotra Sobczaka doceniło jej język.\n',
      ).sensitivity,
    ).toBe('public');
  });

  it("does not read a quoted work's title as its own people ('de nos jardins'), but still a quotation's 'nossa'", () => {
    const lectures =
      "Cycle de conférences de l'Université populaire – décembre\n\nMardi 8 décembre, 18 h 30 : « Les abeilles sauvages de nos jardins », par Claire Villemin, entomologiste au Muséum.\nMardi 15 décembre, 18 h 30 : « Les oiseaux des villes », par Jean-Marc Hovasse, historien.\n\nEntrée libre, salle des fêtes de la mairie.\n";
    expect(classifyText(lectures).sensitivity).toBe('public');
    expect(classifyText(lectures.replace(', par', ', avec')).sensitivity).toBe('personal');
  });
});

describe('what the first run of holdout-785 found: officials quoted, leaders, successors, parts, a party beside its candidates', () => {
  const results =
    'Northwind Logistics lifts profit forecast after strong third quarter\n\nNorthwind Logistics raised its forecast on Thursday after revenue rose 11 per cent.\n\nChief executive Helen Marsh said demand had held up. Finance chief Graham Okoye told analysts the company would keep investing.\n';
  const election =
    'El PSOE gana en Alcalá y necesitará pactos para gobernar\n\nLa candidata socialista Marta Villalobos ha sido la más votada en las elecciones municipales, con 11 concejales. El Partido Popular, encabezado por Javier Ortega, obtiene nueve ediles.\n\nVillalobos ha anunciado que abrirá conversaciones con el resto de grupos.\n';

  it('reads business news whose every name is an officer reported speaking, with no occasion in its headline', () => {
    expect(classifyText(results).sensitivity).toBe('public');
    // Not where no one in capacity is reported speaking, nor where someone speaks of another with no calling.
    expect(classifyText(results.replace(' said ', ' thinks ').replace(' told analysts ', ' thinks ')).sensitivity).toBe(
      'personal',
    );
    expect(
      classifyText(
        'Front desk\n\nOffice manager Helen Marsh said on Monday that Tom Berg will cover the front desk while he moves house.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText('Salary review\n\nFinance director Graham Okoye said his salary would rise to 200,000 pounds from April.')
        .sensitivity,
    ).toBe('personal');
  });

  it("reads a party beside its candidates as their public allegiance, not a neighbour's vote or a member's card", () => {
    expect(classifyText(election).sensitivity).toBe('public');
    expect(
      classifyText('Wahlkampf\n\nDer Kandidat Jan Vogel (Grüne) sagte, sein Nachbar Peter Roth wähle seit Jahren die AfD.')
        .sensitivity,
    ).toBe('special');
    expect(
      classifyText(
        "Nuovi iscritti\n\nIl segretario Marco Neri ha detto che l'impiegata Giulia Fontana si è iscritta al Partito Democratico.",
      ).sensitivity,
    ).toBe('special');
    // Without the list's leader by "encabezado por", one name out of capacity keeps the candidates people.
    expect(classifyText(election.replace('encabezado por', 'con')).sensitivity).toBe('special');
  });

  it('reads a successor named before the calling they take over ("will succeed Mark Hill as chair"), not a receptionist\'s cover', () => {
    expect(
      classifyText(
        'Northwind names new chair\n\nNorthwind Logistics said on Monday that Sarah Collins will succeed Mark Hill as chair in April. Chief executive Helen Marsh said the board was delighted.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Front desk\n\nOffice manager Helen Marsh said Anna Weber will replace Tom Berg as receptionist while he moves house.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads a predecessor in an office and a part named before its player; French's 'son' is no son", () => {
    const director =
      "Une nouvelle directrice à la tête de l'Opéra de Rouen\n\nLe conseil d'administration a nommé Claire Dubosc au poste de directrice générale. Elle succédera en janvier à Laurent Picard.\n\nClaire Dubosc présentera son projet lors d'une conférence de presse le 14 décembre.\n";
    expect(classifyText(director).sensitivity).toBe('public');
    expect(classifyText(director.replace('son projet', 'son fils')).sensitivity).toBe('personal');
    expect(classifyText(director.replace('succédera en janvier à', 'dînera en janvier avec')).sensitivity).toBe('personal');
    const premiere =
      '„Wesele” w Teatrze Nowym – premiera w sobotę\n\nW sobotę odbędzie się premiera „Wesela” w reżyserii Agnieszki Lipiec. W roli Panny Młodej wystąpi Zofia Kaczmarek, Gospodarza zagra Tomasz Wrona.\n\nBilety w cenie od 45 zł.\n';
    expect(classifyText(premiere).sensitivity).toBe('public');
    expect(classifyText(premiere.replace('Gospodarza zagra', 'kawę przyniesie')).sensitivity).toBe('personal');
  });
});

describe("given names in a short message typed in lower case (the metamorphic bench's lower-case shape)", () => {
  it('reads a lone given name in a short message typed in lower case, as it reads it capitalised', () => {
    for (const note of [
      'please send the signed invoices to bethany by friday.',
      'puoi dire a giulia di richiamarmi dopo pranzo?',
      'qui peut remplacer théo samedi matin ?',
    ])
      expect(classifyText(note).sensitivity, note).toBe('personal');
  });

  it("reads a given name alone where the message's language has no such word in its dictionary (2.42.0)", () => {
    for (const note of [
      'kannst du jonas sagen, dass das meeting morgen ausfällt?',
      'hej, kan du säga till nils att bilen är klar imorgon',
      'heute hat lena angerufen, sie braucht den schlüssel',
      // Given names the lists leave out as words somewhere ("mia" is Italian, "nina" Spanish), where the message's
      // language has no such word.
      'mia ist ab nächster woche drei wochen in elternzeit, vertretung macht das team.',
      'nina hat morgen spätdienst, bitte die übergabe für sie vorbereiten.',
    ])
      expect(classifyText(note).sensitivity, note).toBe('personal');
    // The same spelling as a word of the message's language is no one: Dutch "te leen" (to lend), Swedish "din"
    // (your), Italian "consiglia" (advises), English "rose", "mark" and "will".
    for (const note of [
      'hoi buren! wie heeft er toevallig een aanhanger te leen voor zaterdag?',
      'din beställning har skickats och levereras inom tre dagar',
      'consiglia di utilizzare il prodotto entro la data indicata sulla confezione',
      'reminder: pick up rose bushes from the garden centre on saturday',
      'mark the date: the christmas market opens on saturday at noon',
      'will the meeting start at nine or at ten? please confirm',
      'la mia casa è in vendita, tre locali con giardino.',
      'wir fliegen im mai nach paris und bleiben eine woche.',
      'may we remind you to bring your badge on monday.',
      'ella vive en madrid desde 2019 y trabaja en una librería.',
    ])
      expect(classifyText(note).sensitivity, note).toBe('public');
  });

  it("not a given name in a list of titles and makers, nor a storm named so, nor a field's value or an author credited", () => {
    expect(classifyText('customer: bright dental ltd (account 10442)\nissue: printer offline').sensitivity).toBe('public');
    expect(
      classifyText(
        'road trip playlist\n\nhey jude – the beatles\nhello – adele\nsweet caroline – neil diamond\nlayla – derek and the dominos\n',
      ).sensitivity,
    ).toBe('public');
    expect(classifyText('tief zoltan bringt am sonntag regen und sturm, am montag wird es wieder freundlich').sensitivity).toBe(
      'public',
    );
    // A public notice's author credited in lower case ("de michael ende") reads as it reads capitalised.
    expect(
      classifyText(
        'biblioteca pública municipal – club de lectura juvenil. lectura del mes: «momo», de michael ende. reunión el martes 16 de diciembre a las 18:00 en la sala infantil. inscripción gratuita en el mostrador de préstamo.',
      ).sensitivity,
    ).toBe('public');
  });
});

describe("identifiers typed in lower case (the metamorphic bench's lower-case shape, 2.41.0)", () => {
  it('reads an IBAN typed in lower case after a transfer asked for, and up to its last group before a one-letter word', () => {
    const found = (text: string) => classifyText(text).findings.map((f) => f.type);
    expect(
      found('hazme la transferencia de los 180 € a esta cuenta: es98 2038 5778 9830 0076 0236 y el sábado te lo llevo.'),
    ).toContain('iban');
    expect(found('hi, the rent for december is due on the 1st. please transfer it to nl68 rabo 0372 7194 88, thanks')).toContain(
      'iban',
    );
    expect(found('se non hai contanti mandameli con un bonifico su nl68 rabo 0372 7194 88, tanto')).toContain('iban');
    // Without an account's or a transfer's word it may be anything typed in lower case: a log's, a hash's.
    expect(found('build nl68rabo0372719488 deployed to staging at 10:14')).not.toContain('iban');
  });

  it("reads a document's number typed in lower case after its label's colon, one word with four digits or more", () => {
    const found = (text: string) => classifyText(text).findings.map((f) => f.type);
    expect(found('aanvraag visumondersteuning\n\npaspoortnummer: nw1234567\nreisdatum: 12 januari 2027')).toContain(
      'identity-document:passport',
    );
    expect(found('passport photos since 2019 are in the shared folder')).toEqual([]);
    expect(found('passport: renewal form attached, see page two')).toEqual([]);
  });

  it('reads a UK national insurance number typed in lower case beside its words only', () => {
    const found = (text: string) => classifyText(text).findings.map((f) => f.type);
    expect(found('caller asked about a refund. national insurance number: cx 84 70 11 c')).toContain('national-id:uk-nino');
    expect(found('caller asked about a refund. reference: cx 84 70 11 c')).not.toContain('national-id:uk-nino');
  });
});

describe('what holdout-786 found after its first run: a public calling one is appointed to', () => {
  const chair =
    'Nieuwe hoogleraar klimaatrecht in Utrecht\n\nDe Universiteit Utrecht heeft mr. dr. Femke van Loon benoemd tot hoogleraar klimaatrecht. Van Loon was eerder universitair hoofddocent in Tilburg.\n\nZij houdt haar oratie op 4 juni in het Academiegebouw.\n';

  it('reads an appointment to a public calling as a public occasion, a surname that is a wage\'s word as a name, the Dutch "mr." as a degree', () => {
    expect(classifyText(chair).sensitivity).toBe('public');
  });

  it("reads a council's news whose councillor and group leader are reported speaking by a quotation or 'secondo cui'", () => {
    const council =
      "Bologna, via libera al nuovo piano per il traffico\n\nIl consiglio comunale ha approvato ieri sera il piano. L'assessora alla mobilità Valentina Orsi ha parlato di «una svolta per la qualità dell'aria».\n\nCritico il capogruppo dell'opposizione Stefano Galli, secondo cui il piano penalizza i commercianti.\n";
    expect(classifyText(council).sensitivity).toBe('public');
    // Someone with no calling, told of by the one who speaks, stays someone.
    expect(
      classifyText(
        'Aggiornamento del team\n\nLa responsabile di progetto Anna Bianchi ha parlato di «un ritardo di due settimane». Secondo lei Marco Neri resterà a casa fino a venerdì.',
      ).sensitivity,
    ).toBe('personal');
  });

  it("reads a court's case in a news headline where everyone named is in capacity, not a grievance's or a worker's case", () => {
    expect(
      classifyText(
        'Supreme Court rules against airline in refund case\n\nThe Supreme Court ruled that SkyBridge must refund passengers. Giving the leading judgment, Lady Justice Hamilton said the terms could not override consumer law.',
      ).sensitivity,
    ).toBe('public');
    expect(
      classifyText(
        'Grievance outcome\n\nHR director Sarah Lee said the grievance raised by finance director Graham Okoye was not upheld.',
      ).sensitivity,
    ).toBe('personal');
    expect(
      classifyText(
        'Court case update\n\nOur lawyer Mark Hill said the employment tribunal will hear the case of warehouse worker Peter Hall on 3 May.',
      ).sensitivity,
    ).toBe('personal');
  });

  it('not an appointment to a post no public calling names, nor one whose pay is told', () => {
    expect(classifyText(chair.replace('benoemd tot hoogleraar klimaatrecht', 'benoemd tot teamleider inkoop')).sensitivity).toBe(
      'personal',
    );
    expect(classifyText(chair.replace('Zij houdt haar oratie', 'Haar loon stijgt')).sensitivity).toBe('personal');
    expect(
      classifyText(
        'Appointment of new team assistant\n\nHR has appointed Anna Weber as team assistant from 1 March. Anna will sit in room 4.',
      ).sensitivity,
    ).toBe('personal');
  });
});

describe('what holdout-789 found: people a care, school or case record names by initials, a bed or a number (2.43.0)', () => {
  it('reads initials opening a record entry with its bed or room, where the entry tells of a special category', () => {
    expect(level('Night report\n\nRm 3 (D.H.): restless, PRN lorazepam 0.5 mg given at 02:45.\nRm 8 (M.O.): slept well.')).toBe(
      'special',
    );
    expect(level('Consegne\n\nLetto 4, G.F.: dispnea notturna, avviato O2 2 l/min.')).toBe('special');
    expect(level('Pflegebericht\n\nE.K. (Zi. 12): BZ 312 mg/dl, Insulin 6 IE gespritzt.')).toBe('special');
    expect(level('Passagem de turno\n\nCama 6 – Sr. A.S.: pós-operatório de prótese da anca, dor controlada.')).toBe('special');
    // Initials alone before the entry's colon, opening the line.
    expect(level('J.M.: complained of chest pain at 03:00, GP informed.')).toBe('special');
  });

  it("not an entry that tells of no special category, nor an abbreviation's dots, nor initials inside a sentence's line", () => {
    expect(level('Ward 4 rota\n\nRm 3 (D.H.): windows and floor\nRm 5 (E.W.): bins')).toBe('public');
    expect(level('I.C.U.: 12 beds, each with a ventilator and dialysis.')).toBe('public');
    expect(level('N.B.: paracetamol 1 g Q.D.S., no more than 4 g in 24 hours.')).toBe('public');
    expect(level('Bed 12: reserved for isolation of patients with C. difficile.')).toBe('public');
    expect(level('U.S.: measles cases rise to 1,200, the highest since 1992.')).toBe('public');
    expect(level('Rm 205: mental health awareness workshop, 13:00–16:00 (A.B. Training Ltd).')).toBe('public');
  });

  it("reads one person by a role's word and initials where their sentence or the next tells of a special category", () => {
    expect(level('Cliënt B.K. had vanmiddag een epileptische aanval van ongeveer 2 minuten.')).toBe('special');
    expect(level('Cliënt S.v.D. weigerde opnieuw de avondmedicatie (risperidon).')).toBe('special');
    expect(level('Year 5 – pupil L.T. has an ADHD diagnosis; please allow movement breaks.')).toBe('special');
    // One alone with no special category stays an abbreviation, as before ("il dipendente P.A.").
    expect(level('Il dipendente P.A. deve presentare la domanda entro il 30 giugno.')).toBe('public');
    expect(level('Every patient I.D. band must show any allergies.')).toBe('public');
  });

  it('reads a client or a patient by their number where their sentence or the next tells of a special category', () => {
    expect(level('Patiënt 4471, vandaag gezien op het spreekuur. Hij heeft al weken last van kortademigheid en angst.')).toBe(
      'special',
    );
    expect(level('Client 2231 disclosed a bipolar disorder during intake.')).toBe('special');
    // A count, a year or a share after the role's word is no one's number.
    expect(level('Patients 42 % reported less pain after the new physiotherapy programme.')).toBe('public');
    expect(level('Client 3 of 5 in the survey said the diabetes clinic was hard to reach.')).toBe('public');
    expect(level('Patient 2026 survey: waiting times for cancer care fell.')).toBe('public');
  });

  it('reads an employee, a client or a customer by an id of four digits or more after their word, not a count or a year', () => {
    expect(level('Employee 40213 was late three times in March; a written warning was issued on 2 April.')).toBe('personal');
    expect(level('Kunde 884213 hat erneut angerufen und droht mit Kündigung.')).toBe('personal');
    expect(level('2026-11-30 09:14:05 INFO OrderService - order 88121 created for customer 40418')).toBe('personal');
    expect(level('Customer 360 view launches in May.')).toBe('public');
    expect(level('Kunde 1 von 3 bewertet uns mit 5 Sternen.')).toBe('public');
    expect(level('Mitarbeiter 250, Umsatz 40 Mio. Euro, Standorte 3.')).toBe('public');
  });

  it('reads someone by the room or the bed they are in where that sentence tells of a special category', () => {
    expect(level('Frau im Zimmer 12 hat nachts gestürzt, Platzwunde am Kopf, Hausarzt informiert.')).toBe('special');
    expect(level('Zimmer 7: Bewohnerin hat das Frühstück verweigert, Blutzucker 280 mg/dl, Insulin nach Schema gespritzt.')).toBe(
      'special',
    );
    expect(
      level('The guest in room 214 fainted at breakfast; the ambulance took him to hospital with a suspected heart attack.'),
    ).toBe('special');
    expect(level('Meneer op kamer 8 is vannacht gevallen en heeft pijn in zijn heup.')).toBe('special');
    // Not a notice to everyone in some rooms, nor a room's use.
    expect(level('Guests in room 12 and above: the sauna is closed; the spa offers massages for back pain.')).toBe('public');
    expect(level('Besucher im Zimmer 3 werden gebeten, bei Erkältung eine Maske zu tragen.')).toBe('public');
    expect(level('The patient in bed 1 is always the one nearest the window. Ask before feeding a patient with diabetes.')).toBe(
      'public',
    );
  });

  it("what holdout-790's first run found: a patient's short word, a role on a record's line, a child's initials that are a country's code", () => {
    expect(level('Session notes\n\nPt. R.K., 3rd session, 26/11: still limping after walking; swelling reduced.')).toBe(
      'special',
    );
    expect(level('Diario\n\nOspite C.M. (camera 14): lesione da pressione al tallone, medicazione eseguita.')).toBe('special');
    expect(level('Kind E.S. (Gruppe Igel) ist vom Klettergerüst gefallen und hat sich eine Platzwunde zugezogen.')).toBe(
      'special',
    );
    expect(level('Mieszkanka pokoju 5 w nocy skarżyła się na ból w klatce piersiowej.')).toBe('special');
    expect(level('Absence log\n\nEmployee 20877 – 12 days, stress-related, fit note until 15/12')).toBe('special');
    // The same words with no one: a leaflet's exercise, a charter's rooms.
    expect(level('Knee exercises after surgery: swelling is normal for up to three months.')).toBe('public');
    expect(level('Le camere 1–30 accolgono ospiti con demenza; il medico è presente dal lunedì al venerdì.')).toBe('public');
  });

  it("reads the writer's own contract or account by its number, as the reader's was", () => {
    expect(level('Sehr geehrte Damen und Herren, hiermit kündige ich meinen Mitgliedsvertrag Nr. 88213 fristgerecht.')).toBe(
      'personal',
    );
    expect(level('Please close my savings account no. 40412871 and send the balance to my new bank.')).toBe('personal');
    expect(level('Je souhaite résilier mon contrat n° 4471902 à compter du 31 décembre.')).toBe('personal');
    // Not a thing's number, nor Polish "ma" (has).
    expect(level('My order no. 4471902 has not arrived yet.')).toBe('public');
    expect(level('Firma ma umowę nr 445566 z miastem na odbiór odpadów.')).toBe('public');
  });

  it("what holdout-794's first run found: a member, an athlete, a client by a file's number, an account's holder, a cared-for person's age", () => {
    expect(level("Adhérent n° 40 771 253 : demande de prise en charge d'une prothèse auditive, ordonnance ORL jointe.")).toBe(
      'special',
    );
    expect(
      level('15/11: atleta M.R. (tesserino 2211) distorsione della caviglia sinistra, accompagnata al pronto soccorso.'),
    ).toBe('special');
    expect(level('Cliente habitual (ficha 3318) pediu antecipar a medicação para a diabetes.')).toBe('special');
    expect(
      level(
        'Notas de recobro – cuenta 0049-7712-55\n\n24/11 10:32 Llamada al titular: indica que está de baja por una depresión.',
      ),
    ).toBe('special');
    expect(level('Podopieczny lat 84, mieszka sam. Podczas wizyty zgłaszał zawroty głowy.')).toBe('special');
    // A club's rules on members and injuries, an account's number on an invoice: no one.
    expect(level("In caso di infortunio l'istruttore compila il registro; l'associazione assicura gli atleti tesserati.")).toBe(
      'public',
    );
    expect(level('Factura 2026-118\nPago por transferencia a la cuenta 0049 7712 5500 1234 5678.')).toBe('public');
  });

  it("what holdout-795's first run found: a ward by a court's reference, a resident by a care home's code, a pupil by a file's number after the class", () => {
    expect(
      level(
        'Aktenvermerk\n\nBetreute Person (Az. XVII 412/25): Besuch im Pflegeheim am 20.11. Rücksprache wegen Anpassung der Medikation.',
      ),
    ).toBe('special');
    expect(level('Scheda di ammissione\n\nCod. ospite 2026-0188, camera 22\nDiagnosi: malattia di Parkinson.')).toBe('special');
    expect(level('Leerling groep 6 (dossiernr. 118) vertelde vandaag dat papa haar heeft geslagen. Zichtbaar blauwe plek.')).toBe(
      'special',
    );
    // "I am confused about the invoice" is no one's health.
    expect(level('Ich bin etwas verwirrt über die Rechnung, können Sie mir helfen?')).toBe('public');
  });

  it('reads one person a dated note describes, not a rule, a right, a leaflet or news about anyone', () => {
    expect(level('EAP referral\n\nReferred on 19/11. Staff member has had three absences and disclosed panic attacks.')).toBe(
      'special',
    );
    expect(level("Infirmerie, passage du 21/11\n\nÉlève de 4e B, 10h15 : crise d'angoisse en cours de maths.")).toBe('special');
    expect(level('25/11: Colleague in accounts asked for days off for Yom Kippur.')).toBe('special');
    expect(level('26/11 – El alumno de 3.º B llegó con fiebre y vómitos, avisamos a la familia.')).toBe('special');
    expect(level("From 01.09.2026: the pupil brings a doctor's note after three days of illness.")).toBe('public');
    expect(level('Aggiornato al 10/11/2026: il paziente porta la tessera sanitaria e l’elenco dei farmaci.')).toBe('public');
    expect(level('Stand 01.01.2027: Der Mitarbeiter meldet sich am ersten Krankheitstag bei der Führungskraft.')).toBe('public');
    expect(level('12.11.2026 – A resident of the town died of a heart attack during the marathon, organisers said.')).toBe(
      'public',
    );
    expect(level('Karta Praw Pacjenta (2026): Pacjent ma prawo do informacji o swoim stanie zdrowia.')).toBe('public');
    expect(level('Report 2025, 01.02.2026: The employee assistance programme was used 212 times, mainly for counselling.')).toBe(
      'public',
    );
  });

  it("what holdout-796's first run found: a colleague in the eight languages, a new one, a client who said; not an outbreak's index patient", () => {
    expect(level('Notiz Teamleitung, 26.11.\n\nDer neue Kollege im Lager hat heute erzählt, dass er Diabetiker ist.')).toBe(
      'special',
    );
    expect(level('Nota interna RH – 24/11\n\nO colaborador do armazém informou hoje que vai ser operado à coluna.')).toBe(
      'special',
    );
    expect(level('Home visit note – 27/11, 14:20\n\nClient said her knee has been swelling again since Tuesday.')).toBe(
      'special',
    );
    expect(level("Bulletin du 23/11 : le patient index du foyer de légionellose signalé le 12/11 est sorti de l'hôpital.")).toBe(
      'public',
    );
    expect(
      level('14/11/2026 – A pupil at Greenfield Primary was taken to hospital after falling; the school said he is recovering.'),
    ).toBe('public');
  });

  it('not a described person in a circular, a letter to all parents or the news, whatever their date', () => {
    expect(level('Elternbrief 12.11.2026: Der Schüler, der Fieber hat, bleibt bitte zu Hause, bis er fieberfrei ist.')).toBe(
      'public',
    );
    expect(level("Circulaire du 03/11/2026 : le salarié en arrêt maladie transmet son avis d'arrêt sous 48 heures.")).toBe(
      'public',
    );
    expect(
      level('Wiadomości 23.11: pacjent, u którego wszczepiono nowy rozrusznik, czuje się dobrze – poinformował szpital.'),
    ).toBe('public');
  });

  it('reads a record entry and a sentence the same where lines are wrapped at 72 columns (the metamorphic bench)', () => {
    expect(
      level(
        'Session notes\n\nPt. R.K., 3rd session, 26/11: left knee ROM flexion 95° (from 80°). Still\nlimping after walking; swelling reduced.\n',
      ),
    ).toBe('special');
    expect(
      level('23h50 : le client de la chambre 312 signale un malaise de son épouse\n(douleurs thoraciques). SAMU appelé.'),
    ).toBe('special');
    // The next entry's line is not the one before's: "Rm 8" tells nothing special of D.H.
    expect(level('Night report\n\nRm 3 (D.H.): no concerns\nRm 8: bins emptied, pain au chocolat for breakfast\n')).toBe(
      'public',
    );
    expect(level('Notatka służbowa\n\nDozorowany nr 2026/44 stawił się na spotkanie 20.11.')).toBe('personal');
  });

  it("what holdout-792's first run found: a staff number beside the employer's name, the staff word before a label's colon", () => {
    expect(
      level(
        'ATTESTATION\n\nJe soussignée, directrice des ressources humaines de la société Ateliers Marnais SAS, atteste que le salarié matricule 10877 est employé en CDI depuis 2019.',
      ),
    ).toBe('personal');
    expect(level('Proszę o udzielenie mi urlopu w dniach 22.12–02.01. Nr ewidencyjny pracownika: 3318.')).toBe('personal');
    expect(level('De bewoner van nummer 17 meldt opnieuw geluidsoverlast van de buren.')).toBe('personal');
    // A customer's number under a company's name stays the company's.
    expect(level('Bäckerei Brunner OHG\nKundennummer: 44718\nLieferung am Montag.')).toBe('public');
  });

  it('reads the above-named person of a certificate or a form, not an above-named company or the points above', () => {
    expect(level('To whom it may concern: the above named has been unfit for work due to gastroenteritis.')).toBe('special');
    expect(level('Der Obengenannte ist vom 3. bis 10. November arbeitsunfähig.')).toBe('special');
    expect(level('Zaświadcza się, że wyżej wymieniona przebywała na zwolnieniu lekarskim.')).toBe('special');
    expect(level('The above-named company has complied with all tax obligations.')).toBe('public');
    expect(level('Bitte prüfen Sie die oben genannten Punkte bis Freitag.')).toBe('public');
  });

  it("what holdout-791's first run found: a trial's subject by number, a pupil's initials after the class", () => {
    expect(
      level('SAE summary\n\nSite 014, subject 014-0031: grade 3 febrile neutropenia, hospitalised for IV antibiotics.'),
    ).toBe('special');
    expect(level('Prüfzentrum 03, Proband 03-112: am 14.11. Synkope beim Treppensteigen, stationäre Aufnahme.')).toBe('special');
    expect(level('Aluna do 6.º C, T.M., desmaiou na aula de Educação Física; referiu que é diabética.')).toBe('special');
    // A template's format, a year's, and a subject's number with no health told.
    expect(level('Each adverse event is recorded with the subject number (format SSS-NNNN) and its severity grade.')).toBe(
      'public',
    );
    expect(level('Subject 2026-11: board minutes on the new hospital wing.')).toBe('public');
    expect(level('Site 014, subject 014-0031: visit 3 completed, questionnaires collected.')).toBe('public');
  });

  it("reads the tenant, the owner or the occupier of one flat by its number, not a lease's tenant of any flat", () => {
    expect(level('Der Mieter der Wohnung 3 links ist seit August mit der Miete im Rückstand.')).toBe('personal');
    expect(level('Der Eigentümer der Wohnung 5 hat die Hausgeldzahlung eingestellt.')).toBe('personal');
    expect(level('The tenant of flat 4B says he lost his job and cannot pay this month.')).toBe('personal');
    expect(level('The tenant of the apartment must pay the rent by the 3rd of each month.')).toBe('public');
    expect(level('Units 1 to 12: tenants must keep stairwells clear.')).toBe('public');
  });

  it('reads chest pain, breathlessness and a hospital admission in the Nordic languages', () => {
    expect(level('Brukare L.N., 2026-11-18: L.N. hade svårt att andas och klagade över bröstsmärta.')).toBe('special');
  });

  it('reads banks named after their founders as companies ("J.P. Morgan raised its target")', () => {
    expect(level('J.P. Morgan raised its target for the drug maker; Goldman Sachs and Morgan Stanley cut theirs.')).toBe(
      'public',
    );
  });
});

describe('what the general sample and the transcripts found (2.44.0)', () => {
  /**
   * Each text file of a labeled set read as its label says: special where labeled so, personal or not as labeled; a
   * special file `personalOnly` names (file → why) read personal, its special category not read.
   */
  const readAsLabeled = (set: string, personalOnly: Record<string, string> = {}) => {
    const dir = join(import.meta.dirname, '../../bench', set);
    for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').trim().split('\n')) {
      const { file, sensitivity } = JSON.parse(line) as { file: string; sensitivity: string };
      const found = level(readFileSync(join(dir, file), 'utf8'));
      const special = sensitivity === 'special' && !(file in personalOnly);
      expect(special ? found : isPersonal(found), `${set}/${file}`).toBe(
        special ? 'special' : sensitivity === 'personal' || sensitivity === 'special',
      );
    }
  };

  it("what holdout-797's and -798's first runs found: a shop's customer service, a product's reference, a results call, a fall", () => {
    // A shop's product page: its reference beside a barcode and its customer service are no customer's.
    expect(level('Réf. BK-1700-IX · EAN 3760123456781\nPrix : 39,90 €\nService client : 04 78 00 12 34')).toBe('public');
    expect(level('Dossier n° 2026-44718\nLe client nous a signalé un problème de santé.')).toBe('personal');
    // A listed company's results call: the executives named in their office, one thanked by first name.
    const call = [
      'Transcription – conférence téléphonique résultats T3 2026 – Groupe Vallerand SA',
      '',
      'Opérateur : Bienvenue. Je passe la parole à M. Étienne Vallerand, président-directeur général.',
      "Étienne Vallerand : Merci. Le chiffre d'affaires atteint 1,42 milliard d'euros.",
      'Notre directrice financière, Mme Claire Dubosc, va détailler les chiffres.',
      'Claire Dubosc : Merci Étienne. Le flux de trésorerie disponible est de 184 millions.',
    ].join('\n');
    expect(level(call)).toBe('public');
    // Not a call whose operator hands over to someone in no office, nor an internal call about a colleague's illness.
    expect(level(call.replace('Notre directrice financière, Mme', 'Ma voisine, Mme'))).toBe('personal');
    expect(level(`${call}\nClaire Dubosc : Je serai absente, je suis en arrêt maladie pour une dépression.`)).toBe('special');
    // A fall someone had, not a price's.
    expect(level("caller: it's margaret o'sullivan\ncaller: i've had a fall so i couldn't get down to the meter")).toBe(
      'special',
    );
    expect(level('Shares had a fall of 3 % on Monday after the results.')).toBe('public');
  });

  it("what holdout-802's first run found: a roster by initials under a staff column, homes by their flat's side", () => {
    const roster = 'datum,dienst,medewerker\n2026-12-07,vroeg,JvdB\n2026-12-07,laat,SK\n2026-12-08,laat,AEl';
    expect(level(roster)).toBe('personal');
    // One code alone may be a team's; a department's column is no staff's.
    expect(level('datum,dienst,medewerker\n2026-12-07,vroeg,IT\n2026-12-08,vroeg,IT')).toBe('public');
    expect(level('datum,afdeling,taak\n2026-12-07,JvdB,SK')).toBe('public');
    // A flat's side after the house number is a home's; an office's floor or a company's address is not.
    expect(level('A leitura foi estimada para Rua das Flores 22, 3.º esq., 4050-262 Porto.')).toBe('personal');
    expect(level('Lieferadresse: Lindenweg 3, 2. OG links, 04109 Leipzig')).toBe('personal');
    expect(level('Gestoría López S.L., Calle Mayor 14, 2.º dcha., 28013 Madrid')).toBe('public');
    // Addresses under an address's column, their town in another.
    const meters = 'cpe,morada,codigo_postal,leitura\nPT0002000084126433RL,"Rua das Flores 22, 3.º esq.",4050-262,45118';
    expect(level(meters)).toBe('personal');
    expect(level('farmacia,indirizzo,orario\nFarmacia Centrale,Via Roma 12,8-20\nFarmacia Nuova,Corso Italia 4,9-19')).toBe(
      'public',
    );
  });

  it("what holdout-804's first run found: a colleague singled out as the only one, someone by their flat, a wrap before a noun", () => {
    expect(
      level("Il collega del magazzino ricambi, l'unico iscritto alla FIOM del reparto, viene escluso dagli straordinari."),
    ).toBe('special');
    expect(level('En tant que seule personne en fauteuil roulant du site, je passe par le quai.')).toBe('special');
    // Not a thing that is the only one, nor anyone who might be.
    expect(level('The only hospital in the region treats cancer patients.')).toBe('public');
    expect(level('If you are the only woman in the team and pregnant, talk to HR.')).toBe('public');
    expect(level('La usuaria que vive sola en el 4.º B del bloque 7 refiere dolores en la cadera.')).toBe('special');
    expect(level('The man who lives at number 17 asked about the bins.')).toBe('personal');
    expect(level('Whoever lives in a flat must register the address.')).toBe('public');
    // A German sentence wrapped before its noun goes on: the writer's apprentice told them of his depression.
    const wrapped =
      'Unser Azubi im zweiten Lehrjahr (Lager, Frühschicht) hat mir heute erzählt, dass er seit dem\nSommer wegen einer Depression in Behandlung ist.';
    expect(level(wrapped)).toBe('special');
    // A programme's lines are no wrapped sentence ("Mi" is Wednesday there).
    expect(
      level('So 06.12., 10 Uhr: Gottesdienst zum 2. Advent mit Kinderchor\nMi 09.12., 15 Uhr: Seniorenadvent im Gemeindehaus'),
    ).toBe('public');
  });

  it("what holdout-805's first run found: a pupil by class, a flat in Dutch order, a patient by their room, an hour alone", () => {
    expect(
      level('Uczeń z klasy 6b od tygodnia płacze na przerwach. Mama powiedziała, że chłopiec ma stany lękowe po wojnie.'),
    ).toBe('special');
    // Not a notice to every parent.
    expect(level('A pupil in 2B has head lice. Please check your child’s hair tonight.')).toBe('public');
    expect(level('De meneer die op nummer 23 in de Lindenlaan woont, heeft de huur niet betaald.')).toBe('personal');
    expect(
      level(
        'Passagem de turno\n\nO senhor que está sozinho no quarto do fundo do corredor recusou a medicação das 22h. Está desorientado.',
      ),
    ).toBe('special');
    expect(level('Nota: o doente recusou a medicação das 22h.')).toBe('special');
    expect(level('Le patient doit prendre ses médicaments à 8h.')).toBe('public');
  });

  it("what holdout-807's first run found: one a dated record's heading heads is the one it describes, by 'a' or 'our' too", () => {
    expect(
      level('Duty manager log – Sat 28 Nov\n\n23:40 – Guest in 412 called reception: chest pains and short of breath.'),
    ).toBe('special');
    expect(
      level(
        'Protokollnotiz Vorstand, 26.11.2026\n\nUnser Torwart der ersten Mannschaft fällt bis März aus. Er ist derzeit krankgeschrieben.',
      ),
    ).toBe('special');
    expect(
      level(
        'Incidentformulier sportschool – 30-11-2026, 19:15\n\nEen lid werd onwel tijdens de les. Lid gaf aan dat hij hartpatiënt is.',
      ),
    ).toBe('special');
    // A French reflexive "se" is no Italian "if"; a street's abbreviation ends no sentence.
    expect(
      level(
        'Note conseiller, 30/11/2026\n\nLa cliente de 82 ans est venue ce matin : elle ne se souvient plus de son code, elle semble désorientée.',
      ),
    ).toBe('special');
    expect(
      level(
        'Notatka dzielnicowego – 28.11.2026\n\nMieszkaniec parteru przy ul. Lipowej 4 zgłaszał, że ktoś chodzi po mieszkaniu. Sprawia wrażenie zdezorientowanego.',
      ),
    ).toBe('special');
    // News of an unnamed driver, and a notice to anyone under a dated heading, are no one's record.
    expect(
      level(
        'Incident update – A614 collision\n\nOfficers are appealing for witnesses. At 07:15 on Tuesday the driver of a silver hatchback was taken to hospital with injuries.',
      ),
    ).toBe('public');
    expect(level('Gym notes – 30 Nov\n\nA member who feels unwell must stop and tell the instructor.')).toBe('public');
  });

  it("what holdout-808's first run found: a Portuguese pronoun joined by a hyphen, a wound in a part; not a fire brigade's report", () => {
    expect(level('Registo de ocorrências – 27/11/2026\n\n10h15 – O aluno queixou-se de dores de barriga e vomitou.')).toBe(
      'special',
    );
    expect(level('Parte diario de obra – 26/11/2026\n\nUn operario sufrió un corte leve en la mano.')).toBe('special');
    expect(
      level(
        'Einsatzbericht Feuerwehr Lindau – 29.11.2026\n\nEin Bewohner wurde mit Verdacht auf Rauchgasvergiftung ins Krankenhaus gebracht.',
      ),
    ).toBe('public');
  });

  it("what holdout-809's first run found: one of a group, a participant; not a release's notes, a list's next item, the Magi", () => {
    expect(level('Dziennik budowy – 26.11.2026\n\nJeden z pracowników podwykonawcy skręcił kostkę na rusztowaniu.')).toBe(
      'special',
    );
    expect(level('Journal de bord – randonnée du club, 22/11/2026\n\nUn participant a fait une chute dans la descente.')).toBe(
      'special',
    );
    expect(
      level(
        'Release notes – Ledgerly 4.13 (30 Nov 2026)\n\n- A member of the finance team reported that exports failed.\n- Sick-leave balances now round to half days.',
      ),
    ).toBe('public');
    expect(
      level(
        'Weekly notes – 30 Nov 2026\n\n- A member of the finance team reported a broken printer.\n- Sick-leave policy updated.',
      ),
    ).toBe('public');
    expect(level('Acta – 24/11/2026\n\nSe aprueba el presupuesto de la cabalgata de Reyes.')).toBe('public');
  });

  it('reads a dated record below other matter: its heading right above the paragraph, its sentence in its own language', () => {
    const filler = `${'Controleer regelmatig de bandenspanning en smeer de ketting na een natte rit.\n\n'.repeat(40)}`;
    const note =
      'Dziennik budowy – 26.11.2026\n\nPogoda: deszcz, nie pracowano na dachu. Jeden z pracowników podwykonawcy skręcił kostkę na rusztowaniu i został odwieziony do szpitala.';
    expect(level(`${filler}${note}`)).toBe('special');
    const log = 'Duty manager log – Sat 28 Nov\n\n23:40 – Guest in 412 called reception: chest pains and short of breath.';
    expect(level(`${filler}${log}`)).toBe('special');
  });

  it("what holdout-810's first run found: a child, a swimmer, an adjective before the role, 'al', a German compound's note", () => {
    expect(
      level('Beobachtungsnotiz Kita, Gruppe Igel – 30.11.2026\n\nDas jüngste Kind der Gruppe hatte heute zwei Krampfanfälle.'),
    ).toBe('special');
    expect(level('Logboek zwembad – za 28 nov\n\nEen vaste zwemmer van de baantjesgroep had een epileptische aanval.')).toBe(
      'special',
    );
    expect(level('Relatório de turno – 25/11/2026\n\nA utente mais velha da ala B tem febre desde a tarde.')).toBe('special');
    expect(level('Nota del comedor – 27/11/2026\n\nAl niño nuevo de 2.º C le dio una reacción alérgica al postre.')).toBe(
      'special',
    );
    // An adjective before the role counts only under a record's heading: a dated rule about any such child does not.
    expect(level('Ab 01.12.2026: Das kranke Kind bleibt zu Hause.')).toBe('public');
    // A dose of the day's treatment, not data's processing; one of a group and a part hurt across a wrapped line.
    expect(
      level('Registre des événements – 29/11/2026\n\nLa résidente de la chambre du fond a refusé son traitement du soir.'),
    ).toBe('special');
    expect(level('Le traitement des données personnelles est décrit ci-dessous.')).toBe('public');
    expect(
      level('Dziennik budowy – 26.11.2026\n\nPogoda: deszcz. Jeden z\npracowników podwykonawcy skręcił\nkostkę na rusztowaniu.'),
    ).toBe('special');
  });

  it("reads Lithuanian surnames by their endings (holdout-801's first run)", () => {
    expect(level('PRAŠYMAS\n\nAš, Rūta Petrauskienė, gyvenanti Žirmūnų g. 45-12, Vilniuje, prašau skirti pašalpą.')).toBe(
      'personal',
    );
    expect(surnameLike('kazlauskaite')).toBe(true);
    expect(surnameLike('stankevicius')).toBe(true);
    expect(surnameLike('diena')).toBe(false);
    expect(surnameLike('higiene')).toBe(false);
    expect(surnameLike('stambyte')).toBe(false);
  });

  it('reads a message about one person its readers know: a mail, a greeting, a chat (holdout-812, -815, -816)', () => {
    // A mail's subject, a greeting, a chat whose speaker opens two lines: the one described is one person.
    expect(
      level('Onderwerp: begeleiding\n\nHoi team,\n\nZoals besproken heeft onze stagiair van de afdeling communicatie autisme.'),
    ).toBe('special');
    expect(
      level('Temat: kierowca\n\nDzień dobry,\ninformuję, że nasz kierowca z nocnej zmiany należy do związku zawodowego.'),
    ).toBe('special');
    expect(
      level(
        '[21:03] Presidenta: Os cuento que la vecina del tercero ya ha vuelto del hospital después del ictus.\n[21:07] Presidenta: Gracias',
      ),
    ).toBe('special');
    // What a colon opens is what is told, not whom it is told to; a chat's turn ends at the next turn.
    expect(
      level(
        '[Mo 09:14] Teamleitung: Kurze Info an alle Vertretungen: der Kollege aus der Buchhaltung ist wegen eines Burnouts krankgeschrieben.\n[Mo 09:15] Teamleitung: Bitte übernehmt.',
      ),
    ).toBe('special');
    expect(
      level(
        '[07:55] Schichtleitung: unser Staplerfahrer aus Halle 2 hat sich die Schulter ausgekugelt\n[07:56] Schichtleitung: bitte Plan anpassen',
      ),
    ).toBe('special');
    // The same text with no message's shape, no date and no heading: no one the rules can point to.
    expect(level('Zoals besproken heeft onze stagiair van de afdeling communicatie autisme.')).toBe('public');
    // "A …" is a dated record's only: a letter to all parents writes of any child.
    expect(level('Liebe Eltern,\n\nein Kind der Gruppe hat Windpocken. Bitte achten Sie auf Ausschlag.')).toBe('public');
    // A programme's lines by their times are no chat ("21:45  Tatort: Der stille Gast").
    expect(
      level('Fernsehprogramm\n\n21:45  Tatort: Der stille Gast – Krimi\n23:35  Das Wort: spricht Pfarrerin Martina Lenz'),
    ).not.toBe('special');
  });

  it("reads a message's health words as the topic of a talk, a charity's name, goods or a workplace (holdout-815, -816)", () => {
    expect(
      level(
        'Subject: Lunchtime talk\n\nHi all,\n\nOur colleague from occupational health will give a short talk on diabetes prevention.',
      ),
    ).toBe('public');
    expect(
      level(
        'Subject: Charity run\n\nHello everyone,\n\nOur colleague in finance is running the Dublin Marathon for the Irish Cancer Society.',
      ),
    ).toBe('public');
    expect(level('Asunto: lunes\n\nHola equipo:\nel nuevo becario se incorpora el lunes al servicio de oncología.')).toBe(
      'public',
    );
    expect(
      level(
        '[10:15] Planning: onze chauffeur van route 12 levert de medicijnen om 14:00.\n[10:40] Planning: Hij is bij Amersfoort.',
      ),
    ).toBe('public');
    expect(
      level(
        'Temat: szkolenie\n\nDzień dobry,\nnasz pracownik z działu BHP przeprowadzi szkolenie z pierwszej pomocy, w tym postępowania przy\nzawale serca i udarze.',
      ),
    ).toBe('public');
    // Their own state, even with a workplace before it ("z magazynu jest hinduistą").
    expect(level('Temat: Wigilia\n\nCześć,\nnasz nowy kolega z magazynu jest hinduistą i nie je wołowiny.')).toBe('special');
    expect(level('Objet : archives\n\nBonjour,\n\nnotre collègue de la compta est enceinte de cinq mois.')).toBe('special');
  });

  it('reads a surname that is a term after a given name in a language that writes nouns in lower case (holdout-811)', () => {
    expect(
      level('Presentes: Inês Rebelo (gestão), Marta Quaresma (Finanças)\n\nMarta Quaresma valida o plano até sexta-feira.'),
    ).toBe('personal');
    // A quote's desk is no one's mailbox.
    expect(level('Contact : service commercial, devis@menuiseries-du-val.fr')).toBe('public');
  });

  it("reads holdout-817's first run: office roles, a modal after the state, trials, a thesis, a paper's department, a delivery note", () => {
    expect(level('Asunto: baja\n\nBuenos días:\nnuestra administrativa de la sede de Vigo está de baja por depresión.')).toBe(
      'special',
    );
    expect(
      level('Onderwerp: rooster\n\nHallo allemaal,\n\nde nieuwe collega van de kassa is zwanger en mag niet meer zwaar tillen.'),
    ).toBe('special');
    // A modal before the state is still anyone's.
    expect(level('Onderwerp: beleid\n\nHallo allemaal,\n\nde nieuwe collega mag bij zwangerschap niet meer zwaar tillen.')).toBe(
      'public',
    );
    expect(
      level('Subject: Welcome\n\nHi all,\n\nOur new colleague in the oncology research team ran clinical trials on lung cancer.'),
    ).toBe('public');
    expect(
      level(
        "Objet : formation\n\nBonjour à tous,\n\nnotre collègue infirmière animera une formation sur les gestes d'urgence en cas d'AVC.",
      ),
    ).toBe('public');
    expect(
      level(
        'Università di Bologna – Corso di Laurea in Ostetricia\n\nLA DEPRESSIONE POST-PARTUM\n\nTesi di laurea di: Giulia Neri\nRelatore: Prof. Marco Sala',
      ),
    ).toBe('public');
    expect(
      level(
        "Outcomes after hip fracture\nSarah O'Connell, David Byrne – Department of Geriatric Medicine, St James's Hospital\n\nAbstract\nWe reviewed 412 patients.",
      ),
    ).toBe('public');
    expect(
      level('DELIVERY NOTE  DN-2026-11-0932\n\nFrom: Atlantic Packaging Ltd\nTo: Green Valley Foods Ltd\n\nYour PO: GV-44120'),
    ).toBe('public');
  });

  it("reads holdout-819's first run: a role offering a health service is no one's state; kitchen and warehouse roles", () => {
    expect(
      level(
        'Dear customers,\n\nthis winter our pharmacist offers free checks. Our nurse will also give flu jabs from 1 October.',
      ),
    ).toBe('public');
    expect(
      level(
        'Szanowni Państwo,\n\nnasza pielęgniarka środowiskowa zaprasza seniorów na bezpłatne badanie poziomu cholesterolu w piątek.',
      ),
    ).toBe('public');
    expect(
      level('Ciao a tutti,\n\nil nuovo magazziniere è iscritto alla CGIL e ha chiesto la trattenuta della quota sindacale.'),
    ).toBe('special');
    expect(
      level('Asunto: turnos\n\nHola:\nla cocinera del turno de tarde tiene diabetes y necesita una pausa a las 17:00.'),
    ).toBe('special');
  });

  it("reads holdout-820's first run: a department signs; a guy, a girl, a young apprentice; a relative clause singles out", () => {
    expect(level('Asunto: comedor\n\nHola a todos:\nel menú cambia.\n\nUn saludo,\nServicios Generales')).toBe('public');
    expect(level('Assunto: cantina\n\nOlá a todos,\no menu muda.\n\nObrigado,\nServiços Sociais')).toBe('public');
    expect(level('Subject: Kitchen rota\n\nHi team,\n\nthe guy from IT who sits by the window has coeliac disease.')).toBe(
      'special',
    );
    // The state inside the relative clause is anyone's so described.
    expect(level('Subject: Trip\n\nHi team,\n\nthe pupil who has a nut allergy brings their own snacks.')).toBe('public');
    expect(
      level('Oggetto: turni\n\nCiao,\nla ragazza del bar al piano terra è incinta e non farà più i turni di chiusura.'),
    ).toBe('special');
    expect(level('Objet : absence\n\nBonjour,\n\nle jeune en alternance est en arrêt maladie pour une mononucléose.')).toBe(
      'special',
    );
    expect(
      level(
        '[12:01] Empfang: Die Dame aus Zimmer 12 ist im Bad gestürzt, der Notarzt ist unterwegs\n[12:02] Empfang: ich bleibe bei ihr',
      ),
    ).toBe('special');
    expect(level('Assunto: limpeza\n\nBom dia,\na senhora da limpeza do 2.º piso está a fazer quimioterapia.')).toBe('special');
    expect(
      level("Onderwerp: terug\n\nBeste collega's,\n\nonze receptioniste is na haar hernia-operatie weer aan het werk."),
    ).toBe('special');
    // Those with a condition as whom a service is for.
    expect(level('Assunto: cantina\n\nOlá a todos,\na nova cozinheira vai preparar refeições para diabéticos às quartas.')).toBe(
      'public',
    );
  });

  it('reads a message below other pages by its subject or greeting right above the paragraph', () => {
    const filler = `${'Controleer regelmatig de bandenspanning en smeer de ketting na een natte rit.\n\n'.repeat(40)}`;
    const mail =
      'Onderwerp: rooster\n\nHallo allemaal,\n\nde nieuwe collega van de kassa is zwanger en mag niet meer zwaar tillen.';
    expect(level(`${filler}${mail}`)).toBe('special');
    // The same paragraph with no subject or greeting above it is no message.
    expect(level(`${filler}de nieuwe collega van de kassa is zwanger en mag niet meer zwaar tillen.`)).toBe('public');
  });

  it('reads an alderwoman by her office and portfolio, the portfolio maybe on the next line (holdout-822)', () => {
    const news = (gap: string) =>
      `Gemeente Utrecht – nieuwsbericht\n\nNieuwe stalling open\nVanaf maandag kunnen fietsers stallen. Wethouder${gap}Mobiliteit Lotte Bakker opende de stalling.`;
    expect(level(news(' '))).toBe('public');
    expect(level(news('\n'))).toBe('public');
  });

  it("reads holdout-823's first run: a subject line's word, a business signing, coeliacs, an accountant", () => {
    expect(level('Oggetto: mensa\n\nCiao a tutti,\nda lunedì la mensa apre alle 12.\n\nGrazie')).toBe('public');
    expect(
      level('Onderwerp: levering\n\nHoi,\n\nde koerier brengt de insuline morgen pas na 14:00.\n\nGroet,\nApotheek De Brug'),
    ).toBe('public');
    expect(level('Oggetto: mensa\n\nCiao a tutti,\nil cuoco della mensa prepara anche un piatto per celiaci ogni giorno.')).toBe(
      'public',
    );
    expect(level('Temat: zastępstwo\n\nDzień dobry,\nnasza księgowa jest na zwolnieniu lekarskim po operacji kolana.')).toBe(
      'special',
    );
    // A login after a person's field is still one ("assignee: mnowak").
    expect(level('assignee: mnowak\nstatus: open')).not.toBe('public');
  });

  it("reads holdout-837's first run: a ticket's requester's login before a bracket", () => {
    expect(level('Ticket INC-448213 – Outlook crashes\nRequester: m.hughes (Finance, Cork office)\nAsset: LPT-20417')).toBe(
      'personal',
    );
    expect(level('Ticket INC-448213 – Outlook crashes\nRequester: finance_app (service account)\nAsset: LPT-20417')).not.toBe(
      'personal',
    );
  });

  it('reads a message telling of someone by a pronoun, or by a dropped one, and not a thing or anyone so (holdout-826)', () => {
    const mail = (greeting: string, body: string) => level(`${greeting}\n\n${body}\n\nThanks`);
    expect(mail('Hi team,', 'just so you know, she is off this week with pneumonia.')).toBe('special');
    expect(mail('Hallo zusammen,', 'er ist seit gestern im Krankenhaus, Verdacht auf Herzinfarkt.')).toBe('special');
    expect(mail('Hoi allemaal,', 'zij zit thuis met een burn-out en is er de rest van het jaar niet.')).toBe('special');
    expect(mail('Olá,', 'ele está internado com uma pneumonia.')).toBe('special');
    expect(mail('Buongiorno,', 'è ricoverato da ieri per una polmonite.')).toBe('special');
    expect(mail('Hola,', 'os cuento que está de baja por ansiedad desde el lunes.')).toBe('special');
    expect(mail('Cześć,', 'jest na zwolnieniu lekarskim, ma zapalenie płuc.')).toBe('special');
    // Anyone so, a thing, or no message at all.
    expect(mail('Hi all,', 'if she has a fever she should stay home.')).not.toBe('special');
    expect(mail('Beste collega,', 'de griepprik: hij wordt gegeven op dinsdag in zaal 2.')).not.toBe('special');
    expect(mail('Buongiorno,', 'il dipendente che è in malattia deve inviare il certificato.')).not.toBe('special');
    expect(level('She is off this week with pneumonia, the report says.')).not.toBe('special');
  });

  it("reads holdout-827's first run: 'my colleague', 'the one from', 'the new one', a memo; and their work, not their state", () => {
    const mail = (greeting: string, body: string) => level(`${greeting}\n\n${body}\n\nDanke`);
    expect(mail('Hallo Team,', 'meine Kollegin aus der Kreditorenbuchhaltung ist seit Montag wieder in Chemotherapie.')).toBe(
      'special',
    );
    expect(mail('Hoi Fleur,', 'mijn collega van de debiteurenadministratie is gisteren aan haar knie geopereerd.')).toBe(
      'special',
    );
    expect(mail('Buonasera,', 'quello del terzo piano è finito in ospedale ieri notte, pare un ictus.')).toBe('special');
    expect(mail('Dzień dobry,', 'pani z sekretariatu jest w ciąży i od przyszłego tygodnia przechodzi na zwolnienie.')).toBe(
      'special',
    );
    expect(mail('Moin,', 'der Neue im Wareneingang ist Diabetiker, bitte Traubenzucker bereithalten.')).toBe('special');
    expect(mail('Boa noite a todos,', 'o senhor do 2.º direito teve um AVC no domingo e ainda está no hospital.')).toBe(
      'special',
    );
    // A note to a team is a message; a note to the editors is a press release's.
    const note = 'The lad on the packing line had a seizure during his shift and was taken to hospital.';
    expect(level(`Note for the packing team\n\n${note}`)).toBe('special');
    expect(level(`Warehouse\n\n${note}`)).not.toBe('special');
    expect(level(`Note to editors\n\n${note}`)).not.toBe('special');
    // What they present, prepare or talk about is their work: coordinated terms, derived ones and insurance's cover too.
    expect(mail('Hi all,', 'my colleague in the medicines information team has prepared a new leaflet on antibiotics.')).not.toBe(
      'special',
    );
    expect(
      mail(
        'Dzień dobry,',
        'mój kolega z działu BHP przygotował instrukcję udzielania pierwszej pomocy przy zawale serca i udarze.',
      ),
    ).not.toBe('special');
    expect(mail('Hola a todos,', 'mi compañera dará una charla sobre ergonomía y dolor de espalda el martes.')).not.toBe(
      'special',
    );
    expect(
      mail(
        'Bonjour à tous,',
        "ma collègue du service RH vous présentera la nouvelle mutuelle santé : prise en charge de l'hospitalisation.",
      ),
    ).not.toBe('special');
    expect(mail('Hi all,', 'my colleague from payroll has no health insurance and has just been diagnosed with cancer.')).toBe(
      'special',
    );
    expect(
      mail('Hallo zusammen,', 'mein Kollege übernimmt ab Januar die Kunden im Gesundheitswesen (Kliniken, Dialysezentren).'),
    ).not.toBe('special');
  });

  it("reads holdout-831's first run: 'your', 'this', a temp, a floor's 'secondo'; vouchers, handing out, a flyer's topic", () => {
    const mail = (greeting: string, body: string) => level(`${greeting}\n\n${body}\n\nSaluti`);
    expect(mail('Buongiorno a tutti,', 'la signora delle pulizie del secondo piano è incinta.')).toBe('special');
    expect(mail('Buongiorno a tutti,', 'secondo la collega delle pulizie la bambina è incinta.')).not.toBe('special');
    expect(mail('Cześć,', 'ten nowy kierowca z nocnej zmiany ma cukrzycę.')).toBe('special');
    expect(mail('Olá,', 'a tua colega da contabilidade está com uma depressão.')).toBe('special');
    expect(mail('Hola,', 'el chaval de prácticas tiene mononucleosis, no viene en dos semanas.')).toBe('special');
    // A department after "Herr" is no surname; what he hands out, and vouchers for a jab, are no one's state.
    expect(
      mail('Liebe Kollegen,', 'der Herr vom Empfang verteilt ab Montag die Gutscheine für die Impfung beim Betriebsarzt.'),
    ).not.toBe('personal');
    expect(mail('Liebe Kollegen,', 'der Herr vom Empfang ist an Darmkrebs erkrankt.')).toBe('special');
    expect(mail('Hoi,', 'die jongen van de bezorgdienst brengt voortaan ook de medicijnen en de insuline.')).not.toBe('special');
    // The writer's own words beside a flyer's topic are not the writer's state; "my" right before it is.
    expect(level('The agency sent over a flyer on diabetes awareness week, I have pinned it in the kitchen.')).not.toBe(
      'special',
    );
    expect(level('I will give a talk on my diabetes next week.')).toBe('special');
    expect(level('Mañana salgo a las 16:00 porque tengo sesión con la psicóloga.')).toBe('special');
  });

  it('reads a message telling of anyone its readers know by being or having a state, whatever the noun, not a thing', () => {
    const mail = (greeting: string, body: string) => level(`${greeting}\n\n${body}\n\nThanks`);
    for (const [greeting, body] of [
      ['Hi all,', 'the plumber who does our building has had a heart attack, so the boiler job moves to January.'],
      ['Hallo zusammen,', 'der Fahrlehrer meiner Tochter hat Krebs, die Stunden fallen bis März aus.'],
      ['Bonjour,', 'la boulangère du coin est enceinte de jumeaux, elle ferme en février.'],
      ['Ciao,', 'il postino del quartiere ha avuto un ictus la settimana scorsa.'],
      ['Hola,', 'la peluquera de mi madre tiene esclerosis múltiple y ya no puede trabajar de pie.'],
      ['Hoi,', 'de schilder van hiernaast heeft een hernia, hij komt pas volgende maand.'],
      ['Cześć,', 'listonosz z naszej ulicy ma raka i jest w szpitalu.'],
      ['Olá,', 'o carteiro do bairro teve um enfarte e está internado.'],
    ])
      expect(mail(greeting as string, body as string), body).toBe('special');
    for (const [greeting, body] of [
      ['Hi all,', 'the canteen has coeliac options every day from Monday.'],
      ['Hi all,', 'the new fridge in the kitchen is for insulin and other medicines only.'],
      ['Hallo zusammen,', 'die Apotheke hat ab Montag wieder Grippeimpfstoff.'],
      ['Ciao,', 'il corso è sul diabete e dura due ore.'],
      ['Hola,', 'el seguro tiene cobertura de cáncer y de embarazo.'],
      ['Hoi,', 'het nieuwe beleid heeft extra verlof voor zwangerschap.'],
      ['Hi all,', 'the form has a field for your diabetes medication.'],
      ['Cześć,', 'apteka ma od poniedziałku szczepionki na grypę.'],
      ['Cześć,', 'każdy pracownik ma prawo do badań profilaktycznych w kierunku raka.'],
      ['Hallo zusammen,', 'unser Kollege aus dem Vertrieb hat das Klinikum Nord als Kunden gewonnen.'],
    ])
      expect(mail(greeting as string, body as string), body).not.toBe('special');
    // After "that" told ("os aviso de que la monitora …", holdout-836), and the lady "sprzątająca z drugiego piętra".
    expect(mail('Hola a todos,', 'os aviso de que la monitora del comedor tiene cáncer de mama.')).toBe('special');
    expect(mail('Ciao,', 'ti scrivo che il vicino ha avuto un ictus.')).toBe('special');
    expect(mail('Dzień dobry,', 'pani sprzątająca z drugiego piętra złamała rękę i do końca miesiąca jej nie będzie.')).toBe(
      'special',
    );
    // "Our" after any word, and "a …" where its place singles them out, not in a letter to all parents (holdout-838).
    expect(mail('Ciao a tutti,', 'come forse sapete il nostro capoturno del reparto verniciatura è in cura per un tumore.')).toBe(
      'special',
    );
    expect(mail('Caros professores,', 'informo que um aluno do 7.º B sofre de ansiedade grave.')).toBe('special');
    expect(mail('Liebe Eltern,', 'ein Kind aus der 3b hat Läuse, bitte kontrolliert die Haare.')).not.toBe('special');
    expect(mail('Hi all,', 'a new study in the Lancet has found that exercise reduces depression.')).not.toBe('special');
    // A role named after a health word is the role's ("mental health first aiders"); a drop-in's topic is no one's.
    expect(
      mail('Hi all,', 'one of our mental health first aiders will run a drop-in on Thursday about stress and burnout.'),
    ).not.toBe('special');
    // Not outside a message: a report's "the patient has" is read by its own rules.
    expect(level('Der Fahrlehrer hat Krebs, die Stunden fallen bis März aus.')).not.toBe('special');
  });

  it("reads holdout-833's first run: a speaker's 'our' in quotes, a calling wrapped, an introducer, a season's casts, speakers", () => {
    // "onze kansen" is the coach's, quoted: no club's news of its own people.
    const report =
      'Go Ahead Eagles wint derby van Heracles\n\nGo Ahead Eagles heeft zondag de derby tegen Heracles Almelo met 2-1 gewonnen. Na rust besliste invaller Sven van Doorm het duel in de 84e minuut.\n\n"We bleven geloven in onze kansen", zei trainer Paul Simonis na afloop. Eagles staat nu zesde.';
    expect(level(report)).toBe('public');
    expect(level(report.replace('"We bleven geloven in onze kansen", zei', 'Onze kansen bleven, zei'))).not.toBe('public');
    const fair = (gap: string) =>
      `Fiera del Libro – programma di sabato 12 dicembre\n\nore 10.30 – Sala Grande\nPresentazione del libro «Le otto montagne» di Paolo Cognetti. Dialoga con l'autore la giornalista${gap}Silvia Bencivelli.\n\nore 15.00 – Sala Verdi\nLa storica Chiara Frugoni racconta il Medioevo. Introduce Marco Belpoliti.\n\nIngresso libero.`;
    expect(level(fair(' '))).toBe('public');
    expect(level(fair('\n'))).toBe('public');
    const season =
      "# Saison 2026–2027 – Théâtre de la Croix-Rousse\n\n## Les Trois Sœurs, d'après Tchekhov\nMise en scène : Julien Gosselin\nAvec Clara Bretheau, Camille Cottin et Lou Lampros\nDu 12 au 20 janvier\n\n## Fin de partie, de Samuel Beckett\nMise en scène : Jacques Osinski\nDu 3 au 8 février\n\nTarifs : 12 à 28 €. Réservations au 04 72 07 49 49.";
    expect(level(season)).toBe('public');
    // The same lines with no season's title and no box office are a list of people.
    expect(level(season.replace('# Saison 2026–2027 – ', '# ').replace(' Réservations au 04 72 07 49 49.', ''))).toBe('personal');
    const speakers =
      '# EuroData 2027 – confirmed speakers\n\n| Speaker | Affiliation | Talk |\n|---|---|---|\n| Dr. Ines Carvalho | University of Porto | Federated learning for hospital data |\n| Markus Lehtinen | Nokia Bell Labs | Compressing language models |\n\nRegistration opens on 15 January. Early-bird fee €390.';
    expect(level(speakers)).toBe('public');
  });

  it("reads holdout-834's first run: a review's players and their parts, a concert's credits by their labels", () => {
    const review =
      'Kritik: „Der zerbrochne Krug“ am Staatstheater Mainz\n\nRegisseurin Lena Brandauer inszeniert Kleists Komödie als grelles Verhör. Christian Fischer spielt den Richter Adam mit schwitzender Verzweiflung, Anna Lindner gibt die Eve leise und bestimmt.\n\nWieder am 12. und 19. Dezember; Karten an der Theaterkasse.';
    expect(level(review)).toBe('public');
    // Without the parts they play, the two are named as no one's players.
    expect(level(review.replace(' spielt den Richter Adam', ' sitzt neben Adam').replace('gibt die Eve', 'kam mit Eve'))).toBe(
      'personal',
    );
    const concert =
      'Teatro Comunale di Bologna – Stagione sinfonica 2027\n\nVenerdì 15 gennaio, ore 20.30\nOrchestra del Teatro Comunale\nDirettore: Oksana Lyniv\nPianoforte: Beatrice Rana\n\nBiglietti da 15 a 45 euro in biglietteria.';
    expect(level(concert)).toBe('public');
    expect(level(concert.replace('Direttore: ', 'Referente: ').replace('Pianoforte: ', 'Contatto: '))).toBe('personal');
  });

  it("reads a paper's authors by initials and a council's agenda as published (holdout-814)", () => {
    const paper =
      'Effetti della temperatura sulla resa del frumento duro\nG. Ferrante, L. Russo, M. De Santis – Università di Foggia\n\nAbstract. Analizziamo 25 anni di rese.';
    expect(level(paper)).toBe('public');
    // Without an abstract's heading, the same line is a list of people.
    expect(level(paper.replace('Abstract. ', ''))).toBe('personal');
    const agenda =
      'Agenda gemeenteraad Zwolle – donderdag 10 december 2026\n\n1. Opening door burgemeester P. van Dijk\n2. Vragen van raadslid E. Bosman (GroenLinks) over de fietsenstalling';
    expect(level(agenda)).toBe('public');
    // A mail about the agenda is a message, not the published agenda.
    expect(level(`Onderwerp: agenda\n\nHoi Anna,\n\n${agenda}`)).not.toBe('public');
  });

  it("reads holdout-841's first run: a chat copied from Slack or Teams, a department's signature, a greeting to all", () => {
    // A header line of the speaker's name and the time, the message below it.
    const slack =
      '#warehouse-leads\nSam K  09:12\nmorning all, can someone pick up the Monday checks?\nPriti  09:15\nI can do Mondays';
    expect(names(slack)).toEqual(['Sam K', 'Priti']);
    expect(names('#facilities\nJo (Facilities)  11:40\nReminder: the first aid kits are restocked today.')).toEqual(['Jo']);
    // Not a programme's times, nor one header line inside other text.
    expect(
      names('Programme\n\nRegistration  09:00\nCoffee and pastries in the foyer\nWelcome  09:30\nOpening words by the board'),
    ).toEqual([]);
    expect(
      names('Minutes of the meeting\n\nAgreed to order the chairs.\nSam  09:12\nwe close the store early on Friday'),
    ).toEqual([]);
    // A department signs, not a person.
    expect(level('Hola equipo:\n\nEl curso es el jueves.\n\nUn saludo,\nPrevención de Riesgos Laborales\n')).toBe('public');
    expect(level('Hola equipo:\n\nEl curso es el jueves.\n\nUn saludo,\nCarmen Ruiz Prieto\n')).toBe('personal');
    // "All" greeted is the readers, not anyone the sentence tells of.
    for (const text of [
      'Hi all, the cleaner from our floor has pneumonia.',
      "Bonjour à tous, la dame du 2e est à l'hôpital avec une pneumonie.",
      'Ciao a tutti, il portiere è in ospedale con la polmonite.',
      'Hola a todos, el conserje está en el hospital con neumonía.',
      'Cześć wszystkim, pan portier jest w szpitalu z zapaleniem płuc.',
    ])
      expect(level(text)).toBe('special');
    expect(level('Hi all, every employee who has diabetes can ask for extra breaks.')).not.toBe('special');
    // Dutch "doof" told of someone, not "wat doof" (how dull).
    expect(level('Hoi team, de nieuwe collega op de planning is doof, dus stuur hem een bericht.')).toBe('special');
    expect(level('Hoi team,\nIk vind het doof dat de borrel niet doorgaat.\nGroet')).toBe('public');
  });

  it("reads holdout-842's first run: a state told after a comma where the subject is dropped, a field studied, a same-sex spouse", () => {
    // Italian, Spanish and Portuguese go on of the one described with no subject after a comma; the readers called first.
    expect(
      level(
        "[08:02] Capoturno: ragazzi il magazziniere nuovo oggi non c'è, ha avuto un attacco di epilessia\n[08:05] Capoturno: chi copre il carico?\n[08:06] Gianni: vado io",
      ),
    ).toBe('special');
    const family =
      '[19:40] Mamá: el abuelo ya está en casa, le han puesto un marcapasos\n[19:41] Mamá: mañana le llevo la comida\n[19:45] Lucía: yo voy el jueves';
    expect(level(family)).toBe('special');
    // Not a thing's list after a comma (holdout-832's first aid kit), nor a field one studied.
    expect(level('Hola a todos, el botiquín de la cocina tiene tiritas, vendas y paracetamol.')).not.toBe('special');
    expect(level('Ciao a tutti, il nuovo medico di base arriva lunedì, ha studiato cardiologia a Pavia.')).toBe('public');
    expect(level('Olá pessoal, o novo enfermeiro chega amanhã, tem formação em diabetes.')).toBe('public');
    expect(level('Hi all, the new GP has a background in cardiology.')).toBe('public');
    // A field studied long before is no reason to miss the state told after it.
    expect(level('Hi all, our receptionist studied nursing but is now off with pneumonia.')).toBe('special');
    // A man married to his husband, a woman to her wife, by the participle's or the possessive's gender.
    expect(level('Olá a todos, o nosso colega da contabilidade faz dez anos de casado com o marido no sábado.')).toBe('special');
    expect(level('Hola, la vecina del cuarto está casada con su mujer desde 2019.')).toBe('special');
  });

  it("reads holdout-843's first run: a composer after music's works, words told before a colon, a name titled elsewhere, a birth", () => {
    const concert =
      'Filharmonia Bałtycka: koncert noworoczny\n\nGdańsk. 1 stycznia 2027 r. o godz. 18.00 wystąpi Orkiestra Filharmonii pod dyrekcją Jerzego Maksymiuka. Solistką wieczoru będzie sopranistka Aleksandra Kurzak.\n\nW programie walce i polki Johanna Straussa. Bilety od 90 do 220 zł w kasie filharmonii.';
    expect(level(concert)).toBe('public');
    // A reporter's verb, what was said of, a colon and the quotation ("destacó la reacción del equipo: «…»").
    const match =
      'El Racing remonta y gana al Burgos (2-1)\n\nSantander, 22 de noviembre. El Racing remontó en la segunda parte. El técnico José Alberto López destacó la reacción del equipo tras el descanso: «Hemos sido valientes».';
    expect(level(match)).toBe('public');
    expect(
      level(match.replace('destacó la reacción del equipo tras el descanso: «Hemos sido valientes».', 'tiene gripe.')),
    ).not.toBe('public');
    // The headline names her without the title the body gives her: her work's words, not her health.
    const release =
      'COMUNICATO STAMPA\n\nOspedale San Gerardo: Francesca Bellini nuova direttrice della Cardiologia\n\nMonza, 23 novembre 2026 – La direzione generale ha nominato la dottoressa Francesca Bellini direttrice della Struttura Complessa di Cardiologia.\n\n«È un reparto con una grande tradizione», ha dichiarato Bellini.';
    expect(level(release)).toBe('public');
    // A mother's baby, as a newsletter congratulates her.
    expect(
      level(
        'Staff newsletter\n\nCongratulations to Aisha Khan in Quality on the birth of her son on 18 November. Mum and baby are doing well.',
      ),
    ).toBe('special');
  });

  it("reads holdout-845's first run: texts, voice notes and forwarded mails on someone their readers know", () => {
    // "Let you know", "fyi" and "btw" open the clause; a tenant "in" a flat is the flat's.
    expect(
      level('hi its the landlord, just to let you know the tenant in flat 2 has been taken into hospital after a stroke'),
    ).toBe('special');
    expect(level('hi its the landlord, the tenant in flat 2 is moving out on friday')).toBe('personal');
    // A forwarded message's rule above its header; a body part hurt, and a state told after "and has".
    const forwarded =
      '---------- Doorgestuurd bericht ----------\nVan: Receptie <receptie@woonzorg-hof.nl>\nOnderwerp: bewoner kamer 14\n\nHoi team,\n\nde meneer van kamer 14 is vannacht gevallen en heeft zijn heup gebroken.\n\nGroet, nachtdienst';
    expect(level(forwarded)).toBe('special');
    expect(level('Onderwerp: bewoner\n\nHoi team,\n\nde meneer van kamer 14 heeft zijn heup gebroken.')).toBe('special');
    // Polish typed without its diacritics, someone lying in hospital.
    expect(
      level(
        'dzien dobry tu sasiadka z parteru, pani spod piatki od wczoraj lezy w szpitalu z zapaleniem pluc, klucz jest u mnie',
      ),
    ).toBe('special');
    // A death told of someone the readers know by a role or a polite word; not of a thing, not of anyone.
    expect(
      level(
        "buonasera sono l'amministratore, vi avviso che il signore del piano terra è mancato stanotte, il funerale sarà giovedì",
      ),
    ).toBe('personal');
    expect(level('Hi all, just to let you know the lady at number 4 passed away on Sunday.')).toBe('personal');
    expect(level('Ciao a tutti, stamattina è mancata la corrente al piano terra.')).toBe('public');
    expect(level('Hallo zusammen, der Drucker im zweiten Stock ist gestorben.')).toBe('public');
    expect(level('Hi team, a patient on ward 3 passed away last night, please complete the forms.')).toBe('public');
  });

  it("reads holdout-847's first run: a chat's speaker by a role and a given name, or speaking twice beside a desk", () => {
    expect(names('[19:42] Coach Dan: lads, kick off Sunday 10:30\n[19:45] Kev: 👍\n[19:46] Coach Dan: and pay subs')).toContain(
      'Coach Dan',
    );
    const printer =
      '[09:14] Sarah: the printer on the 2nd floor is jammed again\n[09:16] IT Desk: on our way\n[09:17] Sarah: thanks!';
    expect(level(printer)).toBe('personal');
    // Role labels alone are no one, however often they speak (holdout-413).
    expect(
      level(
        '[01/12/2026, 07:41] Shift lead: van 3 is in the garage today\n[01/12/2026, 07:44] Dispatch: ok noted\n[01/12/2026, 07:52] Shift lead: the gate code changes on friday\n[01/12/2026, 08:03] Dispatch: 👍',
      ),
    ).toBe('public');
    // Labour begun, a detention under the Mental Health Act, a knee's ligament as players say it; not an access list.
    expect(level("Hi Jess,\n\ncan you cover my shift? My manager's wife went into labour early so he's off.\n\nChloe")).toBe(
      'special',
    );
    expect(level("Hi it's Margaret from no. 9. My neighbour's son has been sectioned again. Call me x")).toBe('special');
    expect(
      level('[19:42] Coach Dan: lads, our keeper did his ACL on Saturday\n[19:45] Kev: gutted\n[19:46] Coach Dan: yep'),
    ).toBe('special');
    expect(level('Hi Tom,\n\nplease update the ACL on the VPN gateway so Anna can reach the build server.\n\nThanks')).toBe(
      'personal',
    );
  });

  it("reads holdout-848's first run: an election's candidates by their party, Polish 'we', a team's words quoted", () => {
    const byElection =
      "Green councillor wins by-election in Riverside ward\n\nGreen Party candidate Hannah Okafor has won the Riverside ward by-election with 1,842 votes, ahead of Labour's Mark Feeney on 1,410.\n\nSpeaking after the count, Ms Okafor said she would campaign for safer crossings. The by-election was called after the resignation of Conservative councillor Peter Hale.";
    expect(level(byElection)).toBe('public');
    // A private person's party in a message stays theirs.
    expect(
      level('Hi Tom,\n\nour neighbour Hannah Okafor is a Green Party member and asked us to sign her petition.\n\nAnna'),
    ).toBe('special');
    const mayor =
      'Nowy burmistrz Wieliczki zaprzysiężony\n\nWieliczka. Artur Kozioł, kandydat Koalicji Obywatelskiej, złożył we wtorek ślubowanie przed radą miejską i objął urząd burmistrza. W drugiej turze pokonał Annę Nowicką z PiS.\n\n– Zaczynamy od budżetu – zapowiedział nowy burmistrz.';
    expect(level(mayor)).toBe('public');
    const prize =
      "Une chercheuse nantaise récompensée pour ses travaux sur la maladie d'Alzheimer\n\nLa neurologue Claire Bouvier, chercheuse à l'Inserm, a reçu mardi le prix de la Fondation pour la recherche médicale.\n\n« Ce prix revient à toute l'équipe », a déclaré la chercheuse lors de la cérémonie.";
    expect(level(prize)).toBe('public');
  });

  it("reads holdout-850's first run: a letter greeting many at once opens a message", () => {
    const letter = (greeting: string) =>
      `${greeting},\n\nvi comunico che il bambino che siede al primo banco vicino alla finestra ha la varicella.\n\nLa maestra della 2ªB`;
    expect(level(letter('Gentili genitori'))).toBe('special');
    expect(level(letter('Cari genitori'))).toBe('special');
    // The group greeted is no one's name ("Caros Encarregados de Educação").
    expect(
      level(
        'Caros Encarregados de Educação,\n\nInformamos que a reunião de avaliação da turma 7.º C terá lugar no dia 17 de dezembro.\n\nA Diretora de Turma',
      ),
    ).toBe('public');
  });

  it("reads holdout-851's first run: a review's pianist by his playing, an orchestra under its conductor, a full house", () => {
    const review =
      'Ein Abend für Schubert\n\nIm ausverkauften Gewandhaus spielte Igor Levit am Samstag Schuberts späte B-Dur-Sonate. Levit nahm sich Zeit. Das Publikum dankte mit minutenlangem Applaus.\n\nAm Sonntag gastiert das Gewandhausorchester unter Andris Nelsons mit Bruckners Siebter.';
    expect(level(review)).toBe('public');
    // Without the full house and the applause, whoever "spielte" is named as anyone.
    expect(
      level(
        'Ein Abend für Schubert\n\nIm Gemeindesaal spielte Igor Levit am Samstag Schuberts späte B-Dur-Sonate. Levit nahm sich Zeit.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-853's first run: a chat app's post, a group's name, a post to everyone, a state tacked on, a household", () => {
    // A Teams or Slack copy: the poster's line, then the time, maybe after the day; or the time ending the poster's line.
    const post = (head: string) =>
      `${head}\nunser Kommissionierer aus der Frühschicht fällt bis Freitag aus, Gürtelrose.\nBitte den Plan anpassen.`;
    expect(level(post('Lagerteam Süd\nDi 07:50'))).toBe('special');
    expect(level(post('Lagerteam Süd  07:50'))).toBe('special');
    expect(level(post('Info an alle:'))).toBe('special');
    // With no shape of a message, a sentence like a notice's.
    expect(level(post('Dienstplan'))).toBe('public');
    // The state tacked on after a dash, whatever the verb; not the cause an occasion is called off or moved for.
    expect(level('Hi all,\nthe driver on nights is off for two weeks - slipped disc.\nThanks')).toBe('special');
    expect(level('Hi all,\nthe quiz night is cancelled, norovirus.\nThanks')).toBe('public');
    expect(level('Hi all,\nthe Friday meeting moves to 3pm – flu jabs in the morning.\nThanks')).toBe('public');
    expect(level('Ciao a tutti,\nla gita di venerdì è rimandata, influenza.\nGrazie')).toBe('public');
    // A group's or an app's name heading the post; not a leaflet's title naming the app.
    expect(
      level('Buurtapp Lindenlaan\nGisteravond is de meneer van nummer 8 met de ambulance opgehaald, hij had pijn op de borst.'),
    ).toBe('special');
    expect(
      level(
        'WhatsApp scams: what to watch for\n\nThe caller says your grandson is in hospital with a broken leg and needs money.',
      ),
    ).toBe('public');
    // A household by its house, its flat or its floor; not a bare number, which may be a time.
    expect(level('Die Dame aus dem 2. Stock ist umgezogen.')).toBe('personal');
    expect(level('Le monsieur du 3e gauche a déménagé.')).toBe('personal');
    expect(level('Grupo de vecinos\nEl señor del 3.º B ha ingresado en el hospital, tiene neumonía.')).toBe('special');
    expect(level('The man at 10 will show you round.')).toBe('public');
  });

  it("reads holdout-854's first run: a release by its dateline and press contact, a group's chair, a band's leader, a rector", () => {
    const release = (contact: string) =>
      `Harbour Foods names new Chief Operating Officer\n\nBRISTOL, 3 December 2026 – Harbour Foods today announced that Sarah Whitfield will join as Chief Operating Officer in March. Whitfield joins from Seaview Dairies.\n\n"Sarah knows our supply chain," said chief executive Tom Hardy.\n\n${contact}`;
    expect(level(release('Media enquiries: press@harbourfoods.example'))).toBe('public');
    expect(level(release('Best, Tom'))).toBe('personal');
    // A party beside a mayor is public where every name stands in its office, a group's chair too ("Vorsitzende").
    expect(
      level(
        'Stadtrat beschließt Haushalt\n\nMit 21 zu 9 Stimmen hat der Stadtrat am Dienstag den Haushalt 2027 beschlossen. Oberbürgermeisterin Petra Lang (Grüne) sprach von einem soliden Plan. Kritik kam von der FDP: Deren Vorsitzender Jonas Beck vermisste Einsparungen.',
      ),
    ).toBe('public');
    expect(
      level(
        'Le festival dévoile sa programmation\n\nLe festival accueillera la pianiste Élise Marchand et, en ouverture, le big band du conservatoire dirigé par Antoine Roux.',
      ),
    ).toBe('public');
    expect(
      level(
        'Nowy rektor uczelni\n\nKolegium elektorów wybrało prof. dr. hab. Marka Zielińskiego na rektora Uniwersytetu Nadmorskiego w kadencji 2027–2031.',
      ),
    ).toBe('public');
  });

  it("reads holdout-857's first run: a review's cast by their parts, a host and a guest, a programme's academics, a bio's lead, an interview", () => {
    const review = (headline: string) =>
      `${headline}\n\nLa metteuse en scène Claire Dubois signe un spectacle vif. Paul Girard est un Alceste sombre et drôle, et Julie Lemaire une Célimène étincelante.\n\nJusqu'au 20 décembre.`;
    expect(level(review('Critique : Le Misanthrope'))).toBe('public');
    // With no review's word above it, "est un Alceste" may be anything said of anyone.
    expect(level(review('Le Misanthrope au Théâtre du Rond-Point'))).toBe('personal');
    expect(
      level(
        "Épisode 42 – Cultiver en ville\n\nDans cet épisode, Julien Mercier reçoit l'agronome Clara Besson, qui a fondé les jardins partagés du quartier.\n\nMusique : Lucas Fabre. Durée : 38 minutes.",
      ),
    ).toBe('public');
    expect(
      level(
        'Convegno "Città e clima"\n\nApertura dei lavori: la sindaca Elena Conti.\nRelazione introduttiva: prof. Marco Galli, Università di Bologna.\nTavola rotonda con l\'urbanista Davide Riva.\n\nIngresso libero.',
      ),
    ).toBe('public');
    expect(
      level(
        'Koncert w filharmonii\n\nW sobotę wystąpił skrzypek Jan Kowal. Orkiestrą dyrygowała Anna Mazur. Publiczność nagrodziła artystów owacją na stojąco.',
      ),
    ).toBe('public');
    // A lead with the birth's place and year in brackets; not a staff profile's, which is the colleague's data.
    expect(
      level(
        'Carmen Ibáñez (Zaragoza, 1961) es una arquitecta española conocida por sus bibliotecas públicas. Estudió en la Escuela de Arquitectura de Madrid y fundó su estudio en 1992. Entre sus obras destacan la Biblioteca del Ebro y el Centro Cívico Delicias. En 2019 recibió el Premio Nacional de Arquitectura.',
      ),
    ).toBe('public');
    expect(
      level(
        'Anna Weber (Berlin, 1990) ist Sachbearbeiterin in unserer Buchhaltung. Sie ist seit 2019 bei uns und kümmert sich um die Kreditorenbuchhaltung, Reisekosten und die Monatsabschlüsse. In ihrer Freizeit läuft sie Marathon und backt gern.\nDurchwahl -214',
      ),
    ).toBe('personal');
    // An interview's answers in the first person after its questions; not a job interview's notes.
    expect(
      level(
        'Interview: „Wir brauchen mehr Mut“\n\nDer Architekt Jonas Keller baut seit zwanzig Jahren in Hamburg. Wir haben mit ihm über bezahlbares Wohnen gesprochen.\n\nHerr Keller, was fehlt?\nIch sehe zu wenig Mut bei den Bauherren.',
      ),
    ).toBe('public');
    expect(
      level(
        'Interview – Anna Weber\n\nAnna has five years of experience in payroll and would be available from March. She asked about flexible hours.\n\nRecommendation: second interview.',
      ),
    ).toBe('personal');
    // A player's torn muscle is his health, in the news too (the labels' convention).
    expect(
      level(
        'El capitán, baja tres semanas\n\nEl centrocampista Álvaro Medina sufre una rotura fibrilar en el isquiotibial derecho, según informó el club.',
      ),
    ).toBe('special');
  });

  it("reads holdout-859's first run: an elided article before a known one, 'as you know', dementia, anyone's allergy, a pet's health", () => {
    expect(
      level(
        "Gentili condòmini,\n\ncome sapete l'inquilino del secondo piano è in sedia a rotelle dall'incidente di settembre.\n\nL'amministratore",
      ),
    ).toBe('special');
    expect(level('[01.12.26, 07:42] Heike: Frau Albers aus der 4 wird langsam dement\n[01.12.26, 07:50] Bernd: Oh je')).toBe(
      'special',
    );
    // Anyone's allergy asked of the readers, before the writer asks to be told: a named writer's mail stays personal.
    expect(
      level(
        'Hi team,\n\nWe have booked the restaurant for the 18th. If anyone has an allergy, tell me before Friday and I will let them know.\n\nThanks,\nLaura',
      ),
    ).toBe('personal');
    expect(level('Hi team,\n\nI have an allergy to nuts, so I will skip the dessert.\n\nThanks,\nLaura')).toBe('special');
    // An animal's health, a vet or an animal in its sentence; not the writer's own beside it.
    expect(
      level('Hi Sam,\n\nQuick update from the vet – Biscuit has an ear infection, so he is on drops for a week.\n\nThanks,\nJen'),
    ).toBe('personal');
    expect(level('Hallo Frau Becker, unsere Katze hat Diabetes und bekommt morgens und abends Insulin. Danke!')).toBe('personal');
    expect(level('Hallo Frau Becker, ich habe Diabetes und bekomme morgens und abends Insulin. Danke!')).toBe('special');
  });

  it("reads holdout-860's first run: owners in a list, a bishop by his title, a new office in the headline, a prize awarded", () => {
    expect(
      level(
        'New café brings life back to Market Street\n\nA former bank has reopened as a café. Owners Jack and Mia Turner spent eight months restoring the building.\n\n"We wanted somewhere people could sit all afternoon," said Mia Turner.',
      ),
    ).toBe('public');
    expect(
      level(
        'Il nuovo vescovo entra in diocesi\n\nDomenica il nuovo vescovo, monsignor Paolo Ricci, ha fatto il suo ingresso in cattedrale davanti a oltre mille fedeli.',
      ),
    ).toBe('public');
    expect(
      level(
        'Nowa dyrektorka Szkoły Podstawowej nr 3\n\nOd 1 stycznia dyrektorką szkoły będzie Ewa Kaczmarek, dotychczasowa wicedyrektorka placówki. Konkurs rozstrzygnięto w ubiegły czwartek.',
      ),
    ).toBe('public');
    expect(
      level(
        "Concours de piano : un Lyonnais l'emporte\n\nLe jury du concours a décerné dimanche son premier prix à Théo Garnier, 22 ans, élève du Conservatoire de Lyon.",
      ),
    ).toBe('public');
    // The French possessive "son" is no son; the English one is.
    expect(
      level(
        'Piano competition: local pianist wins\n\nThe jury awarded first prize to Theo Garner, 22. His son Tom Garner, 3, watched from the front row.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-861's first run: a whole word's title before a sentence's end, the writer asking to be told", () => {
    const course =
      'Subject: Mental health first aid course\n\nHi all,\n\nIt covers how to spot signs of anxiety, depression and burnout and how to support a colleague. Let me know by Friday if you would like a place.\n\nThanks,\nPeople Team';
    expect(level(course)).toBe('public');
    // The writer's own state beside the same request stays theirs.
    expect(level('Hi Tom,\n\nI have been off with depression since March. Let me know if you need anything.\n\nAnna')).toBe(
      'special',
    );
    // "my colleague Priya" still names her.
    expect(level('Hi Tom,\n\nmy colleague Priya will send the figures tomorrow.\n\nAnna')).toBe('personal');
  });

  it("reads holdout-862's first run: a chair announcing, members of a named club, a presidency, an accompanist, a council's offices", () => {
    expect(
      level(
        'Riverside Food Bank appeal raises £40,000\n\nThe winter appeal has raised more than £40,000, its chair of trustees, Hannah Price, announced on Tuesday. The money will pay for three months of deliveries to families across the borough.',
      ),
    ).toBe('public');
    // One person's own pay in a named person's sentence keeps them someone.
    expect(
      level(
        'Riverside Food Bank appeal raises £40,000\n\nThe winter appeal has raised more than £40,000, its chair of trustees, Hannah Price, announced on Tuesday. Hannah Price is paid £2,000 a month for the role.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Rugby : le RC Vallée a un nouveau président\n\nRéunis en assemblée générale samedi, les membres du RC Vallée ont élu Frédéric Bonnet à la présidence du club. Cet ancien joueur succède à Alain Roussel, président pendant douze ans.',
      ),
    ).toBe('public');
    expect(
      level(
        'Noite de fado no Teatro Aveirense\n\nA fadista Carla Pires sobe ao palco no sábado, acompanhada à guitarra portuguesa por Luís Guerreiro. Os bilhetes custam entre 12 e 20 euros.',
      ),
    ).toBe('public');
    expect(
      level(
        'Council approves riverside housing plan\n\nCouncillors voted 9–3 on Wednesday to approve 240 homes. Cabinet member for housing Priya Desai said the scheme would include 80 affordable homes. Opposition leader Rob Hughes called the density "too high".',
      ),
    ).toBe('public');
    // A hospital its new manager runs is his workplace; a patient's hospital is not.
    expect(
      level(
        'Nuevo gerente del Hospital Comarcal\n\nLa Consejería ha nombrado a Javier Molina nuevo gerente del Hospital Comarcal de Alcañiz. Molina, economista de formación, dirigía hasta ahora la gestión económica del Hospital de Barbastro.',
      ),
    ).toBe('public');
    expect(level('Hola Ana,\n\nJavier Molina está ingresado en el Hospital Comarcal desde el lunes.\n\nUn saludo')).toBe(
      'special',
    );
  });

  it("reads holdout-863's first run: a memo's title, words for the readers' information, a Polish address, a possessive before the term", () => {
    expect(
      level(
        "# Note de service – équipe de nuit\n\nPour information, l'agent de sécurité du poste B est en arrêt maladie jusqu'au 20 décembre (dépression).",
      ),
    ).toBe('special');
    expect(level('Zur Info: der Fahrer der Frühtour ist seit Montag krankgeschrieben, Bandscheibenvorfall.')).toBe('special');
    expect(level('Panie kierowniku, ten nowy z nocnej zmiany ma padaczkę, dziś rano dostał ataku przy maszynie.')).toBe(
      'special',
    );
    expect(
      level(
        "Subject: Driver rota\n\nOur HGV driver on the early run has been told he can't drive for six months after his seizure, so we need cover.",
      ),
    ).toBe('special');
    // Not the seizure of goods; not a training's topic.
    expect(level('Subject: Customs\n\nThe seizure of the container at Felixstowe delays the order by a week.')).toBe('public');
    expect(level('Zur Info: der Erste-Hilfe-Kurs am Samstag behandelt Herzinfarkt, Schlaganfall und Verbrennungen.')).toBe(
      'public',
    );
  });

  it("reads holdout-864's first run: a radio guide by its title, a clergyman's church words as his office", () => {
    expect(
      level(
        'Radiogids zaterdag\n\n09.00 Het Ochtendprogramma met Sanne de Boer\n12.00 Nieuws en weer\n13.00 Muziekcafé, gepresenteerd door Joris Peeters\n17.00 Sportuur met verslaggever Ahmed Yilmaz',
      ),
    ).toBe('public');
    const blessing =
      'Neues Löschfahrzeug für die Feuerwehr Altdorf\n\nDie Freiwillige Feuerwehr Altdorf hat am Samstag ihr neues Fahrzeug in Dienst gestellt. „Damit sind wir gut aufgestellt", sagte Kommandant Florian Seitz vor rund 150 Gästen. Pfarrer Martin Lehner segnete das Fahrzeug.';
    expect(level(blessing)).toBe('public');
    // A clergyman's own health stays his.
    expect(level(blessing.replace('segnete das Fahrzeug', 'ist an Krebs erkrankt'))).toBe('special');
  });

  it("reads holdout-867's first run: a review by its rating, a conversation's credit, an organisation's own, speakers from several organisations", () => {
    expect(
      level(
        '«La stanza del mare»: il ritorno di Paolo Ardenzi\n\nArdenzi torna alla sua Napoli con un film intimo. Toni Scalera interpreta un pescatore, mentre la giovane Benedetta Corvino regge il confronto. Voto: 8/10.',
      ),
    ).toBe('public');
    // A mark under a pupil's or a student's work is no review's rating.
    expect(
      level(
        'Correzione del tema\n\nMarco, il tuo tema sulle vacanze è scritto bene. Attenzione però alla punteggiatura.\n\nVoto: 7/10\nProf.ssa Bianchi',
      ),
    ).toBe('personal');
    expect(
      level(
        'Bewertung der Hausarbeit\n\nJonas Weber hat die Quellen gut ausgewertet und die Gliederung ist klar.\n\nBewertung: 4 von 5\nDr. Hoffmann',
      ),
    ).toBe('personal');
    expect(
      level(
        "Events at Bell's Bookshop – November\n\nThursday 19 November, 7pm\nBook launch: The Salt Road\nJoin author Helen Marsh for the launch of her new novel. Helen will be in conversation with BBC Radio Cornwall's Tom Hadley, followed by a signing. Tickets £5.\n\nSaturday 28 November, 11am\nStory time with illustrator Ben Okafor. Free, no booking needed.",
      ),
    ).toBe('public');
    const programme =
      'EuroData Summit 2027 – Programme, Day 1\n\n09:00  Welcome – Dr Sofia Lindqvist, Chair, EuroData Foundation\n09:20  Keynote: Trust by design – Prof. Martin Keller, ETH Zürich\n10:30  Panel: Sovereign cloud in practice\n       Chair: Julia Novak (Data Europa)\n       Panellists: Pieter van Dam (Rijkswaterstaat), Elena Rossi (Banca Lombarda), Marek Zieliński (PKO)\n12:00  Lunch';
    expect(level(programme)).toBe('public');
    // An internal agenda names its speakers by their teams or offices.
    expect(
      level(
        'Sales Conference 2027 – Agenda\n\n09:00  Welcome – Anna Schmidt (Berlin)\n09:30  Q3 review – Tom Berger (Sales Team)\n10:00  Roadmap – Lea Vogt (HR)\n10:30  Pricing – Mark Jansen (Finance)',
      ),
    ).toBe('personal');
  });

  it("reads holdout-868's first run: a shift's word dates a record, a date's period ends no heading, a body signs by its article", () => {
    expect(
      level(
        'Übergabe Frühschicht 14.11.\n\n- Linie 3 läuft wieder\n- Kollege aus der Verpackung (der Neue aus Polen) hatte gegen 10 Uhr Kreislaufprobleme, Sanitäter war da\n- Palettenlager aufräumen',
      ),
    ).toBe('special');
    expect(level('Schichtbuch 14.11.2026\n\nDer Kollege aus der Verpackung hatte einen Herzinfarkt.')).toBe('special');
    expect(
      level(
        'Parte de incidencias – turno de noche\n\n23:40 Ronda perimetral sin novedad.\n02:15 El vigilante de la puerta 2 comunica que se encuentra mal, con dolor en el pecho. Se avisa al 112 y se lo llevan al hospital.',
      ),
    ).toBe('special');
    // A shift's word alone is no record's heading: a rota's title over a first aid course.
    expect(level('Nachtschicht: Erste-Hilfe-Kurs\n\nDer Kurs behandelt Herzinfarkt und Schlaganfall.')).toBe('public');
    const mail = 'Liebe Kolleginnen und Kollegen,\n\nam Dienstag steht das Blutspendemobil auf dem Parkplatz.\n\nViele Grüße\n';
    expect(level(`${mail}Euer Betriebsrat`)).toBe('internal');
    expect(level(`${mail}Der Vorstand`)).toBe('internal');
    // A surname's particle is no article.
    expect(level(`${mail}De Vries Jan`)).toBe('personal');
  });

  it("reads holdout-869's first run: the emergency department one heads, a headline's new office after a comma, Nordic appointments, a cast after 'avec', a work's author after its title", () => {
    const appointment =
      'Asl Toscana Sud Est, Marco Bellandi nuovo direttore sanitario\n\nIl direttore generale Antonio Ferretti ha nominato Marco Bellandi, 54 anni, finora responsabile del pronto soccorso di Grosseto, nuovo direttore sanitario.\n\n«Ringrazio per la fiducia», ha dichiarato Bellandi.';
    expect(level(appointment)).toBe('public');
    // A patient taken to the emergency department is one.
    expect(level('Ciao Marta,\n\nMarco Bellandi è stato portato al pronto soccorso stanotte.\n\nPaolo')).toBe('special');
    expect(
      level(
        'Ny landshövding i Västerbotten\n\nRegeringen har utsett Karin Lindholm Berg till ny landshövding i Västerbottens län. Hon efterträder Per-Erik Sundberg, som går i pension.\n\n– Jag ser fram emot arbetet, säger Karin Lindholm Berg.',
      ),
    ).toBe('public');
    expect(
      level(
        'Théâtre de la Croix-Rousse – Saison 2026-2027\n\nOctobre\nCyrano de Bergerac, mise en scène Julien Maréchal, avec Olivier Castel. Du 3 au 12 octobre.\n\nNovembre\nLes Bonnes, de Jean Genet. Mise en scène Sandrine Vasseur, avec Marie-Hélène Roussel et Camille Ferrand.\n\nRéservations en ligne.',
      ),
    ).toBe('public');
  });

  it("reads holdout-872's first run: German 'je', a rubric over the headline, an office taken or held, a public interview, a column, an obituary, a state's honour", () => {
    expect(
      level(
        'Lena Falk – „Nordlicht“\n\nAuf ihrem dritten Album klingt die Hamburger Songwriterin reduzierter denn je: Klavier, ein wenig Cello, viel Raum für die Stimme. Produziert hat wieder Jonas Wendt.\n\n★★★★☆',
      ),
    ).toBe('public');
    expect(
      level(
        "Nominations\n\nSophie Arnaud rejoint Lumivert en tant que directrice financière\n\nLe fabricant lyonnais Lumivert annonce l'arrivée de Sophie Arnaud au poste de directrice financière à compter du 4 janvier. Elle succède à Pierre Chevalier, qui prend sa retraite.",
      ),
    ).toBe('public');
    // A record told as a story, its headline and a quotation told notwithstanding: an employer's judging of one's work.
    expect(
      level(
        'Performance concerns about Tom Becker\n\nTom Becker missed three deadlines this quarter and his manager raised it with him on Monday. "I was overwhelmed by the migration", said Tom Becker in the meeting.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Abmahnung wegen Verspätungen\n\nJonas Weber ist in diesem Monat fünfmal zu spät gekommen. „Ich hatte Probleme mit dem Bus“, sagte Jonas Weber im Gespräch mit der Teamleiterin.',
      ),
    ).toBe('personal');
    // A memo's word is no rubric.
    expect(
      level(
        'Memo\n\nPerformance concerns about Tom Becker\n\nTom Becker missed three deadlines this quarter and his manager raised it with him on Monday. "I was overwhelmed by the migration", said Tom Becker in the meeting.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Wywiad: Kapitan reprezentacji o mundialu\n\nRozmawiamy z Tomaszem Grabowskim, kapitanem reprezentacji Polski w siatkówce.\n\nJak drużyna przygotowuje się do mistrzostw?\nTrenujemy dwa razy dziennie w Spale.\n\nCzego kibice mogą się spodziewać?\nWalki do ostatniej piłki.',
      ),
    ).toBe('public');
    // An interview with someone in no public calling stays theirs.
    expect(
      level(
        'Interview – Tom Baker, sales manager\n\nWhy do you want to move to the London office?\nI want more responsibility and my family lives there.\nHow do you handle conflict?\nI talk to people directly.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Column | De trein van 7.42\n\nElke ochtend neem ik de trein van 7.42 naar Utrecht. Ik ken inmiddels iedereen: de man met de krant, de studente die altijd slaapt, de conducteur die goedemorgen zegt.\n\nMaartje Visser is schrijver en columnist van deze krant.',
      ),
    ).toBe('public');
    expect(
      level(
        'Column | Mijn buurvrouw\n\nMijn buurvrouw Truus de Boer heeft sinds vorige maand kanker. Ik breng haar elke dinsdag soep, en we praten dan over vroeger.',
      ),
    ).toBe('special');
    expect(
      level(
        "Sir Edward Linley, conductor, 1937–2026\n\nSir Edward Linley, who led the Northern Philharmonic for almost three decades, has died aged 89.\n\nBorn in Sheffield, Linley studied at the Royal College of Music. His recordings of Elgar's symphonies remain among the most admired.",
      ),
    ).toBe('public');
    expect(
      level(
        'Bundesverdienstkreuz für Kinderärztin\n\nDie Bad Kreuznacher Kinderärztin Dr. Ulrike Sander ist am Freitag in Mainz mit dem Bundesverdienstkreuz ausgezeichnet worden. Ministerpräsident Alexander Brenner würdigte ihr Engagement für die Versorgung geflüchteter Kinder.\n\nSander gründete 2015 die Initiative „Ärzte helfen“.',
      ),
    ).toBe('public');
    expect(
      level(
        'O treinador elogia a equipa\n\nO Vitória venceu o Braga por 2-1, num dérbi muito disputado. Rui Pedrosa abriu o marcador aos 23 minutos.\n\nO treinador vitoriano, Luís Valadares, elogiou a "entrega total" da equipa.',
      ),
    ).toBe('public');
  });

  it("reads holdout-873's first run: a club's medical bulletin, a release's opening words, an organisation's name, French inverted speech, a competition's results", () => {
    // A named player's injury in the club's statement is his health (special by rule).
    expect(
      level(
        "Comunicato ufficiale – US Lecce\n\nGli esami strumentali cui si è sottoposto oggi il centrocampista Lorenzo Dell'Aquila hanno evidenziato una lesione di secondo grado al bicipite femorale. Il calciatore ha già iniziato l'iter riabilitativo.",
      ),
    ).toBe('special');
    expect(
      level(
        'FOR IMMEDIATE RELEASE\n\nRiverside Hospice names new chief executive\n\nRiverside Hospice has appointed Claire Whitmore as its new chief executive. She joins from the Thames Valley Air Ambulance, where she was director of operations.\n\n"I\'m honoured to lead this charity," said Ms Whitmore.\n\nMedia enquiries: press@riversidehospice.example',
      ),
    ).toBe('public');
    // Someone taken to a hospital named after "the" is still taken there.
    expect(
      level(
        'Incident report 3 March 2026\n\nTom Reid slipped in the yard and was taken to the Great Western Hospital by a colleague.',
      ),
    ).toBe('special');
    expect(
      level(
        'Logement : une proposition de loi sur les meublés de tourisme\n\nLe député Marc Lenoir (LR) a déposé mardi une proposition de loi visant à limiter la location des résidences principales. « Les familles ne trouvent plus à se loger dans nos centres-villes », a-t-il déclaré.',
      ),
    ).toBe('public');
    const results =
      'Results: Yorkshire Cross-Country Championships, Harewood House\n\nSenior men (10 km)\n1. Tom Reid (Leeds City AC) 31:04\n2. Daniel Okafor (Sheffield RC) 31:19\n3. James Horsfall (Holmfirth Harriers) 31:40';
    expect(level(results)).toBe('public');
    // A school's race and a club's own championship name children and members.
    expect(level('Results: School Sports Day race, Year 6\n\n1. Tom Reid 1:45\n2. Mia Clarke 1:52\n3. Sam Lee 1:58')).toBe(
      'personal',
    );
    expect(level('Results: Club Championships 2026\n\n1. Tom Reid 31:04\n2. Mia Clarke 31:52\n3. Sam Lee 32:58')).toBe(
      'personal',
    );
    // Someone's health beside their name undoes the reading (read as personal here, not yet special).
    expect(['personal', 'special']).toContain(level(`${results}\n\nTom Reid was treated for heat exhaustion after the finish.`));
  });

  it("reads holdout-875's first run: listings by their days and times, a recital's performer, a printmaker, Nordic dash quotes and offices, a sports result told", () => {
    expect(
      level(
        'Concertos em Lisboa esta semana\n\nQuinta-feira, 10 de dezembro, 21h30 – Coliseu dos Recreios\nAna Sofia Cardoso apresenta o novo disco. Bilhetes de 15 a 25 euros.\n\nSábado, 12 de dezembro, 22h – B.Leza\nNoite de morna com Dino Semedo e convidados. Bilhetes: 12 euros.',
      ),
    ).toBe('public');
    expect(
      level(
        "Agenda culturel – semaine du 7 décembre\n\nMardi 8 décembre, 20h30 – Salle Rameau\nRécital de piano de Clémence Aubry : Debussy, Ravel, Satie. Tarif : 18 €.\n\nJeudi 10 décembre, 19h – Médiathèque\nRencontre avec l'auteur Karim Benhadj autour de son roman. Entrée libre.",
      ),
    ).toBe('public');
    expect(
      level(
        'Ny direktør for Kunsten i Aalborg\n\nKunsten Museum of Modern Art har ansat Mette Lund Sørensen som ny direktør. Hun tiltræder 1. marts. – Jeg glæder mig til at åbne museet, siger Mette Lund Sørensen.',
      ),
    ).toBe('public');
    expect(
      level(
        'Van Dijk pakt goud op de 1500 meter in Heerenveen\n\nSchaatser Thomas van Dijk heeft zondag de 1500 meter gewonnen. Hij was in 1.43,21 ruim drie tienden sneller dan Kjeld Mulder. Bij de vrouwen ging de titel naar Femke Brouwer.',
      ),
    ).toBe('public');
    // A club's own results name its members; a youth team's name children.
    expect(
      level(
        'Tennis club ladder update\n\nMia Clarke won her match 6-3 6-4 against Sam Lee on Tuesday, and Tom Reid beat Jo Hart in three sets after a long rain delay.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Jugendturnier in Kassel\n\nUnsere E-Jugend hat am Samstag das Turnier gewonnen, im Finale 3-1 gegen Baunatal. Tore: Leon Krüger (2) und Tim Berg.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-876's first run: a body part operated on in a given name's sentence, a visual impairment", () => {
    expect(
      level('# Tareas – semana 49\n\n- [ ] Llamar a la familia de Ana (la operaron de la cadera el lunes)\n- [x] Reservar sala'),
    ).toBe('special');
    expect(
      level(
        '{"ticket": "IT-20931", "description": "Die neue Kollegin im Einkauf hat eine starke Sehbehinderung und braucht einen großen Monitor.", "requester": "m.vogel@firma-weiss.example"}',
      ),
    ).toBe('special');
    // A chair's leg is no one's.
    expect(level('# Tareas\n\n- [ ] Arreglar la pata de la silla de Ana')).toBe('personal');
  });

  it("reads holdout-877's first run: an invoice's footer whose VAT number follows the IBAN, the issuer's legal form on the first line", () => {
    const invoice = (issuer: string) =>
      `${issuer} · Am Mühlbach 4 · 87435 Kempten\n\nAn: Allgäuer Ferienwohnungen KG, Residenzplatz 7, 87435 Kempten\n\nRechnung Nr. 2026-0412\nEinbauküche   4.860,00 €\n\nBankverbindung: Sparkasse Allgäu, IBAN DE17 7335 0000 0000 1234 56\nUSt-IdNr.: DE123456788`;
    expect(['public', 'internal']).toContain(level(invoice('Schreinerei Holzmann GmbH')));
    // A sole trader invoicing a company: the legal form is the recipient's, the account the trader's.
    expect(level(invoice('Tom Becker – Malermeister'))).toBe('personal');
  });

  it("reads holdout-878's first run: a score's victory, a relay's medal, trail results, a three-question interview, a prize gone to someone", () => {
    expect(
      level(
        'TSV Haunstetten feiert Aufstieg\n\nMit einem 3:1-Sieg beim TSV Gersthofen hat der TSV Haunstetten am Samstag den Aufstieg perfekt gemacht. Kapitän Florian Weidner traf zweimal, das dritte Tor erzielte Luca Stegmann in der Nachspielzeit.',
      ),
    ).toBe('public');
    expect(
      level(
        'Złoto Polaków w sztafecie\n\nPolska sztafeta 4x400 metrów w składzie Kacper Lesiak, Mateusz Rogal, Patryk Wiącek i Adrian Jaskóła zdobyła złoty medal halowych mistrzostw Europy. Polacy uzyskali czas 3:04,21.',
      ),
    ).toBe('public');
    expect(
      level(
        'Résultats – Trail des Crêtes 2026, 32 km\n\nHommes\n1. Julien Vasseur (AS Chamonix) 2:41:08\n2. Thomas Rey (Team Salève) 2:44:51\n3. Kevin Bonnet 2:47:30',
      ),
    ).toBe('public');
    expect(
      level(
        'Trois questions à Sophie Lacombe, cheffe étoilée à Annecy\n\nComment est née votre cuisine ?\nAu bord du lac, avec les poissons que mon père pêchait.\n\nVos projets ?\nOuvrir un bistrot plus simple à Chambéry.',
      ),
    ).toBe('public');
    // Three questions to a new colleague are the staff magazine's, not the press's.
    expect(
      level(
        "Three questions for Tom Becker, our new intern\n\nWhat do you do at weekends?\nI play football with my brother.\n\nFavourite food?\nMy mum's lasagne.",
      ),
    ).toBe('personal');
    expect(
      level(
        "A Chiara Festa il Premio Calvino per l'esordio\n\nÈ andato alla torinese Chiara Festa, 31 anni, il Premio Calvino per la narrativa d'esordio. La giuria, presieduta dallo scrittore Paolo Giordanelli, ha premiato il suo romanzo «Le case basse».",
      ),
    ).toBe('public');
  });

  it("reads holdout-879's first run: a predecessor's retirement in news, an interview with someone, a lead's and a dramaturge's callings, a listing's dashed times", () => {
    expect(
      level(
        'Nieuwe directeur voor het Rijksmuseum Twenthe\n\nHet Rijksmuseum Twenthe krijgt een nieuwe directeur. Marieke Visscher, nu conservator bij het Kröller-Müller Museum, begint op 1 april. Ze volgt Arnoud Westerveld op, die met pensioen gaat. "Ik wil het museum meer verbinden met de stad," zegt Visscher.',
      ),
    ).toBe('public');
    // A colleague's farewell is the organisation's own news.
    expect(
      level(
        'Afscheid van Arnoud\n\nOnze collega Arnoud Westerveld gaat na 32 jaar met pensioen. De borrel is vrijdag om 16 uur in de kantine.',
      ),
    ).toBe('personal');
    expect(
      level(
        "Intervista a Giulia Serafini, protagonista di «Mare d'inverno»\n\nCome ha preparato il ruolo?\nHo passato due settimane con le pescatrici di Chioggia.\n\nIl suo prossimo progetto?\nUno spettacolo a teatro, a Milano.",
      ),
    ).toBe('public');
    expect(
      level(
        'Agenda de la semana en Valencia\n\nMartes 9 – 19.00 h – Centre del Carme\nPresentación del libro, con su autora, Inés Llorca.\n\nJueves 11 – 20.30 h – Palau de la Música\nConcierto de la pianista Elena Sabater. Entradas desde 15 euros.\n\nViernes 12 – 22.00 h – Sala Moon\nConcierto de Los Ríos Secos. Entrada: 12 euros.',
      ),
    ).toBe('public');
  });

  it("reads holdout-880's first run: a catalogue's field labels tell no other language", () => {
    // "nom" is Slovak's word too: three records' labels made a French catalogue Slovak, and "Franco de port" a name
    // opening a Slovak sentence.
    const catalogue = [
      'fabricant.raison_sociale: Atelier Verreries du Jura SAS',
      'produits[0].nom: Carafe soufflée 1 L',
      'produits[1].nom: Verre à eau 25 cl, lot de 6',
      'produits[2].nom: Vase bullé hauteur 30 cm',
      'conditions: Franco de port dès 300 € HT. Paiement à 30 jours fin de mois.',
    ].join('\n');
    expect(level(catalogue)).toBe('public');
    // Its prose still tells one: a Slovak message naming someone by a name its words do not hold.
    expect(level('Ahoj,\nMarek je dnes chorý, má chrípku a nepríde do práce. Zastúpi ho niekto z tímu.\nVďaka')).toBe('special');
  });

  it("reads holdout-882's first run: a club's signing, an author's evening, a candidate and her party in election news", () => {
    expect(
      level(
        'COMUNICADO OFICIAL\n\nEl Real Club Deportivo Almansa y el Club Atlético Vinalopó han llegado a un acuerdo para el traspaso del centrocampista Iñaki Garmendia Olabarria, que firma con el club hasta junio de 2029.',
      ),
    ).toBe('public');
    // A garage space passed on is someone's own affair, named in no public capacity.
    expect(
      level(
        'Traspaso de la plaza de garaje\n\nIñaki Garmendia Olabarria traspasa su plaza de garaje nº 14 a su vecino desde el 1 de enero.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Schrijversavond met Jurre Hofstede\n\nOp donderdag 10 december komt Jurre Hofstede naar de bibliotheek om te vertellen over zijn nieuwe roman. Kaarten € 7,50.',
      ),
    ).toBe('public');
    expect(
      level(
        'Autárquicas intercalares em Vila Nova de Anha: PS vence com maioria relativa\n\nA candidata do PS, Filomena Carvalhais, venceu as eleições intercalares com 38,2% dos votos, à frente de Vasco Proença (PSD), com 33,7%, e de Júlio Amarante (CDU), com 12,1%.',
      ),
    ).toBe('public');
    // The writer's own vote for her is the writer's political opinion; a job's candidate is no election's.
    expect(
      level('Olá Rita,\nvotei na candidata do PS, Filomena Carvalhais, nas eleições de domingo. E tu?\nBeijinhos, Ana'),
    ).toBe('special');
    expect(
      level(
        'Candidate feedback – Senior accountant\n\nThe candidate, Anna Weber, interviewed well. Elections to the works council are next month.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-883's first run: people by their flat, their address or their room, drink trouble, a psychosis", () => {
    expect(
      level(
        'Repairs log — Elmfield Court — week 48\n\nFlat 12: tenant reports damp in the back bedroom again. She has COPD and says the mould is making her breathing worse.\nInspection booked Tue 1 Dec, 10:00.',
      ),
    ).toBe('special');
    // A flat's entry about the flat itself names no one.
    expect(level('Repairs log — week 48 — 10:00\n\nFlat 12: boiler serviced, no issues.\nFlat 7: tap dripping.')).toBe('public');
    expect(
      level(
        "Oggetto: segnalazione rumori – interno 9\n\nIl condomino dell'interno 9 da settimane fa rumore fino alle 2 di notte. So che ha problemi con l'alcol.",
      ),
    ).toBe('special');
    expect(
      level(
        'Parte de guardia — Residencia Los Almendros — noche 22→23/11\n\nHab. 115 (cama B): fiebre 38,4 a las 5:30, paracetamol 1 g según pauta.',
      ),
    ).toBe('special');
    expect(level('Parte de guardia — noche\n\nHab. 110: sin incidencias a las 3:00.')).toBe('public');
    expect(
      level(
        'Melding wijkteam – 25-11-2026\n\nBewoner van Marnixlaan 112-bis, man van rond de 60, woont alleen. Vorig jaar is hij opgenomen geweest na een psychose.',
      ),
    ).toBe('special');
    // A street's residents all together are no household.
    expect(level('The residents of Elm Road are invited to the meeting on 14 May at 19:00.')).toBe('public');
  });

  it("reads holdout-885's first run: a match report's quote, a designer's credit, a provincial office, a surname that is a term, a friar, an author's post", () => {
    expect(
      level(
        'Rovers edge Athletic in five-goal thriller\n\nRovers\' manager Declan Tuohy sent on Oisín Breheny, who equalised in the 81st minute. "We showed a bit of character tonight," Tuohy said.\n\nAttendance: 2,114.',
      ),
    ).toBe('public');
    // A named resident by his house's number is a street's own update; a named winner's wife is a family told.
    expect(
      level(
        'Bike thefts on Elmwood Road – residents\' update\n\nGary Pearson at number 42 said the lock had been cut in under a minute. "I only left it there because the shed was full," he said.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Night porter honoured\n\n"I just did what we practise in the drills," Dennis Okoye said. Dennis plans to take his wife Grace to Edinburgh in the spring.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Zwischen Kohle und Kaffee: „Die Zeche“ am Theater Gelsenau\n\nRegisseurin Johanna Pflaum erzählt vom letzten Jahr eines Bergwerks. Das Bühnenbild von Ruben Kaltwasser trägt den Abend. Im Ensemble überzeugt Marit Sonnleitner als Wirtin.\n\nKarten ab 14 Euro.',
      ),
    ).toBe('public');
    expect(
      level(
        'Zeeuwse Cultuurprijs 2026 naar fotograaf Wendelien Koopmans\n\nDe prijs bestaat uit € 10.000 en een tentoonstelling. Gedeputeerde Arjan Verhulst reikte de prijs vrijdagavond uit.',
      ),
    ).toBe('public');
    expect(
      level(
        'Exposição "Marés" de Inês Quaresma na Galeria Ribeira\n\nA Galeria Ribeira, em Vila do Conde, apresenta até 31 de janeiro a exposição "Marés", da pintora Inês Quaresma. São 24 telas de grande formato sobre a costa norte.\n\nQuaresma, nascida em Viana do Castelo em 1979, expõe regularmente em Portugal e na Galiza. Entrada livre.',
      ),
    ).toBe('public');
    // A birth with its day is a birth told, not a biography's year.
    expect(
      level(
        'Exposição "Marés" de Inês Quaresma na Galeria Ribeira\n\nA Galeria Ribeira, em Vila do Conde, apresenta até 31 de janeiro a exposição "Marés", da pintora Inês Quaresma. São 24 telas de grande formato sobre a costa norte.\n\nQuaresma, nascida em 12 de março de 1979 em Viana do Castelo, expõe regularmente em Portugal e na Galiza. Entrada livre.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Gazetka parafii – Ogłoszenia duszpasterskie\n\nRekolekcje adwentowe poprowadzi o. Hieronim Zawadzki, kapucyn z Krakowa, od 13 do 15 grudnia. Kancelaria parafialna czynna we wtorki.',
      ),
    ).toBe('public');
    expect(
      level(
        "Dal nostro blog – Come abbiamo ridotto del 30% i consumi del magazzino\n\ndi Stefano Rizzardi, responsabile energia di Logistica Emiliana\n\nQuando nel 2024 abbiamo cominciato a misurare i consumi, ci siamo accorti che l'illuminazione pesava quasi quanto il riscaldamento.",
      ),
    ).toBe('public');
  });

  it("reads holdout-887's first run: a partial quotation after 'said that', a former mayor in apposition, a judge-rapporteur", () => {
    expect(
      level(
        'Wexford Two-Day: Kiernan takes overall win on final stage\n\nNiamh Kiernan (Team Slaney) won the Wexford Two-Day on Sunday after finishing second on the hilly final stage, enough to overturn a nine-second deficit to overnight leader Aoife Brennock.\n\nKiernan said afterwards that she\nhad "nothing left in the legs" on the final kilometre.',
      ),
    ).toBe('public');
    // In a message, or beside someone's injury, a partial quotation tells no report.
    expect(level('Hi Tom,\nAnna Weber said that she "can\'t make it" on Friday because of her back pain.\nCheers, Jo')).toBe(
      'special',
    );
    expect(
      level(
        "Addio a Renzo Gabbanelli, sindaco di Montecosaro per tre mandati\n\nÈ morto ieri a 84 anni Renzo Gabbanelli, sindaco di Montecosaro dal 1985 al 1999. Maestro elementare, era stato tra i fondatori della biblioteca comunale.\n\n«Ha dato a questo paese la forma che ha oggi», ha ricordato l'attuale sindaca Loredana Capecci.",
      ),
    ).toBe('public');
    expect(
      level(
        'Addio a Renzo Gabbanelli\n\nÈ morto ieri a 84 anni Renzo Gabbanelli, ex dipendente del nostro magazzino. Lo ricordano i colleghi.',
      ),
    ).toBe('personal');
    expect(
      level(
        'El Tribunal Superior de Justicia de Aragón avala el cierre de la cantera\n\nZaragoza. La Sala de lo Contencioso-Administrativo ha desestimado el recurso de la empresa Áridos del Ebro S.L. contra la orden de cierre dictada en 2024. La sentencia, de la que ha sido ponente la magistrada Pilar Oroz, considera acreditado que la explotación superaba en un 40% la superficie autorizada.',
      ),
    ).toBe('public');
  });

  it("reads holdout-889's first run, the last sample: an owner by the flat, a voivodeship's marshal", () => {
    expect(
      level(
        'Acta de la junta de propietarios – 26 de noviembre de 2026\n\n2. El propietario del 3.º B informa de que su madre, que vive con él, va en silla de ruedas desde su ictus, y pide una rampa en el portal.',
      ),
    ).toBe('special');
    // A tenant before her flat is found once, by the occupier's reading, not again as a household.
    expect(classifyText('La inquilina del piso 3 se queja del ruido.').findings).toContainEqual(
      expect.objectContaining({ type: 'person-number', count: 1 }),
    );
    // The owners together, by no flat, are no one.
    expect(
      level('Acta de la junta de propietarios\n\nLos propietarios aprueban por unanimidad cambiar el portero automático.'),
    ).toBe('public');
    expect(
      level(
        'Nagroda Literacka Warmii dla Agnieszki Rutkowskiej\n\nTegoroczną Nagrodę Literacką Warmii otrzymała Agnieszka Rutkowska za powieść „Jezioro zimą”. Jury doceniło „ciszę i precyzję języka”. Nagrodę wręczył marszałek województwa Tadeusz Kowalczyk podczas gali w Olsztynie.',
      ),
    ).toBe('public');
  });

  it("reads holdout-890's first run: people described by a seat, a table, a desk, a card or a floor", () => {
    expect(
      level(
        'Cabin report — flight 4471 DUB–FAO — 29 Nov 2026\n\nPassenger in seat 23A felt faint 40 minutes after take-off; said she is diabetic and had not eaten.',
      ),
    ).toBe('special');
    expect(
      level(
        'Service-Notiz Abendschicht 27.11.\n\nTisch 6 (Reservierung 19:30, 4 Pers.): ein Gast mit schwerer Nussallergie – Küche informiert.',
      ),
    ).toBe('special');
    // Guests with allergies told in general are anyone.
    expect(level('Hinweis für unsere Gäste\n\nFür Gäste mit Allergien halten wir eine Allergenkarte bereit.')).toBe('public');
    expect(
      level(
        'Nota para el equipo docente de 2.º B – 24/11\n\nEl alumno que se sienta junto a la ventana, en la última fila, tiene TDAH diagnosticado desde este verano.',
      ),
    ).toBe('special');
    // A rule for any pupil who has a state is anyone's.
    expect(
      level('Nota para el equipo docente – 24/11\n\nEl alumno que tiene TDAH puede salir un momento de clase si lo necesita.'),
    ).toBe('public');
    expect(level("Nota per gli istruttori\n\nIl socio con tessera n. 4471 ha una protesi all'anca da ottobre.")).toBe('special');
    expect(level('Members with card numbers below 1000 can renew online.')).toBe('public');
    expect(
      level(
        'Parte del conserje – 28/11\n\n08:30 La vecina mayor del 5.º izquierda no ha recogido el periódico desde el jueves. Se había caído y no podía levantarse. Ambulancia a las 10:20.',
      ),
    ).toBe('special');
  });

  it("reads holdout-890's listed leaks: an appointment book, a Polish role mid-sentence, a caller by decade", () => {
    // An appointment book's day is a dated record: its customer by the slot is one person.
    expect(
      level(
        'Agenda woensdag 2 december – Fysiopraktijk Noord\n\n09:15 intake\n10:00 cliënt met hernia, geen massage\n11:00 vrij',
      ),
    ).toBe('special');
    // A meeting's agenda names a topic, no one.
    expect(
      level(
        'Agenda – Board meeting 4 December 2026\n\n1. Opening\n2. Health and safety: the new diabetes awareness policy\n3. Any other business',
      ),
    ).toBe('public');
    // Polish puts a place first; under a dated record's heading the role after it is the one the note is about.
    expect(level('Notatka ochrony – 03.12.2026\n\nW holu głównym klientka z wózkiem zemdlała. Mówiła, że ma cukrzycę.')).toBe(
      'special',
    );
    expect(level('Notatka 03.12.2026\n\nKażda klientka w ciąży może skorzystać z windy.')).toBe('public');
    // Not under a record's heading: news tells of a passenger the same way.
    expect(level('Wczoraj w Krakowie pasażer autobusu zasłabł. Był cukrzykiem.')).toBe('public');
    // A caller by sex and a decade, as a call log guesses an age.
    expect(
      level('Anruf-Notiz Hotline – 12.11.\n\n09:10 Anruferin (weiblich, 60er): ihr Mann ist seit dem Schlaganfall bettlägerig.'),
    ).toBe('special');
  });

  it("reads holdout-891 and -892's first runs: a gazette's appointment, roles after a preposition or bare 'new', a request", () => {
    // An official journal's appointment names its appointee for publication; its notice to a private person does not.
    expect(
      level(
        'DIARIO OFICIAL DE LA REGIÓN DE VALDELOMAR\n\nResolución de 3 de diciembre por la que se nombra directora del Archivo Regional a Dña. Marta Ibáñez Ruiz.\n\nEl Consejero, Andrés Villalba Soto.',
      ),
    ).toBe('public');
    expect(
      level(
        'BOLETÍN OFICIAL DE LA PROVINCIA DE VALDELOMAR\n\nNotificación a D. Juan García López, con domicilio en Calle Mayor 12, 28013 Madrid, de la resolución de reintegro.',
      ),
    ).toBe('personal');
    // Under a dated record's heading, a role after a preposition and its article, or a bare "new", is the one it is about.
    expect(
      level(
        'Protokoll Teamsitzung – 02.12.2026\n\nFür den Schüler am Fensterplatz mit Diabetes gilt ab sofort eine Pause um 10 Uhr.',
      ),
    ).toBe('special');
    expect(level('Class notes — 2 Dec\n\n09:00 new pupil (peg 14) has a nut allergy, kitchen told.')).toBe('special');
    // … and a request to the reader after the state is no rule for anyone.
    expect(level('Übergabe Küche – Fr 4.12.\n\nDer Gast aus Zimmer 12 hat eine Laktoseintoleranz, bitte Milch separat.')).toBe(
      'special',
    );
    expect(level('Hinweis Küche – 4.12.\n\nBitte bei jedem Gast mit Laktoseintoleranz Milch separat reichen.')).toBe('public');
  });

  it("reads holdout-894's first run: a guard's report by its compound, a sex opening an entry, drugs' influence", () => {
    expect(
      level(
        'Wachbericht Objekt Hafenstraße – 3.12.2026\n\n01:40 Frau am Tor 2, etwa 30 Jahre, unter Drogeneinfluss, aggressiv, Polizei verständigt.',
      ),
    ).toBe('special');
    // The police's published report tells of people it does not name.
    expect(level('Politiebericht – 1 december\n\n22:15 Man bij station, ca. 40 jaar, onder invloed van drugs aangehouden.')).toBe(
      'public',
    );
  });

  it("reads holdout-895's first run: an interview's standfirst, quoted first persons, a band's entry, a listed work's title", () => {
    // An interview's formula under a headline holding a quotation.
    expect(
      level(
        '«Il legno è il futuro delle Alpi»\n\nIntervista a Carla Menegus, direttrice del consorzio forestale della valle\n\nQuanto legno tagliate?\n«Meno di quanto cresce ogni anno.»\n\nE il prossimo cantiere?\n«Un ponte pedonale a Cortina, tutto in larice.»',
      ),
    ).toBe('public');
    // A first person in a quotation its speaker's verb closes is the speaker's, not the writer's.
    expect(
      level(
        'Casa reabre na Rua Direita\n\nA loja de ferragens da Rua Direita reabriu ontem. "Era a loja do meu avô e agora é minha", contou Ana Ribeiro, que trabalhou vinte anos em Lisboa antes de voltar.',
      ),
    ).toBe('public');
    // … but a writer quoting a colleague in a message still writes it.
    expect(level('Hi all,\n\n"I can\'t make it on Friday", Tom said to me, "my back is killing me".\n\nJen')).toBe('special');
    // A band's or an ensemble's entry names its members for publication; a project's page names an organisation's people.
    expect(
      level(
        'Stillwater Quartet\n\nThe Stillwater Quartet is a British string quartet founded in Bristol in 2011. Its members are Hannah Cole and Ben Adeyemi (violins), Sara Lind (viola) and Oliver Grant (cello). The quartet has recorded the complete Beethoven cycle for a small Bristol label and teaches every summer at a festival in Devon.',
      ),
    ).toBe('public');
    expect(
      level(
        'Project Falcon\n\nProject Falcon is a cross-team squad formed in 2024 to rebuild the checkout flow for the web shop and the app. The team consists of Anna Schmidt (lead), Tom Becker (backend), Priya Nair (frontend) and Lukas Brandt (QA). It meets every Monday at 10:00 in room 4.12 and reports to the product board once a month.',
      ),
    ).toBe('personal');
    // A term in a listed work's title, its author credited after it, tells of no one.
    expect(
      level(
        'Westland Poetry Prize 2027: the shortlist\n\nThe judges have chosen four collections from 118 entries:\n\n- Psalms for a Flooded Town by Aled Rhys (Gwynant Press)\n- Salt Hours by Mairi Dunn (Skerry Books)\n- The Ward at Night by Owen Pike (Gwynant Press)\n- Small Engines by Lucy Hart (Tinder)\n\n"A remarkable year," said the chair of judges, Dr Alan Moss. The winner will be announced on 3 March 2027.',
      ),
    ).toBe('public');
  });

  it("reads holdout-897's first run: a webinar, a quotation's speaker before the verb, an award given, a club's statement, a guide", () => {
    expect(
      level(
        'Webinaire : réussir sa déclaration de TVA\n\nJeudi 21 janvier 2027, 12h–13h, en ligne, participation gratuite\n\nIntervenants :\nMarc Olivier, expert-comptable, cabinet Olivier & Associés\nSophie Laine, avocate fiscaliste\n\nInscription sur cci-valdelomar.example/webinaires',
      ),
    ).toBe('public');
    expect(
      level(
        'Lifeboat crew honoured at county awards\n\nThe Coastal Service Award went to Gwen Tremayne, who has crewed the Porthleven lifeboat for 22 years. "She never once said no to a shout," the coxswain said.',
      ),
    ).toBe('public');
    expect(
      level(
        "OFFICIAL STATEMENT – Harbury Town FC\n\nHarbury Town FC confirms that first-team manager Dean Price has left the club by mutual consent. Coach Lee Carter takes charge for Saturday's match.",
      ),
    ).toBe('public');
    // An official statement with no club's designation heads a staff notice too ("as" is no club's "AS", nor is an
    // all-capitals heading's "AS OF").
    expect(
      level(
        'OFFICIAL STATEMENT – AS OF 1 DECEMBER\n\nAnna Schmidt leaves the company at the end of the month. Tom Becker takes over her accounts.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Official statement as of 1 December\n\nAnna Schmidt leaves the company at the end of the month. Tom Becker takes over her accounts.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Restaurantgids Twente 2027 – nieuw\n\nBrasserie De Molen, Ootmarsum\nChef Ruud Lammers kookt met groenten uit eigen tuin. Hoofdgerechten 21–29 euro.\n\nEetcafé Het Anker, Almelo\nWillem en Joke Brink schenken bier van de Twentse brouwerijen.',
      ),
    ).toBe('public');
  });

  it("reads a bare 'our' as an organisation's own people only in a sentence naming someone (holdout-897, -898)", () => {
    // "notre gourde": the brand's product, in a launch post quoting its product manager.
    expect(
      level(
        "Nouveau : la lampe frontale Cime 400 arrive en boutique\n\nAprès un an d'essais, notre lampe Cime 400 est disponible dès aujourd'hui, avec une batterie remplaçable.\n\n« Nous voulions une lampe qu'on garde dix ans », explique Claire Fabre, cheffe de produit chez Montagne Équipement.",
      ),
    ).toBe('public');
    // "Our Maria Rossi": the staff newsletter's own colleague.
    expect(
      level(
        'Staff news from the warehouse – December 2026\n\nOur Maria Rossi retires on Friday after 30 years in the warehouse. "I will miss the early shifts," she said.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-899's first run: an elided article, skiers and viewers, a boy by his stop, a vehicle's log", () => {
    // "L'usager", "l'utente": the article elided onto the role.
    expect(level("Main courante – 03/12/2026\n\n14:10 L'usager du fauteuil 3 a fait un malaise, il est diabétique.")).toBe(
      'special',
    );
    expect(
      level(
        'Parte de pistas – 06/12/2026\n\n11:40 El esquiador del casco amarillo se cayó en la pista azul; posible fractura de tibia.',
      ),
    ).toBe('special');
    // Under a dated record's heading, a relative clause telling where they get on singles them out …
    expect(
      level(
        'Fahrtenbuch Schulbus – 03.12.2026\n\n07:50 Das Mädchen, das an der Kirche einsteigt, hatte einen Asthmaanfall im Bus.',
      ),
    ).toBe('special');
    expect(level('Diário de bordo – 03/12/2026\n\nO passageiro que viaja no lugar 4 disse que é diabético.')).toBe('special');
    // … but one holding the state makes a rule for anyone.
    expect(level('Protokoll Elternabend – 03.12.2026\n\nDer Schüler, der Fieber hat, bleibt zu Hause.')).toBe('public');
  });

  it("reads holdout-900's first run: members counted, a man or a woman under a record's heading, tooth pain", () => {
    // A count of members is an organisation's size, not its own people told of.
    expect(
      level(
        'Cierra la campaña de la aceituna con récord de producción\n\nLa almazara cooperativa de Valdelomar, con 540 socios, ha molturado este año 9 millones de kilos. "Ha sido un otoño perfecto", explicó su gerente, Carmen Ruiz.',
      ),
    ).toBe('public');
    expect(
      level('Club news – December\n\nOur members Anna Weber and Tom Berg won the pairs final. "A great day," Anna said.'),
    ).toBe('personal');
    expect(
      level('Security log — Sat 5 Dec\n\n23:10  The woman in the red coat at the bar fainted; she said she is diabetic.'),
    ).toBe('special');
    expect(level('Reception log — Fri 4 Dec\n\n08:45  Walk-in, the man with the walking stick: tooth pain is worse.')).toBe(
      'special',
    );
  });

  it("reads holdout-901's first run: credits for a public audience, a parish council's notice, a clerk's mailbox", () => {
    // Every name credited (a label, a part in brackets, "di" a work's author) and tickets sold: a cast list.
    expect(
      level(
        'Teatro Comunale di Valdelomar – «La locandiera» di Carlo Goldoni\n\nRegia: Chiara Lodi\nCon: Marta Bellini (Mirandolina), Paolo Serra (il Cavaliere), Luca Fanti (il Marchese)\nScene: Andrea Pini · Luci: Sara Volpe\n\nBiglietti da 12 a 25 euro, prevendita al botteghino.',
      ),
    ).toBe('public');
    // A record's fields are no credits, whatever word for tickets it holds; nor a staff outing's "With:".
    expect(
      level(
        'Evaluación del desempeño 2026\n\nPersona evaluada: Marina Soler Ibáñez\nEvaluador: Jorge Pastor Lozano\n\nObjetivo 2027: formarse en la nueva herramienta de tickets.',
      ),
    ).toBe('personal');
    expect(
      level('Staff theatre trip – Friday 15 January\n\nWith: Anna Weber, Tom Berg, Priya Nair\nTickets: collect from reception.'),
    ).toBe('personal');
    // A name in brackets is a credit only right after another name ("Antoine Ferrand (Alceste)"), not a contact's.
    expect(
      level(
        'Staff Christmas party – Friday 18 December\n\nTickets (Anna Weber, ext. 214) £10, free entry for partners.\nDJ: Tom Berg',
      ),
    ).toBe('personal');
    expect(
      level(
        'Harbury Parish Council — Notice of meeting\n\nThe next meeting will be held on 14 January 2027 at 7pm in the Village Hall. Members of the public are welcome.\n\nClerk to the Council: Mr D. Holloway, clerk@harbury-pc.example',
      ),
    ).toBe('public');
  });

  it("reads holdout-902's first run: an author's post by its 'Autor:' line", () => {
    expect(
      level(
        'Wie die Nordbank den Papierverbrauch im Büro halbiert hat\n\nAutor: Jonas Feldmann, Leiter Facility Management bei der Nordbank AG\n\nSeit Januar wird in allen Filialen nur noch auf Anfrage gedruckt, und die Drucker stehen zentral im Flur statt an jedem Platz. Das spart 48 % Papier und rund 9.000 Euro Toner im Jahr.',
      ),
    ).toBe('public');
    // Someone else named, with an operation: a staff post, not an author's alone.
    expect(
      level(
        'Wie wir den Papierverbrauch halbiert haben\n\nAutor: Jonas Feldmann, Leiter Facility Management\n\nDanke an Petra Lang aus dem Einkauf, die nach ihrer Operation wieder da ist.',
      ),
    ).not.toBe('public');
  });

  it("reads holdout-903's first run: a caretaker's or a gatehouse's book, 'la petite', an elderly one, 'un'' elided", () => {
    expect(
      level(
        'Pförtnerbuch Werk 2 – Di 8.12.2026\n\n06:40 Die ältere Dame vom Reinigungsdienst ist an der Schranke gestürzt, Verdacht auf Handgelenksbruch.',
      ),
    ).toBe('special');
    expect(
      level(
        'Cahier de transmissions – Crèche Les Lutins – mardi 8 décembre\n\nSection des grands : le petit au pull vert a de la fièvre (38,9 °C), maman prévenue.',
      ),
    ).toBe('special');
    expect(
      level("Brogliaccio servizio – 08/12/2026\n\n10:20 Un'anziana con il bastone è caduta alla fermata, ha una frattura."),
    ).toBe('special');
    // "Le petit déjeuner" is breakfast, for anyone.
    expect(
      level(
        'Menu de la semaine – 8 décembre\n\nLe petit déjeuner est servi de 7 h à 9 h ; menus sans gluten pour les enfants cœliaques sur demande.',
      ),
    ).toBe('public');
  });

  it("reads holdout-904's first run: a concert bill's voices and keyboard, a curator's 'a cura di', a film's 'de', a saint's church", () => {
    expect(
      level(
        'Kammerchor Hafenstadt – Adventskonzert\n\nSonntag, 13. Dezember 2026, 17 Uhr, St. Marien\n\nSopran: Lena Brandt\nTenor: Jakob Wendt\nAm Klavier: Olga Petrova\nLeitung: Martin Hollmann\n\nEintritt 15 Euro, Vorverkauf im Gemeindebüro.',
      ),
    ).toBe('public');
    expect(
      level('Mostra «Acque»\n\nA cura di Giulia Serra e Paolo Mancini\nDal 3 marzo al 30 aprile. Biglietti 8 euro, ridotti 5.'),
    ).toBe('public');
    // A rehearsal's rota names the choir's own singers: no audience is told of tickets.
    expect(
      level(
        'Choir rehearsal rota – December\n\nSoprano: Anna Weber\nTenor: Tom Berg\nBass: Priya Nair\n\nBring your own folder.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-906's first run: a board of directors' page, a published name's own address", () => {
    const board =
      'Board of Directors\n\nCatherine Ellwood – Chair\nAppointed to the Board in 2019. Catherine was previously Chief Executive of a regional energy network.\n\nMartin Okafor – Chief Executive Officer\nJoined the company in 2014.\n\nIndependent non-executive directors: Anjali Mehta (Chair of the Audit Committee) and Paul Devereux.';
    expect(level(board)).toBe('public');
    // A board's minutes name its members for the board alone; a director's illness beside his name is his.
    expect(
      level(
        'Minutes of the meeting of the Board of Directors, 12 May 2026\n\nPresent: Catherine Ellwood (Chair), Martin Okafor, Anjali Mehta\n\nBoard of Directors\n\nThe Audit Committee reported on the internal audit plan. Paul Devereux to circulate the draft.',
      ),
    ).toBe('personal');
    expect(
      level(
        board.replace(
          'Joined the company in 2014.',
          'Joined the company in 2014. Martin is on sick leave after his heart surgery.',
        ),
      ),
    ).toBe('special');
    // A press contact's address that spells her published name is as published as the name; a private mailbox is hers,
    // and so is a colleague's address in a message to the team.
    const release =
      'PRESS RELEASE\nBerlin, 3 March 2026\n\nAcme GmbH opens a new plant in Leipzig\n\nAcme GmbH today opened its new plant in Leipzig, creating 120 jobs.\n\nPress contact: Anna Weber, ';
    expect(level(`${release}anna.weber@acme-gmbh.de`)).toBe('public');
    expect(level(`${release}anna.weber@gmail.com`)).toBe('personal');
    expect(
      level(
        'Hi team,\n\nAnna Weber will take over the supplier reviews from Monday. Please copy anna.weber@acme-gmbh.de on all threads.\n\nThanks, Tom',
      ),
    ).toBe('personal');
  });

  it("reads holdout-908's first run: a canteen's numbered dishes opening with an adjective as no surnames", () => {
    expect(
      level(
        'JÍDELNÍ LÍSTEK – týden 49\n\nPondělí    Polévka: bramboračka\n           1) Svíčková na smetaně, houskový knedlík      98 Kč\nStředa     Polévka: gulášová\n           1) Vepřová pečeně, zelí, knedlík              98 Kč',
      ),
    ).toBe('public');
    // A numbered rota's surnames before their given names stay people.
    expect(level('Rozpis směn – týden 49\n\n1) Nováková Jana        6:00–14:00\n2) Dvořáková Petra      14:00–22:00')).toBe(
      'personal',
    );
  });

  it("reads holdout-909's first run: an internal distribution list under a release, Portuguese sick leave", () => {
    const release =
      'PRESSEMITTEILUNG\n\nStadtwerke Auenfeld senken Fernwärmepreis\n\nAuenfeld, 30. November 2026 – Die Stadtwerke Auenfeld senken den Arbeitspreis für Fernwärme um 8,5 Prozent.\n\nPressekontakt: presse@stadtwerke-auenfeld.example';
    expect(level(release)).toBe('public');
    expect(
      level(
        `${release}\n\n---\nInterner Verteiler (nicht veröffentlichen):\nVertrieb: Nadine Krug, Stefan Albers\nKundenservice: Petra Möllenkamp`,
      ),
    ).toBe('personal');
    expect(level('[Comentário – Joana Sousa: rever prazo com o Rui Matos antes de publicar; ele está de baixa até dia 4]')).toBe(
      'special',
    );
  });

  it("reads holdout-910's first run: results under a masthead, a council's deliberations, a paper's title page, an interview under a masthead", () => {
    expect(
      level(
        'FEDERACIÓN ARAGONESA DE ATLETISMO\nCampeonato de Aragón de Cross – Absoluto Femenino\nZaragoza, 29 de noviembre de 2026\n\nPos.  Dorsal  Atleta                   Club           Tiempo\n1     214     Laura Sancho Alcubierre  C.A. Huesca    27:41\n2     198     Marina Ezquerra Bueno    Scorpio 71     27:58\n3     227     Irene Lasheras Pardo     C.A. Barbastro 28:15',
      ),
    ).toBe('public');
    // A club's own training times name its members, and a knee beside a name is hers.
    expect(
      level(
        'CLUB DE ATLETISMO ZOITI\nEntrenamiento de cross – martes\n\nPos.  Atleta                   Tiempo\n1     Laura Sancho Alcubierre  27:41\n2     Marina Ezquerra Bueno    27:58\n3     Irene Lasheras Pardo     28:15\n\nLaura: revisar la rodilla con el fisio.',
      ),
    ).toBe('special');
    expect(
      level(
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\nSéance du 24 novembre 2026\nPrésents : M. Gérard Pasquier, Mme Isabelle Charrier, M. Olivier Desmarais\n\nDélibération n° 2026-58 – Tarifs de la cantine scolaire 2027',
      ),
    ).toBe('public');
    expect(
      level(
        'Rivista di Ingegneria dei Trasporti, vol. 38 (2026)\n\nEffetti della velocità commerciale\nsulla domanda di trasporto pubblico\n\nChiara Benedetti, Lorenzo Pagani, Sara De Luca\n\nDipartimento di Ingegneria Civile, Università di Verbania\n\nAutore corrispondente: chiara.benedetti@univ-verbania.example.it\n\nSommario\nLo studio analizza la velocità commerciale.',
      ),
    ).toBe('public');
    expect(
      level(
        'Zpravodaj obce Lipnice – prosinec 2026\n\nRozhovor se starostou: „Příští rok opravíme školu"\n\nStarosta obce Ing. Pavel Mareš odpovídá na otázky k rozpočtu.\n\nPane starosto, co je pro obec příští rok nejdůležitější?\nRekonstrukce základní školy.\n\nA co chodníky v Horní ulici?\nProjekt je hotový.\n\nPtala se Lenka Vávrová, redakce Zpravodaje',
      ),
    ).toBe('public');
  });

  it("reads holdout-910's first run: an academic's profile, a label's living artist, an official act's signer", () => {
    expect(
      level(
        'Dr Naomi Okafor\n\nSenior Lecturer in Structural Engineering\nEmail: n.okafor@eastmoor.ac.example\n\nResearch interests\n\nNaomi works on timber floors.\n\nSelected publications\n\nOkafor, N. (2023). Retrofitting the 1960s.',
      ),
    ).toBe('public');
    // A directory's entry has no academic's sections; her leave is hers.
    expect(
      level(
        'Dr Naomi Okafor\n\nSenior Lecturer in Structural Engineering\nRoom E2.14, ext. 4471\n\nNaomi is on sick leave until March.',
      ),
    ).toBe('special');
    expect(
      level(
        'Zaal 4 – Saskia Brouwer (1979)\n\nLichtvanger, 2024\nOlieverf en bladgoud op linnen, 180 × 240 cm\n\nSaskia Brouwer schildert landschappen waarin licht de hoofdrol speelt.',
      ),
    ).toBe('public');
    const act =
      'RESOLUCIÓN de 20 de noviembre de 2026, de la Dirección General de Cultura, por la que se conceden subvenciones a entidades sin ánimo de lucro.\n\nPrimero. Conceder a la Asociación Cultural Amigos del Libro 4.200 euros.\n\nZaragoza, 20 de noviembre de 2026. La Directora General de Cultura, Elena Bescós Aznar.';
    expect(level(act)).toBe('public');
    // Whom an act sanctions is named for their own matter.
    expect(
      level(
        act.replace(
          'Primero. Conceder a la Asociación Cultural Amigos del Libro 4.200 euros.',
          'Visto el expediente, RESUELVO: imponer a D. Juan Pérez Gil una multa de 300 euros.',
        ),
      ),
    ).toBe('personal');
  });

  it("reads holdout-911's first run: a log by its timed entries, a heading over two lines, 'every morning' as no one's", () => {
    expect(
      level(
        'Zeszyt dozorcy – budynek ul. Grunwaldzka 48\nData: 02.12.2026\n\n8:00 Odśnieżanie chodnika przed wejściem.\n10:30 Lokatorka spod 12 zgłosiła, że jej mąż po udarze nie może sam zejść po schodach.\n14:00 Wymiana żarówki na klatce B, 3 piętro, obok windy.',
      ),
    ).toBe('special');
    // A schedule over several days, each day's date heading its entries, is no log.
    expect(
      level(
        'Horario de procesiones\nDomingo de Ramos, 21 de marzo\n\n17:00 Hermandad de la Borriquita sale de la parroquia de San Pedro con su paso.\nJueves Santo, 25 de marzo\n20:00 Cofradía del Santísimo Cristo de la Misericordia recorre la plaza Mayor y la calle Real.\n21:00 Procesión del Silencio con la Virgen de los Dolores por el casco antiguo.',
      ),
    ).toBe('public');
    expect(
      level(
        'Biblioteca Municipal – Parte de incidencias\nMiércoles, 2 de diciembre de 2026\n\n10:15 El usuario habitual de la sala de prensa, el señor mayor que viene cada mañana, sufrió un mareo y dijo que es diabético.\n12:40 Se repuso papel en los aseos.',
      ),
    ).toBe('special');
  });

  it("reads holdout-912's first run: 'a' mid-sentence under a record's heading, a passenger, a public programme's patients", () => {
    expect(
      level(
        'Diario de servicio – Línea 27\nViernes 4 de diciembre de 2026\n\n06:55 Salida de cocheras con el coche 114.\n08:20 En la parada de la plaza de España subió una chica con muletas y una escayola en la pierna derecha.\n09:40 Retraso de 6 min por obras en la avenida.',
      ),
    ).toBe('special');
    expect(
      level(
        'Convegno regionale di cardiologia\nSabato 12 dicembre 2026\n\n09:30 Il paziente con scompenso cardiaco: nuove terapie e ruolo del medico di famiglia.\n10:30 Vivere dopo un infarto: l’esperienza delle associazioni di pazienti.\n11:30 Tavola rotonda sulla prevenzione cardiovascolare nelle scuole.\n\nPartecipazione gratuita, iscrizione obbligatoria.',
      ),
    ).toBe('public');
    // A press release's "note" heads no record: its "un paciente" is anyone's.
    expect(
      level(
        'Nota de prensa – Hospital Universitario del Sur, 25/11/2026\n\nEl hospital ha realizado su primer trasplante de pulmón en un paciente de 58 años con fibrosis pulmonar.',
      ),
    ).toBe('public');
  });

  it("reads holdout-913's first run: a cast's label, accepted papers, a chief executive's letter", () => {
    expect(
      level(
        'Stadsschouwburg – seizoen 2027\n\nHet Diner – naar de roman van Herman Koch\nRegie: Tom Lagerweij\nMet: Anouk de Ruiter, Bas Pronk, Sanne Kuipers en Dirk Wessels\ndo 11 februari, 20.15 uur – kaarten € 29,00',
      ),
    ).toBe('public');
    // A rehearsal's "Met:" tells no public audience of anything.
    expect(
      level('Repetitieschema koor – december\n\nMet: Anouk de Ruiter, Bas Pronk en Dirk Wessels\nNeem je eigen map mee.'),
    ).toBe('personal');
    expect(
      level(
        '# EuroDB 2027 — Accepted research papers\n\n- **Adaptive indexing** — Jonas Richter, Mei Tanaka (TU Dresden)\n- **Learned cardinality estimation** — Aisha Rahman, Lukas Berg (University of Copenhagen)\n\nRegistration opens on 1 February.',
      ),
    ).toBe('public');
    expect(
      level(
        'VD har ordet\n\n2026 blev ett år av tillväxt. Jag vill tacka alla medarbetare för ett fantastiskt arbete.\n\nSundsvall i februari 2027\nAnnika Byström\nVerkställande direktör',
      ),
    ).toBe('public');
    // Her own health, told in her letter, is hers.
    expect(
      level(
        'VD har ordet\n\n2026 blev ett tufft år för mig: jag var sjukskriven i tre månader för utmattning.\n\nAnnika Byström\nVerkställande direktör',
      ),
    ).toBe('special');
  });

  it("reads holdout-915's first run: a desk book's heading, breath and a dressing in a log", () => {
    expect(
      level(
        'Bibliotheek Zuidwolde – dienstboek balie\nVrijdag 11 december 2026\n\n10:00 Open, 2 vrijwilligers.\n11:30 De vaste bezoeker met de rollator kreeg het benauwd bij de leestafel.\n16:45 Kassa opgemaakt.',
      ),
    ).toBe('special');
    expect(
      level(
        'Tourenprotokoll Pflegedienst – Tour 3\nMittwoch, 9. Dezember 2026\n\n09:30 Fahrt zum Büro, Material aufgefüllt.\n10:15 Neuer Klient am Marktplatz: Verbandswechsel am Unterschenkel, Wunde gerötet.',
      ),
    ).toBe('special');
    // A cookbook is no record's book, whatever date heads it.
    expect(
      level(
        'Kookboek – recepten\nVrijdag 11 december 2026\n\nDe vaste klant vraagt vaak naar glutenvrije recepten voor mensen die het benauwd krijgen van tarwe.',
      ),
    ).toBe('public');
  });

  it("2.52.0's review: a log below other text, by its heading over two lines or its entries' shape", () => {
    expect(
      level(
        'Zo ontkalkt u uw waterkoker: vul hem met water en azijn en laat dat een nacht staan.\n\nLogboek receptie – Sportcentrum De Vaart\nZondag 6 december 2026\n\n09:00 Open, 3 medewerkers.\n10:40 De man die altijd op zondag komt squashen zakte in elkaar op baan 2; hij is diabeet.\n13:15 Kassa gecontroleerd.',
      ),
    ).toBe('special');
    // Its date in words, further down than a text's first 400 characters dates it.
    expect(
      level(
        `${'Para limpiar la cafetera, llénela de agua con vinagre y déjela reposar una noche entera. '.repeat(8)}\n\nDiario de servicio – Línea 27, coche 114\nViernes 4 de diciembre de 2026\n\n06:55 Salida de cocheras.\n08:20 En la parada de la plaza de España subió una chica con muletas y una escayola en la pierna derecha.\n09:40 Retraso de 6 min por obras en la avenida.`,
      ),
    ).toBe('special');
    // A schedule over several days below other text is no log.
    expect(
      level(
        'Cómo llegar: desde la estación, autobús 4 hasta la plaza.\n\nHorario de procesiones\nDomingo de Ramos, 21 de marzo\n\n17:00 Hermandad de la Borriquita sale de la parroquia de San Pedro con su paso.\nJueves Santo, 25 de marzo\n20:00 Cofradía del Santísimo Cristo de la Misericordia recorre la plaza Mayor y la calle Real.\n21:00 Procesión del Silencio con la Virgen de los Dolores por el casco antiguo.',
      ),
    ).toBe('public');
  });

  it("reads holdout-916's and -917's first runs: a notice's line for information, a hearing loss compounded", () => {
    expect(
      level(
        'KUULUTUS\n\nAsemakaavan muutos on nähtävillä kaupungintalolla.\n\nLisätietoja antaa kaavoitusarkkitehti, puh. 044 730 2210.',
      ),
    ).toBe('public');
    // The line names its contact: as before, a person's mobile.
    expect(level('Ilmoitus\n\nKirjasto on suljettu maanantaina.\n\nLisätietoja: Matti Virtanen, puh. 044 730 2210.')).toBe(
      'personal',
    );
    // A mobile without the information's word stays someone's.
    expect(level('Soita illalla: 044 730 2210.')).toBe('personal');
    expect(
      level(
        'Einladung zur Vorsorge\n\nSehr geehrter Herr Zöllner,\n\nbei Ihrer letzten Untersuchung wurde eine beginnende Hochtonschwerhörigkeit festgestellt.',
      ),
    ).toBe('special');
  });

  it("reads holdout-921's first run: a log's date lower under its heading, a week's number, a form's date field, a register's rows", () => {
    expect(
      level(
        "MAIN COURANTE – Poste de sécurité, galerie marchande\nAgent : poste 1 (équipe de nuit)\n\n02/12/2026\n18:10  Ronde du parking souterrain, rien à signaler.\n18:40  Un client âgé perdu devant la boulangerie, sa femme indique qu'il souffre d'Alzheimer.\n21:00  Fermeture des accès et alarme activée.",
      ),
    ).toBe('special');
    expect(
      level(
        'Logboek wijkcentrum De Linde – week 50\n\nma 7-12\nKoffieochtend: 19 bezoekers. De vaste meneer met de rollator ligt in het ziekenhuis met longontsteking.',
      ),
    ).toBe('special');
    expect(
      level(
        'AUTOBUSES DEL VALLE\nPARTE DE INCIDENCIAS DEL CONDUCTOR\nLínea: 2        Vehículo: 31        Fecha: 02/12/2026\n\nTras un frenazo, una señora mayor que iba de pie cayó al suelo. Otra viajera dijo que la señora lleva marcapasos.',
      ),
    ).toBe('special');
    expect(
      level(
        'Registro degli interventi di primo soccorso\n\n02/12     09:10  2ª A    bambino con lo zaino rosso    caduto in cortile, graffio al gomito\n02/12     10:40  4ª C    bambina con la treccia    mal di pancia e febbre a 38, chiamata la mamma\n03/12     11:05  1ª B    bambino nuovo    sangue dal naso, tamponato, rientrato in classe',
      ),
    ).toBe('special');
    // A form's date field under a maintenance record's heading describes no one.
    expect(
      level(
        'Wartungsprotokoll Aufzug\nObjekt: Lindenallee 12        Datum: 30.11.2026\n\nDer Monteur prüfte Tragmittel und Türantrieb; der Notruf wurde getestet.',
      ),
    ).toBe('public');
  });

  it("reads holdout-920's first run: a patent's front page, a roll of an office's holders, a place's encyclopedia entry", () => {
    expect(
      level(
        '(19) European Patent Office\n(11) EP 4 220 118 B1\n(12) EUROPEAN PATENT SPECIFICATION\n(54) VALVE FOR A HEAT PUMP\n(72) Inventors:\n • HANSEN, Lars, 8000 Aarhus C (DK)\n • MEYER, Julia, 24937 Flensburg (DE)\n(57) Abstract\nA valve for a heat pump comprises a body and a seat.',
      ),
    ).toBe('public');
    expect(
      level(
        'Turnverein Lindenau 1887\n\nUnsere Vorsitzenden\n\n1887–1905   Wilhelm Brandes\n1905–1931   Karl Hoppe\n1931–1960   Otto Wenzel\n1960–        Maria Lehmann',
      ),
    ).toBe('public');
    // A roll that tells of a holder's illness stays someone's.
    expect(
      level(
        'Unsere Vorsitzenden\n\n1887–1905   Wilhelm Brandes\n1905–1931   Karl Hoppe\n1931–1960   Otto Wenzel, der nach seinem Schlaganfall zurücktrat',
      ),
    ).not.toBe('public');
    expect(
      level(
        'Horní Lhotka\n\nHorní Lhotka je obec v okrese Jihlava. Žije zde přibližně 300 obyvatel.\n\nHistorie\nPrvní písemná zmínka o obci pochází z roku 1365. V 18. století zde byla postavena kaple a roku 1890 škola, která fungovala do roku 1970.\n\nOsobnosti\n- Karel Dvořák (1870–1940), malíř\n\nSpráva obce\nStarostou obce je od roku 2022 Petr Svoboda.',
      ),
    ).toBe('public');
    // A place's name over a letter is no entry's.
    expect(
      level(
        'Kaltenbrunn\n\nLiebe Anna Bergmann,\n\nKaltenbrunn ist ein Dorf, in dem ich mich wohlfühle. Ruf mich an: 0171 5528 310.',
      ),
    ).toBe('personal');
  });

  it("reads holdout-923's first run: a press contact's mobile after a published name, a result by a verb of beating", () => {
    expect(
      level(
        'PRESSMEDDELANDE\nNorrfors Trä AB, 1 december 2026\n\nNorrfors Trä utser Johanna Sundin till ny vd\n\nStyrelsen har utsett Johanna Sundin till ny verkställande direktör.\n\nFör mer information: Gunnar Berglund, styrelseordförande, tel. 070-331 22 48',
      ),
    ).toBe('public');
    // A private ad signed by a first name keeps its mobile someone's.
    expect(
      level('Oferujemy:\n- pokój 14 m2 na Mokotowie\nWymagania:\n- osoba niepaląca\n\nKontakt: Agnieszka, tel. 601 555 218'),
    ).toBe('personal');
    expect(
      level(
        'Koszykówka. Astoria wygrywa po dogrywce\n\nKoszykarze Astorii pokonali na wyjeździe Wisłę Zakroczym 88:84 po dogrywce. Najwięcej punktów zdobył rozgrywający Kacper Zieliński.',
      ),
    ).toBe('public');
  });

  it("reads holdout-926's first run: a book's publisher and pages, Finnish performers, an interviewer's byline, Czech 'kolik', Polish verbs' persons", () => {
    expect(
      level(
        'BOK | ”Isvägen” av Elin Rask\n\nElin Rask har tidigare skrivit två diktsamlingar. I sin första roman berättar hon om en byskollärare vintern 1952.\n\nElin Rask: Isvägen. Förlaget Norrsken, 312 sidor.',
      ),
    ).toBe('public');
    expect(
      level(
        'KONSERTTI | Järvelän kaupunginorkesteri\n\nNuori sellisti loisti Elgarin konsertossa\n\nSolistina esiintyi sellisti Aino Kettunen. Kapellimestari Petri Salonen johti Sibeliuksen toisen sinfonian, jonka finaali nosti yleisön seisomaan.',
      ),
    ).toBe('public');
    expect(
      level(
        'ROZHOVOR\n„Chceme opravit náměstí,“ říká starosta Martin Kubíček\n\nPane starosto, co čeká obec v roce 2027?\nRekonstrukce náměstí.\n\nKolik bude rekonstrukce stát?\nZhruba 38 milionů korun.\n\nPtala se Lucie Hrabětová',
      ),
    ).toBe('public');
    // Czech "kolik" (how much) is no colic, beside a name in a letter as anywhere.
    expect(level('Dobrý den, pane Nováku,\n\nkolik stojí oprava střechy? Děkuji.\n\nJana Svobodová')).toBe('personal');
    // "pracuje" (she works) in a text that writes Polish letters is no "pracuję" (I work): an encyclopedia's entry.
    expect(
      level(
        'Teresa Wolska\n\nTeresa Wolska (ur. 1961 w Sandomierzu) – polska malarka i graficzka. Ukończyła studia na wydziale malarstwa w 1986 roku. Mieszka i pracuje w Lublinie, gdzie prowadzi pracownię grafiki warsztatowej. Jej prace pokazywano na ponad dwudziestu wystawach indywidualnych w Polsce i za granicą, a w 2010 roku otrzymała nagrodę miasta za całokształt twórczości.',
      ),
    ).toBe('public');
    expect(level('Od roku pracuję w szpitalu na nocnej zmianie i choruję na cukrzycę.')).toBe('special');
  });

  it("reads holdout-927's and -928's first runs: a quotation wrapped over lines, a fleet's plates, Finland's documented example", () => {
    expect(
      level(
        'Lokale partij wint verkiezingen in Dijkhuizen\n\nDIJKHUIZEN – De lokale partij Dijkhuizen Vooruit is de grootste geworden. Lijsttrekker Gerda\nBosman sprak van „een historische avond".\n\nBosman wil met alle partijen om tafel. „Inwoners hebben gekozen voor een partij die dicht\nbij de dorpen staat. Dat gaan we waarmaken."',
      ),
    ).toBe('public');
    // "We" outside any quotation stays the writer's: a party's own letter to its members.
    expect(
      level(
        'Lokale partij wint verkiezingen in Dijkhuizen\n\nBeste leden, we hebben gewonnen! Lijsttrekker Gerda Bosman sprak van „een historische avond".\n\nWe zien jullie vrijdag.',
      ),
    ).not.toBe('public');
    expect(
      level(
        'Fuhrparkübersicht – Stand 01.12.2026\n\nKennzeichen   Fahrzeug               Bemerkung\nAU-SW 101     VW Crafter             Entstörungsdienst\nAU-SW 330     Renault Zoe            Poolfahrzeug',
      ),
    ).toBe('public');
    // A fleet list that names its drivers names them.
    expect(
      level(
        'Fuhrparkübersicht – Stand 01.12.2026\n\nKennzeichen   Fahrzeug      Fahrer\nAU-SW 101     VW Crafter    Jonas Albrecht\nAU-SW 330     Renault Zoe   Renate Seidl',
      ),
    ).toBe('personal');
    expect(level('Ohje\n\nHenkilötunnus kirjoitetaan muodossa PPKKVV-NNNT, esimerkiksi 010101-123N.')).toBe('public');
    expect(level('Henkilötunnus: 010101-123N\nNimi: Matti Virtanen')).toBe('personal');
  });

  it("reads holdout-929's first run: people described in logs in the EU's other languages, by the log's shape", () => {
    expect(
      level(
        'Hemtjänsten Norrby – dagboksanteckningar\nTorsdag 3 december 2026\n\n07:40  Besök hos damen på Björkvägen 3. Hon hade ramlat i natt och har ont i höften.\n10:15  Dusch hos herrn på Lindgatan, allt väl.\n13:30  Inköp till paret i radhuset vid skolan.',
      ),
    ).toBe('special');
    expect(
      level(
        'Domov pro seniory – kniha služeb\nÚterý 1. 12. 2026 – noční služba\n\n22:00  Převzetí služby, 18 klientů na oddělení.\n00:40  Paní z pokoje 12 upadla cestou na toaletu, naražené koleno.\n06:00  Předání služby ranní směně bez dalších událostí.',
      ),
    ).toBe('special');
    // An entry may open with whom it is about and a colon; a log whose entries tell of no one's health names no one.
    expect(
      level(
        'Kotihoito – päiväkirja\nMaanantai 30.11.2026\n\n08:10  Rouva Kauppakadun talossa: verensokeri 14,8, insuliini annettu aamulla.\n10:30  Herra Rantatiellä oli kaatunut kylpyhuoneessa yöllä.\n13:00  Lääkkeiden jako dosetteihin toimistolla.',
      ),
    ).toBe('special');
    expect(
      level(
        'Driftlogg – serverhallen\nTorsdag 3 december 2026\n\n07:40  Kontroll av kylningen i rum B, allt normalt.\n10:15  Byte av disk i lagringsenhet 4 klart.\n13:30  Säkerhetskopiering startad enligt schema.',
      ),
    ).toBe('public');
  });

  it("reads holdout-930's first run: a Nordic quotation opening its paragraph with a dash, a Slovak book's publisher", () => {
    expect(
      level(
        'Norrbyföretagare får årets miljöpris\n\nNORRBY. Snickeriet Träkraft i Norrby tilldelas kommunens miljöpris 2026. Företaget har bytt till\nsolceller och eldar all spillved i en egen panna som värmer verkstaden.\n\n– Vi har gjort det här i små steg under tio år, säger ägaren Jonas Wikström.\n\nPriset, 25 000 kronor, delas ut vid kommunfullmäktiges sammanträde den 14 december.',
      ),
    ).toBe('public');
    expect(
      level(
        'Recenzia: Zuzana Kováčová – Rieka pod horami\n\nDebutový román rozpráva o troch generáciách pltníkov na Váhu.\n\nZuzana Kováčová: Rieka pod horami. Vydavateľstvo Podhorie, 296 strán.',
      ),
    ).toBe('public');
  });

  it("reads holdout-932's first run: a child sick on a bus, a Polish man by his sex mid-sentence under a log's heading", () => {
    expect(
      level(
        "Route 14 school bus – escort's log\nTuesday 1 December 2026\n\n07:52  Pick-up Mill Lane: 6 children. The Year 2 girl who always sits behind the driver said her tummy hurt.\n08:10  She was sick near the swimming pool stop, her mum collected her.\n15:20  Afternoon run, all children dropped off.",
      ),
    ).toBe('special');
    expect(
      level(
        'Raport zmiany – ochrona\nSobota, 28.11.2026 – zmiana dzienna\n\n10:20  Patrol parkingu, bez uwag.\n13:05  Przy wejściu głównym mężczyzna około 50 lat zasłabł i upadł.\n17:40  Zgubione dziecko przy fontannie odprowadzone do rodziców.',
      ),
    ).toBe('special');
    // "Sick of" is no one's sickness.
    expect(level('Hi Tom,\n\nI was sick of waiting for the printer, so I used the one upstairs.\n\nAnna')).not.toBe('special');
  });

  it("reads holdout-934's first run: a French '1er' in a log's date, a capitalised adjective opening an entry, an entry told to its end", () => {
    expect(
      level(
        "Musée des Beaux-Arts – journal des agents d'accueil\nMardi 1er décembre 2026\n\n10h15  Salle 4 : une visiteuse âgée a fait une chute dans l'escalier, poignet gonflé.\n14h00  Visite guidée : 28 personnes.\n17h45  Fermeture des salles, rien à signaler.",
      ),
    ).toBe('special');
    expect(
      level(
        'Parkeergarage Centrum – logboek beveiliging\nVrijdag 4 december 2026\n\n19:20  Oudere dame op niveau -2 kon haar auto niet vinden.\n       Dochter gebeld; dochter vertelde dat haar moeder beginnende dementie heeft.\n23:00  Ronde gelopen, alles in orde.',
      ),
    ).toBe('special');
    // The next entry is another's: a term there tells nothing of the first entry's lady.
    expect(
      level(
        'Parkeergarage Centrum – logboek beveiliging\nVrijdag 4 december 2026\n\n19:20  Oudere dame op niveau -2 kon haar auto niet vinden. Zoon heeft haar opgehaald.\n21:00  Nieuwe folders in de hal neergelegd, over dementie bij ouderen.\n23:00  Ronde gelopen, alles in orde.',
      ),
    ).toBe('public');
  });

  it("reads holdout-937's first run: a dateline, a thesis defended, a guide's marks and prices, a show's episode, a win told", () => {
    expect(
      level(
        "Oude smederij wordt koffiebranderij: 'We beginnen klein'\n\nZWOLLE – Ruim veertig jaar stond het pand leeg. Vanaf januari brandt Fenna Holtrop (41) er koffie voor de horeca in de stad. 'Ik heb het\nvak geleerd in Berlijn', vertelt ze. De verbouwing kost ongeveer 180.000 euro.",
      ),
    ).toBe('public');
    // A notice's word in capitals is no place: an HR note stays a record.
    expect(
      level(
        'Absence of Tom Becker in the warehouse this week\n\nURGENT – Tom Becker did not come in on Monday or Tuesday and has not called. His team leader tried his mobile twice without an answer.',
      ),
    ).toBe('personal');
    expect(
      level(
        'Neue Dissertation zur Geschichte der Flößerei\n\nAm 20. November hat Lea Brandstätter ihre Dissertation erfolgreich verteidigt. Die Arbeit über die Flößerei auf der Isar im 19. Jahrhundert wurde von Professor Walter Ebner betreut.',
      ),
    ).toBe('public');
    expect(
      level(
        'Château Vieux Chêne – Côtes de Bourg\n\nRepris en 2019 par Hélène Marsac, ce petit domaine de douze hectares produit des vins du terroir argilo-calcaire, ronds et sans lourdeur. Le rouge 2022, fruité, se boit dès maintenant.\n\nRouge 2022 : 15,5/20 – 12 €',
      ),
    ).toBe('public');
    expect(
      level(
        'Field Notes – Episode 12: Hedgerows and the farmers who plant them\n\nIn this episode Clare Pettigrew walks a Shropshire farm with Owen Bevan, who has planted three kilometres of new hedges since 2020, and asks what it takes to make them pay. Listen wherever you get your podcasts.',
      ),
    ).toBe('public');
    expect(
      level(
        "Serie D: la Trevigliese supera il Caravaggio 3-1 nel derby\n\nGara decisa nella ripresa. Al 55' Locatelli firma il vantaggio, poi Brambilla raddoppia di testa e Pirola chiude i conti nel finale. Per gli ospiti il gol della bandiera di Carminati su rigore.",
      ),
    ).toBe('public');
    // A mark out of 20 with no price is a school's: a pupil's talk stays a record.
    expect(
      level(
        "Exposé oral de Lucas Perrin – évaluation\n\nLucas a présenté un exposé clair sur le cycle de l'eau, avec un support bien construit, mais il a lu ses notes presque tout le temps et n'a pas regardé la classe.\n\nNote : 13/20",
      ),
    ).toBe('personal');
  });

  it("reads holdout-938's first run: logs in the EU's other languages told by franc's trigrams and their scripts, one entry under a log's word", () => {
    expect(
      level(
        'Gostišče Pri Mostu – dnevnik recepcije\nPetek, 11. decembra 2026\n\n08:50  Gost iz sobe 7 je ponoči bruhal in imel vročino, poklicali smo zdravnika.\n12:00  Prevzem perila.\n20:00  Recepcija zaprta.',
      ),
    ).toBe('special');
    expect(
      level(
        'Κατασκήνωση Πεύκα – ημερολόγιο ομαδαρχών\nΣάββατο 12 Δεκεμβρίου 2026\n\n11:15  Ένα κορίτσι από την ομάδα Β είχε κρίση άσθματος στο μονοπάτι, της δώσαμε το φάρμακό της.\n13:00  Μεσημεριανό.\n21:00  Σβήσιμο φώτων.',
      ),
    ).toBe('special');
    // A log that tells of no one's health stays public.
    expect(
      level(
        'Linna ujula – valvepäevik\nLaupäev, 12. detsember 2026\n\n09:00  Ujula avati, vee temperatuur 27 kraadi, kõik rajad vabad.\n12:00  Koolirühm saabus.\n20:00  Ujula suleti.',
      ),
    ).toBe('public');
  });

  it("reads holdout-939's first run: a job ad told in prose in the EU's languages, an information line's number in Lithuanian", () => {
    expect(
      level(
        'Skladník/skladnice do našeho skladu v Jihlavě\n\nHledáme spolehlivého kolegu na plný úvazek s nástupem od února 2027. Nabízíme mzdu podle praxe, stravenky a pět týdnů dovolené.\nMáte-li zájem, pošlete životopis vedoucímu skladu Tomáši Novotnému na telefon 567 000 000.',
      ),
    ).toBe('public');
    expect(
      level(
        'Verkäufer/in für unsere Filiale in Lüneburg\n\nWir suchen ab sofort eine freundliche Verkäuferin oder einen Verkäufer in Teilzeit. Wir bieten einen sicheren Arbeitsplatz und ein nettes Team.\nFragen beantwortet Ihnen gern unsere Filialleiterin Sabine Kruse unter 04131 000000. Wir freuen uns auf Ihre Bewerbung!',
      ),
    ).toBe('public');
    // A manager's mail about a candidate is no ad, whatever words it shares with one.
    expect(
      level(
        'Hi Sabine,\n\nwe are looking for someone for the Lüneburg shop and I think Tom Becker would fit: he sent his CV yesterday and we can offer him 20 hours a week.\n\nBest,\nMarkus',
      ),
    ).toBe('personal');
    expect(
      level(
        'Savivaldybės pranešimas\n\nNuo sausio 1 d. keičiasi bibliotekos darbo laikas: darbo dienomis nuo 9 iki 18 val., šeštadieniais nuo 10 iki 15 val.\nDaugiau informacijos telefonu 8 800 00000.',
      ),
    ).toBe('public');
  });

  it("reads holdout-940's first run: a message's pupil of a named class, a Dutch incident report by its compound", () => {
    expect(
      level(
        'Subject: Year 4 swimming\n\nHi all,\n\na pupil in Year 4 has type 1 diabetes and will bring a snack and her testing kit to the pool. Please let her eat whenever she asks.\n\nThanks,\nJo',
      ),
    ).toBe('special');
    expect(
      level(
        "Oggetto: gita di venerdì\n\nCiao a tutti,\n\nun alunno della 3ª B ha una grave allergia alle api: porterà con sé l'adrenalina. Vi prego di tenerlo d'occhio.\n\nGrazie, Paola",
      ),
    ).toBe('special');
    // Any pupil of the class, in a condition: no one.
    expect(
      level(
        'Subject: Year 4 swimming\n\nDear parents,\n\nif a pupil in Year 4 feels unwell at the pool, the lifeguard will call you. Please tell us about any medical condition before the first lesson.\n\nThe office',
      ),
    ).toBe('public');
    expect(
      level(
        'Ongevalsmelding – Bouwbedrijf Van Dalen\nDatum: 3 december 2026\n\nEen medewerker van de steigerploeg viel van een ladder en brak zijn pols. Hij is naar de huisartsenpost gebracht.',
      ),
    ).toBe('special');
    // A fault's report tells of a pump.
    expect(
      level(
        'Storingsmelding – gemaal Oostpolder\nDatum: 3 december 2026\n\nPomp 2 valt steeds uit door oververhitting van de motor. Monteur komt morgen om 8 uur.',
      ),
    ).toBe('public');
  });

  it("reads holdout-941's first run: a Polish research dataset's participants by their code's column in the genitive", () => {
    expect(
      level(
        'id_pacjenta;wiek;płeć;rozpoznanie;leczenie\nK-201;44;K;astma oskrzelowa;budezonid\nK-202;52;M;POChP;tiotropium\nK-203;37;K;astma oskrzelowa;salbutamol doraźnie',
      ),
    ).toBe('special');
  });

  it("reads holdout-942's first run: the EU's other languages' verbs of saying and of winning, their reviews' word, Czech 'became' before a deputy mayor", () => {
    for (const text of [
      'Ny cykelsti åbner langs åen i Silkeborg\n\nDen nye cykelsti mellem banegården og havnen bliver indviet på lørdag. "Vi har ventet på den i mange år", siger Lone Hedegaard fra den lokale cykelforening. Stien er tre kilometer lang og har fået ny belysning hele vejen.',
      'Recenzia: Tichý dom na konci ulice\n\nDebutový román Petry Mináčovej rozpráva o troch generáciách žien v jednom dome na východe Slovenska. Autorka píše úsporne a presne, niektoré kapitoly by si však zaslúžili viac priestoru. Kniha vyšla vo vydavateľstve Tatran.',
      'Jaunoji plaukikė Gabija Petraitytė laimėjo auksą Lietuvos čempionate\n\nŠeštadienį Kaune vykusiame čempionate šešiolikmetė Gabija Petraitytė laimėjo 200 metrų plaukimo krūtine rungtį su rezultatu 2.31,45. Antroji liko Ieva Kazlauskaitė.',
      'Nový místostarosta Berouna\n\nZastupitelstvo města Beroun na svém zasedání zvolilo nové vedení. Místostarostou se stal Tomáš Pokorný, který bude mít na starosti dopravu a investice do škol. Hlasovalo pro něj 17 zastupitelů z 27.',
    ])
      expect(level(text)).toBe('public');
    // A friend's message telling what someone said of a named man's health stays his.
    expect(
      level(
        'Ahoj Petře,\n\nvčera mi Jana řekla, že její manžel Karel Novák je od pondělí v nemocnici s infarktem. Nevíš, jestli mu můžeme poslat kytku? Díky, Eva',
      ),
    ).toBe('special');
  });

  it("reads holdout-943's first run: people listed by the room, the seat, the locker or the cabin they have, not a place's facilities", () => {
    expect(
      level(
        'Wedding guests – rooms at the Mill House\n\nRoom 12: 2 guests, one with a severe nut allergy\nRoom 14: 2 guests\nRoom 15: 1 guest, uses a wheelchair, ground floor please\n',
      ),
    ).toBe('special');
    expect(
      level(
        'Kabinenliste Kreuzfahrt Reisegruppe Sonnenschein\n\nKabine 204: 2 Pers., Diabetikerkost bestellt\nKabine 206: 2 Pers.\nKabine 211: 1 Pers., Sauerstoffgerät an Bord, Arztbrief liegt vor\n',
      ),
    ).toBe('special');
    // What a room is for is the hotel's.
    expect(
      level(
        'The Mill House – our rooms\n\nRoom 1: double room with garden view\nRoom 2: accessible room adapted for wheelchair users, walk-in shower\nRoom 3: family room, sleeps four\n',
      ),
    ).toBe('public');
  });

  it("reads holdout-944's first run: a Polish card number's abbreviated label, arrears on a flat's line in an owners' list", () => {
    expect(
      level(
        'Hausgemeinschaft Lindenstraße 12 – Hausgeld Stand 30.11.2026\n\nWohnung 1: bezahlt\nWohnung 2: Rückstand 3 Monate (1.140 €), Mahnung versandt\nWohnung 3: bezahlt\nWohnung 4: bezahlt\n',
      ),
    ).toBe('personal');
    expect(
      level(
        'Riverside Court – service charge statement, November\n\nFlat 1: paid\nFlat 2: owes £420, second reminder sent\nFlat 3: paid\n',
      ),
    ).toBe('personal');
    // An agent's flats for sale owe nothing: "outstanding" views are no debt.
    expect(
      level(
        'Harbour View – flats for sale\n\nFlat 1: two bedrooms, outstanding sea views, £240,000\nFlat 2: one bedroom, balcony, £185,000\nFlat 3: penthouse, £410,000\n',
      ),
    ).toBe('public');
    expect(
      level(
        'Związek zawodowy pracowników zakładu – składki za grudzień\n\nNr legitymacji   Dział         Składka\n0512             Produkcja     42,50 zł\n0519             Magazyn       38,20 zł\n',
      ),
    ).toBe('special');
  });

  it("reads holdout-947's first run: a unit an office runs, membership told as free, an event's own mailbox, a prize a jury gives", () => {
    // The unit someone heads, named by a term, is their work; being admitted to it is their care.
    expect(level('Marie Dubois joined in 2015 and became head of the diagnostics division in 2021.')).toBe('personal');
    expect(level('Marie Dubois hat 2021 die Leitung der Sparte Diagnostik übernommen.')).toBe('personal');
    expect(level('Marie Dubois, responsabile del reparto di cardiologia, ha presentato il progetto.')).toBe('personal');
    expect(level('Marie Dubois was admitted to the oncology department.')).toBe('special');
    expect(level('Marie Dubois è ricoverata nel reparto di cardiologia.')).toBe('special');
    // Membership offered to an audience is a service's, not the organisation's own people.
    expect(
      level(
        'New library opens in Eastfield\n\nPress release – 24 November 2026\n\nThe new library opened its doors on Saturday, with more than 1,200 visitors on the first day. The building replaces the old library and adds a makerspace, study rooms and a café.\n\nCouncillor Anjali Mehra, cabinet member for culture, said: "This is a space for everyone, from toddlers at rhyme time to people looking for work."\n\nLibrary membership is free.\n',
      ),
    ).toBe('public');
    // A mailbox named by the title's words is the event's; a person's names are theirs wherever they stand.
    expect(level('Colloque chaleur et ville\nContact : colloque-chaleur@univ-tours.example')).toBe('public');
    expect(level('Anna Kowalski\nanna.kowalski@firma.pl')).toBe('personal');
    // A prize a jury gives, its verb before it; an office raffle's prize has no jury.
    expect(
      level(
        'La cocinera Lucía Garmendia gana el Premio Txangurro de Oro\n\nSan Sebastián, 30 de noviembre. La cocinera ha recibido el premio que concede la Cofradía. El jurado ha destacado su cocina de producto.\n',
      ),
    ).toBe('public');
    expect(level('Office news\n\nAnna Weber wins the prize of our Christmas raffle: a hamper.\n')).toBe('personal');
  });

  it("reads holdout-948's first run: a log's entries dated below its heading, plural and German reports' words, a flat's or a block's line, a directory's services", () => {
    expect(
      level(
        'Gimnasio Ondarreta – registro de incidencias de sala\n\nSábado 28/11, 11:10 – Un socio de la sala de musculación se torció el tobillo bajando de la cinta.\n',
      ),
    ).toBe('special');
    expect(
      level(
        "Médiathèque des Tanneurs – cahier des incidents\n\nMardi 24/11, 15 h 20 : un lecteur habituel de la salle de presse a fait un malaise. Il est diabétique d'après ce qu'il a dit.\n",
      ),
    ).toBe('special');
    expect(
      level(
        'Zwembad De Wetering – meldingen toezicht\nZondag 29 november\n14:12 Meisje van ongeveer 8 jaar kreeg een epileptische aanval in het instructiebad.\n15:40 Glasscherven opgeruimd.\n',
      ),
    ).toBe('special');
    expect(
      level(
        'Störungsmeldung Fahrdienst – Linie 7\n\nDatum/Uhrzeit: 19.11.2026, 16:52\n\nBeim Anfahren ist ein älterer Fahrgast gestürzt. Er hatte eine Platzwunde am Kopf.\n',
      ),
    ).toBe('special');
    // A police press release's heading is no record's, however its word is compounded.
    expect(
      level(
        'Polizeipräsidium Mittelhessen – Pressemeldung vom 28.11.2026\n\nGießen: Radfahrer bei Unfall schwer verletzt\nAm Freitagabend stieß ein 54-jähriger Radfahrer mit einem Lieferwagen zusammen. Der Mann erlitt schwere Kopfverletzungen und wurde in die Uniklinik gebracht.\n',
      ),
    ).toBe('public');
    expect(
      level(
        'Uwagi do rejonu 14\n\n- Blok 3, mieszkanie 14: klient prosi, żeby paczki zostawiać u sąsiada, bo porusza się na wózku.\n- Blok 5: domofon nie działa.\n',
      ),
    ).toBe('special');
    // A building's directory lists what each place houses.
    expect(level('Ground floor\n\nRoom 12: physiotherapy\nRoom 14: dermatology clinic\nRoom 16: blood tests\n')).toBe('public');
    expect(
      level('Klinikum Nord – Lageplan\n\nHaus 1: Notaufnahme, Radiologie\nHaus 2: Kardiologie, Onkologie\nHaus 3: Verwaltung\n'),
    ).toBe('public');
    expect(level('Ward 4\n\nBed 1: cardiology review, chest pain\nBed 2: awaiting discharge\n')).toBe('special');
  });

  it("reads holdout-951's and -953's first runs: the other languages' callings, a Hungarian calling after the name, an interview's word, a prize's, a Czech 'ho', Polish 'romskie'", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-951', text), 'utf8');
    for (const file of ['da-nyhed-koncert.txt', 'hu-hir-konyvbemutato.txt', 'cs-rozhovor-reditel.txt', 'fi-uutinen-palkinto.txt'])
      expect(level(body(file)), file).toBe('public');
    // The same Hungarian notice telling of the author's illness is no longer news of her book.
    expect(
      level(body('hu-hir-konyvbemutato.txt').replace('új könyvét', 'új könyvét, bár súlyos rákbetegsége miatt kórházban van,')),
    ).toBe('special');
    // A photographer's work named before her in the genitive, and the curator by the copula.
    expect(
      level(
        'Wystawa fotografii „Ludzie Podhala"\n\nMuzeum zaprasza na wystawę fotografii Janiny Gąsienicy-Sobczak, która przez trzydzieści lat dokumentowała życie wsi. Kuratorem wystawy jest dr Paweł Bafia.\n\nWernisaż: 11 grudnia, godz. 18.00. Bilety: 15 zł.\n',
      ),
    ).toBe('public');
    expect(
      level(
        'Ja, niżej podpisana Monika Dudek, zgłaszam, że kierownik zmiany wyśmiewał moje romskie pochodzenie przy innych pracownikach.',
      ),
    ).toBe('special');
  });

  it("reads holdout-954's and -955's first runs: a described one's verb in the text's language, stars ending a review's headline", () => {
    // English "a" is no French "has": a provider running a clinic tells of no one's state.
    expect(
      level(
        'Subject: Flu clinic\n\nDear all,\n\nOur occupational health provider will run a flu vaccination clinic in room 3 on Thursday.\n\nPeople team',
      ),
    ).toBe('public');
    // … where French "a" is.
    expect(level('Salut à tous,\n\nle nouveau collègue de la compta a la grippe, il revient lundi.\n\nBonne journée')).toBe(
      'special',
    );
    expect(
      level(
        "Review: The Glass Harbour, Lyceum Studio ★★★★\n\nFiona Leckie's new play about a fishing family in the 1970s is funny, angry and beautifully paced. Tom Ashcroft is superb as the stubborn skipper. Director Hamish Orr keeps the small stage busy without ever crowding it.\n\nUntil 19 December. Tickets £12–£24.\n",
      ),
    ).toBe('public');
  });

  it("reads holdout-957's first run: a log in another EU language keeps two entries a day under its word", () => {
    expect(
      level(
        'Kirjaston päivystyspäiväkirja 24.11.2026\n\n14.30 Lukusalissa iäkäs mies sai sydänkohtauksen. Soitettiin 112, ensihoito vei hänet sairaalaan.\n16.10 Tulostin 2 jumissa, huoltopyyntö tehty.\n',
      ),
    ).toBe('special');
    expect(
      level(
        'Kniha událostí – sportovní hala Lužánky\nSobota 28. 11. 2026\n\n10:20 Starší muž na tribuně zkolaboval, byl v bezvědomí asi minutu. Přivolána záchranka, odvezen do nemocnice s podezřením na mrtvici.\n12:00 Úklid šaten.\n',
      ),
    ).toBe('special');
    // Two entries under no log's word are a timetable's.
    expect(
      level(
        'Kirjaston ohjelma 24.11.2026\n\n14.30 Luento: sydänkohtauksen ensiapu, puhujana ensihoitaja.\n16.10 Lukupiiri lukusalissa.\n',
      ),
    ).toBe('public');
  });

  it("reads holdout-958's first run: someone a message in another EU language describes by a role, an age or a pronoun", () => {
    expect(
      level(
        'Ämne: Täckning ekonomi\n\nHej alla,\n\nVår nya kollega på ekonomi är sjukskriven resten av månaden efter en operation i knät.\n\nHälsningar\nEkonomichefen',
      ),
    ).toBe('special');
    expect(
      level(
        'Kedves Lakók!\n\nA földszinti idős úr, aki a kutyájával szokott sétálni, szívinfarktust kapott, és néhány hétig nem mehet ki.\n\nA közös képviselő',
      ),
    ).toBe('special');
    // A lecture on a disease, no one described.
    expect(
      level(
        'Hej alla!\n\nPå torsdag kl. 18 håller vi en föreläsning om diabetes i biblioteket. Föreläsaren svarar på frågor efteråt. Fri entré.\n\nBiblioteket',
      ),
    ).toBe('public');
    // Anyone's allergies asked for a dinner.
    expect(
      level(
        'Ämne: Julbord fredag\n\nHej alla,\n\nSäg till om ni har allergier eller specialkost senast onsdag, så meddelar vi köket.\n\nPersonalföreningen',
      ),
    ).toBe('public');
  });

  it("reads holdout-959's first run: editors and curators in the other languages, South Slavic callings in the genitive, Estonian free participation", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-959', text), 'utf8');
    for (const file of ['hr-izlozba.txt', 'sl-predstavitev-knjige.txt', 'et-konverents.txt'])
      expect(level(body(file)), file).toBe('public');
  });

  it("reads holdout-960's first run: a dated table's row describing someone by a role, a Dutch word that spells a Polish animal", () => {
    expect(
      level(
        'Datum;Schicht;Bereich;Bemerkung\n01.12.2026;Früh;Lager;Staplerfahrer aus Halle 2 fällt aus, Bandscheibenvorfall\n01.12.2026;Spät;Versand;keine Besonderheiten\n',
      ),
    ).toBe('special');
    expect(
      level(
        'ticketnummer,datum,onderwerp,omschrijving\nT-88121,30-11-2026,Toegang pand,Bezoeker in rolstoel kon de hoofdingang niet in; deurautomaat defect\nT-88122,30-11-2026,Printer,Printer 3e verdieping geeft papierstoring\n',
      ),
    ).toBe('special');
    // A row about a thing, no one described.
    expect(
      level('Datum;Bereich;Bemerkung\n01.12.2026;Kantine;Allergenkennzeichnung erneuert\n02.12.2026;Lager;Regal 4 repariert\n'),
    ).toBe('public');
  });

  it("reads holdout-963's first run: a Slovak ambulance and fall, a Bulgarian and a Czech or Slovak greeting to many", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-963', text), 'utf8');
    for (const file of ['sk-kniha-hlaseni.txt', 'bg-suobshtenie-roditeli.txt']) expect(level(body(file)), file).toBe('special');
    expect(level(body('sk-program-klub.txt'))).toBe('public');
  });

  it("reads holdout-964's first run: a match's players by their positions and a present tense's win, a chaplain's hospital, a job ad by its organisation's search and its pay", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-964', text), 'utf8');
    for (const file of ['fr-article-rugby.txt', 'nl-vacature-contact.txt']) expect(level(body(file)), file).toBe('public');
    // A chaplain's hospital is his workplace; a patient's is his care.
    expect(level("Marco Bianchi è stato per otto anni cappellano dell'ospedale cittadino.")).toBe('personal');
    expect(level("Marco Bianchi è stato ricoverato all'ospedale cittadino.")).toBe('special');
  });

  it("reads holdout-966's first run: a round's homes by their street, a heading's date with dashes, a Portuguese weekday, 'ocorrências'", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-966', text), 'utf8');
    for (const file of ['de-pflegedienst-tourenplan.txt', 'nl-dagrapport-beveiliging.txt', 'pt-livro-ocorrencias-hotel.txt'])
      expect(level(body(file)), file).toBe('special');
    // A list of pharmacies by their street houses no one's care.
    expect(level('Notdienst-Apotheken Dezember\n\nLindenweg 4: Apotheke am Markt\nAhornstraße 12: Stadt-Apotheke\n')).toBe(
      'public',
    );
  });

  it("reads holdout-967's first run: a record's heading whose second line holds its date among other words", () => {
    expect(
      level(
        'Libro de incidencias – Autobuses Urbanos de Cáceres\nLínea 3, lunes 30/11/2026\n\n08:20 Una pasajera embarazada se mareó en la parada del hospital; se detuvo el vehículo.\n',
      ),
    ).toBe('special');
    // A timetable's heading is no record's.
    expect(
      level(
        'Horario de invierno – Autobuses Urbanos de Cáceres\nLínea 3, desde el lunes 30/11/2026\n\n08:20 Parada del hospital\n08:35 Plaza Mayor\n',
      ),
    ).toBe('public');
  });

  it("reads holdout-968's and -970's first runs: a contact's note tells of the one it was with, in the eight languages and the others", () => {
    for (const set of ['holdout-968', 'holdout-970']) readAsLabeled(set);
    // Synthetic: a bank's phone note of a caller and her husband, in English and in Italian.
    expect(
      level(
        'Phone note - card services\n\nInbound call about a blocked card. The caller asked for a replacement; her husband is in hospital after a stroke and cannot sign.\n',
      ),
    ).toBe('special');
    expect(
      level(
        'Nota telefonica – assistenza clienti\n\nHa chiamato una signora per la bolletta. Il marito è ricoverato per un infarto e chiede una rateizzazione.\n',
      ),
    ).toBe('special');
    // … and in Latvian, the caller by her role.
    expect(level('Zvana piezīme – klientu apkalpošana\n\nZvanīja kliente, 60 gadi. Viņa ir slimnīcā pēc insulta.\n')).toBe(
      'special',
    );
    // A call centre's script names conditions and no one; a contact note about a product's words too.
    expect(
      level(
        'Call handling script\n\nIf the caller mentions a stroke or a hospital stay, offer a call back from the case team.\n',
      ),
    ).toBe('public');
    expect(
      level('Call notes - supplier review\n\nThe new hospital beds arrive in March; delivery to the surgery wing first.\n'),
    ).toBe('public');
    // The other EU languages' FAQ titles: an FAQ asks in the first person.
    expect(level('Vanliga frågor om sjukpenning\n\nNär får jag sjukpenning om jag har en depression?\n')).toBe('public');
  });

  it("reads holdout-969's first run: a speaker's words quoted after a colon, a straight quote wrapped, a winner ahead of the second", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-969', text), 'utf8');
    for (const file of ['en-university-grant-news.txt', 'it-cronaca-granfondo.txt'])
      expect(level(body(file)), file).toBe('public');
  });

  it("reads holdout-971's first run: a dated record's text field describing someone by their role, in a JSON export or a ticket", async () => {
    for (const file of ['de-ticket-export.json', 'pt-registo-pedidos.json', 'fr-suivi-dossiers.tsv']) {
      const extracted = await extractText(readFileSync(join(import.meta.dirname, '../../bench/holdout-971', file)), file);
      expect(extracted.ok && level(extracted.text), file).toBe('special');
    }
    // Synthetic: a support system's record, its fields as the extractor writes a JSON object's.
    const record = (description: string) =>
      `tickets[0].id: T-1001\ntickets[0].created: 2026-11-05T08:14:00\ntickets[0].channel: phone\ntickets[0].description: ${description}\n`;
    expect(level(record('The customer asked to pause her contract because she is starting chemotherapy next week.'))).toBe(
      'special',
    );
    // Not a record's field telling of anyone, nor one with no date.
    expect(level(record('Customers who start chemotherapy may pause their contract for up to six months.'))).toBe('public');
    expect(
      level(
        'tickets[0].id: T-1001\ntickets[0].channel: phone\ntickets[0].description: The customer asked to pause her contract because she is starting chemotherapy next week.\n',
      ),
    ).not.toBe('special');
  });

  it("reads holdout-972's first run: a dash's line of dialogue told by its speaker, a Hungarian score before its verb, free entry told with its verb", () => {
    const body = (text: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-972', text), 'utf8');
    for (const file of ['sv-nyhet-kommun.txt', 'hu-sport-kezilabda.txt', 'cs-kniha-recenze.txt', 'ro-expozitie-muzeu.txt'])
      expect(level(body(file)), file).toBe('public');
  });

  it("reads holdout-974's first run: a meeting's minutes by their heading's word, its date with dashes too", () => {
    readAsLabeled('holdout-974');
    // Synthetic: a dash's date in a heading of minutes, not a range of days in a schedule's.
    const minutes = (heading: string) =>
      `${heading}\n\n1. Rota for December agreed.\n2. A colleague in the warehouse is off after a heart attack; cover arranged.\n`;
    expect(level(minutes('Minutes - warehouse meeting 26-11-2026'))).toBe('special');
    expect(level(minutes('Warehouse rota 26-11 to 30-11'))).not.toBe('special');
  });

  it("reads holdout-975's first run: another EU language's minutes tell of the colleague they describe, as a contact's note does", () => {
    readAsLabeled('holdout-975');
    // Synthetic: the minutes' word must head the text; Swedish minutes of sick leave in general tell of no one.
    expect(level('Protokoll personalmöte 2026-11-24\n\n1. Sjukskrivningarna har minskat.\n2. Nästa möte i januari.\n')).not.toBe(
      'special',
    );
  });

  it("reads holdout-977's first run: another EU language's log by its heading's word tells of the one its lines describe, timed or not", () => {
    for (const set of ['holdout-976', 'holdout-977']) readAsLabeled(set);
    // Synthetic: a Swedish club's log with no timed entries, and its notice asking for anyone's health.
    expect(level('Träningslogg – P12, torsdag 26/11\n\nEn spelare fick ont i knät; hans mamma hämtade honom.\n')).toBe('special');
    expect(level('Träningslogg – P12\n\nFyll i hälsodeklarationen: astma, allergier, epilepsi.\n')).not.toBe('special');
  });

  it("reads a record's described one's own modal verb as theirs, not a rule's (holdout-971's left reading)", () => {
    const record = (line: string) => `Registro assistenza – 06/11/2026\n\n${line}\n`;
    expect(level(record("L'abbonato chiede di sospendere l'abbonamento: deve iniziare la radioterapia."))).toBe('special');
    // Not a quantifier's or a condition's sentence, which tells of anyone.
    expect(level(record('Ogni abbonato deve iniziare la radioterapia.'))).toBe('public');
    expect(level(record("Se l'abbonato deve iniziare la radioterapia, sospendere."))).toBe('public');
  });

  it("reads holdout-980's first run: call summaries' headings, a taxpayer, one person's modal verb after the term", () => {
    for (const file of ['es-resumen-llamada.txt', 'nl-belverslag.txt', 'pt-resumo-chamada.txt'])
      expect(level(readFileSync(join(import.meta.dirname, '../../bench/holdout-980', file), 'utf8')), file).toBe('special');
    // Not anyone by a pronoun, nor a condition before the term.
    expect(
      level('Call notes - card services\n\nThe caller asked whether anyone with diabetes can get a larger font on statements.\n'),
    ).toBe('public');
    expect(
      level('Call notes - card services\n\nThe caller has diabetes and cannot read small print; large font set on statements.\n'),
    ).toBe('special');
  });

  it("reads holdout-982's first run: another EU language's case record by its heading's word and its date tells of its client", () => {
    for (const set of ['holdout-981', 'holdout-982']) readAsLabeled(set);
    // Synthetic: a Swedish journal note of one visit, undated it is no one day's record; a Romanian reflexive "se" is no
    // condition's "if".
    const note = (top: string) => `${top}\n\nKlienten har diabetes och har svårt att gå. Hon behöver hemtjänst.\n`;
    expect(level(note('Journalanteckning\nDatum: 2026-11-24'))).toBe('special');
    expect(level(note('Journalanteckning'))).not.toBe('special');
    expect(
      level('Notă de constatare\nData: 26.11.2026\n\nBeneficiara locuiește singură. Are epilepsie; se deplasează greu.\n'),
    ).toBe('special');
    // A report of the year in another language names its clients' illnesses, no one's.
    expect(level('Výroční zpráva 2025\n\nTéměř polovina klientů trpí chronickým onemocněním, 61 klientů žije s demencí.\n')).toBe(
      'public',
    );
  });

  it("reads holdout-984's first run: a talk's or a referral's record at work in another EU language, an employee's field", () => {
    readAsLabeled('holdout-984');
    // Synthetic: a Danish talk's heading and its date; a Hungarian employee's field with the name surname first.
    expect(level('Fraværssamtale\nDato: 02.12.2026\n\nMedarbejderen har astma og er sygemeldt i denne uge.\n')).toBe('special');
    expect(level('Munkavállaló: Vincze Réka, raktáros\nMegjegyzés: asztmás, porálarcot kap.\n')).toBe('special');
  });

  it("reads holdout-983's first run: a box office's other name, an episode's number ending a headline, an election's verb", () => {
    const body = (file: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-983', file), 'utf8');
    for (const file of [
      'it-stagione-teatrale.txt',
      'nl-podcast-aflevering.txt',
      'pl-aktualnosc-biblioteka.txt',
      'pt-noticia-nomeacao.txt',
    ])
      expect(isPersonal(level(body(file))), file).toBe(false);
    // Synthetic: the cast after "Regie:" in a programme with its box office, not a colleague's "with" in a team's note.
    expect(
      isPersonal(
        level(
          'Theater am Markt – Spielplan\n\nFreitag, 15. Januar, 20 Uhr\nRegie: Jana Falk, mit Ole Brandt und Mia Sommer.\n\nTheaterkasse: Dienstag bis Samstag.\n',
        ),
      ),
    ).toBe(false);
    expect(isPersonal(level('Team update\n\nJana Falk will pair with Ole Brandt on the audit next week.\n'))).toBe(true);
  });

  it("reads holdout-985's first run: a new office's headline under a site's name and its lead, a predecessor, an institution named after someone", () => {
    readAsLabeled('holdout-985');
    // Synthetic: a school's news, its site's name over the headline; the new head named in the lead, her predecessor after.
    const news = (lead: string) => `News – Ashgrove Academy\n\nNew headteacher from January\n\n${lead}\n`;
    expect(
      isPersonal(
        level(
          news(
            'From January Ruth Callow leads the academy. She has taught science here for twelve years and was deputy head since 2021.\nHer predecessor, Owen Pryce, retires at Christmas after nine years in the post.',
          ),
        ),
      ),
    ).toBe(false);
    // … not a pupil named beside them, nor a staff note with no new office in its headline.
    expect(isPersonal(level('Staff news\n\nRuth Callow leads the maths team from January; Owen Pryce is off sick.\n'))).toBe(
      true,
    );
  });

  it("reads holdout-988's first run: everyday conditions in the other languages, an incident's report by its heading's word", () => {
    readAsLabeled('holdout-988');
    // Synthetic: a Danish incident report dated at its top tells of the child it describes; a Swedish notice on fever
    // tells of no one.
    expect(
      level('Hændelsesrapport – SFO Skovbrynet\nDato: 03.12.2026\n\nEn dreng faldt i skolegården og fik hjernerystelse.\n'),
    ).toBe('special');
    expect(
      level('Information till vårdnadshavare\n\nBarn med feber ska stanna hemma ett dygn efter att febern gått över.\n'),
    ).not.toBe('special');
  });

  it("reads holdout-989's and -990's first runs: a successor's words over a line's wrap, a choir's name, a broadcaster's catch-up, a lump found", () => {
    readAsLabeled('holdout-990');
    const body = (file: string) => readFileSync(join(import.meta.dirname, '../../bench/holdout-989', file), 'utf8');
    for (const file of ['de-radioprogramm.txt', 'pl-sezon-klubu.txt', 'de-vereinsnachrichten-chor.txt'])
      expect(isPersonal(level(body(file))), file).toBe(false);
    // Synthetic: "succeeds" wrapped over two lines of a club's news.
    const news = (gap: string) =>
      `Vereinsnachrichten – Schachclub Rössing\n\nBei der Jahreshauptversammlung wurde Petra Lindqvist zur neuen Vorsitzenden gewählt. Sie folgt${gap}auf Bernd Kaltofen, der nach zehn Jahren nicht mehr kandidierte.\n`;
    expect(isPersonal(level(news('\n')))).toBe(false);
  });

  it("reads holdout-991's first run: a booking's title before a passenger's name in capitals, the airlines' meal codes of faith", () => {
    readAsLabeled('holdout-991');
    // Synthetic: a rail booking's passenger in capitals after her title, and a kosher meal's code alone.
    expect(level('Booking confirmation\n\nPassenger: MRS JANE PELLOW\nSeat 14B\n')).toBe('personal');
    expect(level('Passenger: MR DAVID ROSENFELD\nMeal: KSML\n')).toBe('special');
    // … and a mail-merged letter's greeting, its English title without a dot or in capitals before a surname in capitals.
    expect(level('Dear Mr PELLOW,\n\nYour refund of £42.10 has been processed.\n')).toBe('personal');
    expect(level('Dear MRS PELLOW,\n\nYour refund of £42.10 has been processed.\n')).toBe('personal');
    expect(level('DR CONGO: MINING EXPORTS RISE\n\nCopper exports grew by 8 % in the third quarter.\n')).toBe('public');
  });

  it("reads holdout-992's first run: an addressee in capitals under their title's own line, over a town not in capitals", () => {
    readAsLabeled('holdout-992');
    // Synthetic: a German envelope's window, its title alone on the first line; a heading in capitals over a year is none.
    expect(level('Frau\nHELGA STRÖMKE\nLindenweg 4\n64689 Lindenfels\n\nIhre Zählerstände bitte bis Freitag.\n')).toBe(
      'personal',
    );
    expect(level('JAHRESBERICHT STADTWERKE\n\n2026 Ergebnisse über Plan.\n')).toBe('public');
  });

  it('reads Spanish "soy" before what one is, and an operation told by its verb (probes of first-person statements, 2.57.0)', () => {
    expect(level('Soy diabético y necesito insulina.')).toBe('special');
    expect(level('Soy testigo de Jehová y no acepto transfusiones.')).toBe('special');
    expect(level('Hola Ana, me operan el lunes de la cadera. Un beso, Pilar')).toBe('special');
    // Not the bean.
    expect(level('Soy sauce and diabetes: a guide for patients.')).not.toBe('special');
  });

  it("reads a product's colours after their label, a councillor's surgery and a novel's title as no one's (probes of everyday public texts, 2.57.0)", () => {
    expect(isPersonal(level('Farben: Rosa, Grau, Salbei. Größen S–XL. Preis 29,95 €.'))).toBe(false);
    expect(level('Town hall opening hours: Mon–Fri 8:30–16:00. Mayor Helen Price holds a surgery on the first Monday.')).not.toBe(
      'special',
    );
    // … not someone's operation, nor a list of people.
    expect(level('Helen Price had surgery on her knee.')).toBe('special');
    expect(isPersonal(level('Anwesend: Rosa, Grau'))).toBe(true);
    // A German town's department head quoted in a council's news.
    expect(
      isPersonal(
        level(
          'Stadtrat beschließt neues Radwegekonzept\n\nDer Stadtrat hat am Dienstag mit großer Mehrheit das neue Radwegekonzept beschlossen. Baudezernentin Miriam Haller sprach von einem „Meilenstein für die Innenstadt“. Die Opposition kritisierte die Kosten von 4,2 Millionen Euro.\n',
        ),
      ),
    ).toBe(false);
    // A novel's title in French guillemets with their spaces, a title and a name in it, is a work's.
    expect(
      isPersonal(
        level('Le club de lecture se réunit le jeudi à 18 h à la médiathèque. Ce mois-ci : « Madame Bovary » de Flaubert.'),
      ),
    ).toBe(false);
    // Union membership by the French FO's acronym after "adhérente à".
    expect(level('Bonjour, Mme Perrin est adhérente à FO et souhaite être accompagnée. Cordialement, Luc')).toBe('special');
  });

  it("reads the building's and the workplace's people by their jobs in the EU's other languages (a probe of 16 messages, 2.57.0)", () => {
    expect(level('Hej!\nVaktmästaren ligger på sjukhus efter en hjärtinfarkt.\nStyrelsen')).toBe('special');
    expect(level('Kedves lakók!\nA földszinti néni eltörte a csípőjét, kórházban van.\nA közös képviselő')).toBe('special');
    expect(level('Καλημέρα,\nο θυρωρός νοσηλεύεται μετά από έμφραγμα.\nΗ διαχείριση')).toBe('special');
    // Not a notice about anyone's health.
    expect(
      level('Hej!\nVaktmästaren finns på plats måndag–fredag. Vid hjärtstopp finns en hjärtstartare i entrén.\nStyrelsen'),
    ).not.toBe('special');
  });

  it("reads holdout-995's first run: a shift's report or handover in another EU language, its residents by their room", () => {
    readAsLabeled('holdout-995');
    // Synthetic: a Slovene night shift's report, dated; its instructions, undated, tell of no one.
    expect(
      level('Poročilo nočne izmene – Dom Lipa\n3. 12. 2026\n\nGospa iz sobe 4 je imela vročino, dobila je paracetamol.\n'),
    ).toBe('special');
    expect(level('Navodila za nočno izmeno\n\nČe ima stanovalec vročino, obvestite zdravnika.\n')).not.toBe('special');
  });

  it("reads another EU language's record by its date's field at its top where no list holds its heading's word (a probe of eight care plans)", () => {
    const plan = (heading: string, body: string) => level(`${heading}\n${body}`);
    expect(
      plan(
        'Gondozási terv',
        'Dátum: 2026.12.03.\n\nAz ellátott egyedül él egy földszinti lakásban, naponta kétszer kap házi segítséget. Cukorbeteg, inzulint kap reggel és este. A fia hetente látogatja.\n',
      ),
    ).toBe('special');
    expect(
      plan(
        'Hoitosuunnitelma',
        'Päivämäärä: 3.12.2026\n\nAsiakas asuu yksin rivitalossa ja saa kotihoitoa kahdesti päivässä. Hän sairastaa Parkinsonin tautia ja tarvitsee apua pukeutumisessa. Tytär käy viikonloppuisin.\n',
      ),
    ).toBe('special');
    // A dated notice to anyone tells of no one.
    expect(
      plan(
        'Oznámení pro pacienty',
        'Datum: 3. 12. 2026\n\nPacienti s cukrovkou mohou přijít na kontrolu ve středu od osmi do dvanácti hodin. Vezměte si s sebou kartičku pojištěnce a seznam léků.\n',
      ),
    ).not.toBe('special');
  });

  it("reads holdout-996's first run: disability pensions and trouble with drink in the EU's other languages, and a Slovak page's \"ich\" (their)", () => {
    readAsLabeled('holdout-996', {
      'hr-biljeska-odvjetnik.txt':
        "a lawyer's note that the client's husband drinks (\"suprug Tomislav pije\"): the verb alone, with no object, is no term the lexicon holds (it is coffee's too); not fixed",
    });
    // Synthetic records of a probe of sixteen disability pensions and nine drinking troubles (24 of 25 read before Polish "rentę").
    const record = (heading: string, date: string, body: string) => level(`${heading}\n${date}\n\n${body}\n`);
    expect(record('Záznam', 'Dátum: 3. 12. 2026', 'Pán Peter Horváth poberá invalidný dôchodok od roku 2019.')).toBe('special');
    expect(record('Notatka', 'Data: 03.12.2026', 'Pan Adam Nowak pobiera rentę inwalidzką od 2015 roku.')).toBe('special');
    expect(record('Σημείωμα', 'Ημερομηνία: 03/12/2026', 'Ο κ. Νίκος Παππάς λαμβάνει σύνταξη αναπηρίας από το 2018.')).toBe(
      'special',
    );
    expect(record('Muistio', 'Päivämäärä: 3.12.2026', 'Vuokralainen Mikko Laine kertoi, että hänellä on alkoholiongelma.')).toBe(
      'special',
    );
    expect(record('Piezīme', 'Datums: 03.12.2026.', 'Īrnieks Andris Kalniņš bija alkohola reibumā un kliedza.')).toBe('special');
    // A pension's rules and an insurer's page tell of no one; Slovak "ich" (their) is no German "I".
    expect(
      level(
        'Invalidný dôchodok\n\nNárok na invalidný dôchodok má poistenec, ktorý je invalidný a získal potrebný počet rokov dôchodkového poistenia.',
      ),
    ).toBe('public');
    expect(
      level(
        'Ako postupovať pri úraze\n\nAk ide o úraz, priložte lekársku správu. Doklady o ich úhrade uschovajte. Liečba v zahraničí sa preplatí do výšky limitu.',
      ),
    ).toBe('public');
  });

  it("reads holdout-997's first run and its probe of 42 messages: a slash's signature, a name owning its kin in the other languages, covid and a broken limb", () => {
    readAsLabeled('holdout-997', {
      'sv-chatt-grannar.txt':
        'a neighbours\' chat that a resident moved to "ett boende" (a home) "efter fallet" (after the fall): care homes are no health term in any language, and "fallet" is "the case" too; not fixed',
    });
    // Synthetic messages. A Swede's or a Dane's slash before the name that signs.
    expect(level('Hej!\nVi ses på fredag i matsalen.\n/Eva')).toBe('personal');
    expect(level('Hej!\nVi ses på fredag i matsalen.\nMvh //Eva')).toBe('personal');
    // A given name that is a word too signs a message that greets its reader; not a text with no greeting.
    expect(level('Hej!\nVi ses i morgen.\nOle')).toBe('personal');
    expect(level('Hallo!\nBis morgen.\nMaja')).toBe('personal');
    expect(level('Die Ausstellung ist bis Ende März zu sehen.\nMay')).toBe('public');
    // A name that is a word too, or declined, owning the family member after it, at a sentence's start.
    expect(isPersonal(level('Hej!\nLasses mamma har flyttat.\n/Ole'))).toBe(true);
    expect(isPersonal(level('Hej!\nMettes far er flyttet på plejehjem.\nOle'))).toBe(true);
    expect(isPersonal(level('Ahoj!\nMartinina máma se přestěhovala do domova pro seniory.\nJirka'))).toBe(true);
    expect(isPersonal(level('Živjo!\nTinina mama se je preselila v dom za starejše.\nLp, Maja'))).toBe(true);
    expect(isPersonal(level('Labas!\nTomo mama persikėlė į senelių namus.\nRūta'))).toBe(true);
    // Not French "Dans son atelier", nor a university named after its founder.
    expect(
      level(
        'À Quimper, le dernier sabotier\n\nDans son atelier, on taille les sabots à la main. Ses clients ? Des troupes de danse et des touristes.',
      ),
    ).toBe('public');
    expect(level('Masarykova univerzita otevírá nový obor. Přihlášky do konce února.')).toBe('public');
    // Covid and a broken limb as a colleague's or a neighbour's message tells them.
    expect(level('Moi!\nPekka sai positiivisen koronatestin ja on kotona.\nT. Sanna')).toBe('special');
    expect(level('Bok!\nIvana je za vikend slomila ruku.\nAna')).toBe('special');
    expect(level('Bună!\nAndrei și-a rupt mâna în weekend.\nAna')).toBe('special');
    expect(level('Καλημέρα!\nο Γιάννης βγήκε θετικός στον κορονοϊό και μένει σπίτι.\nΜαρία')).toBe('special');
  });

  it("reads a record's text apart from its fields after it too, and a short private key as written", () => {
    // Synthetic: a ticket's body signed by a first name, then the record's next fields after a blank line.
    const ticket = (body: string) => `id: 4711\nsubject: Message\nbody:\n${body}\n\nstatus: open\npriority: low`;
    const notice = 'Здравейте, съседи!\nСъседката от третия етаж роди снощи, още е в болницата.\nИва';
    expect(level(notice)).toBe('special');
    expect(level(ticket(notice))).toBe('special');
    // A private key's header over one line of base64 is mostly capitals; the key is read as written, not in title case.
    const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\n';
    expect(classifyText(key).findings.map((f) => f.type)).toEqual(['private-key']);
    expect(classifyText(`private_key:\n${key}\nclient_email: exporter@billing.example`).findings.map((f) => f.type)).toContain(
      'private-key',
    );
  });

  it("reads a record's head below other text, with its date, in its own language (a record after 80 KB of public text)", () => {
    // Synthetic: a Swedish care home's day note after three paragraphs of an English how-to, and the same how-to alone.
    const howTo = [
      'How to bleed a radiator',
      'Turn the heating off and wait until the radiators are cold. Hold a cloth under the valve.',
      'Turn the key a quarter turn until air hisses out, and close it when water appears.',
    ].join('\n\n');
    const note =
      'Dagsanteckning – Björkgårdens boende\n2026-12-03\n\nBoende i rum 12 klagade över magsmärtor under kvällen och fick alvedon. Sonen ringde och frågade efter henne.';
    expect(level(note)).toBe('special');
    expect(level(`${howTo}\n\n${note}`)).toBe('special');
    expect(level(howTo)).toBe('public');
    // A heading's word below other text with no date is no record's head: a how-to's "shift report" section tells of no one.
    expect(
      level(`${howTo}\n\nShift report\n\nA shift report lists residents who complained of pain, and what they were given.`),
    ).not.toBe('special');
  });

  it("reads holdout-999's first run: directors, a speech's prefixed verb, one ticket and free entry in the EU's other languages, an umlaut's word", () => {
    readAsLabeled('holdout-999');
    // Synthetic news: a museum's director at an opening, free entry; the same director's sick leave is his.
    expect(
      level('Naujoji paroda muziejuje\n\nParodos atidaryme kalbėjo muziejaus direktorius Tomas Žukauskas. Įėjimas nemokamas.'),
    ).toBe('public');
    expect(level('Sveiki,\nmuziejaus direktorius Tomas Žukauskas serga gripu ir šią savaitę nedirbs.\nRūta')).toBe('special');
    // A Hungarian rector "elmondta" (said) with no quotation.
    expect(
      level(
        'Új könyvtár nyílt az egyetemen\n\nKedden adták át az egyetem új könyvtárát, amely ötszáz olvasóhelyet kínál. Dr. Bakos Levente rektor az átadón elmondta, hogy a könyvtár hétvégén is nyitva lesz.',
      ),
    ).toBe('public');
  });

  it("reads holdout-1001's first run: Catalan salutations and titles, Irish names by their surname's particle and closings, Maltese hospital and operation", () => {
    readAsLabeled('holdout-1001');
    // Synthetic messages.
    expect(level('A chara,\nTá Seán Mac Cárthaigh tinn inniu.')).toBe('special');
    expect(isPersonal(level('Is mise le meas,\nMáire Ní Bhriain'))).toBe(true);
    expect(level('Benvolgut senyor Vidal,\nli confirmem la cita de dimarts.\nAtentament,\nLa secretaria')).not.toBe('public');
    // A notice naming no one in Irish stays public.
    expect(level('Fógra\n\nBeidh an leabharlann dúnta Dé Céadaoin. Tá fáilte roimh chách.')).toBe('public');
  });

  it('reads everyday conditions, operations and beliefs a lexicon probe of the eight languages missed (session 50)', () => {
    // Synthetic notes: someone named, and one term each; the same terms on a leaflet that names no one stay public.
    const said = [
      'Note about our colleague Mark Hughes: kidney failure.',
      'Notiz zu unserer Kollegin Anna Berger: Leukämie.',
      'Note concernant notre collègue Claire Dubois : ostéoporose.',
      'Nota sulla nostra collega Giulia Ferri: ipoacusia.',
      'Nota sobre nuestra compañera Lucía Romero: insuficiencia renal.',
      'Notitie over onze collega Sanne de Vries: botontkalking.',
      'Notatka dotycząca naszej koleżanki Anny Kowalczyk: białaczka.',
      'Nota sobre a nossa colega Inês Carvalho: cancro da mama, zumbido nos ouvidos.',
      'Personalnotiz zu unserer Kollegin Anna Berger: ist zum Judentum konvertiert.',
      'Note RH sur notre collègue Claire Dubois : a subi une ligature des trompes.',
      'Nota HR sulla nostra collega Giulia Ferri: si è iscritta ai Verdi.',
      'Notatka kadrowa dotycząca naszej koleżanki Anny Kowalczyk: jąkała się na spotkaniu.',
      'HR note on our colleague Mark Hughes: was sectioned last year.',
      'Ben came out to the team at the Christmas party.',
      'Aktennotiz: Herr Yilmaz bittet freitags um eine Gebetspause um 13 Uhr.',
      'Kevin m’a confié qu’il avait de nouveau des problèmes avec l’alcool.',
      'Dla informacji: żona Marka urodziła przedwcześnie, dziecko jest jeszcze na oddziale neonatologii.',
      // … and beyond health: a protest by its cause, a union's branch, a gene carried, a Polish boyfriend.
      'Lorna was arrested at the climate protest on Saturday, she’s fine now.',
      'Laurę zatrzymano w sobotę na demonstracji klimatycznej.',
      'Gareth is joining the strike on Thursday with the rest of the union branch.',
      'Tomek i jego chłopak przeprowadzają się wiosną do Gdańska.',
      'Emma’s results show she carries the gene for cystic fibrosis.',
    ];
    for (const text of said) expect(level(text), text).toBe('special');
    expect(level('Fiche d’information patient\n\nOstéoporose : symptômes, causes et traitements expliqués.')).toBe('public');
    expect(level('Ulotka informacyjna dla pacjentów\n\nBiałaczka: objawy, przyczyny i leczenie.')).toBe('public');
    // A drop and a zone are no illness: "goutte à goutte", "a zona industrial".
    expect(level('Arrosage goutte à goutte pour le jardin de Claire Dubois, livré à la zona industrial.')).not.toBe('special');
  });

  it("reads health told by verbs of people the name lists lacked or that are words too (session 50's probe)", () => {
    // Synthetic messages: an older generation's Polish names, a name that is a word too before a verb of lying, waiting,
    // going or taking, a Portuguese article before a name.
    for (const text of [
      'Lucyna jest w ciąży i ma silne mdłości.',
      'Felicja dostała skierowanie do kardiologa.',
      'Ela czeka na wynik biopsji.',
      'Maks chodzi na terapię od czasu załamania nerwowego.',
      'O Max anda no psicólogo desde o esgotamento.',
      'Mila slikt antibiotica voor een nierbekkenontsteking.',
      'Claartje wordt volgende week aan haar schouder geopereerd.',
      'Ben mentioned he has been seeing a counsellor for anxiety.',
      'Henryk dostał receptę na tabletki nasenne.',
      // The short forms colleagues go by.
      'Tobi liegt mit Grippe im Bett.',
      'Mimmo è in ospedale per un intervento al ginocchio.',
      'Juanjo está de baja por una hernia discal.',
      'Rietje is opgenomen in het ziekenhuis.',
      'Dédé a une bronchite.',
      'Krzyś ma zapalenie płuc.',
      // A given name that is a word too (a gem, a flower) before an English verb's past.
      'Ruby fainted at work and was checked over by the paramedics.',
      // A month's, a virtue's or a place's name opening its sentence before a person's state.
      'Dawn is off sick today with a migraine.',
      'Grace is on antibiotics for a kidney infection.',
      "Dean's recovering from surgery.",
      'Luz está de baja por una gripe.',
    ])
      expect(level(text), text).toBe('special');
    // Not a month or a virtue as a text's subject, nor one after a word of its sentence.
    expect(level('May is the busiest month for flu vaccinations.')).toBe('public');
    expect(level('Hope is recovering after years of decline in cancer care funding.')).toBe('public');
    expect(level('Demand for flu vaccines in June is recovering from a slow start.')).toBe('public');
    // Not the words the lists' filter let through as names ("Vero" is "true", "Duda" a doubt).
    expect(level('Vero è che il diabete di tipo 2 si può prevenire.')).toBe('public');
    expect(level('Duda frecuente: ¿el asma se cura?')).toBe('public');
    // An inverted clause's adverb is no one ("Dan", then, before a verb and its pronoun), in a leaflet that names no one.
    expect(
      level('De griepprik\n\nHeeft u diabetes of COPD? Dan krijgt u een uitnodiging van uw huisarts voor de griepprik.'),
    ).toBe('public');
    // A column under its word, by its author with a public role: the author's first person is the column's.
    const column = (line: string) =>
      `Column: Waarom we de bibliotheek openhouden\n\nDoor Anneke Holtrop, wethouder cultuur van de gemeente Ooststellingwerf\n\n${line}`;
    expect(
      level(
        column(
          'Vorige maand kreeg ik veel mails over de bibliotheek in Oosterwolde. Mensen waren bang dat hij dicht zou gaan. Dat gaat niet gebeuren: we investeren de komende vier jaar extra in het gebouw.',
        ),
      ),
    ).toBe('public');
    expect(level(column('Vorige week lag mijn moeder Riet in het ziekenhuis met een longontsteking.'))).toBe('special');
    // A play's author after its title and "wg" (after), as a theatre's programme credits them.
    expect(
      level(
        'Teatr Miejski\nRepertuar – grudzień 2026\n\n5.12 (sob.), godz. 19:00 – „Ferdydurke” wg Witolda Gombrowicza, reż. gościnna',
      ),
    ).toBe('public');
  });

  it('reads a dated record below other text from its head, as it reads alone (session 50)', () => {
    // Synthetic: a how-to, then minutes whose top tells of a driver by his job; a call's note dated by its calls' times.
    const howTo = [
      'How to bleed a radiator',
      'Turn the heating off and wait until the radiators are cold. Hold a cloth under the valve.',
      'Turn the key a quarter turn until air hisses out, and close it when water appears.',
    ].join('\n\n');
    const minutes =
      'Minutes - operations meeting, 24/11/2026\n\nAttendees: warehouse, transport, customer service leads\n\n1. Staffing\nOne of the forklift drivers on nights is off for at least six weeks after a hernia operation; agency cover booked until mid-January.';
    const call =
      "Call notes - travel insurance helpline\nQueue: claims / abroad\n\n14:02 Inbound. Caller is the policyholder's daughter. Her father (78) was admitted to hospital after a fall; he is due for surgery tomorrow.";
    for (const record of [minutes, call]) {
      expect(level(record)).toBe('special');
      expect(level(`${howTo}\n\n${howTo}\n\n${record}`)).toBe('special');
    }
    // A record below other text that tells of no one stays as it was.
    expect(
      level(
        `${howTo}\n\nMinutes - residents' association, 24/11/2026\n\nThe meeting agreed to hold a first-aid course in January and to buy a defibrillator for the hall.`,
      ),
    ).toBe('public');
  });

  it("reads a Portuguese or Italian 'mostra' after a name as a verb, and a Polish owner's genitive after a sentence's first word (holdout-1005)", () => {
    // Synthetic one-line messages.
    expect(level('Mensagem: o exame do Daniel mostra uma fratura no pulso, vai ficar engessado seis semanas.')).toBe('special');
    expect(level('Giulia mostra i risultati del test: ha il diabete.')).toBe('special');
    expect(level('Wyniki Kasi pokazują cukrzycę, lekarz skierował ją do poradni diabetologicznej.')).toBe('special');
    expect(level('Badania Ani wyszły źle, ma anemię.')).toBe('special');
    // An exhibition named after its artist is still the exhibition's name; a monument's or a street's genitive no one's.
    expect(level('Mostra Daniel Costa: fotografie 1990-2020')).toBe('public');
    expect(level('Pomnik Marii Konopnickiej stoi w parku.')).toBe('public');
    expect(level('Ulica Anny jest zamknięta do piątku.')).toBe('public');
  });

  it("reads a record dated by any label's full date under its heading, at the top and below other text (holdout-968)", () => {
    // Synthetic: a claim's internal note, opened on a date its field labels in its own words.
    const note =
      "Nota sinistro – ramo infortuni\nPratica: INF-2026-04412\nApertura: 05/11/2026\n\nL'assicurato, operaio edile di 52 anni, è caduto da un ponteggio il 28/10. Riportata frattura del polso destro; ricoverato tre giorni.";
    expect(level(note)).toBe('special');
    const filler = Array.from({ length: 40 }, () => 'The library opens at nine on weekdays and at ten on Saturdays.').join(
      '\n\n',
    );
    expect(level(`${filler}\n\n${note}`)).toBe('special');
    // A leaflet's heading with a validity date names no one.
    expect(
      level('Nota informativa – vaccinazioni\nValida dal: 01/01/2027\n\nIl vaccino antinfluenzale è gratuito per tutti.'),
    ).toBe('public');
  });

  it("reads a party member by the member's words before the party's letters, and an Adventist in Italian and Polish (holdout-1009)", () => {
    // Synthetic.
    expect(level('Youssef vertelde dat hij actief lid is van de SP en kandidaat staat.')).toBe('special');
    expect(level('Marie est membre du PS depuis 2010.')).toBe('special');
    expect(level('La signora Rinaldi non lavora il sabato perché è avventista del settimo giorno.')).toBe('special');
    expect(level('Pani Nowak jest adwentystką i nie pracuje w soboty.')).toBe('special');
    // Not a team's or a purchase order's letters after "member of", nor a council's whose letters a hyphen joins.
    expect(level('Anna Weber is a member of the PO team.')).toBe('personal');
    expect(level('Marieke is lid van de PO-raad.')).toBe('personal');
  });

  it("reads low blood sugar in the eight languages and a Dutch log's confused visitor (holdout-1010)", () => {
    // Synthetic dated logs.
    expect(
      level(
        'Parte de servicio – Radio Taxi Sur – 29/11/2026\n\n23:15 El pasajero, un señor mayor con bastón, sufrió una crisis de hipoglucemia durante el trayecto.',
      ),
    ).toBe('special');
    expect(
      level(
        'Logboek bibliotheek Oost – 27-11-2026\n\n14:30 De vaste bezoeker van de leestafel was verward en wist niet meer waar hij woonde.',
      ),
    ).toBe('special');
    // A leaflet names the condition of anyone.
    expect(level('Hypoglycaemia: the signs, and what to do. Eat or drink something sugary straight away.')).toBe('public');
  });

  it("reads an address after its label's kind in lower case, and Spanish's 'C/' for a street (holdout-1014)", () => {
    // Synthetic bill.
    const found = (text: string) => [...postalAddressDetector.find(text)].map((m) => m.value);
    expect(found('Titular: Alberto Ruiz Campos\nDirección de suministro: C/ Mayor 14, 3.º B, 50001 Zaragoza')).toEqual([
      'C/ Mayor 14, 3.º B, 50001 Zaragoza',
    ]);
  });

  it("reads fainting in the EU's other languages and Finnish's diabetic in a log (holdout-1015)", () => {
    // Synthetic guard's diary in Finnish.
    expect(
      level(
        'Vartijan päiväkirja – kauppakeskus Kaari – 29.11.2026\n\n18:30 Nuori nainen pyörtyi kahvilan edessä, kertoi olevansa diabeetikko. Annettiin sokeria.\n21:00 Ovet lukittu, kierros tehty.',
      ),
    ).toBe('special');
    // A first-aid course's notice names no one.
    expect(level('Ensiapukurssi 12.1.2027: mitä tehdä, kun joku pyörtyy tai saa sokerisokin.')).toBe('public');
  });

  it("reads a disability in the smaller languages, a signature by its surname's ending, and an access log's user (holdout-1016 to -1019)", () => {
    // Synthetic letters, notes and logs.
    expect(
      level(
        "Għażiż Sur Joseph Camilleri,\n\nL-applikazzjoni tiegħek għall-permess tal-parkeġġ għal persuni b'diżabbiltà ġiet approvata.\n\nMaria Azzopardi",
      ),
    ).toBe('special');
    expect(level('Vážený pane Nováku,\n\npříspěvek pro osoby se zdravotním postižením Vám byl přiznán.\n\nJana Dvořáková')).toBe(
      'special',
    );
    // A given name no list holds ("Rasa", a word too), over a job's title; not an adjective's ending ("Warszawska").
    const signed = 'Prašau leisti man dirbti sutrumpintą darbo dieną.\n\nRasa Petrauskienė\nbuhalterė\n2026-02-12';
    expect(names(signed)).toEqual(['Rasa Petrauskienė']);
    expect(level(signed)).toBe('personal');
    expect(level('Zapraszamy na wykład.\n\nPolitechnika Warszawska\nwydział fizyki')).toBe('public');
    // An access log's signed-in user, not a shared account's; a private network's address is a machine's, weakly. (A
    // documentation range's address in a log reads as a visitor's since 2.65.0, as synthetic data stands in for one.)
    const log = (user: string) =>
      `10.20.4.17 - ${user} [14/Feb/2026:09:12:09 +0000] "GET /orders/88213 HTTP/1.1" 200 2210 "-" "Mozilla/5.0"`;
    expect(level(log('jdoyle'))).toBe('personal');
    expect(level(log('admin'))).toBe('public');
    expect(level(log('-'))).toBe('public');
    // A signature's label before a man's name: his partner, a man, in the wedding he asks leave for.
    expect(
      level('Solicito permiso para mi boda con mi pareja, Sergio Llorente, el 16 de abril.\n\nFirmado: Álvaro Quintana'),
    ).toBe('special');
    // The Irish Monday after its article, not German "an Jan".
    expect(level('Beidh an leabharlann dúnta ar an Luan, 6 Aibreán 2026.')).toBe('public');
    expect(names('Ich habe an Jan geschrieben.')).toEqual(['Jan']);
  });

  it("reads a talk's speaker by their field, a goal's scorer by the minute, and a parish's catechist (holdout-1020 to -1023)", () => {
    // Synthetic invitations, results and messages.
    const talk =
      'Einladung\n\nVortragsabend „Leben mit Diabetes Typ 2“ im Gemeindezentrum am 12. März 2026 um 19 Uhr.\nReferentin: Dr. med. Ulrike Hansen, Diabetologin.\nDer Eintritt ist frei.';
    expect(level(talk)).toBe('public');
    // Her own diabetes told is hers, whatever the field.
    expect(level('Liebe Ulrike,\n\ndein Diabetes Typ 2 ist gut eingestellt, sagt Dr. Hansen.\n\nGrüße\nPeter')).toBe('special');
    const results =
      "Harbour Town 2–1 Millbrook Rovers (Adeyemi 34', Keane 78'; Walsh 61')\nEastfield 3–2 Riverside (Morrison 12', 45', Doyle 88')";
    expect(level(results)).toBe('public');
    // A minute's mark alone, with no score before it, is no goal.
    expect(names("Meeting notes: Keane 78' overtime discussion with Morrison.")).toContain('Morrison');
    expect(
      level(
        'Olá Beatriz,\nObrigada por teres aceitado ser catequista no próximo ano! A reunião é no salão paroquial, sábado às 15h.\nUm abraço,\nFátima',
      ),
    ).toBe('special');
  });

  it("reads an association's annual report that names only its officers as published (holdout-1024)", () => {
    // Synthetic reports.
    expect(
      level(
        'Memoria anual 2025 – Banco de Alimentos de la Comarca\n\nDurante 2025 se distribuyeron 412 toneladas de alimentos.\nEl presidente, Ramón Ibarra, agradece la colaboración de supermercados y colegios.',
      ),
    ).toBe('public');
    expect(
      level(
        'Sprawozdanie z działalności Koła Gospodyń Wiejskich za 2025 r.\n\nKoło liczy 27 członkiń. Zorganizowałyśmy dożynki gminne.\nPrzewodnicząca: Halina Kowalczyk',
      ),
    ).toBe('public');
    // A member named with no office, or an officer's illness, is someone's.
    expect(
      level(
        'Memoria anual 2025 – Banco de Alimentos\n\nDurante 2025 se distribuyeron 412 toneladas.\nEl voluntario Ramón Ibarra nos dejó tras una larga enfermedad.',
      ),
    ).not.toBe('public');
    expect(
      level(
        'Relatório anual 2025 – Clube Náutico\n\nO clube tem 312 sócios.\nO presidente da direção, Artur Meireles, esteve ausente por causa de um cancro.',
      ),
    ).toBe('special');
  });

  it("reads an orthodontist's appointment, and names on a training's example line as made up (holdout-1028 to -1031)", () => {
    // Synthetic note and training.
    expect(
      level(
        "Dear Ms Kavanagh,\nOisín won't be in school tomorrow, he has an appointment with the orthodontist.\nThanks,\nSiobhán",
      ),
    ).toBe('special');
    expect(
      level(
        'Special category data includes health and religious beliefs.\nExample: an email saying "Tom is off with depression" contains health data about Tom.',
      ),
    ).toBe('public');
    // Off the example's line, Tom is someone.
    expect(level('Example: the form below.\nTom is off with depression this week, Anna covers for him.')).toBe('special');
  });

  it("reads chats' flats and managers as no names, a parcel's number as no one's, a note's addressee, a church council (holdout-1032 to -1035)", () => {
    // Synthetic chats, messages and a CV.
    expect(
      level(
        "[03/03/26, 20:14] Amministratore: Buonasera, domani manca l'acqua per lavori.\n[03/03/26, 20:20] Interno 5: Grazie dell'avviso.\n[03/03/26, 20:31] Interno 12: Ok, grazie.",
      ),
    ).toBe('public');
    // A flat's number still counts as one more speaker beside a named one.
    expect(
      level(
        '[19/11, 17:30] Tutora 2ºA: el niño que se desmayó ayer tiene anemia.\n[19/11, 17:34] Mamá de Leo: qué alivio, gracias',
      ),
    ).toBe('special');
    expect(level('Votre colis n° 6A12345678901 sera livré demain entre 9h et 13h.')).toBe('public');
    expect(level('Votre contrat n° 4471902 arrive à échéance le 31 mars.')).toBe('personal');
    expect(level('Hola team,\nel deploy de ayer went fine.\nSaludos,\nDev Ops')).toBe('public');
    expect(level('Pablo: saca la basura y riega las plantas. Volvemos el domingo.')).toBe('personal');
    expect(level('Paris: la ville est belle en mai.')).toBe('public');
    expect(level('Lebenslauf\n\nName: Lea Schubert\nEhrenamt: Mitglied im Kirchenvorstand der Kirchgemeinde Gohlis')).toBe(
      'special',
    );
    expect(level("Maxime, n'oublie pas ta carte vitale demain pour le rendez-vous chez le dermato. Bisous, maman")).toBe(
      'special',
    );
  });

  it("reads a password stated after words, a bishop's and a union negotiator's office (holdout-1036 to -1039)", () => {
    // Synthetic mail and news.
    const wifi = classifyText('das WLAN-Passwort für den Besprechungsraum lautet ab heute: Sommer2026!Raum3\nIT-Service');
    expect(wifi.hasSecrets).toBe(true);
    expect(classifyText('Das Passwort ist mindestens 8 Zeichen lang und enthält eine Ziffer.').hasSecrets).toBe(false);
    expect(
      level(
        'Aus dem Bistum\n\nBischof Dr. Franz Reiner weihte am Sonntag im Dom zwei Diakone zu Priestern. Die Weihe wurde live übertragen.',
      ),
    ).toBe('public');
    expect(
      level(
        'Pressemitteilung\n\nver.di ruft Beschäftigte im Nahverkehr zum Warnstreik auf\n\nDie Gewerkschaft ver.di ruft die Beschäftigten zu einem Warnstreik auf. „Die Arbeitgeber haben kein Angebot vorgelegt“, sagte Verhandlungsführerin Katja Reimann.',
      ),
    ).toBe('public');
  });

  it("reads a Portuguese priest after his article, and names in an example's code block as weak (holdout-1040 to -1043)", () => {
    // Synthetic notice and API guide.
    expect(
      level(
        'Comunicado\n\nA Paróquia de São Vicente informa que o Padre Hélder Simões celebra 25 anos de sacerdócio no domingo. A missa será às 11h00.',
      ),
    ).toBe('public');
    // Spanish "el padre" is a father too.
    expect(level('Mi hijo está enfermo, el padre Javier Ruiz lo lleva al médico mañana.')).toBe('special');
    const guide = 'Exemple de corps :\n\n```json\n{ "nom": "Dupont", "prenom": "Jean", "email": "jean.dupont@example.com" }\n```';
    expect(level(guide)).toBe('public');
    // A code block no example's word introduces holds someone's record.
    expect(
      level('Export du 3 mars :\n\n```json\n{ "nom": "Lefèvre", "prenom": "Aurélie", "telephone": "06 12 34 56 78" }\n```'),
    ).toBe('personal');
  });

  it("reads a square named by a party's letters, a practice's notice by its doctor's title, chairs in the other languages (holdout-1044 to -1047)", () => {
    // Synthetic notices, news and mail.
    expect(
      level(
        'Oznam\n\nAmbulancia všeobecného lekára MUDr. Petra Hudáka bude z dôvodu dovolenky zatvorená od 16. do 20. marca 2026. Zastupuje MUDr. Eva Sokolová, Námestie SNP 4.',
      ),
    ).toBe('public');
    // A prescription's signing doctor stays a name beside the patient's record.
    expect(
      level(
        "SERVIZIO SANITARIO NAZIONALE\n\nCognome e nome dell'assistito: DE LUCA MARTINA\nDiagnosi: ipotiroidismo\n\nDott.ssa Elena Marchetti, medico di medicina generale",
      ),
    ).toBe('special');
    expect(
      level(
        'Ny formand for fagforeningen\n\nFagforeningen 3F Midtjylland har valgt Lars Bech som ny formand. Han afløser Bente Holm, der går på pension efter 12 år på posten.\n– Vi skal have flere unge med i fagbevægelsen, siger Lars Bech.',
      ),
    ).toBe('public');
    expect(
      level('Tisztelt Ügyfélszolgálat!\nLe kell mondanom az időpontot, gipszben van a kezem.\nÜdvözlettel:\nVarga Eszter'),
    ).toBe('special');
  });

  it("reads the EU languages' everyday words that spell a special term folded as words of their language, not the term", () => {
    // Synthetic messages: each names a person, so a term read there would make it special.
    const everyday = [
      'Hallo Paul, die Regelung tritt am 1. Mai in Kraft. Gruß, Anna Berg',
      'Olá Ana, sinto muito pelo atraso. Abraço, Rui Costa',
      'Cześć Marek, kurde, zapomniałem o spotkaniu. Pozdrawiam, Ola Nowak',
      'Cześć Marek, to jest trudna decyzja. Pozdrawiam, Ola Nowak',
      'Hej Anna, missa inte mötet i morgon! Hälsningar, Erik Lund',
      'Kedves Péter! A halál oka ismeretlen a regényben. Üdv, Kiss Anna',
      'Kedves Péter! Holnap megmutatom a tervet. Üdv, Kiss Anna',
      'Hei Matti, tämä lause on liian pitkä. Terveisin, Anna Virtanen',
      'Tere Mari! Palju õnne sünnipäevaks! Kalle Tamm',
      'Ciao Marco, i romani costruirono il ponte. Saluti, Paola Rinaldi',
      "Ciao Marco, l'autista arriva alle 8. Saluti, Paola Rinaldi",
      'Ciao Luca, puoi ripulire la cucina? Grazie, Sara Conti',
      'Hoi Sanne, er is een lek in het dak. Groet, Bas de Vries',
      'Hej Anna, barnen har lek i parken. Hälsningar, Erik Lund',
      'Labas Jonai, tose vietose nėra vietos. Rasa Kazlauskienė',
      'Labdien Ilze! Kur tu esi? Māris Ozoliņš',
      'Hej Mette, jeg blev bidt af en myg. Hilsen Lars Holm',
      'Ahoj Marek, urobím to samu, ako vždy. Môžeš mi poslať ten súbor? Jana Horváthová',
      'Ahoj Petře, nechtěl jsem tě urazit. Jana Nováková',
      'Pozdrav Ivane, sastanak u odboru je sutra. Ana Horvat',
      'Dear Mr Hughes, thank you for your hospitality last week. Best, Anna Clarke',
      'Olá Rui, a gravidade do problema no servidor é alta. Abraço, Sofia Melo',
      'Lieber Paul, wir gingen durch den Wald hindurch. Gruß, Anna Berg',
      'Tere Mari, see on järgmise astme küsimus. Kalle Tamm',
      'Hola Pedro, Dolores Fuentes llega mañana. Saludos, Ana Gil',
      'Reklamacja: czajnik przestał działać, proszę o wymianę na nowy egzemplarz. Katarzyna Zielińska',
      'Hej Mette, vi støtter projektet fuldt ud. Hilsen Lars Holm',
      'Ahoj Marek, máme novú misiu v Bratislave. Jana Horváthová',
    ];
    for (const text of everyday) expect(level(text), text).toBe('personal');
    // Given names that are terms too ("Asma", asthma; "Nicu", an intensive care unit), greeted or before a surname.
    const greeted = [
      'Hola Dolores, ¿vienes mañana a la reunión? Un abrazo, Ana Gil',
      'Hi Asma, are you coming to the meeting tomorrow? Tom Ellery',
      'Salut Nicu, vii mâine la ședință? Ana Popescu',
    ];
    for (const text of greeted) expect(level(text), text).toBe('personal');
    // The terms themselves, where they are written as the term.
    const terms = [
      'Hej Mette, min mor har kræft og skal opereres. Hilsen Lars Holm',
      'A Ana foi à missa de domingo com a mãe, Rita Costa.',
      'Sunni Muslims pray here every Friday, said Omar Haddad.',
      'Rodzice zgłosili, że syn Jan Kowalski ma egzemę na dłoniach.',
      // A phrase that goes on past an everyday word is the term's.
      'Bonjour Anne, Marc part en cure thermale à Vichy pour ses rhumatismes. Léa Roux',
    ];
    for (const text of terms) expect(level(text), text).toBe('special');
  });

  it("reads a book review's heading as a story's: its author published, its people the book's (holdout-1061)", () => {
    // Synthetic reviews.
    expect(
      level(
        'Rezension: „Das stille Haus“\n\nIn ihrem dritten Roman erzählt Judith Kramer von einer Lehrerin, die nach dem Tod ihres Bruders in eine schwere Depression stürzt. 320 Seiten, 24 Euro.',
      ),
    ).toBe('public');
    expect(
      level(
        "Book review: The Quiet House\n\nIn her third novel, Judith Kramer tells of a teacher who falls into a deep depression after her brother's death.",
      ),
    ).toBe('public');
    // A reviewer telling of their own illness stays special.
    expect(
      level('Rezension: Mein neuer Rollstuhl\n\nIch, Karl Weber, sitze seit 2019 wegen MS im Rollstuhl. Das Modell ist leicht.'),
    ).toBe('special');
  });

  it("reads Lithuanian sacraments and parishes, and a Hungarian official's office after the name and a space (holdout-1063, -1064)", () => {
    // Synthetic request and notices.
    expect(
      level(
        'Gerbiamas klebone,\n\nprašau išduoti Sutvirtinimo sakramento pažymėjimą mano sūnui Mantui Jonaičiui, kuris buvo sutvirtintas šioje parapijoje.\n\nPagarbiai,\nRūta Jonaitienė',
      ),
    ).toBe('special');
    expect(level('Közlemény\n\nA Petőfi utcai járdafelújítás november 18-án kezdődik.\nHorváth László polgármester')).toBe(
      'public',
    );
    // A message signed so is still a message about a sick child.
    expect(level('Kedves Anna!\n\nA lányom beteg, nem megy iskolába.\nHorváth László polgármester')).toBe('special');
  });

  it("reads a management report's title as a company's report, other languages' example domains, Christians, a party's fee (holdout-1070 to -1073)", () => {
    // Synthetic report, documentation, exhibition text and letter.
    expect(
      level(
        'Förvaltningsberättelse – utdrag\n\nNettoomsättningen uppgick till 412 Mkr (389). Styrelsens ordförande Karin Sjöberg och VD Henrik Ek undertecknade årsredovisningen den 28 mars.',
      ),
    ).toBe('public');
    expect(
      level('## Criar cliente\n\nExemplo de pedido:\n\n```json\n{ "nome": "Maria Exemplo", "email": "maria@exemplo.pt" }\n```'),
    ).toBe('public');
    // An internal report called a management or situation report names its staff.
    expect(level('Lagebericht IT – KW 47\n\nDer Ausfall am Dienstag wurde von Jan Weber behoben.')).toBe('personal');
    // The same domain in someone's message is no example's.
    expect(level('Olá Rui, o meu novo e-mail é maria.costa@exemplo.pt. Abraço, Maria Costa')).toBe('personal');
    expect(
      level(
        'Ausstellung „Glauben in der Stadt“\n\nDie Ausstellung zeigt, wie Christen, Juden und Muslime in Frankfurt seit dem Mittelalter zusammenleben. Bis 2. März, dienstags bis sonntags 10–18 Uhr.',
      ),
    ).toBe('public');
    expect(level('Christen Andersen har ringet om mødet i morgen.')).toBe('personal');
    expect(
      level(
        'Szanowny Panie Bartoszu Wróblewski,\n\nprzypominamy o opłaceniu składki członkowskiej partii za rok 2025 w wysokości 120 zł.\n\nBiuro Zarządu Okręgu',
      ),
    ).toBe('special');
  });

  it("reads children's infections and impaired senses in the smaller languages, the Nordic clergy, a Greek head's signature, an Italian RUP's title (holdout-1074 to -1079)", () => {
    // Synthetic notes, bulletins and notices.
    expect(
      level(
        'Kedves Tanárnő!\n\nFiunk, Szabó Ádám bárányhimlős, ezért jövő szerdáig nem tud iskolába jönni.\n\nÜdvözlettel:\nSzabóné Kiss Judit',
      ),
    ).toBe('special');
    expect(
      level(
        'Hej,\n\nvid dagens hälsokontroll upptäckte jag att Alva Nilsson i klass 3B har nedsatt syn på vänster öga.\n\nMaria Ek',
      ),
    ).toBe('special');
    expect(
      level(
        'Församlingsblad – december\n\nVälkommen till julbön i Sankt Olofs kyrka den 24 december kl. 15. Kyrkoherde Anders Lindberg leder gudstjänsten och kyrkokören sjunger.',
      ),
    ).toBe('public');
    expect(
      level(
        'Ανακοίνωση\n\nΤην Παρασκευή 15 Νοεμβρίου το σχολείο θα παραμείνει κλειστό λόγω απεργίας.\nΟ Διευθυντής\nΓιώργος Αλεξίου',
      ),
    ).toBe('public');
    expect(
      level(
        'Bando di gara\n\nIl Comune di Lecco indice una procedura aperta per il servizio di manutenzione del verde pubblico.\nResponsabile unico del procedimento: arch. Paolo Bonfanti.',
      ),
    ).toBe('public');
  });

  it("reads pain, fever and colds in Hungarian and the Baltic languages, and a club's notice as an association's (holdout-1081, -1083)", () => {
    // Synthetic messages and notices.
    expect(
      level(
        'Szia Zoli!\n\nEzen a héten gyógytornára járok a derékfájásom miatt, ezért csak délután leszek bent.\n\nÜdv,\nFarkas Gergely',
      ),
    ).toBe('special');
    expect(
      level(
        'Laba diena, mokytoja,\n\nmūsų sūnus Lukas Kazlauskas šiandien neateis į mokyklą, nes jam pakilo temperatūra ir skauda gerklę.\n\nJolanta Kazlauskienė',
      ),
    ).toBe('special');
    // The weather's temperature is no one's.
    expect(level('Orų prognozė: rytoj temperatūra pakils iki 12 laipsnių, vakare lis.')).toBe('public');
    expect(
      level(
        'Vereinsmitteilung\n\nDie Jahreshauptversammlung des TSV Lindau findet am 17. Januar um 19 Uhr im Vereinsheim statt. Der Vorsitzende Rainer Gruber lädt alle Mitglieder herzlich ein.',
      ),
    ).toBe('public');
    // A member's illness in it stays special.
    expect(
      level(
        'Vereinsmitteilung\n\nUnser Mitglied Rainer Gruber liegt nach einem Herzinfarkt im Krankenhaus. Der Vorsitzende Karl Haas wünscht gute Besserung.',
      ),
    ).toBe('special');
  });

  it("reads the everyday sick call's ailments in the EU's languages: a fever, a headache, a cold, a broken leg, pregnancy, back pain", () => {
    // Synthetic messages, each naming a person: a probe of them read 63 % of the smaller languages' special before 2.62.0.
    const sickCalls: Record<string, string[]> = {
      cs: [
        'Ahoj Jano, Petr má dnes horečku a zůstává doma. Díky, Eva Malá',
        'Ahoj Jano, Petra bolí hlava, nepřijde. Eva Malá',
        'Ahoj Jano, Petr má rýmu a kašel. Eva Malá',
        'Ahoj Jano, Petr si zlomil nohu. Eva Malá',
        'Ahoj Jano, Petra je těhotná. Eva Malá',
        'Ahoj Jano, Petra bolí záda, jde k fyzioterapeutovi. Eva Malá',
      ],
      sk: [
        'Ahoj Zuzka, Peter má horúčku a ostáva doma. Jana Malá',
        'Ahoj Zuzka, Petra bolí hlava. Jana Malá',
        'Ahoj Zuzka, Peter má nádchu a kašeľ. Jana Malá',
        'Ahoj Zuzka, Peter si zlomil nohu. Jana Malá',
        'Ahoj Zuzka, Petra je tehotná. Jana Malá',
        'Ahoj Zuzka, Petra bolia chrbát, ide na rehabilitáciu. Jana Malá',
      ],
      sl: [
        'Živjo Nina, Peter ima vročino in ostane doma. Ana Novak',
        'Živjo Nina, Petra boli glava. Ana Novak',
        'Živjo Nina, Peter ima prehlad in kašelj. Ana Novak',
        'Živjo Nina, Peter si je zlomil nogo. Ana Novak',
        'Živjo Nina, Petra je noseča. Ana Novak',
        'Živjo Nina, Petro boli hrbet, hodi na fizioterapijo. Ana Novak',
      ],
      hr: [
        'Bok Ivana, Marko ima temperaturu i ostaje kod kuće. Ana Horvat',
        'Bok Ivana, Marka boli glava. Ana Horvat',
        'Bok Ivana, Marko je prehlađen i kašlje. Ana Horvat',
        'Bok Ivana, Marko je slomio nogu. Ana Horvat',
        'Bok Ivana, Petra je trudna. Ana Horvat',
        'Bok Ivana, Petru boli leđa, ide na fizioterapiju. Ana Horvat',
      ],
      hu: [
        'Szia Réka! Péter lázas, otthon marad. Kiss Anna',
        'Szia Réka! Péternek fáj a feje. Kiss Anna',
        'Szia Réka! Péter megfázott és köhög. Kiss Anna',
        'Szia Réka! Péter eltörte a lábát. Kiss Anna',
        'Szia Réka! Petra terhes. Kiss Anna',
        'Szia Réka! Péternek fáj a háta, gyógytornára jár. Kiss Anna',
      ],
      ro: [
        'Bună Andreea, Mihai are febră și stă acasă. Ana Pop',
        'Bună Andreea, pe Mihai îl doare capul. Ana Pop',
        'Bună Andreea, Mihai e răcit și tușește. Ana Pop',
        'Bună Andreea, Mihai și-a rupt piciorul. Ana Pop',
        'Bună Andreea, Ioana este însărcinată. Ana Pop',
        'Bună Andreea, pe Mihai îl doare spatele, merge la kinetoterapie. Ana Pop',
      ],
      bg: [
        'Здравей Мария, Иван има температура и остава вкъщи. Ана Петрова',
        'Здравей Мария, Иван го боли главата. Ана Петрова',
        'Здравей Мария, Иван е настинал и кашля. Ана Петрова',
        'Здравей Мария, Иван си счупи крака. Ана Петрова',
        'Здравей Мария, Елена е бременна. Ана Петрова',
        'Здравей Мария, Иван го боли гърбът, ходи на физиотерапия. Ана Петрова',
      ],
      el: [
        'Γεια σου Μαρία, ο Νίκος έχει πυρετό και μένει σπίτι. Άννα Παππά',
        'Γεια σου Μαρία, τον Νίκο τον πονάει το κεφάλι. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος είναι κρυωμένος και βήχει. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος έσπασε το πόδι του. Άννα Παππά',
        'Γεια σου Μαρία, η Ελένη είναι έγκυος. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος πονάει στη μέση και κάνει φυσικοθεραπεία. Άννα Παππά',
      ],
      fi: [
        'Hei Anna, Matilla on kuumetta ja hän jää kotiin. Liisa Virtanen',
        'Hei Anna, Mattia särkee päätä. Liisa Virtanen',
        'Hei Anna, Matti on vilustunut ja yskii. Liisa Virtanen',
        'Hei Anna, Matti mursi jalkansa. Liisa Virtanen',
        'Hei Anna, Laura on raskaana. Liisa Virtanen',
        'Hei Anna, Mattin selkä on kipeä, hän käy fysioterapiassa. Liisa Virtanen',
      ],
      et: [
        'Tere Kadri! Jaanil on palavik ja ta jääb koju. Liis Tamm',
        'Tere Kadri! Jaanil on peavalu. Liis Tamm',
        'Tere Kadri! Jaan on külmetanud ja köhib. Liis Tamm',
        'Tere Kadri! Jaan murdis jala. Liis Tamm',
        'Tere Kadri! Mari on rase. Liis Tamm',
        'Tere Kadri! Jaanil on seljavalu, ta käib füsioteraapias. Liis Tamm',
      ],
      lv: [
        'Sveika, Inese! Jānim ir temperatūra, viņš paliek mājās. Anna Liepa',
        'Sveika, Inese! Jānim sāp galva. Anna Liepa',
        'Sveika, Inese! Jānis ir saaukstējies un klepo. Anna Liepa',
        'Sveika, Inese! Jānis salauza kāju. Anna Liepa',
        'Sveika, Inese! Ilze ir stāvoklī. Anna Liepa',
        'Sveika, Inese! Jānim sāp mugura, viņš iet uz fizioterapiju. Anna Liepa',
      ],
      lt: [
        'Labas, Aiste, Tomas karščiuoja ir lieka namie. Rasa Kazlauskienė',
        'Labas, Aiste, Tomui skauda galvą. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas peršalęs ir kosti. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas susilaužė koją. Rasa Kazlauskienė',
        'Labas, Aiste, Rūta laukiasi. Rasa Kazlauskienė',
        'Labas, Aiste, Tomui skauda nugarą, jis lanko kineziterapiją. Rasa Kazlauskienė',
      ],
      sv: [
        'Hej Anna, Erik har feber och stannar hemma. Lena Berg',
        'Hej Anna, Erik har huvudvärk. Lena Berg',
        'Hej Anna, Erik är förkyld och hostar. Lena Berg',
        'Hej Anna, Erik har brutit benet. Lena Berg',
        'Hej Anna, Sara är gravid. Lena Berg',
        'Hej Anna, Erik har ont i ryggen och går till sjukgymnast. Lena Berg',
      ],
      da: [
        'Hej Mette, Lars har feber og bliver hjemme. Anne Holm',
        'Hej Mette, Lars har hovedpine. Anne Holm',
        'Hej Mette, Lars er forkølet og hoster. Anne Holm',
        'Hej Mette, Lars har brækket benet. Anne Holm',
        'Hej Mette, Sofie er gravid. Anne Holm',
        'Hej Mette, Lars har ondt i ryggen og går til fysioterapeut. Anne Holm',
      ],
      en: [
        'Hi Anna, Tom has a temperature and is staying home. Lena Berg',
        'Hi Anna, Tom has a bad headache today. Lena Berg',
        'Hi Anna, Tom has a cold and a cough. Lena Berg',
        'Hi Anna, Tom broke his leg skiing. Lena Berg',
        'Hi Anna, Sara is pregnant. Lena Berg',
        'Hi Anna, Tom has back pain and sees a physio. Lena Berg',
        'Hi Anna, Tom has a sore throat. Lena Berg',
        'Hi Anna, Tom is off with a stomach bug. Lena Berg',
      ],
      de: [
        'Hallo Anna, Tom hat Fieber und bleibt zu Hause. Lena Berg',
        'Hallo Anna, Tom hat Kopfschmerzen. Lena Berg',
        'Hallo Anna, Tom ist erkältet und hustet. Lena Berg',
        'Hallo Anna, Tom hat sich das Bein gebrochen. Lena Berg',
        'Hallo Anna, Sara ist schwanger. Lena Berg',
        'Hallo Anna, Tom hat Rückenschmerzen und geht zur Physiotherapie. Lena Berg',
        'Hallo Anna, Tom hat Halsschmerzen. Lena Berg',
        'Hallo Anna, Tom hat Magen-Darm. Lena Berg',
      ],
      fr: [
        'Bonjour Anne, Marc a de la fièvre et reste à la maison. Léa Roux',
        'Bonjour Anne, Marc a mal à la tête. Léa Roux',
        'Bonjour Anne, Marc est enrhumé et tousse. Léa Roux',
        "Bonjour Anne, Marc s'est cassé la jambe. Léa Roux",
        'Bonjour Anne, Julie est enceinte. Léa Roux',
        'Bonjour Anne, Marc a mal au dos et va chez le kiné. Léa Roux',
        'Bonjour Anne, Marc a mal à la gorge. Léa Roux',
        'Bonjour Anne, Marc a une gastro. Léa Roux',
      ],
      it: [
        'Ciao Anna, Marco ha la febbre e resta a casa. Sara Conti',
        'Ciao Anna, Marco ha mal di testa. Sara Conti',
        'Ciao Anna, Marco ha il raffreddore e la tosse. Sara Conti',
        'Ciao Anna, Marco si è rotto una gamba. Sara Conti',
        'Ciao Anna, Giulia è incinta. Sara Conti',
        'Ciao Anna, Marco ha mal di schiena e fa fisioterapia. Sara Conti',
        'Ciao Anna, Marco ha mal di gola. Sara Conti',
        "Ciao Anna, Marco ha l'influenza intestinale. Sara Conti",
      ],
      es: [
        'Hola Ana, Pedro tiene fiebre y se queda en casa. Eva Gil',
        'Hola Ana, Pedro tiene dolor de cabeza. Eva Gil',
        'Hola Ana, Pedro está resfriado y tose. Eva Gil',
        'Hola Ana, Pedro se ha roto la pierna. Eva Gil',
        'Hola Ana, Lucía está embarazada. Eva Gil',
        'Hola Ana, Pedro tiene dolor de espalda y va al fisio. Eva Gil',
        'Hola Ana, Pedro tiene dolor de garganta. Eva Gil',
        'Hola Ana, Pedro tiene gastroenteritis. Eva Gil',
      ],
      nl: [
        'Hoi Anna, Tom heeft koorts en blijft thuis. Bas Smit',
        'Hoi Anna, Tom heeft hoofdpijn. Bas Smit',
        'Hoi Anna, Tom is verkouden en hoest. Bas Smit',
        'Hoi Anna, Tom heeft zijn been gebroken. Bas Smit',
        'Hoi Anna, Sanne is zwanger. Bas Smit',
        'Hoi Anna, Tom heeft rugpijn en gaat naar de fysio. Bas Smit',
        'Hoi Anna, Tom heeft keelpijn. Bas Smit',
        'Hoi Anna, Tom heeft buikgriep. Bas Smit',
      ],
      pl: [
        'Cześć Aniu, Tomek ma gorączkę i zostaje w domu. Ewa Nowak',
        'Cześć Aniu, Tomka boli głowa. Ewa Nowak',
        'Cześć Aniu, Tomek jest przeziębiony i kaszle. Ewa Nowak',
        'Cześć Aniu, Tomek złamał nogę. Ewa Nowak',
        'Cześć Aniu, Kasia jest w ciąży. Ewa Nowak',
        'Cześć Aniu, Tomka boli kręgosłup, chodzi na fizjoterapię. Ewa Nowak',
        'Cześć Aniu, Tomka boli gardło. Ewa Nowak',
        'Cześć Aniu, Tomek ma grypę żołądkową. Ewa Nowak',
      ],
      pt: [
        'Olá Ana, o Rui tem febre e fica em casa. Eva Sousa',
        'Olá Ana, o Rui tem dores de cabeça. Eva Sousa',
        'Olá Ana, o Rui está constipado e com tosse. Eva Sousa',
        'Olá Ana, o Rui partiu a perna. Eva Sousa',
        'Olá Ana, a Inês está grávida. Eva Sousa',
        'Olá Ana, o Rui tem dores nas costas e faz fisioterapia. Eva Sousa',
        'Olá Ana, o Rui tem dor de garganta. Eva Sousa',
        'Olá Ana, o Rui tem uma gastroenterite. Eva Sousa',
      ],
    };
    expectRead(sickCalls, 'special', ['Jānim ir temperatūra', 'has a temperature']);
    // Nor the words in other senses: an oven's temperature, software's headache.
    expect(level('The oven has a temperature sensor; if it has a temperature above 250 C it stops.')).toBe('public');
    expect(level('Hi Tom, the oven has a temperature sensor that fails. Anna Berg')).toBe('personal');
    expect(level('Ahoj Marek, posielam ti prehľad nákladov za október. Jana Horváthová')).toBe('personal');
    expect(level('Bună Andreea, motorul s-a răcit, putem pleca. Ana Pop')).toBe('personal');
    expect(level('Ahoj Jano, Petr na to kašle, posílám to sám. Eva Malá')).toBe('personal');
  });

  it("reads going to church and a union's membership in the EU's languages", () => {
    // Synthetic messages, each naming a person (a probe that read 42 of 44 special before 2.62.0's last step).
    const practice: Record<string, string[]> = {
      cs: [
        'Ahoj Jano, Petr chodí každou neděli do kostela. Eva Malá',
        'Ahoj Jano, Petr je členem odborů a půjde na jednání. Eva Malá',
      ],
      sk: ['Ahoj Zuzka, Peter chodí každú nedeľu do kostola. Jana Malá', 'Ahoj Zuzka, Peter je členom odborov. Jana Malá'],
      sl: ['Živjo Nina, Peter vsako nedeljo hodi k maši. Ana Novak', 'Živjo Nina, Peter je član sindikata. Ana Novak'],
      hr: ['Bok Ivana, Marko svake nedjelje ide na misu. Ana Horvat', 'Bok Ivana, Marko je član sindikata. Ana Horvat'],
      hu: ['Szia Réka! Péter minden vasárnap misére jár. Kiss Anna', 'Szia Réka! Péter szakszervezeti tag. Kiss Anna'],
      ro: [
        'Bună Andreea, Mihai merge în fiecare duminică la biserică. Ana Pop',
        'Bună Andreea, Mihai este membru de sindicat. Ana Pop',
      ],
      bg: [
        'Здравей Мария, Иван ходи на църква всяка неделя. Ана Петрова',
        'Здравей Мария, Иван е член на синдиката. Ана Петрова',
      ],
      el: [
        'Γεια σου Μαρία, ο Νίκος πηγαίνει κάθε Κυριακή στην εκκλησία. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος είναι μέλος του συνδικάτου. Άννα Παππά',
      ],
      fi: [
        'Hei Anna, Matti käy joka sunnuntai kirkossa. Liisa Virtanen',
        'Hei Anna, Matti on ammattiliiton jäsen. Liisa Virtanen',
      ],
      et: ['Tere Kadri! Jaan käib igal pühapäeval kirikus. Liis Tamm', 'Tere Kadri! Jaan on ametiühingu liige. Liis Tamm'],
      lv: [
        'Sveika, Inese! Jānis katru svētdienu iet uz baznīcu. Anna Liepa',
        'Sveika, Inese! Jānis ir arodbiedrības biedrs. Anna Liepa',
      ],
      lt: [
        'Labas, Aiste, Tomas kiekvieną sekmadienį eina į bažnyčią. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas yra profesinės sąjungos narys. Rasa Kazlauskienė',
      ],
      sv: ['Hej Anna, Erik går i kyrkan varje söndag. Lena Berg', 'Hej Anna, Erik är med i facket. Lena Berg'],
      da: ['Hej Mette, Lars går i kirke hver søndag. Anne Holm', 'Hej Mette, Lars er medlem af fagforeningen. Anne Holm'],
      en: ['Hi Anna, Tom goes to church every Sunday. Lena Berg', 'Hi Anna, Tom is a union member. Lena Berg'],
      de: ['Hallo Anna, Tom geht jeden Sonntag in die Kirche. Lena Berg', 'Hallo Anna, Tom ist Gewerkschaftsmitglied. Lena Berg'],
      fr: ['Bonjour Anne, Marc va à la messe tous les dimanches. Léa Roux', 'Bonjour Anne, Marc est syndiqué à la CGT. Léa Roux'],
      it: ['Ciao Anna, Marco va a messa ogni domenica. Sara Conti', 'Ciao Anna, Marco è iscritto al sindacato. Sara Conti'],
      es: ['Hola Ana, Pedro va a misa todos los domingos. Eva Gil', 'Hola Ana, Pedro está afiliado al sindicato. Eva Gil'],
      nl: ['Hoi Anna, Tom gaat elke zondag naar de kerk. Bas Smit', 'Hoi Anna, Tom is lid van de vakbond. Bas Smit'],
      pl: [
        'Cześć Aniu, Tomek chodzi co niedzielę do kościoła. Ewa Nowak',
        'Cześć Aniu, Tomek należy do związku zawodowego. Ewa Nowak',
      ],
      pt: ['Olá Ana, o Rui vai à missa todos os domingos. Eva Sousa', 'Olá Ana, o Rui é sindicalizado. Eva Sousa'],
    };
    expectRead(practice, 'special');
  });

  it("reads a party's membership in the EU's languages", () => {
    // Synthetic messages, each naming a person (a probe that read 12 of 22 special before 2.62.0's last step).
    const members: Record<string, string[]> = {
      cs: ['Ahoj Jano, Petr je členem ODS a kandiduje do zastupitelstva. Eva Malá'],
      sk: ['Ahoj Zuzka, Peter je členom strany SaS. Jana Malá'],
      sl: ['Živjo Nina, Peter je član stranke SDS. Ana Novak'],
      hr: ['Bok Ivana, Marko je član HDZ-a. Ana Horvat'],
      hu: ['Szia Réka! Péter a Fidesz tagja. Kiss Anna'],
      ro: ['Bună Andreea, Mihai este membru PSD. Ana Pop'],
      bg: ['Здравей Мария, Иван е член на ГЕРБ. Ана Петрова'],
      el: ['Γεια σου Μαρία, ο Νίκος είναι μέλος της Νέας Δημοκρατίας. Άννα Παππά'],
      fi: ['Hei Anna, Matti on kokoomuksen jäsen. Liisa Virtanen'],
      et: ['Tere Kadri! Jaan on Reformierakonna liige. Liis Tamm'],
      lv: ['Sveika, Inese! Jānis ir partijas Jaunā Vienotība biedrs. Anna Liepa'],
      lt: ['Labas, Aiste, Tomas yra partijos narys. Rasa Kazlauskienė'],
      sv: ['Hej Anna, Erik är medlem i Socialdemokraterna. Lena Berg'],
      da: ['Hej Mette, Lars er medlem af Venstre. Anne Holm'],
      en: ['Hi Anna, Tom is a member of the Labour Party. Lena Berg'],
      de: ['Hallo Anna, Tom ist Mitglied der SPD. Lena Berg'],
      fr: ['Bonjour Anne, Marc est militant au Parti socialiste. Léa Roux'],
      it: ['Ciao Anna, Marco è iscritto al Partito Democratico. Sara Conti'],
      es: ['Hola Ana, Pedro está afiliado al PSOE. Eva Gil'],
      nl: ['Hoi Anna, Tom is lid van de VVD. Bas Smit'],
      pl: ['Cześć Aniu, Tomek jest członkiem PiS. Ewa Nowak'],
      pt: ['Olá Ana, o Rui é militante do PS. Eva Sousa'],
    };
    expectRead(members, 'special', ['Jaunā Vienotība']);
    // A party's acronym that is another thing's too, not after "member", stays that thing.
    expect(level('Ahoj Jano, posílám tabulku ve formátu ODS. Eva Malá')).toBe('personal');
  });

  it("reads public texts that name people in their public capacity in each of the EU's languages (session 54's probe)", () => {
    // Synthetic: a mayor's notice, a chief executive quoted in a press release, a parish's notices signed by its priest,
    // a head's letter to the parents, a match report under its genre's word. Before 2.63.0 the probe read 67 of 110
    // public: a genre's word alone over a report was no headline, a win told by its noun ("při výhře … 3:1") no result,
    // "Fr", "Don", "Vlč.", "π." and a parish's office after the name no priest, and a plain "Director" under a letter
    // to the parents no head.
    const published: Record<string, string[]> = {
      en: [
        'Town Hall notice\n\nThe town hall will be closed on Friday 8 May for the bank holiday. Bin collections are unchanged.\n\nJohn Miller\nMayor',
        'Press release\n\nNorthwind Ltd grew its revenue by 12 % in 2026. "We invested in our people," said chief executive Sarah Collins.',
        'Parish notices\n\nSunday Mass at 10:00. Confessions on Saturday from 17:00. Fr Michael Byrne',
        'Dear parents,\n\nThe autumn term starts on Monday 7 September. Please label uniforms.\n\nHelen Wright\nHeadteacher',
        'Match report\n\nTom Evans scored twice as Riverside beat Hillford 3–1 on Saturday. Coach Mark Davies praised the defence.',
      ],
      de: [
        'Bekanntmachung\n\nDas Rathaus bleibt am Freitag, 8. Mai, wegen des Feiertags geschlossen. Die Müllabfuhr ist nicht betroffen.\n\nJohann Müller\nBürgermeister',
        'Pressemitteilung\n\nDie Nordwind AG steigerte ihren Umsatz 2026 um 12 %. „Wir haben in unsere Leute investiert“, sagte Vorstandschefin Sarah Klein.',
        'Pfarrnachrichten\n\nSonntag Heilige Messe um 10:00 Uhr. Beichtgelegenheit am Samstag ab 17:00 Uhr. Pfarrer Michael Bauer',
        'Liebe Eltern,\n\ndas Schuljahr beginnt am Montag, 7. September. Bitte beschriften Sie die Turnbeutel.\n\nHelene Wagner\nSchulleiterin',
        'Spielbericht\n\nTom Becker traf zweimal beim 3:1-Sieg des FC Rheinau gegen Hillstadt. Trainer Markus Weber lobte die Abwehr.',
      ],
      fr: [
        'Avis à la population\n\nLa mairie sera fermée le vendredi 8 mai, jour férié. La collecte des déchets est maintenue.\n\nJean Martin\nMaire',
        'Communiqué de presse\n\nNordvent SA a augmenté son chiffre d’affaires de 12 % en 2026. « Nous avons investi dans nos équipes », a déclaré la directrice générale Sophie Laurent.',
        'Annonces paroissiales\n\nMesse dominicale à 10 h. Confessions le samedi à partir de 17 h. Père Michel Dubois',
        'Chers parents,\n\nLa rentrée aura lieu le lundi 7 septembre. Merci de marquer les vêtements.\n\nHélène Petit\nDirectrice de l’école',
        'Compte rendu du match\n\nThomas Girard a marqué deux fois lors de la victoire 3-1 de l’AS Rivière contre Colline. L’entraîneur Marc Lefèvre a salué la défense.',
      ],
      it: [
        'Avviso\n\nIl municipio resterà chiuso venerdì 8 maggio per la festività. La raccolta dei rifiuti non subisce variazioni.\n\nGiovanni Rossi\nSindaco',
        'Comunicato stampa\n\nVentonord S.p.A. ha aumentato il fatturato del 12 % nel 2026. «Abbiamo investito nelle persone», ha dichiarato l’amministratrice delegata Sara Colombo.',
        'Avvisi parrocchiali\n\nSanta Messa domenica alle 10. Confessioni sabato dalle 17. Don Michele Ferrari',
        'Cari genitori,\n\nl’anno scolastico inizia lunedì 7 settembre. Vi preghiamo di etichettare i grembiuli.\n\nElena Bianchi\nDirigente scolastica',
        'Cronaca della partita\n\nTommaso Ricci ha segnato una doppietta nella vittoria per 3-1 del Riviera sul Collina. L’allenatore Marco Greco ha elogiato la difesa.',
      ],
      es: [
        'Aviso\n\nEl ayuntamiento permanecerá cerrado el viernes 8 de mayo por la festividad. La recogida de basuras no cambia.\n\nJuan García\nAlcalde',
        'Nota de prensa\n\nVientonorte S.A. aumentó su facturación un 12 % en 2026. «Hemos invertido en nuestra gente», afirmó la consejera delegada Sara López.',
        'Avisos parroquiales\n\nMisa dominical a las 10:00. Confesiones el sábado desde las 17:00. Padre Miguel Sánchez',
        'Queridas familias:\n\nEl curso empieza el lunes 7 de septiembre. Por favor, marquen los uniformes.\n\nElena Martín\nDirectora del colegio',
        'Crónica del partido\n\nTomás Ruiz marcó dos goles en la victoria por 3-1 del Ribera ante el Colina. El entrenador Marcos Díaz elogió la defensa.',
      ],
      nl: [
        'Mededeling\n\nHet gemeentehuis is op vrijdag 8 mei gesloten vanwege de feestdag. De afvalinzameling gaat door.\n\nJan de Vries\nBurgemeester',
        'Persbericht\n\nNoordwind B.V. verhoogde de omzet in 2026 met 12 %. „We hebben in onze mensen geïnvesteerd”, zei algemeen directeur Sara Jansen.',
        'Parochieberichten\n\nZondag eucharistieviering om 10.00 uur. Biechtgelegenheid zaterdag vanaf 17.00 uur. Pastoor Michiel Bakker',
        'Beste ouders,\n\nHet schooljaar begint op maandag 7 september. Zet a.u.b. namen in de gymkleding.\n\nHelen Visser\nDirecteur',
        'Wedstrijdverslag\n\nTom Mulder scoorde twee keer bij de 3-1-zege van Rivierdal op Heuvelstad. Trainer Mark de Boer prees de verdediging.',
      ],
      pl: [
        'Ogłoszenie\n\nUrząd gminy będzie nieczynny w piątek 8 maja z powodu święta. Odbiór odpadów bez zmian.\n\nJan Kowalski\nWójt Gminy',
        'Informacja prasowa\n\nPółnocny Wiatr S.A. zwiększył przychody w 2026 r. o 12 %. „Zainwestowaliśmy w ludzi” – powiedziała prezes zarządu Anna Wiśniewska.',
        'Ogłoszenia parafialne\n\nMsza św. w niedzielę o 10:00. Spowiedź w sobotę od 17:00. Ks. Michał Zieliński',
        'Drodzy rodzice,\n\nrok szkolny rozpoczyna się w poniedziałek 7 września. Prosimy o podpisanie strojów.\n\nHelena Wójcik\nDyrektor szkoły',
        'Relacja z meczu\n\nTomasz Lewandowski strzelił dwa gole w wygranym 3:1 meczu Rzecznej z Górnikiem. Trener Marek Kamiński pochwalił obronę.',
      ],
      pt: [
        'Aviso\n\nA câmara municipal estará encerrada na sexta-feira, 8 de maio, por ser feriado. A recolha do lixo mantém-se.\n\nJoão Silva\nPresidente da Câmara',
        'Comunicado de imprensa\n\nA Ventonorte S.A. aumentou a faturação em 12 % em 2026. «Investimos nas nossas pessoas», afirmou a presidente executiva Sara Costa.',
        'Avisos paroquiais\n\nMissa dominical às 10h. Confissões ao sábado a partir das 17h. Padre Miguel Ferreira',
        'Caros pais,\n\nO ano letivo começa na segunda-feira, 7 de setembro. Por favor, identifiquem as batas.\n\nHelena Santos\nDiretora do agrupamento',
        'Crónica do jogo\n\nTomás Pereira marcou dois golos na vitória por 3-1 do Ribeirense sobre o Colinas. O treinador Marco Oliveira elogiou a defesa.',
      ],
      cs: [
        'Oznámení\n\nObecní úřad bude v pátek 8. května z důvodu státního svátku zavřen. Svoz odpadu beze změny.\n\nJan Novák\nstarosta obce',
        'Tisková zpráva\n\nSeverní vítr a.s. zvýšila v roce 2026 tržby o 12 %. „Investovali jsme do lidí,“ uvedla generální ředitelka Jana Dvořáková.',
        'Farní oznámení\n\nMše svatá v neděli v 10:00. Svátost smíření v sobotu od 17:00. P. Michal Černý, farář',
        'Vážení rodiče,\n\nškolní rok začíná v pondělí 7. září. Prosíme, podepište dětem věci.\n\nHelena Svobodová\nředitelka školy',
        'Zpráva ze zápasu\n\nTomáš Procházka dal dva góly při výhře Řečice 3:1 nad Kopcem. Trenér Marek Kučera pochválil obranu.',
      ],
      sk: [
        'Oznam\n\nObecný úrad bude v piatok 8. mája pre sviatok zatvorený. Odvoz odpadu bez zmeny.\n\nJán Horváth\nstarosta obce',
        'Tlačová správa\n\nSeverný vietor a.s. zvýšila v roku 2026 tržby o 12 %. „Investovali sme do ľudí,“ uviedla generálna riaditeľka Jana Kováčová.',
        'Farské oznamy\n\nSvätá omša v nedeľu o 10:00. Sviatosť zmierenia v sobotu od 17:00. Vdp. Michal Baláž, farár',
        'Milí rodičia,\n\nškolský rok začína v pondelok 7. septembra. Prosíme, označte deťom veci.\n\nHelena Nagyová\nriaditeľka školy',
        'Správa zo zápasu\n\nTomáš Varga strelil dva góly pri víťazstve Riečnej 3:1 nad Kopcom. Tréner Marek Tóth pochválil obranu.',
      ],
      sl: [
        'Obvestilo\n\nObčinska uprava bo v petek, 8. maja, zaradi praznika zaprta. Odvoz odpadkov ostaja nespremenjen.\n\nJanez Novak\nžupan',
        'Sporočilo za javnost\n\nSeverni veter d.d. je leta 2026 povečal prihodke za 12 %. »Vlagali smo v ljudi,« je povedala generalna direktorica Ana Horvat.',
        'Župnijska oznanila\n\nSveta maša v nedeljo ob 10.00. Spoved v soboto od 17.00. Župnik Mihael Kovačič',
        'Spoštovani starši,\n\nšolsko leto se začne v ponedeljek, 7. septembra. Prosimo, podpišite otrokom oblačila.\n\nHelena Krajnc\nravnateljica',
        'Poročilo s tekme\n\nTomaž Zupan je dosegel dva gola pri zmagi Rečice s 3:1 proti Hribu. Trener Marko Potočnik je pohvalil obrambo.',
      ],
      hr: [
        'Obavijest\n\nGradska uprava bit će zatvorena u petak 8. svibnja zbog blagdana. Odvoz otpada ostaje nepromijenjen.\n\nIvan Horvat\ngradonačelnik',
        'Priopćenje za medije\n\nSjeverni vjetar d.d. povećao je prihode u 2026. za 12 %. „Ulagali smo u ljude”, izjavila je predsjednica uprave Ana Kovačević.',
        'Župne obavijesti\n\nSveta misa u nedjelju u 10 sati. Ispovijed u subotu od 17 sati. Vlč. Mihael Babić, župnik',
        'Dragi roditelji,\n\nškolska godina počinje u ponedjeljak 7. rujna. Molimo potpišite djeci odjeću.\n\nHelena Marić\nravnateljica škole',
        'Izvještaj s utakmice\n\nTomislav Jurić zabio je dva gola u pobjedi Riječana 3:1 protiv Brežana. Trener Marko Knežević pohvalio je obranu.',
      ],
      hu: [
        'Közlemény\n\nA polgármesteri hivatal május 8-án, pénteken az ünnep miatt zárva tart. A hulladékszállítás nem változik.\n\nNagy János\npolgármester',
        'Sajtóközlemény\n\nAz Északi Szél Zrt. 2026-ban 12 %-kal növelte árbevételét. „Az emberekbe fektettünk” – mondta Kovács Sára vezérigazgató.',
        'Plébániai hirdetések\n\nVasárnap szentmise 10 órakor. Gyóntatás szombaton 17 órától. Szabó Mihály plébános',
        'Kedves Szülők!\n\nA tanév szeptember 7-én, hétfőn kezdődik. Kérjük, jelöljék meg a tornazsákokat.\n\nTóth Ilona\nintézményvezető',
        'Mérkőzésbeszámoló\n\nHorváth Tamás kétszer volt eredményes a Folyópart 3–1-es győzelmén a Dombvár ellen. Varga Márk edző dicsérte a védelmet.',
      ],
      ro: [
        'Anunț\n\nPrimăria va fi închisă vineri, 8 mai, cu ocazia sărbătorii. Colectarea deșeurilor rămâne neschimbată.\n\nIon Popescu\nPrimar',
        'Comunicat de presă\n\nVântul de Nord S.A. și-a crescut cifra de afaceri cu 12 % în 2026. „Am investit în oameni”, a declarat directoarea generală Ana Ionescu.',
        'Anunțuri parohiale\n\nSfânta Liturghie duminică la ora 10. Spovedanie sâmbătă de la ora 17. Pr. Mihai Popa, paroh',
        'Dragi părinți,\n\nAnul școlar începe luni, 7 septembrie. Vă rugăm să marcați uniformele.\n\nElena Dumitru\nDirector',
        'Cronica meciului\n\nTudor Stan a marcat de două ori în victoria cu 3-1 a Rapidului Râureni în fața Dealului. Antrenorul Marius Stoica a lăudat apărarea.',
      ],
      bg: [
        'Съобщение\n\nОбщинската администрация ще бъде затворена в петък, 8 май, поради празника. Сметосъбирането не се променя.\n\nИван Петров\nКмет',
        'Прессъобщение\n\nСеверен вятър АД увеличи приходите си през 2026 г. с 12 %. „Инвестирахме в хората“, заяви изпълнителният директор Мария Иванова.',
        'Енорийски съобщения\n\nСвета литургия в неделя от 10 ч. Изповед в събота от 17 ч. Отец Михаил Георгиев',
        'Уважаеми родители,\n\nУчебната година започва в понеделник, 7 септември. Моля, надпишете дрехите.\n\nЕлена Димитрова\nДиректор',
        'Репортаж от мача\n\nТодор Стоянов вкара два гола при победата на Речица с 3:1 над Хълм. Треньорът Марко Николов похвали защитата.',
      ],
      el: [
        'Ανακοίνωση\n\nΤο δημαρχείο θα παραμείνει κλειστό την Παρασκευή 8 Μαΐου λόγω αργίας. Η αποκομιδή απορριμμάτων δεν αλλάζει.\n\nΓιάννης Παπαδόπουλος\nΔήμαρχος',
        'Δελτίο Τύπου\n\nΗ Βόρειος Άνεμος Α.Ε. αύξησε τον κύκλο εργασιών της κατά 12 % το 2026. «Επενδύσαμε στους ανθρώπους μας», δήλωσε η διευθύνουσα σύμβουλος Μαρία Γεωργίου.',
        'Ανακοινώσεις ενορίας\n\nΘεία Λειτουργία την Κυριακή στις 10:00. Εξομολόγηση το Σάββατο από τις 17:00. π. Μιχαήλ Νικολάου',
        'Αγαπητοί γονείς,\n\nΗ σχολική χρονιά ξεκινά τη Δευτέρα 7 Σεπτεμβρίου. Παρακαλούμε σημειώστε τα ρούχα.\n\nΕλένη Δημητρίου\nΔιευθύντρια',
        'Ρεπορτάζ αγώνα\n\nΟ Θωμάς Αντωνίου σκόραρε δύο φορές στη νίκη του Ποταμού με 3-1 επί του Λόφου. Ο προπονητής Μάρκος Ιωάννου επαίνεσε την άμυνα.',
      ],
      fi: [
        'Tiedote\n\nKunnantalo on suljettu perjantaina 8. toukokuuta juhlapyhän vuoksi. Jätehuolto toimii normaalisti.\n\nJuha Virtanen\nkunnanjohtaja',
        'Lehdistötiedote\n\nPohjoistuuli Oyj kasvatti liikevaihtoaan 12 % vuonna 2026. ”Panostimme ihmisiin”, sanoi toimitusjohtaja Sari Korhonen.',
        'Seurakunnan ilmoituksia\n\nMessu sunnuntaina klo 10. Rippitilaisuus lauantaina klo 17 alkaen. Kirkkoherra Mikko Nieminen',
        'Hyvät huoltajat,\n\nlukuvuosi alkaa maanantaina 7. syyskuuta. Merkitkää lasten vaatteet.\n\nHelena Mäkinen\nrehtori',
        'Otteluraportti\n\nTuomas Hämäläinen teki kaksi maalia Jokilaakson 3–1-voitossa Mäkelää vastaan. Valmentaja Markus Laine kehui puolustusta.',
      ],
      et: [
        'Teadaanne\n\nVallamaja on reedel, 8. mail püha tõttu suletud. Prügivedu toimub tavapäraselt.\n\nJaan Tamm\nvallavanem',
        'Pressiteade\n\nPõhjatuul AS suurendas 2026. aastal käivet 12 %. „Investeerisime inimestesse,” ütles juhatuse esimees Sara Kask.',
        'Koguduse teated\n\nJumalateenistus pühapäeval kell 10. Pihtimine laupäeval alates kell 17. Õpetaja Mihkel Saar',
        'Head lapsevanemad!\n\nÕppeaasta algab esmaspäeval, 7. septembril. Palun märgistage laste riided.\n\nHelena Mägi\ndirektor',
        'Mänguülevaade\n\nToomas Kukk lõi kaks väravat Jõeküla 3:1 võidus Mäe üle. Treener Marko Rebane kiitis kaitset.',
      ],
      lv: [
        'Paziņojums\n\nNovada dome piektdien, 8. maijā, svētku dēļ būs slēgta. Atkritumu izvešana nemainās.\n\nJānis Bērziņš\ndomes priekšsēdētājs',
        'Preses relīze\n\nZiemeļvējš AS 2026. gadā palielināja apgrozījumu par 12 %. “Mēs ieguldījām cilvēkos,” sacīja valdes priekšsēdētāja Anna Kalniņa.',
        'Draudzes paziņojumi\n\nSvētā Mise svētdien plkst. 10. Grēksūdze sestdien no plkst. 17. Prāvests Mihails Ozoliņš',
        'Cienījamie vecāki!\n\nMācību gads sākas pirmdien, 7. septembrī. Lūdzu, marķējiet bērnu apģērbu.\n\nIlona Liepiņa\ndirektore',
        'Spēles apskats\n\nToms Krūmiņš guva divus vārtus Upes 3:1 uzvarā pār Kalnu. Treneris Marks Vītols uzslavēja aizsardzību.',
      ],
      lt: [
        'Pranešimas\n\nSavivaldybė penktadienį, gegužės 8 d., dėl šventės nedirbs. Atliekų išvežimas nesikeičia.\n\nJonas Kazlauskas\nmeras',
        'Pranešimas spaudai\n\nŠiaurės vėjas AB 2026 m. padidino pajamas 12 %. „Investavome į žmones“, – sakė generalinė direktorė Rasa Petrauskienė.',
        'Parapijos skelbimai\n\nŠv. Mišios sekmadienį 10 val. Išpažintis šeštadienį nuo 17 val. Klebonas Mykolas Jankauskas',
        'Gerbiami tėveliai,\n\nmokslo metai prasideda pirmadienį, rugsėjo 7 d. Prašome pažymėti vaikų drabužius.\n\nIlona Stankevičienė\ndirektorė',
        'Rungtynių apžvalga\n\nTomas Vasiliauskas įmušė du įvarčius Upės pergalėje 3:1 prieš Kalną. Treneris Markas Žukauskas gyrė gynybą.',
      ],
      sv: [
        'Meddelande\n\nKommunhuset är stängt fredagen den 8 maj på grund av helgdagen. Sophämtningen sker som vanligt.\n\nJohan Andersson\nkommunstyrelsens ordförande',
        'Pressmeddelande\n\nNordvind AB ökade omsättningen med 12 % under 2026. ”Vi har investerat i våra medarbetare”, säger vd Sara Lindqvist.',
        'Församlingsnytt\n\nHögmässa på söndag kl. 10. Bikt på lördag från kl. 17. Kyrkoherde Mikael Nilsson',
        'Kära vårdnadshavare,\n\nläsåret börjar måndagen den 7 september. Märk gärna barnens kläder.\n\nHelena Johansson\nrektor',
        'Matchrapport\n\nTobias Karlsson gjorde två mål när Åby vann med 3–1 mot Backe. Tränaren Markus Eriksson berömde försvaret.',
      ],
      da: [
        'Meddelelse\n\nRådhuset er lukket fredag den 8. maj på grund af helligdagen. Affaldsindsamlingen kører som normalt.\n\nJens Hansen\nborgmester',
        'Pressemeddelelse\n\nNordvind A/S øgede omsætningen med 12 % i 2026. "Vi har investeret i vores medarbejdere," siger administrerende direktør Sara Pedersen.',
        'Kirkenyt\n\nHøjmesse søndag kl. 10. Skriftemål lørdag fra kl. 17. Sognepræst Mikkel Jensen',
        'Kære forældre\n\nSkoleåret begynder mandag den 7. september. Husk at skrive navn i tøjet.\n\nHelle Nielsen\nskoleleder',
        'Kampreferat\n\nThomas Larsen scorede to gange, da Ådal vandt 3-1 over Bakke. Træner Mark Christensen roste forsvaret.',
      ],
    };
    // Left: match reports whose one paragraph is shorter than prose (Czech, Slovene, Estonian), an Estonian pastor by
    // "Õpetaja" (a teacher too), and Swedish "Märk" (mark!) opening a sentence, which folds into the given name "Mark".
    const left = ['Tomáš Procházka dal', 'Tomaž Zupan je', 'Toomas Kukk lõi', 'Õpetaja Mihkel', 'Märk gärna'];
    expectRead(published, 'public', left);
    for (const l of left) {
      const text = Object.values(published)
        .flat()
        .find((t) => t.includes(l)) as string;
      expect(level(text), text).not.toBe('public');
    }
  });

  it("reads a record's special field in each of the EU's languages, and not its empty answer (session 54's probe)", () => {
    // Synthetic records: a name field, then religion, a diagnosis, a union, a blood group or a disability. Before 2.63.0
    // the probe read 89 of 110 special: no smaller language's blood group, and Slovene, Croatian and Estonian religion,
    // Czech, Slovak and Greek unions and Finnish "Vamma" were no field.
    const records: Record<string, [string, string[]]> = {
      en: [
        'Name: Tom Evans',
        [
          'Religion: Roman Catholic',
          'Diagnosis: type 2 diabetes',
          'Trade union: Unite, member since 2019',
          'Blood group: A Rh+',
          'Disability: partially sighted',
        ],
      ],
      de: [
        'Name: Tom Becker',
        [
          'Konfession: römisch-katholisch',
          'Diagnose: Diabetes mellitus Typ 2',
          'Gewerkschaft: ver.di, Mitglied seit 2019',
          'Blutgruppe: A Rh+',
          'Schwerbehinderung: GdB 50',
        ],
      ],
      fr: [
        'Nom : Marc Girard',
        [
          'Religion : catholique',
          'Diagnostic : diabète de type 2',
          'Syndicat : CFDT, adhérent depuis 2019',
          'Groupe sanguin : A Rh+',
          'Handicap : malvoyant',
        ],
      ],
      it: [
        'Nome: Marco Ricci',
        [
          'Religione: cattolica',
          'Diagnosi: diabete di tipo 2',
          'Sindacato: CGIL, iscritto dal 2019',
          'Gruppo sanguigno: A Rh+',
          'Invalidità civile: 75 %',
        ],
      ],
      es: [
        'Nombre: Pedro Ruiz',
        [
          'Religión: católica',
          'Diagnóstico: diabetes tipo 2',
          'Sindicato: CCOO, afiliado desde 2019',
          'Grupo sanguíneo: A Rh+',
          'Discapacidad: 45 %',
        ],
      ],
      nl: [
        'Naam: Tom Mulder',
        [
          'Geloof: rooms-katholiek',
          'Diagnose: diabetes type 2',
          'Vakbond: FNV, lid sinds 2019',
          'Bloedgroep: A Rh+',
          'Beperking: slechtziend',
        ],
      ],
      pl: [
        'Imię i nazwisko: Tomasz Nowak',
        [
          'Wyznanie: rzymskokatolickie',
          'Rozpoznanie: cukrzyca typu 2',
          'Związek zawodowy: NSZZ Solidarność, członek od 2019',
          'Grupa krwi: A Rh+',
          'Niepełnosprawność: stopień umiarkowany',
        ],
      ],
      pt: [
        'Nome: Rui Pereira',
        [
          'Religião: católica',
          'Diagnóstico: diabetes tipo 2',
          'Sindicato: CGTP, sócio desde 2019',
          'Grupo sanguíneo: A Rh+',
          'Incapacidade: 60 %',
        ],
      ],
      cs: [
        'Jméno: Petr Novák',
        [
          'Náboženské vyznání: římskokatolické',
          'Diagnóza: diabetes mellitus 2. typu',
          'Odbory: OS KOVO, člen od 2019',
          'Krevní skupina: A Rh+',
          'Zdravotní postižení: ZTP',
        ],
      ],
      sk: [
        'Meno: Peter Horváth',
        [
          'Náboženské vyznanie: rímskokatolícke',
          'Diagnóza: diabetes mellitus 2. typu',
          'Odbory: OZ KOVO, člen od 2019',
          'Krvná skupina: A Rh+',
          'Zdravotné postihnutie: ŤZP',
        ],
      ],
      sl: [
        'Ime in priimek: Peter Novak',
        [
          'Veroizpoved: rimskokatoliška',
          'Diagnoza: sladkorna bolezen tipa 2',
          'Sindikat: SKEI, član od 2019',
          'Krvna skupina: A Rh+',
          'Invalidnost: II. kategorija',
        ],
      ],
      hr: [
        'Ime i prezime: Marko Horvat',
        [
          'Vjeroispovijest: rimokatolička',
          'Dijagnoza: šećerna bolest tipa 2',
          'Sindikat: SSSH, član od 2019',
          'Krvna grupa: A Rh+',
          'Invaliditet: 60 %',
        ],
      ],
      hu: [
        'Név: Nagy Péter',
        [
          'Vallás: római katolikus',
          'Diagnózis: 2-es típusú cukorbetegség',
          'Szakszervezet: VDSZ, tag 2019 óta',
          'Vércsoport: A Rh+',
          'Fogyatékosság: látássérült',
        ],
      ],
      ro: [
        'Nume: Mihai Popescu',
        [
          'Religie: ortodoxă',
          'Diagnostic: diabet zaharat tip 2',
          'Sindicat: Cartel Alfa, membru din 2019',
          'Grupa sanguină: A Rh+',
          'Handicap: grad mediu',
        ],
      ],
      bg: [
        'Име: Иван Петров',
        [
          'Вероизповедание: православно',
          'Диагноза: захарен диабет тип 2',
          'Синдикат: КНСБ, член от 2019',
          'Кръвна група: A Rh+',
          'Увреждане: 60 % ТЕЛК',
        ],
      ],
      el: [
        'Όνομα: Νίκος Παπαδόπουλος',
        [
          'Θρήσκευμα: χριστιανός ορθόδοξος',
          'Διάγνωση: σακχαρώδης διαβήτης τύπου 2',
          'Συνδικάτο: ΓΣΕΕ, μέλος από το 2019',
          'Ομάδα αίματος: A Rh+',
          'Αναπηρία: 67 %',
        ],
      ],
      fi: [
        'Nimi: Matti Virtanen',
        [
          'Uskonto: evankelis-luterilainen',
          'Diagnoosi: tyypin 2 diabetes',
          'Ammattiliitto: Pro, jäsen vuodesta 2019',
          'Veriryhmä: A Rh+',
          'Vamma: heikkonäköinen',
        ],
      ],
      et: [
        'Nimi: Jaan Tamm',
        [
          'Usk: luterlane',
          'Diagnoos: 2. tüüpi diabeet',
          'Ametiühing: EAKL, liige alates 2019',
          'Veregrupp: A Rh+',
          'Puue: keskmine puue',
        ],
      ],
      lv: [
        'Vārds, uzvārds: Jānis Bērziņš',
        [
          'Reliģiskā piederība: luterānis',
          'Diagnoze: 2. tipa cukura diabēts',
          'Arodbiedrība: LBAS, biedrs kopš 2019',
          'Asinsgrupa: A Rh+',
          'Invaliditāte: II grupa',
        ],
      ],
      lt: [
        'Vardas, pavardė: Tomas Kazlauskas',
        [
          'Religija: katalikas',
          'Diagnozė: 2 tipo cukrinis diabetas',
          'Profesinė sąjunga: LPSK, narys nuo 2019',
          'Kraujo grupė: A Rh+',
          'Neįgalumas: 40 % darbingumo',
        ],
      ],
      sv: [
        'Namn: Erik Andersson',
        [
          'Religion: katolik',
          'Diagnos: typ 2-diabetes',
          'Fackförbund: IF Metall, medlem sedan 2019',
          'Blodgrupp: A Rh+',
          'Funktionsnedsättning: synskadad',
        ],
      ],
      da: [
        'Navn: Lars Jensen',
        [
          'Religion: medlem af folkekirken',
          'Diagnose: type 2-diabetes',
          'Fagforening: 3F, medlem siden 2019',
          'Blodtype: A Rh+',
          'Handicap: svagtseende',
        ],
      ],
    };
    for (const [name, fields] of Object.values(records))
      for (const field of fields) expect(level(`${name}\n${field}\n`), field).toBe('special');
    // An answer that gives nothing away, in the smaller languages too.
    expect(level('Jméno: Petr Novák\nKrevní skupina: neuvedena\n')).toBe('personal');
    expect(level('Nimi: Matti Virtanen\nVeriryhmä: ei tiedossa\n')).toBe('personal');
  });

  it("reads everyday personal texts in each of the EU's languages, names declined too (session 54's probe)", () => {
    // Synthetic: a customer's complaint, a new colleague, a chat about a colleague by a declined first name, a delivery,
    // minutes' attendees. Before 2.63.0 the probe leaked 10 of 110: the chats in nine languages, whose names the Slavic
    // languages and Greek decline ("za Honzu", "zastąpić Kubę", "zamenjaš Žigo", "τον Κώστα"), and a Hungarian colleague.
    const personal: Record<string, string[]> = {
      en: [
        'Hello,\nmy order 4411 arrived broken. Please send a refund.\nRegards,\nJane Walsh',
        'New colleague: Oliver Grant starts on Monday in accounting. Please make him welcome.',
        'can you cover for Liam tomorrow? his son is getting married',
        'Deliver to: Jane Walsh, 14 Elm Road, Leeds LS6 2AB',
        'Team meeting 3 March\nPresent: Oliver Grant, Jane Walsh, Priya Shah\nPriya will send the budget by Friday.',
      ],
      de: [
        'Guten Tag,\nmeine Bestellung 4411 kam beschädigt an. Bitte erstatten Sie den Betrag.\nMit freundlichen Grüßen\nJana Krüger',
        'Neuer Kollege: Oliver Brandt beginnt am Montag in der Buchhaltung. Bitte heißt ihn willkommen.',
        'kannst du morgen für Lukas einspringen? sein Sohn heiratet',
        'Lieferung an: Jana Krüger, Ulmenweg 14, 04109 Leipzig',
        'Teamsitzung 3. März\nAnwesend: Oliver Brandt, Jana Krüger, Selin Aydın\nSelin schickt das Budget bis Freitag.',
      ],
      fr: [
        'Bonjour,\nma commande 4411 est arrivée cassée. Merci de me rembourser.\nCordialement,\nJeanne Morel',
        'Nouveau collègue : Olivier Garnier rejoint la comptabilité lundi. Merci de lui réserver un bon accueil.',
        'tu peux remplacer Lucas demain ? son fils se marie',
        'Livraison : Jeanne Morel, 14 rue des Ormes, 69003 Lyon',
        'Réunion d’équipe du 3 mars\nPrésents : Olivier Garnier, Jeanne Morel, Inès Haddad\nInès enverra le budget vendredi.',
      ],
      it: [
        'Buongiorno,\nl’ordine 4411 è arrivato rotto. Vi chiedo il rimborso.\nCordiali saluti,\nGiulia Marchetti',
        'Nuovo collega: Oliviero Galli inizia lunedì in contabilità. Diamogli il benvenuto.',
        'puoi sostituire Luca domani? suo figlio si sposa',
        'Consegna a: Giulia Marchetti, Via degli Olmi 14, 40121 Bologna',
        'Riunione del 3 marzo\nPresenti: Oliviero Galli, Giulia Marchetti, Sara Esposito\nSara invierà il budget entro venerdì.',
      ],
      es: [
        'Hola:\nel pedido 4411 llegó roto. Solicito el reembolso.\nUn saludo,\nLucía Navarro',
        'Nuevo compañero: Óscar Molina empieza el lunes en contabilidad. Dadle la bienvenida.',
        '¿puedes cubrir a Hugo mañana? se casa su hijo',
        'Entregar a: Lucía Navarro, C/ Olmos 14, 3.º B, 28015 Madrid',
        'Reunión de equipo 3 de marzo\nAsistentes: Óscar Molina, Lucía Navarro, Nerea Ibáñez\nNerea enviará el presupuesto el viernes.',
      ],
      nl: [
        'Goedemiddag,\nbestelling 4411 kwam kapot aan. Graag het bedrag terug.\nMet vriendelijke groet,\nLotte Verbeek',
        'Nieuwe collega: Daan Kuipers begint maandag bij de boekhouding. Heet hem welkom.',
        'kun jij morgen voor Sem invallen? zijn zoon gaat trouwen',
        'Bezorgen bij: Lotte Verbeek, Iepenlaan 14, 3521 AB Utrecht',
        'Teamoverleg 3 maart\nAanwezig: Daan Kuipers, Lotte Verbeek, Fatma Yılmaz\nFatma stuurt de begroting vrijdag.',
      ],
      pl: [
        'Dzień dobry,\nzamówienie 4411 przyszło uszkodzone. Proszę o zwrot pieniędzy.\nPozdrawiam,\nJoanna Kaczmarek',
        'Nowy współpracownik: Oliwer Mazur zaczyna w poniedziałek w księgowości. Przywitajcie go.',
        'możesz jutro zastąpić Kubę? jego syn bierze ślub',
        'Dostawa do: Joanna Kaczmarek, ul. Wiązowa 14/3, 30-001 Kraków',
        'Spotkanie zespołu 3 marca\nObecni: Oliwer Mazur, Joanna Kaczmarek, Zofia Wróbel\nZofia prześle budżet do piątku.',
      ],
      pt: [
        'Boa tarde,\na encomenda 4411 chegou partida. Peço o reembolso.\nCumprimentos,\nJoana Carvalho',
        'Novo colega: Duarte Lopes começa segunda-feira na contabilidade. Deem-lhe as boas-vindas.',
        'podes substituir o Tiago amanhã? o filho dele vai casar',
        'Entregar a: Joana Carvalho, Rua dos Ulmeiros 14, 2.º Esq., 4000-123 Porto',
        'Reunião de equipa 3 de março\nPresentes: Duarte Lopes, Joana Carvalho, Inês Moreira\nA Inês envia o orçamento até sexta.',
      ],
      cs: [
        'Dobrý den,\nobjednávka 4411 dorazila rozbitá. Prosím o vrácení peněz.\nS pozdravem\nJana Nováková',
        'Nový kolega: Tomáš Dvořák nastupuje v pondělí na účtárnu. Přivítejte ho.',
        'můžeš zítra zaskočit za Honzu? žení se mu syn',
        'Doručit: Jana Nováková, Jilmová 12, 130 00 Praha 3',
        'Porada týmu 3. března\nPřítomni: Tomáš Dvořák, Jana Nováková, Lucie Marková\nLucie pošle rozpočet do pátku.',
      ],
      sk: [
        'Dobrý deň,\nobjednávka 4411 prišla rozbitá. Prosím o vrátenie peňazí.\nS pozdravom\nZuzana Kováčová',
        'Nový kolega: Martin Baláž nastupuje v pondelok na účtovníctvo. Privítajte ho.',
        'môžeš zajtra zaskočiť za Maroša? žení sa mu syn',
        'Doručiť: Zuzana Kováčová, Brestová 12, 821 02 Bratislava',
        'Porada tímu 3. marca\nPrítomní: Martin Baláž, Zuzana Kováčová, Lenka Šimková\nLenka pošle rozpočet do piatku.',
      ],
      sl: [
        'Pozdravljeni,\nnaročilo 4411 je prispelo poškodovano. Prosim za vračilo denarja.\nLep pozdrav,\nMaja Kovač',
        'Nov sodelavec: Luka Zupančič v ponedeljek začne v računovodstvu. Lepo ga sprejmite.',
        'lahko jutri zamenjaš Žigo? njegov sin se poroči',
        'Dostava: Maja Kovač, Brestova ulica 12, 1000 Ljubljana',
        'Sestanek ekipe 3. marca\nPrisotni: Luka Zupančič, Maja Kovač, Nina Vidmar\nNina pošlje proračun do petka.',
      ],
      hr: [
        'Poštovani,\nnarudžba 4411 stigla je oštećena. Molim povrat novca.\nLijep pozdrav,\nIvana Jurić',
        'Novi kolega: Luka Perić u ponedjeljak počinje u računovodstvu. Dočekajte ga lijepo.',
        'možeš li sutra uskočiti umjesto Ante? ženi mu se sin',
        'Dostava: Ivana Jurić, Brijestova 12, 10000 Zagreb',
        'Sastanak tima 3. ožujka\nPrisutni: Luka Perić, Ivana Jurić, Petra Novak\nPetra šalje proračun do petka.',
      ],
      hu: [
        'Jó napot!\nA 4411-es rendelés törötten érkezett. Kérem a vételár visszatérítését.\nÜdvözlettel:\nKovács Judit',
        'Új kolléga: Szabó Bence hétfőn kezd a könyvelésen. Fogadjátok szeretettel.',
        'be tudsz ugrani holnap Marci helyett? nősül a fia',
        'Szállítási cím: Kovács Judit, Szil utca 12., 1024 Budapest',
        'Csapatmegbeszélés március 3.\nJelen voltak: Szabó Bence, Kovács Judit, Tóth Eszter\nEszter péntekig küldi a költségvetést.',
      ],
      ro: [
        'Bună ziua,\ncomanda 4411 a sosit spartă. Vă rog să-mi returnați banii.\nCu stimă,\nIoana Dumitrescu',
        'Coleg nou: Andrei Munteanu începe luni la contabilitate. Primiți-l cu drag.',
        'poți să-l înlocuiești mâine pe Vlad? i se însoară fiul',
        'Livrare la: Ioana Dumitrescu, Str. Ulmilor 12, 400001 Cluj-Napoca',
        'Ședința echipei 3 martie\nPrezenți: Andrei Munteanu, Ioana Dumitrescu, Elena Stan\nElena trimite bugetul până vineri.',
      ],
      bg: [
        'Здравейте,\nпоръчка 4411 пристигна счупена. Моля за възстановяване на сумата.\nПоздрави,\nМария Георгиева',
        'Нов колега: Николай Стоянов започва в понеделник в счетоводството. Посрещнете го.',
        'можеш ли утре да смениш Иво? синът му се жени',
        'Доставка до: Мария Георгиева, ул. Бряст 12, 1000 София',
        'Среща на екипа 3 март\nПрисъстваха: Николай Стоянов, Мария Георгиева, Десислава Колева\nДесислава ще изпрати бюджета до петък.',
      ],
      el: [
        'Καλησπέρα,\nη παραγγελία 4411 έφτασε σπασμένη. Παρακαλώ επιστρέψτε μου τα χρήματα.\nΜε εκτίμηση,\nΕλένη Κωνσταντίνου',
        'Νέος συνάδελφος: ο Γιώργος Αθανασίου ξεκινά τη Δευτέρα στο λογιστήριο. Καλωσορίστε τον.',
        'μπορείς να καλύψεις αύριο τον Κώστα; παντρεύεται ο γιος του',
        'Παράδοση σε: Ελένη Κωνσταντίνου, Φτελιάς 12, 546 21 Θεσσαλονίκη',
        'Σύσκεψη ομάδας 3 Μαρτίου\nΠαρόντες: Γιώργος Αθανασίου, Ελένη Κωνσταντίνου, Δήμητρα Μαυρίδη\nΗ Δήμητρα θα στείλει τον προϋπολογισμό ως την Παρασκευή.',
      ],
      fi: [
        'Hei,\ntilaus 4411 saapui rikki. Pyydän rahat takaisin.\nTerveisin\nSanna Heikkinen',
        'Uusi kollega: Mikko Lehtonen aloittaa maanantaina kirjanpidossa. Toivottakaa hänet tervetulleeksi.',
        'voitko tuurata Jussia huomenna? hänen poikansa menee naimisiin',
        'Toimitus: Sanna Heikkinen, Jalavatie 12 B 4, 00100 Helsinki',
        'Tiimipalaveri 3.3.\nLäsnä: Mikko Lehtonen, Sanna Heikkinen, Aino Salo\nAino lähettää budjetin perjantaihin mennessä.',
      ],
      et: [
        'Tere,\ntellimus 4411 saabus katkisena. Palun raha tagasi.\nLugupidamisega\nKati Mets',
        'Uus kolleeg: Martin Kask alustab esmaspäeval raamatupidamises. Võtke ta hästi vastu.',
        'kas saad homme Priiduga vahetada? tema poeg abiellub',
        'Kohaletoimetamine: Kati Mets, Jalaka 12-4, 10111 Tallinn',
        'Meeskonna koosolek 3. märts\nKohal: Martin Kask, Kati Mets, Triin Lepp\nTriin saadab eelarve reedeks.',
      ],
      lv: [
        'Labdien!\nPasūtījums 4411 pienāca saplīsis. Lūdzu atmaksāt naudu.\nAr cieņu\nLīga Ozola',
        'Jauns kolēģis: Mārtiņš Kalniņš pirmdien sāk darbu grāmatvedībā. Sagaidiet viņu laipni.',
        'vari rīt aizvietot Raivi? viņa dēls precas',
        'Piegāde: Līga Ozola, Gobu iela 12-4, Rīga, LV-1011',
        'Komandas sanāksme 3. martā\nPiedalījās: Mārtiņš Kalniņš, Līga Ozola, Elīna Zariņa\nElīna līdz piektdienai nosūtīs budžetu.',
      ],
      lt: [
        'Laba diena,\nužsakymas 4411 atkeliavo sudužęs. Prašau grąžinti pinigus.\nPagarbiai\nRūta Jankauskienė',
        'Naujas kolega: Mantas Petrauskas pirmadienį pradeda dirbti buhalterijoje. Priimkite jį šiltai.',
        'gal gali rytoj pakeisti Dovydą? jo sūnus tuokiasi',
        'Pristatyti: Rūta Jankauskienė, Guobų g. 12-4, LT-01100 Vilnius',
        'Komandos susitikimas kovo 3 d.\nDalyvavo: Mantas Petrauskas, Rūta Jankauskienė, Eglė Kazlauskaitė\nEglė iki penktadienio atsiųs biudžetą.',
      ],
      sv: [
        'Hej,\nbeställning 4411 kom fram trasig. Jag vill ha pengarna tillbaka.\nVänliga hälsningar\nKarin Lundgren',
        'Ny kollega: Oskar Holm börjar på ekonomi på måndag. Ta väl emot honom.',
        'kan du ta Nils pass i morgon? hans son ska gifta sig',
        'Leverans till: Karin Lundgren, Almvägen 12, 753 20 Uppsala',
        'Teammöte 3 mars\nNärvarande: Oskar Holm, Karin Lundgren, Sara Nyberg\nSara skickar budgeten senast fredag.',
      ],
      da: [
        'Hej,\nordre 4411 kom frem i stykker. Jeg vil gerne have pengene tilbage.\nVenlig hilsen\nMette Kjær',
        'Ny kollega: Mads Thomsen starter i bogholderiet på mandag. Tag godt imod ham.',
        'kan du tage Emils vagt i morgen? hans søn skal giftes',
        'Levering til: Mette Kjær, Elmevej 12, 8000 Aarhus C',
        'Teammøde 3. marts\nTil stede: Mads Thomsen, Mette Kjær, Ida Poulsen\nIda sender budgettet senest fredag.',
      ],
    };
    // Left: Dutch "Sem" (Portuguese "sem", without), Hungarian "Bence" (Turkish "bence", I think) after a surname, and an
    // Estonian chat too short to tell its language (read as Czech).
    const left = ['voor Sem', 'Szabó Bence', 'Priiduga'];
    expectRead(personal, ['personal', 'special'], left);
  });

  it("reads a clinic's, a pharmacy's, a leave request's and a gym's health notes in each of the EU's languages (session 54's probe)", () => {
    // Synthetic: a clinic's reminder to a named patient, a pharmacy's notice that a prescription is ready, a leave request
    // for chemotherapy, a gym's note on a member after knee surgery. Before 2.63.0 the probe read 44 of 88 special and
    // 8 public: the smaller languages' courtesy titles in lower case ("ga.", "g.", "hr"), their clinics, chemotherapy and
    // operations, and a prescription that is a recipe too ("Rezept", "recept", "συνταγή") at a pharmacy.
    const care: Record<string, string[]> = {
      en: [
        'Dear Anna Walsh,\nthis is a reminder of your appointment at the dermatology clinic on 4 March at 10:30.',
        'Hello Mr Walsh, your prescription is ready for collection at Elm Pharmacy.',
        'Hi Sarah,\ncould I take 12 May off? I have my chemotherapy session that day.\nTom',
        'Member Tom Evans: knee surgery in January, no squats until June.',
      ],
      de: [
        'Sehr geehrte Frau Krüger,\nwir erinnern Sie an Ihren Termin in der Hautklinik am 4. März um 10:30 Uhr.',
        'Guten Tag Herr Krüger, Ihr Rezept liegt in der Ulmen-Apotheke zur Abholung bereit.',
        'Hallo Sarah,\nkann ich am 12. Mai frei nehmen? Ich habe an dem Tag Chemotherapie.\nTom',
        'Mitglied Tom Becker: Knie-OP im Januar, keine Kniebeugen bis Juni.',
      ],
      fr: [
        'Madame Morel,\nnous vous rappelons votre rendez-vous en dermatologie le 4 mars à 10 h 30.',
        'Bonjour Monsieur Morel, votre ordonnance est prête à la pharmacie des Ormes.',
        'Bonjour Sarah,\npuis-je poser le 12 mai ? J’ai ma séance de chimiothérapie ce jour-là.\nTom',
        'Adhérent Marc Girard : opéré du genou en janvier, pas de squats avant juin.',
      ],
      it: [
        'Gentile Giulia Marchetti,\nle ricordiamo l’appuntamento in dermatologia il 4 marzo alle 10:30.',
        'Buongiorno sig. Marchetti, la sua ricetta è pronta in farmacia.',
        'Ciao Sara,\nposso prendere libero il 12 maggio? Ho la seduta di chemioterapia.\nMarco',
        'Socio Marco Ricci: operato al ginocchio a gennaio, niente squat fino a giugno.',
      ],
      es: [
        'Estimada Lucía Navarro:\nle recordamos su cita en dermatología el 4 de marzo a las 10:30.',
        'Hola, Sr. Navarro: su receta está lista para recoger en la farmacia.',
        'Hola Sara:\n¿puedo cogerme libre el 12 de mayo? Tengo sesión de quimioterapia.\nPedro',
        'Socio Pedro Ruiz: operado de rodilla en enero, nada de sentadillas hasta junio.',
      ],
      nl: [
        'Beste mevrouw Verbeek,\nwij herinneren u aan uw afspraak bij de dermatologie op 4 maart om 10.30 uur.',
        'Goedemiddag meneer Verbeek, uw recept ligt klaar bij de apotheek.',
        'Hoi Sara,\nkan ik 12 mei vrij nemen? Ik heb dan mijn chemokuur.\nTom',
        'Lid Tom Mulder: knieoperatie in januari, geen squats tot juni.',
      ],
      pl: [
        'Szanowna Pani Joanno Kaczmarek,\nprzypominamy o wizycie w poradni dermatologicznej 4 marca o 10:30.',
        'Dzień dobry Panie Kaczmarek, recepta jest gotowa do odbioru w aptece.',
        'Cześć Saro,\nczy mogę wziąć wolne 12 maja? Mam wtedy chemioterapię.\nTomek',
        'Klubowicz Tomasz Nowak: operacja kolana w styczniu, bez przysiadów do czerwca.',
      ],
      pt: [
        'Cara Joana Carvalho,\nrecordamos a sua consulta de dermatologia a 4 de março às 10h30.',
        'Bom dia Sr. Carvalho, a sua receita está pronta na farmácia.',
        'Olá Sara,\nposso tirar folga a 12 de maio? Tenho sessão de quimioterapia.\nRui',
        'Sócio Rui Pereira: operado ao joelho em janeiro, sem agachamentos até junho.',
      ],
      cs: [
        'Vážená paní Nováková,\npřipomínáme Vám termín na kožní ambulanci 4. března v 10:30.',
        'Dobrý den pane Nováku, Váš recept je připraven k vyzvednutí v lékárně.',
        'Ahoj Sáro,\nmůžu si vzít 12. května volno? Mám ten den chemoterapii.\nPetr',
        'Člen Petr Novák: operace kolena v lednu, do června žádné dřepy.',
      ],
      sk: [
        'Vážená pani Kováčová,\npripomíname Vám termín na kožnej ambulancii 4. marca o 10:30.',
        'Dobrý deň pán Kováč, Váš recept je pripravený na vyzdvihnutie v lekárni.',
        'Ahoj Sára,\nmôžem si vziať 12. mája voľno? Mám v ten deň chemoterapiu.\nPeter',
        'Člen Peter Horváth: operácia kolena v januári, do júna žiadne drepy.',
      ],
      sl: [
        'Spoštovana ga. Kovač,\nopominjamo vas na pregled v dermatološki ambulanti 4. marca ob 10.30.',
        'Pozdravljeni g. Kovač, vaš recept je pripravljen v lekarni.',
        'Živjo Sara,\nali lahko 12. maja vzamem dopust? Takrat imam kemoterapijo.\nPeter',
        'Član Peter Novak: operacija kolena januarja, do junija brez počepov.',
      ],
      hr: [
        'Poštovana gđo Jurić,\npodsjećamo Vas na pregled u dermatološkoj ambulanti 4. ožujka u 10:30.',
        'Dobar dan g. Juriću, Vaš recept je spreman u ljekarni.',
        'Bok Sara,\nmogu li uzeti slobodno 12. svibnja? Tada imam kemoterapiju.\nMarko',
        'Član Marko Horvat: operacija koljena u siječnju, bez čučnjeva do lipnja.',
      ],
      hu: [
        'Kedves Kovács Judit!\nEmlékeztetjük a bőrgyógyászati rendelésre március 4-én 10:30-kor.',
        'Jó napot, Kovács úr! A receptje átvehető a gyógyszertárban.',
        'Szia Sára!\nKivehetem május 12-ét? Aznap kemoterápiám van.\nPéter',
        'Tag: Nagy Péter – térdműtét januárban, júniusig nincs guggolás.',
      ],
      ro: [
        'Stimată doamnă Dumitrescu,\nvă reamintim programarea la dermatologie pe 4 martie, ora 10:30.',
        'Bună ziua, domnule Dumitrescu, rețeta dumneavoastră este gata la farmacie.',
        'Bună Sara,\npot să-mi iau liber pe 12 mai? Am ședința de chimioterapie.\nMihai',
        'Membru Mihai Popescu: operat la genunchi în ianuarie, fără genuflexiuni până în iunie.',
      ],
      bg: [
        'Уважаема г-жо Георгиева,\nнапомняме Ви за прегледа при дерматолог на 4 март от 10:30 ч.',
        'Здравейте, г-н Георгиев, рецептата Ви е готова в аптеката.',
        'Здравей Сара,\nмога ли да си взема почивка на 12 май? Тогава имам химиотерапия.\nИван',
        'Член Иван Петров: операция на коляното през януари, без клекове до юни.',
      ],
      el: [
        'Αγαπητή κυρία Κωνσταντίνου,\nσας υπενθυμίζουμε το ραντεβού σας στο δερματολογικό ιατρείο στις 4 Μαρτίου, 10:30.',
        'Καλημέρα κύριε Κωνσταντίνου, η συνταγή σας είναι έτοιμη στο φαρμακείο.',
        'Γεια σου Σάρα,\nμπορώ να πάρω άδεια στις 12 Μαΐου; Έχω χημειοθεραπεία εκείνη τη μέρα.\nΝίκος',
        'Μέλος Νίκος Παπαδόπουλος: χειρουργείο γονάτου τον Ιανουάριο, όχι καθίσματα ως τον Ιούνιο.',
      ],
      fi: [
        'Hyvä Sanna Heikkinen,\nmuistutamme ihotautien poliklinikan ajastanne 4.3. klo 10.30.',
        'Hei Heikkinen, reseptinne on noudettavissa apteekista.',
        'Hei Sara,\nvoinko pitää vapaata 12.5.? Minulla on silloin solunsalpaajahoito.\nMatti',
        'Jäsen Matti Virtanen: polvileikkaus tammikuussa, ei kyykkyjä kesäkuuhun asti.',
      ],
      et: [
        'Lugupeetud Kati Mets,\ntuletame meelde Teie vastuvõttu nahaarsti juures 4. märtsil kell 10.30.',
        'Tere, hr Mets, Teie retsept on apteegis valmis.',
        'Tere Sara,\nkas ma saan 12. mail vaba päeva? Mul on siis keemiaravi.\nJaan',
        'Liige Jaan Tamm: põlveoperatsioon jaanuaris, kükke ei tohi teha juunini.',
      ],
      lv: [
        'Cienījamā Līga Ozola,\natgādinām par Jūsu vizīti pie dermatologa 4. martā plkst. 10.30.',
        'Labdien, Ozola kungs, Jūsu recepte ir gatava aptiekā.',
        'Sveika Sāra,\nvai varu 12. maijā paņemt brīvdienu? Man tad ir ķīmijterapija.\nJānis',
        'Biedrs Jānis Bērziņš: ceļa operācija janvārī, līdz jūnijam nekādu pietupienu.',
      ],
      lt: [
        'Gerbiama Rūta Jankauskienė,\nprimename apie Jūsų vizitą pas dermatologą kovo 4 d. 10:30.',
        'Laba diena, pone Jankauskai, Jūsų receptas paruoštas vaistinėje.',
        'Labas Sara,\nar galiu gegužės 12 d. pasiimti laisvą dieną? Tada turiu chemoterapiją.\nTomas',
        'Narys Tomas Kazlauskas: kelio operacija sausį, iki birželio jokių pritūpimų.',
      ],
      sv: [
        'Hej Karin Lundgren,\nvi påminner om din tid på hudmottagningen den 4 mars kl. 10.30.',
        'Hej Lundgren, ditt recept finns att hämta på apoteket.',
        'Hej Sara,\nkan jag ta ledigt den 12 maj? Jag har cellgiftsbehandling då.\nErik',
        'Medlem Erik Andersson: knäoperation i januari, inga knäböj före juni.',
      ],
      da: [
        'Kære Mette Kjær,\nvi minder dig om din tid i hudklinikken den 4. marts kl. 10.30.',
        'Hej Kjær, din recept ligger klar på apoteket.',
        'Hej Sara,\nkan jeg holde fri den 12. maj? Jeg skal have kemobehandling.\nLars',
        'Medlem Lars Jensen: knæoperation i januar, ingen squats før juni.',
      ],
    };
    // Left: a Latvian surname before "kungs" (Mr), read as no one.
    expectRead(care, 'special', ['Ozola kungs']);
    // A recipe is no prescription, nor is a talk on e-prescriptions anyone's (holdout-815).
    expect(level('Hallo Frau Krüger, das Rezept für den Apfelkuchen aus der Apotheken-Umschau ist fertig.')).toBe('personal');
    // Grams are no title.
    expect(level('Potrebujemo 200 g. Moke in 3 jajca.')).toBe('public');
    // Wheelchair users as a public's group, beside the office holder who opened their entrance, are no one's health.
    expect(
      level('Town hall: the new entrance for wheelchair users was opened by Mayor John Miller. The pharmacy is open 8–18.'),
    ).toBe('public');
    expect(
      level(
        'Kaupungintalo: uuden esteettömän sisäänkäynnin pyörätuolilla liikkuville avasi pormestari Juha Virtanen. Apteekki on avoinna 8–18.',
      ),
    ).toBe('public');
  });

  it("reads holdout-1088 to -1091's first run: a performer by her calling in Lithuanian and the other smaller languages", () => {
    // Synthetic (holdout-1089's concert announcement, and a message).
    expect(
      level(
        'Kalėdinis koncertas Rotušėje\n\nGruodžio 20 d. 18 val. Rotušės salėje koncertuos styginių kvartetas „Aukštaičiai“ ir sopranas Ieva Grigaitė. Programoje – Bacho ir Čiurlionio kūriniai.\nĮėjimas nemokamas.',
      ),
    ).toBe('public');
    expect(
      level('Koncert v sobotu: zpívá sopranistka Jana Horáková, na klavír hraje klavírista Petr Malý. Vstupné dobrovolné.'),
    ).toBe('public');
    // A message naming its people stays theirs.
    expect(level('Labas Rasa, vakar aktorius Tomas dainavo per Jonų gimtadienį, buvo smagu. Ieva')).toBe('personal');
  });

  it("reads public texts whose capitalised words name things after people, in the eight languages (session 54's probe)", () => {
    // Synthetic: a tourist office's tips, a train's stops, a property ad, a storm's forecast, a manual, a library's hours.
    // Before 2.63.0 the probe read 37 of 48 public: a reading group named after an author ("il gruppo di lettura Elsa
    // Morante", an institution of several words in lower case), a house's name ("Rose Cottage").
    const published: Record<string, string[]> = {
      en: [
        "Visitor tips\n\nStart at St George's Church, walk down Victoria Street to the Henry Moore Gallery and end at Nelson's Column. The Churchill Arms serves lunch until 3 pm.",
        'The 10:42 service to Edinburgh calls at York, Durham and Newcastle. Coach C is the quiet coach.',
        'For sale: Rose Cottage, Elm Lane. Three bedrooms, a garden facing south, close to the Queen Mary School. Viewings via the agent.',
        'Weather: Storm Darragh brings gusts of 80 mph to the west coast on Saturday. Sunday will be dry and cold.',
        'Bosch Serie 6 dishwasher: press Start to begin. If the display shows E15, switch off and call the service centre.',
        'Elm Road Library is open Monday to Friday 9–18 and Saturday 10–14. The Agatha Christie reading group meets on Thursdays.',
      ],
      de: [
        'Tipps für Besucher\n\nBeginnen Sie an der St.-Georgs-Kirche, gehen Sie über die Goethestraße zum Max-Ernst-Museum und enden Sie am Bismarckturm. Das Café Luise hat bis 18 Uhr geöffnet.',
        'Der ICE 578 nach Hamburg-Altona hält in Kassel-Wilhelmshöhe, Göttingen und Hannover. Wagen 7 ist der Ruhebereich.',
        'Zu verkaufen: Haus Rosa am Lindenweg. Drei Zimmer, Garten nach Süden, nahe der Sophie-Scholl-Schule. Besichtigung über den Makler.',
        'Wetter: Sturmtief Zoltan bringt am Samstag Böen bis 120 km/h an die Küste. Der Sonntag wird trocken und kalt.',
        'Bosch Serie 6 Geschirrspüler: Drücken Sie Start. Zeigt das Display E15, schalten Sie das Gerät aus und rufen Sie den Kundendienst.',
        'Die Stadtbibliothek am Lindenplatz ist Montag bis Freitag von 9 bis 18 Uhr geöffnet. Der Lesekreis Thomas Mann trifft sich donnerstags.',
      ],
      fr: [
        'Conseils aux visiteurs\n\nCommencez par l’église Saint-Georges, descendez la rue Victor-Hugo jusqu’au musée Marc-Chagall et terminez place Jeanne-d’Arc. La brasserie Chez Léon sert jusqu’à 15 h.',
        'Le TGV 6123 pour Marseille dessert Lyon Part-Dieu, Valence et Avignon. La voiture 12 est la voiture calme.',
        'À vendre : villa Les Roses, allée des Tilleuls. Trois chambres, jardin plein sud, près du collège Simone-Veil. Visites par l’agence.',
        'Météo : la tempête Ciarán apportera des rafales à 130 km/h sur les côtes samedi. Dimanche sera sec et froid.',
        'Lave-vaisselle Bosch Série 6 : appuyez sur Start. Si l’écran affiche E15, éteignez l’appareil et appelez le service après-vente.',
        'La médiathèque Marguerite-Duras est ouverte du lundi au vendredi de 9 h à 18 h. Le club de lecture Colette se réunit le jeudi.',
      ],
      it: [
        'Consigli per i visitatori\n\nPartite dalla chiesa di San Giorgio, percorrete via Garibaldi fino al Museo Giorgio Morandi e finite in piazza Vittorio Emanuele. La trattoria Da Mario serve fino alle 15.',
        'Il Frecciarossa 9527 per Napoli ferma a Firenze, Roma Termini e Napoli Afragola. La carrozza 3 è l’area silenzio.',
        'Vendesi: Villa Rosa, via dei Tigli. Tre camere, giardino esposto a sud, vicino alla scuola Maria Montessori. Visite tramite agenzia.',
        'Meteo: il ciclone Harry porterà raffiche fino a 100 km/h sulle coste sabato. Domenica asciutta e fredda.',
        'Lavastoviglie Bosch Serie 6: premere Start. Se il display mostra E15, spegnere e chiamare l’assistenza.',
        'La Biblioteca Natalia Ginzburg è aperta dal lunedì al venerdì dalle 9 alle 18. Il gruppo di lettura Elsa Morante si riunisce il giovedì.',
      ],
      es: [
        'Consejos para visitantes\n\nEmpiece en la iglesia de San Jorge, baje por la calle Cervantes hasta el Museo Joaquín Sorolla y termine en la plaza de Isabel II. El bar Casa Pepe sirve comidas hasta las 16:00.',
        'El AVE 3153 a Sevilla para en Ciudad Real, Puertollano y Córdoba. El coche 4 es el coche silencio.',
        'Se vende: Villa Rosa, calle de los Tilos. Tres dormitorios, jardín orientado al sur, cerca del colegio Clara Campoamor. Visitas con la agencia.',
        'Tiempo: la borrasca Dana traerá rachas de 100 km/h a la costa el sábado. El domingo será seco y frío.',
        'Lavavajillas Bosch Serie 6: pulse Start. Si la pantalla muestra E15, apague el aparato y llame al servicio técnico.',
        'La Biblioteca Gloria Fuertes abre de lunes a viernes de 9 a 18 h. El club de lectura Carmen Laforet se reúne los jueves.',
      ],
      nl: [
        'Tips voor bezoekers\n\nBegin bij de Sint-Joriskerk, loop via de Willemstraat naar het Mauritshuis en eindig bij het standbeeld van Erasmus. Café De Jonge Jan serveert lunch tot 15 uur.',
        'De intercity naar Groningen stopt in Amersfoort Centraal, Zwolle en Assen. Rijtuig 2 is de stiltecoupé.',
        'Te koop: Villa Rozenhof, Lindelaan. Drie slaapkamers, tuin op het zuiden, vlak bij de Anne Frankschool. Bezichtiging via de makelaar.',
        'Weer: storm Ciarán brengt zaterdag windstoten tot 110 km/u langs de kust. Zondag wordt het droog en koud.',
        'Bosch Serie 6 vaatwasser: druk op Start. Toont het display E15, schakel het apparaat uit en bel de klantenservice.',
        'Bibliotheek Annie M.G. Schmidt is open van maandag tot vrijdag van 9 tot 18 uur. De leesclub Hella Haasse komt op donderdag bijeen.',
      ],
      pl: [
        'Wskazówki dla zwiedzających\n\nZacznij od kościoła św. Jerzego, przejdź ulicą Mickiewicza do Muzeum Jana Matejki i zakończ na placu Kościuszki. Bar Pod Zosią wydaje obiady do 16.',
        'Pociąg IC 5304 do Gdyni zatrzymuje się w Bydgoszczy, Tczewie i Gdańsku. Wagon 7 jest strefą ciszy.',
        'Sprzedam: Willa Róża, ul. Lipowa. Trzy pokoje, ogród od południa, blisko szkoły im. Marii Konopnickiej. Oglądanie przez biuro.',
        'Pogoda: niż Zoltan przyniesie w sobotę porywy do 100 km/h na wybrzeżu. Niedziela będzie sucha i chłodna.',
        'Zmywarka Bosch Serie 6: naciśnij Start. Jeśli wyświetlacz pokazuje E15, wyłącz urządzenie i zadzwoń do serwisu.',
        'Biblioteka im. Wisławy Szymborskiej jest czynna od poniedziałku do piątku w godz. 9–18. Klub książki Olgi Tokarczuk spotyka się w czwartki.',
      ],
      pt: [
        'Dicas para visitantes\n\nComece na Igreja de São Jorge, desça a Rua Camões até ao Museu Amadeo de Souza-Cardoso e termine na Praça do Marquês de Pombal. A Tasca do Zé serve almoços até às 15h.',
        'O Alfa Pendular 131 para Faro para em Coimbra-B, Lisboa Oriente e Tunes. A carruagem 2 é a zona de silêncio.',
        'Vende-se: Vivenda Rosa, Rua das Tílias. Três quartos, jardim virado a sul, perto da Escola Sophia de Mello Breyner. Visitas pela agência.',
        'Tempo: a tempestade Martinho traz rajadas de 100 km/h ao litoral no sábado. O domingo será seco e frio.',
        'Máquina de lavar loiça Bosch Série 6: prima Start. Se o visor mostrar E15, desligue e contacte a assistência.',
        'A Biblioteca Florbela Espanca está aberta de segunda a sexta, das 9h às 18h. O clube de leitura Agustina Bessa-Luís reúne-se às quintas.',
      ],
    };
    // Left: Polish "Bar Pod Zosią" (at Zosia's), "Willa Róża" (Willa is a given name too) and "niż Zoltan" (a low; "niż"
    // is "than" too).
    const left = ['Pod Zosią', 'Willa Róża', 'niż Zoltan'];
    expectRead(published, 'public', left);
    // "Villa" is a surname too.
    expect(level('Ciao Sara, domani in riunione ci sono Matteo Villa e Anna Conti. A presto')).toBe('personal');
  });

  it("reads public texts whose capitalised words name things after people, in the fourteen smaller languages (session 54's probe)", () => {
    // Synthetic: a tourist office's tips, a library's hours and reading circle, a property ad, a storm's forecast. Before
    // 2.63.0 the probe read 37 of 56 public: the smaller languages' saints ("svatého Jiří", "Szent"), libraries, museums
    // in their cases ("Mihály Múzeumig"), reading circles, cafés ("Kavárna U Anděla", "Kafić Kod Ane") and "OŠ".
    const published: Record<string, string[]> = {
      cs: [
        'Tipy pro návštěvníky\n\nZačněte u kostela svatého Jiří, projděte Husovou ulicí k Muzeu Bedřicha Smetany a skončete na náměstí Karla IV. Kavárna U Anděla má otevřeno do 18 hodin.',
        'Knihovna Václava Havla je otevřena od pondělí do pátku 9–18. Čtenářský klub Boženy Němcové se schází ve čtvrtek.',
        'Prodej: rodinný dům Na Výsluní, ulice Lipová. Tři pokoje, zahrada na jih, blízko ZŠ Jana Ámose Komenského. Prohlídky přes realitní kancelář.',
        'Počasí: bouře Zoltan přinese v sobotu nárazy větru až 100 km/h. Neděle bude suchá a chladná.',
      ],
      sk: [
        'Tipy pre návštevníkov\n\nZačnite pri Kostole svätého Martina, prejdite Štúrovou ulicou k Múzeu Ľudovíta Štúra a skončite na Hlavnom námestí. Kaviareň U Anjela má otvorené do 18.00.',
        'Knižnica Pavla Országha Hviezdoslava je otvorená od pondelka do piatku 9–18. Čitateľský klub Boženy Slančíkovej-Timravy sa stretáva vo štvrtok.',
        'Predaj: rodinný dom Slnečnica, Lipová ulica. Tri izby, záhrada na juh, blízko ZŠ Jána Amosa Komenského. Obhliadky cez realitnú kanceláriu.',
        'Počasie: búrka Zoltan prinesie v sobotu nárazy vetra do 100 km/h. Nedeľa bude suchá a chladná.',
      ],
      sl: [
        'Nasveti za obiskovalce\n\nZačnite pri cerkvi svetega Jurija, pojdite po Prešernovi ulici do Muzeja Ivana Cankarja in končajte na Trgu Franceta Prešerna. Kavarna Pri Ani je odprta do 18. ure.',
        'Knjižnica Otona Župančiča je odprta od ponedeljka do petka od 9. do 18. ure. Bralni krožek Alme Karlin se srečuje ob četrtkih.',
        'Prodamo: hiša Sončnica, Lipova ulica. Tri sobe, vrt na jug, blizu OŠ Toneta Čufarja. Ogledi prek agencije.',
        'Vreme: nevihta Zoltan bo v soboto prinesla sunke vetra do 100 km/h. Nedelja bo suha in hladna.',
      ],
      hr: [
        'Savjeti za posjetitelje\n\nKrenite od crkve svetog Jurja, prošećite Gundulićevom ulicom do Muzeja Ivana Meštrovića i završite na Trgu bana Jelačića. Kafić Kod Ane radi do 18 sati.',
        'Knjižnica Marije Jurić Zagorke radi od ponedjeljka do petka od 9 do 18 sati. Čitateljski klub Vesne Parun sastaje se četvrtkom.',
        'Prodaje se: kuća Suncokret, Lipova ulica. Tri sobe, vrt okrenut jugu, blizu OŠ Ivana Gorana Kovačića. Razgledavanje preko agencije.',
        'Vrijeme: oluja Zoltan u subotu donosi udare vjetra do 100 km/h. Nedjelja će biti suha i hladna.',
      ],
      hu: [
        'Tippek látogatóknak\n\nIndulják a Szent György-templomtól, sétáljanak a Kossuth Lajos utcán a Munkácsy Mihály Múzeumig, és fejezzék be a Széchenyi téren. A Gerbeaud kávéház 18 óráig tart nyitva.',
        'A Szabó Ervin Könyvtár hétfőtől péntekig 9 és 18 óra között tart nyitva. A Szabó Magda olvasókör csütörtökönként találkozik.',
        'Eladó: Napraforgó-ház, Hársfa utca. Három szoba, déli fekvésű kert, közel a Petőfi Sándor Általános Iskolához. Megtekintés az ingatlanirodán keresztül.',
        'Időjárás: a Zoltán nevű vihar szombaton 100 km/h-s széllökéseket hoz. A vasárnap száraz és hideg lesz.',
      ],
      ro: [
        'Sfaturi pentru vizitatori\n\nÎncepeți de la Biserica Sfântul Gheorghe, mergeți pe strada Mihai Eminescu până la Muzeul George Enescu și terminați în Piața Unirii. Cafeneaua La Ana este deschisă până la ora 18.',
        'Biblioteca Mihail Sadoveanu este deschisă de luni până vineri între 9 și 18. Clubul de lectură Ana Blandiana se întâlnește joia.',
        'De vânzare: Casa Floarea Soarelui, strada Teilor. Trei camere, grădină spre sud, aproape de Școala Ion Creangă. Vizionări prin agenție.',
        'Vremea: furtuna Zoltan aduce sâmbătă rafale de până la 100 km/h. Duminica va fi uscată și rece.',
      ],
      bg: [
        'Съвети за посетители\n\nЗапочнете от църквата „Свети Георги“, минете по улица „Васил Левски“ до музея „Иван Вазов“ и завършете на площад „Александър Невски“. Кафене „При Ана“ работи до 18 ч.',
        'Библиотека „Елин Пелин“ работи от понеделник до петък от 9 до 18 ч. Читателският клуб „Димитър Димов“ се събира в четвъртък.',
        'Продава се: къща „Слънчоглед“, улица „Липа“. Три стаи, градина на юг, близо до училище „Христо Ботев“. Огледи чрез агенцията.',
        'Времето: бурята Золтан ще донесе в събота пориви до 100 км/ч. Неделя ще бъде суха и студена.',
      ],
      el: [
        'Συμβουλές για επισκέπτες\n\nΞεκινήστε από την εκκλησία του Αγίου Γεωργίου, περπατήστε την οδό Ελευθερίου Βενιζέλου ως το Μουσείο Νίκου Καζαντζάκη και τελειώστε στην πλατεία Αριστοτέλους. Το καφέ «Της Άννας» είναι ανοιχτό ως τις 18:00.',
        'Η Βιβλιοθήκη «Κωστής Παλαμάς» είναι ανοιχτή Δευτέρα με Παρασκευή 9–18. Η λέσχη ανάγνωσης «Πηνελόπη Δέλτα» συναντιέται κάθε Πέμπτη.',
        'Πωλείται: οικία «Ηλιοτρόπιο», οδός Φιλύρας. Τρία δωμάτια, κήπος με νότιο προσανατολισμό, κοντά στο σχολείο «Διονύσιος Σολωμός». Επισκέψεις μέσω του γραφείου.',
        'Καιρός: η κακοκαιρία «Ζόλταν» φέρνει το Σάββατο ριπές έως 100 χλμ./ώρα. Η Κυριακή θα είναι ξηρή και κρύα.',
      ],
      fi: [
        'Vinkkejä vierailijoille\n\nAloita Pyhän Yrjön kirkolta, kävele Runeberginkatua Akseli Gallen-Kallelan museolle ja päätä kierros Senaatintorille. Kahvila Annan Kammari on auki kello 18 asti.',
        'Aleksis Kiven kirjasto on auki maanantaista perjantaihin klo 9–18. Tove Janssonin lukupiiri kokoontuu torstaisin.',
        'Myydään: Auringonkukka-talo, Lehmuskatu. Kolme huonetta, etelään antava puutarha, lähellä Elias Lönnrotin koulua. Esittelyt välittäjän kautta.',
        'Sää: myrsky Zoltan tuo lauantaina jopa 30 m/s tuulenpuuskia. Sunnuntai on kuiva ja kylmä.',
      ],
      et: [
        'Nõuanded külastajatele\n\nAlustage Püha Jüri kirikust, jalutage mööda Jakob Hurda tänavat Anton Hansen Tammsaare muuseumini ja lõpetage Raekoja platsil. Kohvik Anna Juures on avatud kella 18-ni.',
        'Eduard Vilde raamatukogu on avatud esmaspäevast reedeni kell 9–18. Lydia Koidula lugemisring koguneb neljapäeviti.',
        'Müüa: maja Päevalill, Pärna tänav. Kolm tuba, lõunasse avanev aed, Carl Robert Jakobsoni kooli lähedal. Näitamine maakleri kaudu.',
        'Ilm: torm Zoltan toob laupäeval tuulepuhanguid kuni 30 m/s. Pühapäev on kuiv ja külm.',
      ],
      lv: [
        'Padomi apmeklētājiem\n\nSāciet pie Svētā Jura baznīcas, ejiet pa Krišjāņa Barona ielu līdz Jāņa Rozentāla muzejam un beidziet Doma laukumā. Kafejnīca Pie Annas strādā līdz plkst. 18.',
        'Raiņa bibliotēka ir atvērta no pirmdienas līdz piektdienai plkst. 9–18. Regīnas Ezeras lasītāju klubs tiekas ceturtdienās.',
        'Pārdod: māja Saulgrieze, Liepu ielā. Trīs istabas, dārzs uz dienvidiem, netālu no Krišjāņa Valdemāra skolas. Apskate ar aģentūras starpniecību.',
        'Laikapstākļi: vētra Zoltans sestdien atnesīs brāzmas līdz 30 m/s. Svētdiena būs sausa un auksta.',
      ],
      lt: [
        'Patarimai lankytojams\n\nPradėkite nuo Šv. Jurgio bažnyčios, eikite Jono Basanavičiaus gatve iki Mikalojaus Konstantino Čiurlionio muziejaus ir baikite Katedros aikštėje. Kavinė „Pas Aną“ dirba iki 18 val.',
        'Adomo Mickevičiaus biblioteka dirba nuo pirmadienio iki penktadienio 9–18 val. Žemaitės skaitytojų klubas renkasi ketvirtadieniais.',
        'Parduodamas: namas „Saulėgrąža“, Liepų gatvė. Trys kambariai, sodas į pietus, netoli Maironio mokyklos. Apžiūros per agentūrą.',
        'Orai: audra Zoltanas šeštadienį atneš gūsius iki 30 m/s. Sekmadienis bus sausas ir šaltas.',
      ],
      sv: [
        'Tips för besökare\n\nBörja vid Sankt Görans kyrka, gå längs Drottninggatan till Carl Larsson-gården och avsluta vid Gustav Adolfs torg. Café Anna ligger vid torget och har öppet till 18.',
        'Selma Lagerlöfs bibliotek har öppet måndag–fredag 9–18. Astrid Lindgren-cirkeln träffas på torsdagar.',
        'Till salu: Villa Solrosen, Lindvägen. Tre rum, trädgård i söderläge, nära Ellen Keyskolan. Visning via mäklaren.',
        'Väder: stormen Zoltan ger byar på upp till 30 m/s på lördag. Söndagen blir torr och kall.',
      ],
      da: [
        'Tips til besøgende\n\nStart ved Sankt Jørgens Kirke, gå ad H.C. Andersens Boulevard til Thorvaldsens Museum og slut på Kongens Nytorv. Café Anna har åbent til kl. 18.',
        'Karen Blixen Biblioteket har åbent mandag–fredag 9–18. Tove Ditlevsen-læsekredsen mødes om torsdagen.',
        'Til salg: Villa Solsikken, Lindevej. Tre værelser, have mod syd, tæt på Grundtvigskolen. Fremvisning via mægleren.',
        'Vejret: stormen Zoltan giver vindstød op til 30 m/s lørdag. Søndag bliver tør og kold.',
      ],
    };
    // Left: Romanian "Casa Floarea Soarelui" (the sunflower; Floarea is a given name), an Estonian school by its
    // namesake's two given names before "kooli", and Swedish compounds ("Carl Larsson-gården", "Ellen Keyskolan").
    const left = ['Floarea Soarelui', 'Carl Robert Jakobsoni', 'Carl Larsson-gården', 'Ellen Keyskolan'];
    expectRead(published, 'public', left);
  });

  it("reads burnout, a psychologist, a child's ADHD and a panic attack told of a person in the EU's languages (session 54's probe)", () => {
    // Synthetic messages, each naming a person. Before 2.63.0 the probe read 66 of 88 special: no panic attack in any of
    // the fourteen smaller languages, Slovak, Estonian, Lithuanian and Greek burnout, Czech and Bulgarian psychologists.
    const told: Record<string, string[]> = {
      en: [
        'Hi Anna, Tom is off with burnout for a few weeks. Lena',
        'Hi Anna, Tom sees a psychologist every Tuesday, so he leaves at four. Lena',
        "Hi Anna, Tom's son was diagnosed with ADHD last month. Lena",
        'Hi Anna, Tom had a panic attack in the meeting yesterday. Lena',
      ],
      de: [
        'Hallo Anna, Tom ist wegen Burn-out ein paar Wochen raus. Lena',
        'Hallo Anna, Tom geht dienstags zur Psychologin, deshalb geht er um vier. Lena',
        'Hallo Anna, bei Toms Sohn wurde letzten Monat ADHS festgestellt. Lena',
        'Hallo Anna, Tom hatte gestern im Meeting eine Panikattacke. Lena',
      ],
      fr: [
        'Bonjour Anne, Marc est en arrêt pour burn-out quelques semaines. Léa',
        'Bonjour Anne, Marc voit une psychologue le mardi, il part donc à 16 h. Léa',
        'Bonjour Anne, le fils de Marc a été diagnostiqué TDAH le mois dernier. Léa',
        'Bonjour Anne, Marc a fait une crise de panique en réunion hier. Léa',
      ],
      it: [
        'Ciao Anna, Marco è a casa per burnout per qualche settimana. Sara',
        'Ciao Anna, Marco va dallo psicologo il martedì, quindi esce alle 16. Sara',
        'Ciao Anna, al figlio di Marco hanno diagnosticato l’ADHD il mese scorso. Sara',
        'Ciao Anna, Marco ha avuto un attacco di panico in riunione ieri. Sara',
      ],
      es: [
        'Hola Ana, Pedro está de baja por burnout unas semanas. Eva',
        'Hola Ana, Pedro va al psicólogo los martes, así que sale a las cuatro. Eva',
        'Hola Ana, al hijo de Pedro le diagnosticaron TDAH el mes pasado. Eva',
        'Hola Ana, Pedro tuvo un ataque de pánico ayer en la reunión. Eva',
      ],
      nl: [
        'Hoi Anna, Tom zit een paar weken thuis met een burn-out. Bas',
        'Hoi Anna, Tom gaat op dinsdag naar de psycholoog, dus hij gaat om vier uur weg. Bas',
        'Hoi Anna, bij de zoon van Tom is vorige maand ADHD vastgesteld. Bas',
        'Hoi Anna, Tom had gisteren een paniekaanval tijdens de vergadering. Bas',
      ],
      pl: [
        'Cześć Aniu, Tomek jest na zwolnieniu z powodu wypalenia zawodowego. Ewa',
        'Cześć Aniu, Tomek chodzi we wtorki do psychologa, więc wychodzi o 16. Ewa',
        'Cześć Aniu, u syna Tomka zdiagnozowano w zeszłym miesiącu ADHD. Ewa',
        'Cześć Aniu, Tomek miał wczoraj atak paniki na spotkaniu. Ewa',
      ],
      pt: [
        'Olá Ana, o Rui está de baixa por burnout umas semanas. Eva',
        'Olá Ana, o Rui vai ao psicólogo às terças, por isso sai às quatro. Eva',
        'Olá Ana, o filho do Rui foi diagnosticado com PHDA no mês passado. Eva',
        'Olá Ana, o Rui teve um ataque de pânico ontem na reunião. Eva',
      ],
      cs: [
        'Ahoj Jano, Petr je pár týdnů doma kvůli vyhoření. Eva',
        'Ahoj Jano, Petr chodí v úterý k psycholožce, takže odchází ve čtyři. Eva',
        'Ahoj Jano, Petrovu synovi minulý měsíc diagnostikovali ADHD. Eva',
        'Ahoj Jano, Petr měl včera na poradě záchvat paniky. Eva',
      ],
      sk: [
        'Ahoj Zuzka, Peter je pár týždňov doma pre vyhorenie. Jana',
        'Ahoj Zuzka, Peter chodí v utorok k psychologičke, preto odchádza o štvrtej. Jana',
        'Ahoj Zuzka, Petrovmu synovi minulý mesiac diagnostikovali ADHD. Jana',
        'Ahoj Zuzka, Peter mal včera na porade záchvat paniky. Jana',
      ],
      sl: [
        'Živjo Nina, Peter je nekaj tednov na bolniški zaradi izgorelosti. Ana',
        'Živjo Nina, Peter ob torkih hodi k psihologinji, zato gre ob štirih. Ana',
        'Živjo Nina, Petrovemu sinu so prejšnji mesec diagnosticirali ADHD. Ana',
        'Živjo Nina, Peter je včeraj na sestanku doživel napad panike. Ana',
      ],
      hr: [
        'Bok Ivana, Marko je nekoliko tjedana na bolovanju zbog sagorijevanja. Ana',
        'Bok Ivana, Marko utorkom ide psihologu pa odlazi u četiri. Ana',
        'Bok Ivana, Markovom sinu prošli mjesec dijagnosticirali su ADHD. Ana',
        'Bok Ivana, Marko je jučer na sastanku imao napadaj panike. Ana',
      ],
      hu: [
        'Szia Réka! Péter kiégés miatt pár hétig otthon van. Anna',
        'Szia Réka! Péter keddenként pszichológushoz jár, ezért négykor elmegy. Anna',
        'Szia Réka! Péter fiánál múlt hónapban ADHD-t diagnosztizáltak. Anna',
        'Szia Réka! Péternek tegnap pánikrohama volt a megbeszélésen. Anna',
      ],
      ro: [
        'Bună Andreea, Mihai e în concediu câteva săptămâni din cauza burnoutului. Ana',
        'Bună Andreea, Mihai merge marțea la psiholog, așa că pleacă la patru. Ana',
        'Bună Andreea, fiul lui Mihai a fost diagnosticat cu ADHD luna trecută. Ana',
        'Bună Andreea, Mihai a avut ieri un atac de panică în ședință. Ana',
      ],
      bg: [
        'Здравей Мария, Иван е в болнични няколко седмици заради прегаряне. Ана',
        'Здравей Мария, Иван ходи при психолог във вторник, затова тръгва в четири. Ана',
        'Здравей Мария, на сина на Иван миналия месец му поставиха диагноза ADHD. Ана',
        'Здравей Мария, Иван вчера получи паническа атака на срещата. Ана',
      ],
      el: [
        'Γεια σου Μαρία, ο Νίκος λείπει μερικές εβδομάδες λόγω επαγγελματικής εξουθένωσης. Άννα',
        'Γεια σου Μαρία, ο Νίκος πηγαίνει κάθε Τρίτη σε ψυχολόγο, γι’ αυτό φεύγει στις τέσσερις. Άννα',
        'Γεια σου Μαρία, στον γιο του Νίκου διαγνώστηκε ΔΕΠΥ τον περασμένο μήνα. Άννα',
        'Γεια σου Μαρία, ο Νίκος έπαθε χθες κρίση πανικού στη σύσκεψη. Άννα',
      ],
      fi: [
        'Hei Anna, Matti on uupumuksen takia muutaman viikon sairauslomalla. Liisa',
        'Hei Anna, Matti käy tiistaisin psykologilla, joten hän lähtee neljältä. Liisa',
        'Hei Anna, Matin pojalla todettiin viime kuussa ADHD. Liisa',
        'Hei Anna, Matti sai eilen palaverissa paniikkikohtauksen. Liisa',
      ],
      et: [
        'Tere Kadri! Jaan on läbipõlemise tõttu paar nädalat kodus. Liis',
        'Tere Kadri! Jaan käib teisipäeviti psühholoogi juures, seega lahkub kell neli. Liis',
        'Tere Kadri! Jaani pojal diagnoositi eelmisel kuul ATH. Liis',
        'Tere Kadri! Jaanil oli eile koosolekul paanikahoog. Liis',
      ],
      lv: [
        'Sveika, Inese! Jānis dažas nedēļas ir uz slimības lapas izdegšanas dēļ. Anna',
        'Sveika, Inese! Jānis otrdienās iet pie psihologa, tāpēc aiziet četros. Anna',
        'Sveika, Inese! Jāņa dēlam pagājušajā mēnesī diagnosticēja ADHD. Anna',
        'Sveika, Inese! Jānim vakar sanāksmē bija panikas lēkme. Anna',
      ],
      lt: [
        'Labas, Aiste, Tomas kelias savaites nedirba dėl perdegimo. Rasa',
        'Labas, Aiste, Tomas antradieniais eina pas psichologą, todėl išeina ketvirtą. Rasa',
        'Labas, Aiste, Tomo sūnui praėjusį mėnesį diagnozavo ADHD. Rasa',
        'Labas, Aiste, Tomui vakar susirinkime buvo panikos priepuolis. Rasa',
      ],
      sv: [
        'Hej Anna, Erik är sjukskriven för utmattningssyndrom några veckor. Lena',
        'Hej Anna, Erik går till psykologen på tisdagar, så han går vid fyra. Lena',
        'Hej Anna, Eriks son fick diagnosen ADHD förra månaden. Lena',
        'Hej Anna, Erik fick en panikattack på mötet i går. Lena',
      ],
      da: [
        'Hej Mette, Lars er sygemeldt med stress et par uger. Anne',
        'Hej Mette, Lars går til psykolog om tirsdagen, så han går kl. 16. Anne',
        'Hej Mette, Lars’ søn fik konstateret ADHD i sidste måned. Anne',
        'Hej Mette, Lars fik et panikanfald til mødet i går. Anne',
      ],
    };
    expectRead(told, 'special');
  });

  it("reads a note signed by an initial and a surname, and minutes' attendees by surname, in the EU's languages (session 54's probe)", () => {
    // Synthetic. Before 2.63.0 the probe read 39 of 44 personal: the smaller languages' words for who attended, Spanish
    // "-áñez", Bulgarian women's "-ова"/"-ева" and Greek "-ίδη" as surnames' endings.
    const minimal: Record<string, [string, string, string, string, string]> = {
      // [word for "thanks/regards", initial+surname, "Present", three surnames, "(chair)" sentence]
      en: ['The invoice is attached.\nRegards,', 'J. Walsh', 'Present', 'Walsh, Grant, Shah', 'Budget approved.'],
      de: ['Die Rechnung liegt bei.\nViele Grüße', 'J. Krüger', 'Anwesend', 'Krüger, Brandt, Aydın', 'Budget genehmigt.'],
      fr: ['La facture est jointe.\nCordialement,', 'J. Morel', 'Présents', 'Morel, Garnier, Haddad', 'Budget approuvé.'],
      it: [
        'In allegato la fattura.\nCordiali saluti,',
        'G. Marchetti',
        'Presenti',
        'Marchetti, Galli, Esposito',
        'Budget approvato.',
      ],
      es: ['Adjunto la factura.\nUn saludo,', 'L. Navarro', 'Asistentes', 'Navarro, Molina, Ibáñez', 'Presupuesto aprobado.'],
      nl: [
        'De factuur zit in de bijlage.\nMet vriendelijke groet,',
        'L. Verbeek',
        'Aanwezig',
        'Verbeek, Kuipers, Yılmaz',
        'Begroting goedgekeurd.',
      ],
      pl: ['W załączniku faktura.\nPozdrawiam,', 'J. Kaczmarek', 'Obecni', 'Kaczmarek, Mazur, Wróbel', 'Budżet zatwierdzony.'],
      pt: [
        'Segue a fatura em anexo.\nCumprimentos,',
        'J. Carvalho',
        'Presentes',
        'Carvalho, Lopes, Moreira',
        'Orçamento aprovado.',
      ],
      cs: [
        'Fakturu posílám v příloze.\nS pozdravem',
        'J. Nováková',
        'Přítomni',
        'Nováková, Dvořák, Marková',
        'Rozpočet schválen.',
      ],
      sk: [
        'Faktúru posielam v prílohe.\nS pozdravom',
        'Z. Kováčová',
        'Prítomní',
        'Kováčová, Baláž, Šimková',
        'Rozpočet schválený.',
      ],
      sl: ['Račun je v prilogi.\nLep pozdrav,', 'M. Kovač', 'Prisotni', 'Kovač, Zupančič, Vidmar', 'Proračun potrjen.'],
      hr: ['Račun je u privitku.\nLijep pozdrav,', 'I. Jurić', 'Prisutni', 'Jurić, Perić, Novak', 'Proračun odobren.'],
      hu: [
        'A számlát csatolom.\nÜdvözlettel:',
        'Kovács J.',
        'Jelen voltak',
        'Kovács, Szabó, Tóth',
        'A költségvetést elfogadták.',
      ],
      ro: ['Factura este atașată.\nCu stimă,', 'I. Dumitrescu', 'Prezenți', 'Dumitrescu, Munteanu, Stan', 'Buget aprobat.'],
      bg: [
        'Фактурата е приложена.\nПоздрави,',
        'М. Георгиева',
        'Присъстваха',
        'Георгиева, Стоянов, Колева',
        'Бюджетът е одобрен.',
      ],
      el: [
        'Επισυνάπτεται το τιμολόγιο.\nΜε εκτίμηση,',
        'Ε. Κωνσταντίνου',
        'Παρόντες',
        'Κωνσταντίνου, Αθανασίου, Μαυρίδη',
        'Ο προϋπολογισμός εγκρίθηκε.',
      ],
      fi: ['Lasku on liitteenä.\nTerveisin', 'S. Heikkinen', 'Läsnä', 'Heikkinen, Lehtonen, Salo', 'Budjetti hyväksyttiin.'],
      et: ['Arve on lisatud.\nLugupidamisega', 'K. Mets', 'Kohal', 'Mets, Kask, Lepp', 'Eelarve kinnitati.'],
      lv: ['Rēķins pielikumā.\nAr cieņu', 'L. Ozola', 'Piedalījās', 'Ozola, Kalniņš, Zariņa', 'Budžets apstiprināts.'],
      lt: [
        'Sąskaita prisegta.\nPagarbiai',
        'R. Jankauskienė',
        'Dalyvavo',
        'Jankauskienė, Petrauskas, Kazlauskaitė',
        'Biudžetas patvirtintas.',
      ],
      sv: ['Fakturan bifogas.\nVänliga hälsningar', 'K. Lundgren', 'Närvarande', 'Lundgren, Holm, Nyberg', 'Budgeten godkändes.'],
      da: [
        'Fakturaen er vedhæftet.\nVenlig hilsen',
        'M. Kjær',
        'Til stede',
        'Kjær, Thomsen, Poulsen',
        'Budgettet blev godkendt.',
      ],
    };
    // Left: a Hungarian signature as surname and initial ("Kovács J."), Greek attendees in the genitive
    // ("Κωνσταντίνου, Αθανασίου"), and Estonian surnames that are words ("Mets, Kask, Lepp": forest, spruce, alder).
    for (const [language, [body, signature, present, names, decision]] of Object.entries(minimal)) {
      if (language !== 'hu') expect(['personal', 'special'], signature).toContain(level(`${body}\n${signature}`));
      if (language !== 'el' && language !== 'et')
        expect(['personal', 'special'], names).toContain(level(`${present}: ${names}\n${decision}`));
    }
  });

  it("reads a colleague named in a chat typed in lower case, in the EU's languages (session 54's probe)", () => {
    // Synthetic chat lines: a colleague off sick, someone asked to call back. Before 2.63.0 the probe read 32 of 44 as
    // expected: Finnish and Estonian "on" after a name was no verb of a message in lower case.
    const typed: Record<string, string[]> = {
      en: ['fyi tom is off sick today, flu. back thursday', 'can you ask sarah to call me back after lunch'],
      de: [
        'info: lukas ist heute krank, grippe. donnerstag wieder da',
        'kannst du anna bitten, mich nach dem mittag zurückzurufen',
      ],
      fr: [
        'pour info, julien est malade aujourd’hui, la grippe. retour jeudi',
        'tu peux demander à camille de me rappeler après le déjeuner',
      ],
      it: ['ciao, giulia oggi è malata, influenza. rientra giovedì', 'puoi chiedere a marco di richiamarmi dopo pranzo'],
      es: ['oye, javier está de baja hoy, gripe. vuelve el jueves', '¿puedes pedirle a lucía que me llame después de comer?'],
      nl: [
        'ter info: sanne is vandaag ziek, griep. donderdag weer terug',
        'kun je aan daan vragen of hij me na de lunch terugbelt',
      ],
      pl: ['info: kasia jest dziś chora, grypa. wraca w czwartek', 'możesz poprosić tomka, żeby oddzwonił po obiedzie'],
      pt: ['só para saber: o tiago está doente hoje, gripe. volta quinta', 'podes pedir à inês para me ligar depois do almoço'],
      cs: ['jen info, lucie je dneska nemocná, chřipka. vrací se ve čtvrtek', 'můžeš poprosit petra, ať mi po obědě zavolá'],
      sk: ['len info, zuzana je dnes chorá, chrípka. vráti sa vo štvrtok', 'môžeš poprosiť mareka, nech mi po obede zavolá'],
      sl: ['samo info, nina je danes bolna, gripa. vrne se v četrtek', 'lahko prosiš luko, naj me pokliče po kosilu'],
      hr: ['samo info, ivana je danas bolesna, gripa. vraća se u četvrtak', 'možeš li zamoliti marka da me nazove poslije ručka'],
      hu: ['csak szólok, eszter ma beteg, influenza. csütörtökön jön vissza', 'megkérnéd pétert, hogy hívjon vissza ebéd után?'],
      ro: ['doar ca să știi, ioana e bolnavă azi, gripă. revine joi', 'poți să-l rogi pe andrei să mă sune după prânz?'],
      bg: ['само за инфо, мария е болна днес, грип. връща се в четвъртък', 'можеш ли да помолиш иван да ми се обади след обяд'],
      el: [
        'απλώς να ξέρεις, η ελένη είναι άρρωστη σήμερα, γρίπη. επιστρέφει την πέμπτη',
        'μπορείς να πεις στον νίκο να με πάρει μετά το φαγητό;',
      ],
      fi: [
        'tiedoksi: sanna on tänään kipeänä, flunssa. palaa torstaina',
        'voitko pyytää mikkoa soittamaan mulle lounaan jälkeen',
      ],
      et: ['info: kadri on täna haige, gripp. tuleb tagasi neljapäeval', 'kas saad paluda jaanil mulle pärast lõunat helistada'],
      lv: ['zināšanai: līga šodien ir slima, gripa. atgriezīsies ceturtdien', 'vari palūgt jānim man piezvanīt pēc pusdienām'],
      lt: ['žiniai: rūta šiandien serga, gripas. grįš ketvirtadienį', 'gal gali paprašyti tomo, kad man paskambintų po pietų'],
      sv: ['bara så du vet, karin är sjuk idag, influensa. tillbaka på torsdag', 'kan du be erik ringa mig efter lunch'],
      da: ['bare så du ved det, mette er syg i dag, influenza. tilbage torsdag', 'kan du bede lars ringe til mig efter frokost'],
    };
    // Left: names the lists hold as words ("tom", "mette", "līga", "rūta") or do not hold in a lower-case text's other
    // readings (Slovene "luko", Hungarian "pétert", Greek "νίκο", Finnish "mikkoa", Estonian "jaanil", Lithuanian
    // "tomo"): leaks in chats typed in lower case, as the metamorphic bench's lower-case shape counts them.
    const left = [
      'tom is off',
      'mette er',
      'līga šodien',
      'rūta šiandien',
      'prosiš luko',
      'megkérnéd pétert',
      'στον νίκο',
      'pyytää mikkoa',
      'paluda jaanil',
      'paprašyti tomo',
    ];
    for (const [first, second] of Object.values(typed)) {
      if (!left.some((l) => (first as string).includes(l))) expect(level(first as string), first).toBe('special');
      if (!left.some((l) => (second as string).includes(l)))
        expect(['personal', 'special'], second).toContain(level(second as string));
    }
  });

  it("reads ten special categories told of a person in each of the EU's languages (session 54's probe)", () => {
    // Synthetic messages, each naming a person: orientation, Roma origin, a genetic test, a fingerprint, diabetes,
    // antidepressants, sick leave for depression, a wheelchair, Islam and a vote. Before 2.63.0 the probe read 156 of
    // 220 special: the eight languages all but English "votes Green", the smaller ones 64 of 140 (no fingerprint,
    // wheelchair or vote in any of them).
    const told: Record<string, string[]> = {
      en: [
        'Hi Anna, Tom is gay and lives with his partner Mark. Lena Berg',
        'Hi Anna, Tom is Roma and his family speaks Romani at home. Lena Berg',
        'Hi Anna, Tom had a genetic test and carries the BRCA1 mutation. Lena Berg',
        "Hi Anna, Tom's fingerprint scan is stored for the door access. Lena Berg",
        'Hi Anna, Tom has type 1 diabetes and injects insulin at lunch. Lena Berg',
        'Hi Anna, Tom is on antidepressants since spring. Lena Berg',
        'Hi Anna, Tom is signed off with depression until May. Lena Berg',
        'Hi Anna, Tom uses a wheelchair, so book the ground floor room. Lena Berg',
        'Hi Anna, Tom is Muslim and fasts during Ramadan. Lena Berg',
        'Hi Anna, Tom votes Green and canvasses for them every election. Lena Berg',
      ],
      de: [
        'Hallo Anna, Tom ist schwul und lebt mit seinem Partner Mark zusammen. Lena Berg',
        'Hallo Anna, Tom ist Sinto und spricht zu Hause Romanes. Lena Berg',
        'Hallo Anna, Tom hat einen Gentest gemacht und trägt die BRCA1-Mutation. Lena Berg',
        'Hallo Anna, Toms Fingerabdruck ist für die Zutrittskontrolle gespeichert. Lena Berg',
        'Hallo Anna, Tom hat Typ-1-Diabetes und spritzt mittags Insulin. Lena Berg',
        'Hallo Anna, Tom nimmt seit dem Frühjahr Antidepressiva. Lena Berg',
        'Hallo Anna, Tom ist wegen einer Depression bis Mai krankgeschrieben. Lena Berg',
        'Hallo Anna, Tom sitzt im Rollstuhl, bitte den Raum im Erdgeschoss buchen. Lena Berg',
        'Hallo Anna, Tom ist Muslim und fastet im Ramadan. Lena Berg',
        'Hallo Anna, Tom wählt die Grünen und macht für sie Wahlkampf. Lena Berg',
      ],
      fr: [
        'Bonjour Anne, Marc est homosexuel et vit avec son compagnon. Léa Roux',
        'Bonjour Anne, Marc est rom et parle romani à la maison. Léa Roux',
        'Bonjour Anne, Marc a fait un test génétique et porte la mutation BRCA1. Léa Roux',
        "Bonjour Anne, l'empreinte digitale de Marc est enregistrée pour l'accès. Léa Roux",
        "Bonjour Anne, Marc a un diabète de type 1 et se fait une injection d'insuline à midi. Léa Roux",
        'Bonjour Anne, Marc prend des antidépresseurs depuis le printemps. Léa Roux',
        'Bonjour Anne, Marc est en arrêt pour dépression jusqu’en mai. Léa Roux',
        'Bonjour Anne, Marc est en fauteuil roulant, réservez la salle du rez-de-chaussée. Léa Roux',
        'Bonjour Anne, Marc est musulman et fait le ramadan. Léa Roux',
        'Bonjour Anne, Marc vote écologiste et milite pour les Verts. Léa Roux',
      ],
      it: [
        'Ciao Anna, Marco è gay e vive con il suo compagno. Sara Conti',
        'Ciao Anna, Marco è rom e a casa parla romanì. Sara Conti',
        'Ciao Anna, Marco ha fatto un test genetico ed è portatore della mutazione BRCA1. Sara Conti',
        "Ciao Anna, l'impronta digitale di Marco è registrata per l'accesso. Sara Conti",
        "Ciao Anna, Marco ha il diabete di tipo 1 e si fa l'insulina a pranzo. Sara Conti",
        'Ciao Anna, Marco prende antidepressivi dalla primavera. Sara Conti',
        'Ciao Anna, Marco è in malattia per depressione fino a maggio. Sara Conti',
        'Ciao Anna, Marco è in sedia a rotelle, prenota la sala al piano terra. Sara Conti',
        'Ciao Anna, Marco è musulmano e fa il Ramadan. Sara Conti',
        'Ciao Anna, Marco vota per i Verdi e fa campagna per loro. Sara Conti',
      ],
      es: [
        'Hola Ana, Pedro es gay y vive con su pareja. Eva Gil',
        'Hola Ana, Pedro es gitano y en casa hablan caló. Eva Gil',
        'Hola Ana, Pedro se hizo un test genético y es portador de la mutación BRCA1. Eva Gil',
        'Hola Ana, la huella dactilar de Pedro está registrada para el acceso. Eva Gil',
        'Hola Ana, Pedro tiene diabetes tipo 1 y se pincha insulina al mediodía. Eva Gil',
        'Hola Ana, Pedro toma antidepresivos desde la primavera. Eva Gil',
        'Hola Ana, Pedro está de baja por depresión hasta mayo. Eva Gil',
        'Hola Ana, Pedro va en silla de ruedas, reserva la sala de la planta baja. Eva Gil',
        'Hola Ana, Pedro es musulmán y ayuna en Ramadán. Eva Gil',
        'Hola Ana, Pedro vota a los Verdes y hace campaña con ellos. Eva Gil',
      ],
      nl: [
        'Hoi Anna, Tom is homo en woont samen met zijn vriend. Bas Smit',
        'Hoi Anna, Tom is Roma en thuis spreken ze Romani. Bas Smit',
        'Hoi Anna, Tom heeft een DNA-test laten doen en is drager van de BRCA1-mutatie. Bas Smit',
        'Hoi Anna, de vingerafdruk van Tom is opgeslagen voor de toegang. Bas Smit',
        'Hoi Anna, Tom heeft diabetes type 1 en spuit tussen de middag insuline. Bas Smit',
        'Hoi Anna, Tom slikt sinds het voorjaar antidepressiva. Bas Smit',
        'Hoi Anna, Tom zit tot mei thuis met een depressie. Bas Smit',
        'Hoi Anna, Tom zit in een rolstoel, boek de zaal op de begane grond. Bas Smit',
        'Hoi Anna, Tom is moslim en vast tijdens de ramadan. Bas Smit',
        'Hoi Anna, Tom stemt GroenLinks en voert campagne voor de partij. Bas Smit',
      ],
      pl: [
        'Cześć Aniu, Tomek jest gejem i mieszka ze swoim partnerem. Ewa Nowak',
        'Cześć Aniu, Tomek jest Romem i w domu mówią po romsku. Ewa Nowak',
        'Cześć Aniu, Tomek zrobił badanie genetyczne i jest nosicielem mutacji BRCA1. Ewa Nowak',
        'Cześć Aniu, odcisk palca Tomka jest zapisany w systemie wejścia. Ewa Nowak',
        'Cześć Aniu, Tomek ma cukrzycę typu 1 i w południe bierze insulinę. Ewa Nowak',
        'Cześć Aniu, Tomek od wiosny bierze leki przeciwdepresyjne. Ewa Nowak',
        'Cześć Aniu, Tomek jest na zwolnieniu z powodu depresji do maja. Ewa Nowak',
        'Cześć Aniu, Tomek porusza się na wózku, zarezerwuj salę na parterze. Ewa Nowak',
        'Cześć Aniu, Tomek jest muzułmaninem i pości w ramadanie. Ewa Nowak',
        'Cześć Aniu, Tomek głosuje na Zielonych i prowadzi dla nich kampanię. Ewa Nowak',
      ],
      pt: [
        'Olá Ana, o Rui é gay e vive com o companheiro. Eva Sousa',
        'Olá Ana, o Rui é cigano e em casa falam romani. Eva Sousa',
        'Olá Ana, o Rui fez um teste genético e é portador da mutação BRCA1. Eva Sousa',
        'Olá Ana, a impressão digital do Rui está registada para o acesso. Eva Sousa',
        'Olá Ana, o Rui tem diabetes tipo 1 e toma insulina ao almoço. Eva Sousa',
        'Olá Ana, o Rui toma antidepressivos desde a primavera. Eva Sousa',
        'Olá Ana, o Rui está de baixa por depressão até maio. Eva Sousa',
        'Olá Ana, o Rui anda de cadeira de rodas, reserva a sala do rés-do-chão. Eva Sousa',
        'Olá Ana, o Rui é muçulmano e jejua no Ramadão. Eva Sousa',
        'Olá Ana, o Rui vota no Livre e faz campanha pelo partido. Eva Sousa',
      ],
      cs: [
        'Ahoj Jano, Petr je gay a žije se svým partnerem. Eva Malá',
        'Ahoj Jano, Petr je Rom a doma mluví romsky. Eva Malá',
        'Ahoj Jano, Petr si nechal udělat genetický test a je nositelem mutace BRCA1. Eva Malá',
        'Ahoj Jano, Petrův otisk prstu je uložen pro vstupní systém. Eva Malá',
        'Ahoj Jano, Petr má cukrovku 1. typu a v poledne si píchá inzulin. Eva Malá',
        'Ahoj Jano, Petr od jara bere antidepresiva. Eva Malá',
        'Ahoj Jano, Petr je do května na neschopence kvůli depresi. Eva Malá',
        'Ahoj Jano, Petr je na vozíku, zarezervuj prosím místnost v přízemí. Eva Malá',
        'Ahoj Jano, Petr je muslim a o ramadánu se postí. Eva Malá',
        'Ahoj Jano, Petr volí Zelené a dělá jim kampaň. Eva Malá',
      ],
      sk: [
        'Ahoj Zuzka, Peter je gej a žije so svojím partnerom. Jana Malá',
        'Ahoj Zuzka, Peter je Róm a doma hovoria rómsky. Jana Malá',
        'Ahoj Zuzka, Peter si dal urobiť genetický test a je nositeľom mutácie BRCA1. Jana Malá',
        'Ahoj Zuzka, Petrov odtlačok prsta je uložený pre vstupný systém. Jana Malá',
        'Ahoj Zuzka, Peter má cukrovku 1. typu a na obed si pichá inzulín. Jana Malá',
        'Ahoj Zuzka, Peter od jari berie antidepresíva. Jana Malá',
        'Ahoj Zuzka, Peter je do mája na PN-ke pre depresiu. Jana Malá',
        'Ahoj Zuzka, Peter je na vozíku, rezervuj miestnosť na prízemí. Jana Malá',
        'Ahoj Zuzka, Peter je moslim a cez ramadán sa postí. Jana Malá',
        'Ahoj Zuzka, Peter volí Progresívne Slovensko a robí im kampaň. Jana Malá',
      ],
      sl: [
        'Živjo Nina, Peter je gej in živi s partnerjem. Ana Novak',
        'Živjo Nina, Peter je Rom in doma govorijo romsko. Ana Novak',
        'Živjo Nina, Peter je opravil genetski test in je nosilec mutacije BRCA1. Ana Novak',
        'Živjo Nina, Petrov prstni odtis je shranjen za vstopni sistem. Ana Novak',
        'Živjo Nina, Peter ima sladkorno bolezen tipa 1 in si opoldne vbrizga inzulin. Ana Novak',
        'Živjo Nina, Peter od pomladi jemlje antidepresive. Ana Novak',
        'Živjo Nina, Peter je do maja na bolniški zaradi depresije. Ana Novak',
        'Živjo Nina, Peter je na invalidskem vozičku, rezerviraj sobo v pritličju. Ana Novak',
        'Živjo Nina, Peter je musliman in se med ramadanom posti. Ana Novak',
        'Živjo Nina, Peter voli Levico in zanjo vodi kampanjo. Ana Novak',
      ],
      hr: [
        'Bok Ivana, Marko je gay i živi s partnerom. Ana Horvat',
        'Bok Ivana, Marko je Rom i kod kuće govore romski. Ana Horvat',
        'Bok Ivana, Marko je napravio genetski test i nositelj je mutacije BRCA1. Ana Horvat',
        'Bok Ivana, Markov otisak prsta spremljen je za sustav ulaza. Ana Horvat',
        'Bok Ivana, Marko ima dijabetes tipa 1 i u podne si daje inzulin. Ana Horvat',
        'Bok Ivana, Marko od proljeća pije antidepresive. Ana Horvat',
        'Bok Ivana, Marko je na bolovanju zbog depresije do svibnja. Ana Horvat',
        'Bok Ivana, Marko je u invalidskim kolicima, rezerviraj dvoranu u prizemlju. Ana Horvat',
        'Bok Ivana, Marko je musliman i posti za ramazan. Ana Horvat',
        'Bok Ivana, Marko glasa za Možemo i vodi im kampanju. Ana Horvat',
      ],
      hu: [
        'Szia Réka! Péter meleg, és a párjával él. Kiss Anna',
        'Szia Réka! Péter roma, és otthon cigányul beszélnek. Kiss Anna',
        'Szia Réka! Péter genetikai vizsgálaton volt, és hordozza a BRCA1-mutációt. Kiss Anna',
        'Szia Réka! Péter ujjlenyomata el van tárolva a beléptetőrendszerben. Kiss Anna',
        'Szia Réka! Péter 1-es típusú cukorbeteg, és délben inzulint ad be magának. Kiss Anna',
        'Szia Réka! Péter tavasz óta antidepresszánst szed. Kiss Anna',
        'Szia Réka! Péter depresszió miatt májusig táppénzen van. Kiss Anna',
        'Szia Réka! Péter kerekesszékes, foglald le a földszinti termet. Kiss Anna',
        'Szia Réka! Péter muszlim, és ramadánkor böjtöl. Kiss Anna',
        'Szia Réka! Péter az LMP-re szavaz, és kampányol nekik. Kiss Anna',
      ],
      ro: [
        'Bună Andreea, Mihai este gay și locuiește cu partenerul lui. Ana Pop',
        'Bună Andreea, Mihai este rom și acasă vorbesc romani. Ana Pop',
        'Bună Andreea, Mihai și-a făcut un test genetic și este purtător al mutației BRCA1. Ana Pop',
        'Bună Andreea, amprenta lui Mihai este salvată pentru sistemul de acces. Ana Pop',
        'Bună Andreea, Mihai are diabet de tip 1 și își face insulină la prânz. Ana Pop',
        'Bună Andreea, Mihai ia antidepresive din primăvară. Ana Pop',
        'Bună Andreea, Mihai este în concediu medical pentru depresie până în mai. Ana Pop',
        'Bună Andreea, Mihai este în scaun cu rotile, rezervă sala de la parter. Ana Pop',
        'Bună Andreea, Mihai este musulman și ține postul de Ramadan. Ana Pop',
        'Bună Andreea, Mihai votează cu USR și face campanie pentru ei. Ana Pop',
      ],
      bg: [
        'Здравей Мария, Иван е гей и живее с партньора си. Ана Петрова',
        'Здравей Мария, Иван е ром и вкъщи говорят романи. Ана Петрова',
        'Здравей Мария, Иван си направи генетичен тест и е носител на мутацията BRCA1. Ана Петрова',
        'Здравей Мария, пръстовият отпечатък на Иван е записан за достъпа. Ана Петрова',
        'Здравей Мария, Иван има диабет тип 1 и на обяд си бие инсулин. Ана Петрова',
        'Здравей Мария, Иван пие антидепресанти от пролетта. Ана Петрова',
        'Здравей Мария, Иван е в болничен заради депресия до май. Ана Петрова',
        'Здравей Мария, Иван е в инвалидна количка, запази залата на партера. Ана Петрова',
        'Здравей Мария, Иван е мюсюлманин и пости през Рамадан. Ана Петрова',
        'Здравей Мария, Иван гласува за Зелените и им прави кампания. Ана Петрова',
      ],
      el: [
        'Γεια σου Μαρία, ο Νίκος είναι γκέι και ζει με τον σύντροφό του. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος είναι Ρομά και στο σπίτι μιλούν ρομανί. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος έκανε γενετικό τεστ και είναι φορέας της μετάλλαξης BRCA1. Άννα Παππά',
        'Γεια σου Μαρία, το δακτυλικό αποτύπωμα του Νίκου είναι αποθηκευμένο για την είσοδο. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος έχει διαβήτη τύπου 1 και κάνει ινσουλίνη το μεσημέρι. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος παίρνει αντικαταθλιπτικά από την άνοιξη. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος είναι σε αναρρωτική άδεια λόγω κατάθλιψης ως τον Μάιο. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος κινείται με αναπηρικό αμαξίδιο, κλείσε την αίθουσα του ισογείου. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος είναι μουσουλμάνος και νηστεύει το Ραμαζάνι. Άννα Παππά',
        'Γεια σου Μαρία, ο Νίκος ψηφίζει ΣΥΡΙΖΑ και κάνει καμπάνια για το κόμμα. Άννα Παππά',
      ],
      fi: [
        'Hei Anna, Matti on homo ja asuu kumppaninsa kanssa. Liisa Virtanen',
        'Hei Anna, Matti on romani ja kotona puhutaan romanikieltä. Liisa Virtanen',
        'Hei Anna, Matti kävi geenitestissä ja kantaa BRCA1-mutaatiota. Liisa Virtanen',
        'Hei Anna, Matin sormenjälki on tallennettu kulunvalvontaan. Liisa Virtanen',
        'Hei Anna, Matilla on tyypin 1 diabetes ja hän pistää insuliinia lounaalla. Liisa Virtanen',
        'Hei Anna, Matti on syönyt masennuslääkkeitä keväästä asti. Liisa Virtanen',
        'Hei Anna, Matti on sairauslomalla masennuksen takia toukokuuhun. Liisa Virtanen',
        'Hei Anna, Matti käyttää pyörätuolia, varaa pohjakerroksen sali. Liisa Virtanen',
        'Hei Anna, Matti on muslimi ja paastoaa ramadanin aikana. Liisa Virtanen',
        'Hei Anna, Matti äänestää vihreitä ja tekee heille vaalityötä. Liisa Virtanen',
      ],
      et: [
        'Tere Kadri! Jaan on gei ja elab koos oma partneriga. Liis Tamm',
        'Tere Kadri! Jaan on romi ja kodus räägitakse romani keelt. Liis Tamm',
        'Tere Kadri! Jaan tegi geenitesti ja on BRCA1 mutatsiooni kandja. Liis Tamm',
        'Tere Kadri! Jaani sõrmejälg on salvestatud läbipääsusüsteemi. Liis Tamm',
        'Tere Kadri! Jaanil on 1. tüüpi diabeet ja ta süstib lõunal insuliini. Liis Tamm',
        'Tere Kadri! Jaan võtab kevadest saadik antidepressante. Liis Tamm',
        'Tere Kadri! Jaan on depressiooni tõttu maini haiguslehel. Liis Tamm',
        'Tere Kadri! Jaan liigub ratastooliga, broneeri esimese korruse saal. Liis Tamm',
        'Tere Kadri! Jaan on moslem ja paastub ramadaani ajal. Liis Tamm',
        'Tere Kadri! Jaan valib rohelisi ja teeb neile valimiskampaaniat. Liis Tamm',
      ],
      lv: [
        'Sveika, Inese! Jānis ir gejs un dzīvo kopā ar savu partneri. Anna Liepa',
        'Sveika, Inese! Jānis ir čigāns, un mājās viņi runā romu valodā. Anna Liepa',
        'Sveika, Inese! Jānis veica ģenētisko testu un ir BRCA1 mutācijas nesējs. Anna Liepa',
        'Sveika, Inese! Jāņa pirkstu nospiedums ir saglabāts piekļuves sistēmā. Anna Liepa',
        'Sveika, Inese! Jānim ir 1. tipa diabēts, un pusdienlaikā viņš injicē insulīnu. Anna Liepa',
        'Sveika, Inese! Jānis kopš pavasara lieto antidepresantus. Anna Liepa',
        'Sveika, Inese! Jānis līdz maijam ir uz slimības lapas depresijas dēļ. Anna Liepa',
        'Sveika, Inese! Jānis pārvietojas ratiņkrēslā, rezervē zāli pirmajā stāvā. Anna Liepa',
        'Sveika, Inese! Jānis ir musulmanis un gavē ramadāna laikā. Anna Liepa',
        'Sveika, Inese! Jānis balso par Progresīvajiem un aģitē par viņiem. Anna Liepa',
      ],
      lt: [
        'Labas, Aiste, Tomas yra gėjus ir gyvena su savo partneriu. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas yra romas ir namuose jie kalba romų kalba. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas atliko genetinį tyrimą ir yra BRCA1 mutacijos nešiotojas. Rasa Kazlauskienė',
        'Labas, Aiste, Tomo piršto atspaudas išsaugotas įėjimo sistemoje. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas serga 1 tipo diabetu ir per pietus leidžiasi insuliną. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas nuo pavasario vartoja antidepresantus. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas iki gegužės serga depresija ir yra nedarbingas. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas juda vežimėliu, rezervuok salę pirmame aukšte. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas yra musulmonas ir pasninkauja per ramadaną. Rasa Kazlauskienė',
        'Labas, Aiste, Tomas balsuoja už žaliuosius ir jiems agituoja. Rasa Kazlauskienė',
      ],
      sv: [
        'Hej Anna, Erik är gay och bor med sin sambo Mark. Lena Berg',
        'Hej Anna, Erik är rom och hemma pratar de romani. Lena Berg',
        'Hej Anna, Erik har gjort ett gentest och bär på BRCA1-mutationen. Lena Berg',
        'Hej Anna, Eriks fingeravtryck är sparat för passersystemet. Lena Berg',
        'Hej Anna, Erik har typ 1-diabetes och tar insulin vid lunch. Lena Berg',
        'Hej Anna, Erik äter antidepressiva sedan i våras. Lena Berg',
        'Hej Anna, Erik är sjukskriven för depression till maj. Lena Berg',
        'Hej Anna, Erik sitter i rullstol, boka rummet på bottenvåningen. Lena Berg',
        'Hej Anna, Erik är muslim och fastar under ramadan. Lena Berg',
        'Hej Anna, Erik röstar på Miljöpartiet och kampanjar för dem. Lena Berg',
      ],
      da: [
        'Hej Mette, Lars er homoseksuel og bor med sin kæreste Mark. Anne Holm',
        'Hej Mette, Lars er rom, og derhjemme taler de romani. Anne Holm',
        'Hej Mette, Lars har fået lavet en gentest og bærer BRCA1-mutationen. Anne Holm',
        'Hej Mette, Lars’ fingeraftryk er gemt til adgangssystemet. Anne Holm',
        'Hej Mette, Lars har type 1-diabetes og tager insulin til frokost. Anne Holm',
        'Hej Mette, Lars har fået antidepressiv medicin siden foråret. Anne Holm',
        'Hej Mette, Lars er sygemeldt med depression til maj. Anne Holm',
        'Hej Mette, Lars sidder i kørestol, så book lokalet i stuen. Anne Holm',
        'Hej Mette, Lars er muslim og faster under ramadanen. Anne Holm',
        'Hej Mette, Lars stemmer på SF og fører valgkamp for dem. Anne Holm',
      ],
    };
    // Left: Hungarian "meleg" (gay, but warm too) and Romanian "amprenta" alone (a fingerprint, but any mark too).
    const left = ['Péter meleg', 'amprenta lui'];
    expectRead(told, 'special', left);
    for (const texts of Object.values(told))
      for (const text of texts) if (left.some((l) => text.includes(l))) expect(level(text), text).toBe('personal');
  });

  it("2.53.0's logs below other text: a continuation line's subject, a log dated under a heading of two lines, a weekly log", () => {
    const before = 'Desligue os aparelhos da tomada em vez de os deixar em modo de espera. '.repeat(12);
    expect(
      level(
        `${before}\n\nMAIN COURANTE – Poste de sécurité\nAgent : poste 2 (équipe de nuit)\n\n01/12/2026\n18:12  Ronde niveau -1 parking : RAS.\n18:47  Signalement d'une cliente âgée devant la pharmacie. Sa fille, jointe grâce à un numéro\n       noté dans son sac, indique qu'elle souffre d'Alzheimer.\n21:00  Fermeture des accès, alarme activée.`,
      ),
    ).toBe('special');
    expect(
      level(
        `${before}\n\nLogboek buurthuis De Kastanje – week 49\n\nma 30-11\nKoffieochtend: 23 bezoekers. De vaste meneer met de rolstoel ligt in het ziekenhuis met longontsteking.`,
      ),
    ).toBe('special');
    // A newsletter's week below other text heads no record.
    expect(
      level(
        `${before}\n\nNieuwsbrief – week 49\n\nDe vaste bezoeker weet het al: in het ziekenhuis is een nieuwe afdeling voor longontsteking geopend.`,
      ),
    ).toBe('public');
  });

  it("2.48.0's review: a state tacked on needs a definite word, anyone's term ends at its clause", () => {
    // English "a" is no Portuguese article: a reminder is no one known.
    expect(level('Hi all,\na reminder that the office closes early on Friday, flu jabs in the canteen.\nThanks')).toBe('public');
    expect(level('Olá a todos,\na rececionista nova está de baixa duas semanas, hérnia discal.\nObrigado')).toBe('special');
    // "If anyone asks" ends at its comma: the flu after it is Tom's.
    expect(level('Hi Sam,\n\nIf anyone asks, Tom has the flu and is off until Monday.\n\nJen')).toBe('special');
  });
});

describe('session 55: councillors by their title, a place after "w" or "na", a recipe signed by its author', () => {
  it('a councillor titled before the name stands in public office, in a published text and beside a private person', () => {
    expect(
      level('Planning Committee – Agenda\n\nChair: Cllr Margaret Doyle\nVice-chair: Cllr Imran Shah\n\n1. Apologies for absence'),
    ).toBe('public');
    expect(
      level(
        'Aus dem Rathaus\n\nBürgermeisterin Claudia Haas hat den Spielplatz eröffnet. Gemeinderat Peter Sommer dankte dem Bauhof für die schnelle Umsetzung.',
      ),
    ).toBe('public');
    expect(level('Il consigliere comunale Marco Ferri ha presentato una mozione sulle piste ciclabili del quartiere.')).toBe(
      'public',
    );
    // The private person a resident writes about is still someone; so is a councillor's own illness.
    expect(level('Dear Cllr Doyle,\n\nmy neighbour John Smith keeps parking on the pavement.\n\nRegards, Peter Wood')).toBe(
      'personal',
    );
    expect(level('Councillor Jane Barker has been diagnosed with breast cancer and will step back from her duties.')).toBe(
      'special',
    );
  });

  it('a Polish place in the locative after "w" or "na" is no dative of a name; a dative without them still is', () => {
    expect(level('Miejska Biblioteka Publiczna w Zielonej Górce – godziny otwarcia w okresie świątecznym.')).toBe('public');
    expect(level('Spotkanie na Górce odbędzie się w sobotę, zapraszamy mieszkańców.')).toBe('public');
    expect(level('Przekaż to Jessice, proszę, jutro rano.')).toBe('personal');
  });

  it('a contact person\'s label in the EU\'s other languages heads a name, as "Contact person:" does', () => {
    for (const line of [
      'Kontaktinis asmuo: Rasa Petrauskienė',
      'Kontaktní osoba: Jana Nováková',
      'Yhteyshenkilö: Aino Laaksonen',
      'Kapcsolattartó: Szabó Réka',
      'Persoană de contact: Ioana Marinescu',
      'Kontaktisik: Kadri Tamm',
      'Лице за контакт: Мария Петрова',
    ])
      expect(level(line)).toBe('personal');
  });

  it('Latvian and Lithuanian names the lists miss: a nominative ending, a title after the surname (holdout-1097)', () => {
    expect(level('Roberts Bērziņš nav apmeklējis skolu kopš pirmdienas.')).toBe('personal');
    expect(level('Edgaras Jonaitis šiandien neatvyko į darbą, nes serga gripu.')).toBe('special');
    expect(level('Vakar zvanīja Liepiņas kundze un jautāja par rēķinu.')).toBe('personal');
    expect(level('Cienījamā Ozola kungs!\n\nInformējam, ka Jūsu pieteikums ir saņemts.')).toBe('personal');
    // A painter credited in a museum's news is weighed as names in running text are: holdout-985 and -999 stay public
    // (the labeled sets' test holds them).
  });

  it("a course's description names its lecturer, an Italian service's head signs a notice (holdout-1096, -1098)", () => {
    expect(level('Õppeaine kirjeldus: Andmekaitse alused\n\nMaht: 6 EAP\nÕppejõud: dotsent Mari Tamm\nHindamine: eksam')).toBe(
      'public',
    );
    expect(level('Karta przedmiotu: Prawo ochrony danych\n\nProwadzący: dr Jan Nowak\nForma zaliczenia: egzamin')).toBe('public');
    expect(
      level(
        'Comune di Roccaverde – Avviso\n\nSi comunica che dal 14 al 18 dicembre via Garibaldi sarà chiusa al traffico.\n\nIl Responsabile del Servizio Lavori Pubblici\ning. Paolo Conti',
      ),
    ).toBe('public');
  });

  it("an item's designation column in the EU's other languages names things, not people (holdout-1100)", () => {
    expect(
      level(
        'sifra;naziv;kategorija;cena_eur;zaloga\nKV-1003;Opekač kruha Jelka;mali aparati;39,00;7\nTK-2001;Namizna svetilka Marija;razsvetljava;22,90;25\n',
      ),
    ).toBe('public');
    expect(
      level('id;imie;nazwisko;email\n1;Jelka;Novak;jelka.novak@posta-primer.si\n2;Marija;Kranjc;marija.k@posta-primer.si\n'),
    ).toBe('personal');
  });

  it("a job ad's permanent contract is what it offers; a party's membership in Slovak and Czech cases (holdout-1103)", () => {
    expect(
      level(
        'Vi söker: Lagerarbetare till vårt lager i Jönköping\n\nNorrpil AB söker fem lagerarbetare för tillsvidareanställning.\n\nAnsök senast den 20 december.\nFrågor besvaras av rekryterare Sara Lindqvist, tel. 036-555 12 80.',
      ),
    ).toBe('public');
    expect(level('Prihláška za člena politickej strany\n\nMeno a priezvisko: Marek Hudák\nBydlisko: Žilina')).toBe('special');
    expect(level('Jana Veselá je členkou politické strany od roku 2019.')).toBe('special');
  });

  it("a recipe's author signing it is a byline; a friend's mail with a recipe names its writer", () => {
    const recipe =
      'Tarte fine aux pommes\n\nIngrédients : 1 pâte feuilletée, 4 pommes, 2 cuillères de miel.\n\nÉtalez la pâte, disposez les pommes. Enfournez 25 minutes à 200 °C.\n\nBonne dégustation !\nClaire';
    expect(level(recipe)).toBe('public');
    expect(
      level(
        'Apfelkuchen vom Blech\n\nZutaten:\n500 g Mehl, 6 Äpfel, 200 g Zucker\n\nBei 180 °C etwa 40 Minuten backen.\n\nViel Spaß beim Nachbacken, Jutta',
      ),
    ).toBe('public');
    expect(level(`Salut Marie,\n\nvoici la recette promise.\n\n${recipe.split('\n').slice(2).join('\n')}`)).toBe('personal');
  });
});

describe('session 56: first-person bylines, suppliers, a maker named twice, a profile under its title', () => {
  it("reads a dated byline's column or recipe written in the first person as its author's; a greeting still makes a message", () => {
    const column =
      'Warum ich wieder Rad fahre\n\nVon Jana Roth | 3. Dezember 2026\n\nIch fahre seit zwei Jahren jeden Tag mit dem Rad ins Büro. Im Winter ist das kalt, aber ich komme wacher an als früher mit dem Auto.\n\nDie Stadt hat im Herbst drei neue Radwege eröffnet.';
    expect(level(column)).toBe('public');
    expect(
      level(
        'Why I still write letters\n\nBy Tom Hargreaves | 2 December 2026\n\nI have written a letter every Sunday for ten years. My handwriting has not improved, but my patience has.\n\nThe post office on our street closes in January.',
      ),
    ).toBe('public');
    expect(level(`Hi Jana,\n\n${column}`)).toBe('personal');
    // holdout-1107: a food blog's recipe under its byline, its author speaking ("Ich verwende fertigen Filoteig").
    expect(
      level(
        'Omas Apfelstrudel\n\nVon Sabine Reiter | 28. November 2026\n\nIch verwende fertigen Filoteig, das spart eine Stunde.\n\nZutaten:\n- 1 kg Äpfel\n- 80 g Zucker\n\nBei 190 °C etwa 35 Minuten backen.',
      ),
    ).toBe('public');
    expect(
      level(
        'Ciao Giulia,\n\necco la ricetta che ti avevo promesso!\n\nIngredienti:\n320 g di riso Carnaroli\n300 g di funghi porcini\n\nCuoci per 18 minuti.\n\nUn abbraccio,\nMarta',
      ),
    ).toBe('personal');
  });

  it("reads a supplier's column as businesses' names; a contact's column beside it still names a person", () => {
    expect(
      level(
        'sku;description;supplier;qty\nA-100;Hinge 40 mm;Brennan Hardware Supplies;120\nA-101;Hinge 60 mm;Kowalski Metal;80\nA-102;Latch;Fastenco Ltd;300',
      ),
    ).toBe('public');
    expect(level('sku;description;supplier;contact;qty\nA-100;Hinge 40 mm;Brennan Hardware Supplies;Siobhan Brennan;120')).toBe(
      'personal',
    );
  });

  it("reads a maker's other mention as the maker's, unless the text tells of their health", () => {
    const reading =
      "Rencontre avec Claire Delorme\n\nSamedi 12 décembre à 15 h, la médiathèque accueille la romancière Claire Delorme pour son nouveau roman Les Jardins d'hiver, paru aux éditions du Vieux Port.\n\nLecture suivie d'une séance de dédicaces. Entrée libre dans la limite des places disponibles.\n\nMédiathèque de Saint-Aubin – 3 place de la Mairie";
    expect(level(reading)).toBe('public');
    expect(
      level(
        'Rencontre avec Claire Delorme\n\nSamedi à 15 h, la médiathèque accueille la romancière Claire Delorme pour son nouveau roman. Claire Delorme est hospitalisée depuis lundi pour une dépression, la rencontre est reportée.',
      ),
    ).toBe('special');
  });

  it("reads an academic's profile whose calling stands under the page's title and breadcrumbs, blank lines between", () => {
    expect(
      level(
        'Dr Naomi Okafor – School of Engineering\n\nHome › People › Academic staff\n\nDr Naomi Okafor\n\nSenior Lecturer in Structural Engineering\n\nResearch interests\n\nTimber–concrete floors.\n\nSelected publications\n\nOkafor N. (2024) Fatigue of composite floors.',
      ),
    ).toBe('public');
  });
});

describe("session 56: a log's documentation-range addresses, a column of office holders", () => {
  it("reads an access log's clients in the documentation ranges as visitors, a manual's example as no one's", () => {
    const log =
      '203.0.113.45 - - [01/Dec/2026:09:14:02 +0100] "GET /basket HTTP/2.0" 200 5120 "-" "Mozilla/5.0"\n198.51.100.23 - - [01/Dec/2026:09:14:05 +0100] "POST /checkout HTTP/2.0" 302 0 "-" "Mozilla/5.0"';
    expect(level(log)).toBe('personal');
    expect(level(`Example of the combined log format:\n\n${log}`)).toBe('public');
    expect(level('The server answers at 203.0.113.5 and 198.51.100.7.')).toBe('public');
  });

  it('reads a column of mayors or ministers as office holders; a column of residents still names people', () => {
    expect(
      level(
        'commune,code_insee,population,maire\nSaint-Aubin-des-Prés,35250,4812,Jacques Lemoine\nVallon-sur-Gée,72365,2270,Sylvie Bertrand\nLanvézec,22118,987,Maryvonne Le Goff',
      ),
    ).toBe('public');
    expect(level('Gemeinde;Einwohner;Bürgermeister\nOberbach;5210;Thomas Gruber\nUnterfeld;2310;Sabine Mayr')).toBe('public');
    expect(
      level('commune,code_insee,habitant\nSaint-Aubin-des-Prés,35250,Jacques Lemoine\nVallon-sur-Gée,72365,Sylvie Bertrand'),
    ).toBe('personal');
  });
});

describe("session 56: a signature's article in Irish, Greek and Hungarian; a union's officers by their office", () => {
  it('reads an office signing after an article as no one, a name the lists know after the same letters as someone', () => {
    expect(
      level(
        'A thuismitheoirí, a chairde,\n\nBeidh ceolchoirm na Nollag ar siúl sa halla ar an Déardaoin.\n\nLe dea-mhéin,\nAn Príomhoide',
      ),
    ).toBe('public');
    expect(level('Hi all,\n\nthe server move is done.\n\nBest wishes,\nAn Nguyen')).toBe('personal');
    expect(level('Αγαπητοί γονείς,\n\nη σχολική γιορτή θα γίνει την Παρασκευή.\n\nΜε εκτίμηση,\nΟ Διευθυντής')).toBe('public');
  });

  it("reads a union's or a party's secretary or spokesperson named by office in its press release as in office", () => {
    const release = (quote: string) =>
      `COMUNICATO STAMPA – FIOM Cremona\n\nSciopero di otto ore alla Metalcasting di Soresina\n\nVenerdì 4 dicembre i lavoratori sciopereranno contro il piano di esuberi.\n\n"Chiediamo il ritiro dei 42 licenziamenti", ${quote}.`;
    expect(level(release('dichiara il segretario provinciale della FIOM, Marco Bellini'))).toBe('public');
    expect(level(release('ha detto il portavoce della FIOM, Marco Bellini'))).toBe('public');
    expect(
      level(
        'Pressemitteilung\n\nIG Metall fordert acht Prozent mehr Lohn\n\n„Die Beschäftigten haben das verdient“, sagte der Landesvorsitzende der IG Metall, Jens Albers.',
      ),
    ).toBe('public');
    // A member named as one is still a member told of.
    expect(level(release("dice Marco Bellini, iscritto alla FIOM da vent'anni"))).toBe('special');
  });
});

describe('session 56: a Hungarian surname the lists lack, a horoscope', () => {
  it('reads a capitalised word before a given name in Hungarian as its surname, not a street named after someone', () => {
    expect(
      level(
        'MUNKASZERZŐDÉS\n\namely létrejött egyrészről a Pannon Logisztika Kft. mint munkáltató, másrészről Szűcs Boglárka mint munkavállaló között az alábbi feltételekkel.',
      ),
    ).toBe('personal');
    expect(level('Évzáró vacsora: december 12., szombat, 18 óra, Kertész Vendéglő (Szeged, Kossuth Lajos sugárút 21.).')).toBe(
      'public',
    );
    expect(level('Nyitvatartás: H–P 8–20. Cím: Budapest, Kossuth Lajos u. 4.')).toBe('public');
  });

  it("reads a horoscope's signs as no one's, in any of the eight languages; a name that is a sign still names someone elsewhere", () => {
    expect(
      level(
        'Oroscopo della settimana\n\nAriete: settimana dinamica.\nToro: una notizia inattesa vi porterà buonumore.\nGemelli: serve più pazienza.\nCancro: arrivano riconoscimenti.\nLeone: riposatevi di più, la salute ne beneficerà.',
      ),
    ).toBe('public');
    expect(
      level(
        'Horoscope\n\nAries: a busy week.\nTaurus: good news arrives.\nGemini: be patient.\nLeo: rest more, your health will thank you.',
      ),
    ).toBe('public');
    expect(level('Hi all,\n\nLeo is off sick today with the flu.\n\nThanks,\nMaria')).toBe('special');
  });
});

describe('session 56: a vote by its side, the writer dating someone of their sex by name', () => {
  it('reads a vote for a side or an adjective as a political opinion, not a turn or a show of hands', () => {
    expect(
      level(
        "Répondant : Thomas Lambert, Rennes\nRéponse : Je vote écologiste depuis toujours et j'aimerais plus de pistes cyclables.",
      ),
    ).toBe('special');
    expect(level('Marco Bianchi: da sempre voto a sinistra.')).toBe('special');
    expect(level('Ana Ruiz dice que siempre vota a la derecha.')).toBe('special');
    expect(level('Au carrefour, Thomas Lambert tourne à gauche.')).toBe('personal');
    expect(level('Le conseil municipal vote à main levée ; Thomas Lambert préside.')).toBe('personal');
  });

  it("reads the writer dating someone of the writer's sex by the partner's given name, the writer by a chat's speaker or a signature", () => {
    const chat = (partner: string) =>
      `[30/11/26 21:04] Marcos: tía, te tengo que contar algo\n[30/11/26 21:04] Lucía: dime!!\n[30/11/26 21:05] Marcos: el sábado se lo dije a mis padres, que salgo con ${partner} desde el verano`;
    expect(level(chat('Adrián'))).toBe('special');
    expect(level(chat('Paula'))).toBe('personal');
    expect(level("Hi Sam,\n\nbig news: I'm dating Tom now!\n\nLove,\nJames")).toBe('special');
    expect(level('Hallo Lena,\n\nich bin jetzt mit Jonas zusammen.\n\nLiebe Grüße,\nPaul')).toBe('special');
    expect(level('Hallo Lena,\n\nich bin mit Jonas im Kino.\n\nLiebe Grüße,\nPaul')).toBe('personal');
  });
});

describe("session 56: job ads' headings in the EU's other languages, bylines and recipes in Hungarian, a changelog's remark, a league's table", () => {
  it("reads a job ad's contact by the ad's headings in Finnish, Swedish and Czech", () => {
    expect(
      level(
        'Avoin työpaikka: Asiakaspalvelusihteeri\n\nTehtävät:\n- asiakkaiden neuvonta\n\nEdellytämme:\n- soveltuvaa tutkintoa\n\nTarjoamme vakituisen työsuhteen.\n\nLisätietoja antaa palvelupäällikkö Satu Heikkinen, puh. 044 123 4567.',
      ),
    ).toBe('public');
    expect(
      level(
        'Lagerarbetare sökes\n\nArbetsuppgifter:\n- plock och pack\n\nKvalifikationer:\n- truckkort\n\nVi erbjuder:\n- kollektivavtal\n\nFrågor besvaras av Lena Berg, 070-123 45 67.',
      ),
    ).toBe('public');
    expect(
      level(
        'Hledáme skladníka\n\nNáplň práce:\n- příjem zboží\n\nPožadujeme:\n- praxi ve skladu\n\nNabízíme:\n- 5 týdnů dovolené\n\nKontakt: Jana Nováková, tel. 603 123 456',
      ),
    ).toBe('public');
  });

  it('reads a Hungarian byline, dated year first, and a recipe by its degrees and minutes', () => {
    expect(
      level(
        'Mákos guba, ahogy a nagymamám készítette\n\nÍrta: Farkas Judit | 2026. november 29.\n\nÉn a tegnapi kiflit használom.\n\nHozzávalók:\n- 6 db kifli\n- 5 dl tej\n\nElkészítés: 180 fokon 15 percig sütjük.',
      ),
    ).toBe('public');
  });

  it("reads a changelog titled with a remark in brackets as release notes, and a league's table as a competition's results", () => {
    expect(
      level(
        '# Changelog (unreleased)\n\n## 3.8.0 (2026-11-30)\n\n### Features\n- Add streaming parser (#1412, thanks @lena-dev)\n\n### Fixes\n- Fix column detection (#1420, thanks @tkowalski)',
      ),
    ).toBe('public');
    expect(
      level(
        'Liga Portugal – Classificação após a 12.ª jornada\n\n1. Sporting CP – 31 pts\n2. FC Porto – 29 pts\n3. SL Benfica – 27 pts\n4. Vitória SC – 19 pts\n5. Gil Vicente – 17 pts\n\nMelhor marcador: Viktor Gyökeres (Sporting), 14 golos.',
      ),
    ).toBe('public');
  });
});

describe("session 56: a Hungarian compound calling after a name, a place's word before a Slavic place's name", () => {
  it("reads a Hungarian field's historian named by the compound after the name at a public reading", () => {
    expect(
      level(
        'Író-olvasó találkozó a Városi Könyvtárban\n\nDecember 10-én 17 órakor Kiss Réka írónő mutatja be új regényét. A beszélgetést Szalai Gábor irodalomtörténész vezeti.\n\nA belépés díjtalan.',
      ),
    ).toBe('public');
  });

  it("reads a capitalised word after a place's word in Croatian or Czech as the place's name, not a declined given name", () => {
    expect(level('Preporučujemo kupanje na plažama Lone i Mulini. Lokalni specijaliteti su riblji brodet i pršut.')).toBe(
      'public',
    );
    expect(level('Koncert se koná v parku Ludmily v neděli odpoledne. Vstup je zdarma.')).toBe('public');
  });
});

describe("session 56: a debtor's and a hospital file's numbers, a bank's line open day and night, a part after its player", () => {
  it("reads a debtor's number and a hospital file's number as a person's", () => {
    expect(level('Notatka z rozmowy\n\nDłużnik nr 55321/2026\nDłużnik potwierdził zadłużenie w kwocie 3 480,00 zł.')).toBe(
      'personal',
    );
    expect(
      level(
        'Notificação de reação adversa\n\nDoente: sexo feminino, 67 anos, processo hospitalar n.º 2026-118734\nReação: exantema generalizado após amoxicilina.',
      ),
    ).toBe('special');
  });

  it("reads a number followed by a day-and-night service's words as an organisation's line", () => {
    expect(level('Que faire en cas de perte de ma carte ?\nFaites opposition par téléphone au 09 69 39 99 99, 24 h/24.')).toBe(
      'public',
    );
    expect(level('Appelle-moi au 06 12 34 56 78 ce soir.')).toBe('personal');
  });

  it("reads a part's name after its player and 'als' in a German review", () => {
    expect(
      level(
        'Premierenkritik: „Maria Stuart“ am Staatstheater\n\nRegisseurin Lena Hartwig verlegt Schillers Drama in einen Konferenzsaal. Judith Brandes spielt Elisabeth als müde Machtpolitikerin, Clara Wendt als Maria hält mit leiser Wut dagegen.\n\nWeitere Vorstellungen bis März.',
      ),
    ).toBe('public');
  });
});

describe("session 56: an interview's word alone as its heading, the speaker's calling opening the standfirst", () => {
  it("reads a published interview whose standfirst opens with the speaker's calling; an exit interview still names someone", () => {
    const interview =
      'Entrevista\n\nMarta Echániz: «La cocina de temporada es un acto de respeto»\n\nLa chef del restaurante Itsasondo, en Getaria, acaba de recibir su primera estrella Michelin.\n\n—¿Qué significa para usted la estrella?\n—Un reconocimiento al equipo.\n\n—¿Su plato favorito del menú?\n—El rodaballo a la brasa.';
    expect(level(interview)).toBe('public');
    expect(
      level(
        'Entrevista de salida\n\nMarta Echániz: «Me voy por el horario»\n\nLa empleada deja el departamento de compras el viernes.\n\n—¿Por qué se va?\n—Por el horario.\n\n—¿Volvería?\n—Quizá.',
      ),
    ).toBe('personal');
  });
});

describe("session 57: a recipe's method by its heading, a show's episode, a hospital in a workplace column", () => {
  const sarma =
    'Recept: Sarma\n\nSastojci (za 6 osoba):\n- 1 glavica kiselog kupusa\n- 500 g mljevenog mesa\n- 1 luk\n\nPriprema:\nLuk sitno nasjeckajte i popržite, dodajte meso i rižu. Kuhajte na laganoj vatri oko tri sata.\n';
  it("reads a published recipe by its ingredients' and its method's headings, with no oven nor minutes", () => {
    expect(level(sarma)).toBe('public');
    expect(level(sarma.replace('Priprema:\n', ''))).toBe('personal');
    expect(
      level(
        'Hi Anna,\n\nhere is the recipe you asked for.\n\nIngredients:\n- 1 onion\n- 500 g minced meat\n\nMethod:\nLuk chops the onion and fries it, then simmers the meat for three hours.\n\nLove, Mia',
      ),
    ).toBe('personal');
  });

  it("reads a show's numbered episode's 'we' as its hosts'", () => {
    const notes =
      "# Episode 87: Heat pumps in old houses\n\nThis week we talk to Dr. Ingrid Saarinen, building physicist at Tampere University and author of Warm Walls, about whether heat pumps make sense in houses built before 1950.\n\n## Links\n- Ingrid's book: Warm Walls (2024)\n\nMusic by Lars Hedlund.\n";
    expect(level(notes)).toBe('public');
    expect(level(notes.replace('Episode 87: ', ''))).toBe('personal');
  });

  it("reads a hospital in a table's workplace column as where someone works, not their health", () => {
    const dues =
      'member_no,name,workplace,monthly_dues_gbp\nUN-44821,Sarah Kettle,Northgate Hospital,17.45\nUN-44822,David Oyelaran,Northgate Hospital,17.45\n';
    expect(level(dues)).toBe('personal');
    expect(level(dues.replaceAll(',', ';'))).toBe('personal');
    expect(level(dues.replace('workplace', 'admitted_to'))).toBe('special');
  });
});

describe("session 57: pupils by dotted initials, a party's candidates in the news, an annual report's foreword", () => {
  it("reads a pupil's column of initials with their dots as people's, even one row; not an item's column", () => {
    const log =
      'date,pupil,year,concern,action\n2026-11-23,J.M.,Y9,disclosed self-harm to form tutor,DSL informed\n2026-11-25,A. K.,Y7,unexplained bruising on upper arm,monitoring\n';
    expect(level(log)).toBe('special');
    expect(level(log.split('\n').slice(0, 2).join('\n'))).toBe('special');
    expect(level(log.replace('pupil', 'item'))).toBe('public');
  });

  it('reads the candidates a party puts forward, in an election report, as public people with their parties', () => {
    const news =
      'Autárquicas: três candidatos disputam a Câmara de Vila Nova\n\nVila Nova, 30 de novembro de 2026 – A campanha arrancou este fim de semana com três candidaturas à presidência da Câmara.\n\nO atual vereador Rui Pimentel encabeça a lista do PS, enquanto o PSD aposta na empresária Teresa Lacerda. A coligação CDU apresenta o professor reformado Joaquim Matos.\n\n«Quero uma câmara que responda em dias», afirmou Teresa Lacerda no primeiro comício.\n';
    expect(level(news)).toBe('public');
    expect(level(news.replace('aposta na empresária', 'e também').replace('apresenta o professor reformado', 'e'))).toBe(
      'special',
    );
    expect(level('Olá Rita,\n\no meu pai vota no PSD desde sempre e a Teresa Lacerda também.\n\nBeijinhos')).toBe('special');
  });

  it("reads an annual report's foreword signed by its director as published; not without its heading, nor as a mail", () => {
    const foreword =
      'Jaarverslag 2025 – Woonstichting De Linde\n\nVoorwoord\n\n2025 was het jaar waarin we 214 nieuwe sociale huurwoningen opleverden, meer dan in de vijf jaren daarvoor samen.\n\nIk dank onze huurders, medewerkers en partners voor hun inzet.\n\nHanneke Brouwer\ndirecteur-bestuurder\n';
    expect(level(foreword)).toBe('public');
    expect(level(foreword.replace('Voorwoord\n\n', ''))).toBe('personal');
    expect(level(`Beste Hanneke,\n\n${foreword}`)).toBe('personal');
  });
});

describe("session 57: a declined name in a published report, a participant's fee, German 'mein' in its forms", () => {
  it('weighs a declined given name alone as names in running text are: weak in a published report', () => {
    const report =
      'Zagreb svladao Veszprém u Ligi prvaka\n\nRukometaši Zagreba pobijedili su u srijedu navečer mađarski Veszprém 31:29 u 10. kolu Lige prvaka. Najbolji strijelac bio je Luka Lovrić s devet golova.\n\n„Ovo je pobjeda cijele momčadi“, rekao je trener Veselin Vujović nakon utakmice.\n';
    expect(level(report)).toBe('public');
    expect(level('Bok Ana,\n\nsutra idem s Marijom u kino. Javi se!\n\nIvan')).toBe('personal');
  });

  it("reads a conference's participant fee in Lithuanian as a public audience's", async () => {
    const page =
      '<!doctype html><html><head><title>Konferencija „Skaitmeninė mokykla 2027“ – programa</title></head><body><h1>Konferencija „Skaitmeninė mokykla 2027“</h1><p>Vilnius, 2027 m. sausio 21 d. · Dalyvio mokestis 45 €</p><ul><li>10:00 Atidarymas – Eglė Vaitkutė, švietimo viceministrė</li><li>10:30 Dirbtinis intelektas pamokose – doc. dr. Tomas Kairys, Vilniaus universitetas</li><li>12:00 Diskusija. Moderuoja Justina Žukauskaitė</li></ul></body></html>';
    const extracted = await extractText(Buffer.from(page), 'programa.html');
    if (!extracted.ok) throw new Error('not extracted');
    expect(level(extracted.text)).toBe('public');
    expect(level(extracted.text.replace('Dalyvio mokestis 45 €', ''))).toBe('personal');
  });

  it("reads 'Meinungen' and 'Méindeg' as no first person; 'meine' and Luxembourgish 'ech' as the writer", () => {
    expect(
      level(
        '§ 22 Verarbeitung besonderer Kategorien\n\n(2) Besondere Kategorien sind Daten, aus denen politische Meinungen, religiöse Überzeugungen oder die Gewerkschaftszugehörigkeit hervorgehen, sowie Gesundheitsdaten.\n',
      ),
    ).toBe('public');
    expect(level('Ich habe meinem Chef gesagt, dass meine Diabetes-Einstellung schwierig ist.')).toBe('special');
    const sick =
      "Moien Claude,\n\nech sinn haut krank, ech hunn Féiwer a Kappwéi. Ech kommen e Méindeg erëm op d'Aarbecht.\n\nMerci,\nTessy";
    expect(classifyText(sick).reasons).toContain('special-category data the writer gives about themself');
  });
});

describe("session 57: a German job ad by its sexes' marker and its applications in the plural", () => {
  it("reads an ad that seeks '(m/w/d)' and asks for 'Bewerbungen' as a job ad: its contact is published", () => {
    const ad =
      'Stellenanzeige\n\nDie Stadtwerke Lindau suchen zum 1. März 2027 eine/n\n\nElektroniker/in für Betriebstechnik (m/w/d)\n\nIhre Aufgaben: Wartung und Instandsetzung unserer Trafostationen.\nWir bieten: Vergütung nach TV-V, 30 Tage Urlaub.\n\nFragen beantwortet Ihnen gerne Herr Markus Egger, Leiter Netzbetrieb, Tel. 08382 704-215.\nBewerbungen bitte bis 15. Januar an bewerbung@stadtwerke-lindau.example.\n';
    expect(level(ad)).toBe('public');
    expect(level(ad.replace('Bewerbungen bitte bis 15. Januar an bewerbung@stadtwerke-lindau.example.\n', ''))).toBe('personal');
    expect(
      level(
        'Hallo Markus,\n\nwir suchen zum Wochenende noch einen Fahrer. Bewerbungen für den Posten nimmt Herr Egger an.\n\nGruß Anna',
      ),
    ).toBe('personal');
  });
});

describe("session 57: a union's officer in the news, a school's or a street's patron, an addiction service", () => {
  it("reads a union's coordinator quoted in a strike's news as in their office", () => {
    const strike =
      'Greve dos maquinistas paralisa comboios na Linha de Sintra\n\nLisboa, 1 de dezembro de 2026 – A greve convocada pelo Sindicato dos Maquinistas levou hoje à supressão de 70% dos comboios.\n\n«Os trabalhadores não aceitam mais horas extraordinárias sem compensação», afirmou o coordenador do sindicato, António Domingues, em frente à estação do Rossio.\n';
    expect(level(strike)).toBe('public');
    expect(
      level(
        strike.replace('o coordenador do sindicato, António Domingues', 'o maquinista António Domingues, sócio do sindicato'),
      ),
    ).toBe('special');
  });

  it('reads whom a school or a street is named after as its patron', () => {
    const schools =
      'Szkoły podstawowe w Radomiu i ich patroni\n\nSP nr 2 im. Marii Konopnickiej\nSP nr 5 im. Bolesława Prusa\nSP nr 12 im. Jana Kochanowskiego\n';
    expect(level(schools)).toBe('public');
    expect(level(schools.replaceAll(' im. ', ' – dyrektor: '))).toBe('personal');
    const streets = 'Straßenverzeichnis\n\nPhilipp-Franck-Weg – nach dem Maler Philipp Franck\nBarfüßerstraße – Altstadt\n';
    expect(level(streets)).toBe('public');
    expect(level(streets.replace('Philipp-Franck-Weg', 'Lindenweg'))).toBe('personal');
  });

  it('reads an addiction service as a health term about the person going to it', () => {
    expect(
      level('Notas del grupo\n\nSe acuerda acompañar a Tomás Ruiz a su primera cita en la unidad de conductas adictivas.\n'),
    ).toBe('special');
  });
});

describe("session 57: a Portuguese town by its 'Vila', a sample letter by its title, a placeholder number", () => {
  it("reads the words after 'Vila' as a town's, not a given name", () => {
    expect(
      level(
        '# Tres días en Oporto\n\nPor Irene Salcedo · 28 de noviembre de 2026\n\nLlegué a Oporto un jueves lluvioso. El segundo día crucé el puente a pie hasta Vila Nova de Gaia para visitar dos bodegas de oporto.\n',
      ),
    ).toBe('public');
    expect(level('Hola Marta,\n\nayer cené con Gaia en Oporto.\n\nUn beso')).toBe('personal');
  });

  it("reads a 'Musterbrief' with its stand-in and a number of zeros as a sample; a real letter stays a person's", () => {
    const sample =
      'Musterbrief: Kündigung eines Vertrags\n\nMax Mustermann\nMusterstraße 1\n12345 Musterstadt\n\nKündigung meiner Mitgliedschaft, Mitgliedsnummer 000000\n\nSehr geehrte Damen und Herren,\nhiermit kündige ich meine Mitgliedschaft.\n\nMit freundlichen Grüßen\nMax Mustermann\n';
    expect(level(sample)).toBe('public');
    expect(
      level(
        sample
          .replace('Musterbrief: Kündigung eines Vertrags', 'Kündigung')
          .replaceAll('Max Mustermann', 'Jonas Wendt')
          .replace('000000', '448213'),
      ),
    ).toBe('personal');
  });
});

describe('session 58: a given name that is a word elsewhere, mid-sentence in a language without that word', () => {
  it('reads "Ella", "Mia", "Sam" as names mid-sentence where the text\'s language has no such word', () => {
    expect(level('Can you pick up Ella from nursery today? I am stuck at work until six.')).toBe('personal');
    expect(level('Ik heb Sam gevraagd of hij morgen de sleutels kan brengen.')).toBe('personal');
    expect(level('Hej! Kan du hämta Mia på förskolan idag? Jag sitter fast på jobbet till sex.')).toBe('personal');
    // Typed all in lower case, as a text message is (holdout-1167).
    expect(level('hej! kan du hämta ella på förskolan idag? jag sitter fast på jobbet till sex. kram / mamma')).toBe('personal');
  });

  it("leaves them alone before a capitalised word, after a place's kind, or where the language has the word", () => {
    // "Peach Melba", "Strammer Max": after a capitalised word; "Summer Sale": before one.
    expect(level('Dessert of the week: peach Melba Sundae with raspberry sauce, 4.50 a portion.')).toBe('public');
    expect(level('In welk land ligt de stad Jordan? Het is een vraag uit de pubquiz.')).toBe('public');
    // Spanish "ella" is "she".
    expect(level('La directora explicó que ella presentará el informe anual en marzo.')).toBe('public');
    // German writes its nouns with a capital ("Christen", "Linde").
    expect(level('Die Ausstellung zeigt, wie Christen und Juden in Frankfurt seit dem Mittelalter zusammenleben.')).toBe(
      'public',
    );
  });

  it("reads the name of a story's main character as no one's", () => {
    const review =
      'Bok: ”Isvägen”\n\nMiljöskildringen är enastående. Huvudpersonen, den unga lärarinnan Karin, blir en gestalt man sent glömmer.\n';
    expect(level(review)).toBe('public');
    expect(level(review.replace('Huvudpersonen, den unga lärarinnan Karin', 'Den unga lärarinnan Karin'))).toBe('personal');
  });

  it("reads Greek days and Spanish feasts, written with a capital, as no one's (the list is folded)", () => {
    expect(level('Το μουσείο είναι ανοιχτό από Τρίτη έως Κυριακή, 9:00–16:00.')).toBe('public');
    expect(level('Belén monumental del Ayuntamiento. La escena de la Anunciación ocupa la primera sala.')).toBe('public');
  });
});

describe("session 58: an actor in a family member's part", () => {
  it("reads 'nel ruolo del padre, Toni Servillo' in a rated film review as a part, not the actor's kin", () => {
    const review =
      "CINEMA | «L'ultima estate a Procida»\n\nIl nuovo film di Paola Ferri racconta l'estate del 1978 di una famiglia di pescatori. Nel ruolo del padre, Toni Servillo è misurato e intenso.\n\nLa fotografia è splendida.\n\nVoto: 7/10. Nelle sale dal 10 dicembre.\n";
    expect(level(review)).toBe('public');
    expect(level(review.replace('Nel ruolo del padre,', 'Il padre,'))).toBe('personal');
  });
});

describe('session 58: public rolls, election results, prizes and the same surname again', () => {
  it("reads a council's members page by their offices as published; a list's later names hold the label's office", () => {
    const page =
      'Rada Miejska w Gnieźnie – skład\n\nPrzewodniczący Rady: Tomasz Wiśniewski\nWiceprzewodniczący: Anna Kaczmarek, Piotr Zieliński\n\nRadni: Marek Adamczyk, Ewa Dąbrowska, Paweł Szymański\n';
    expect(level(page)).toBe('public');
    // Not a list of participants under a council's title.
    expect(level(page.replace('Radni:', 'Uczestnicy szkolenia:'))).toBe('personal');
    expect(
      level(
        "Vos élus – Mairie de Saint-Avold\n\nMaire : Marie-Hélène Schmitt\n1er adjoint, chargé des finances : Bernard Klein\n2e adjointe, chargée de l'éducation : Fatima Benali\n",
      ),
    ).toBe('public');
  });

  it("reads an election's declared results by candidate and party as published, their parties as public allegiance", () => {
    const poll =
      'Declaration of result of poll – Riverside Ward\nBorough Council election, 3 December 2026\n\nBAKER, Susan Margaret – Green Party – 1,204 (elected)\nOKAFOR, Daniel – Labour Party – 1,187 (elected)\nPRICE, Geoffrey John – Conservative Party – 842\n';
    expect(level(poll)).toBe('public');
    // A party's members by name, no election told: their political opinion.
    expect(level('Mitgliederliste Ortsverein\n\nAnna Weber – SPD\nJonas Kraft – SPD\n')).toBe('special');
  });

  it("reads a prize jury's laureates with their research topics as published; a research topic is no one's health", () => {
    const record =
      'ACTA DEL JURADO – Premios de Investigación 2026\n\nReunido el jurado el 25 de noviembre de 2026, acuerda por unanimidad conceder:\n\n- Premio de Ciencias de la Vida: Dra. Beatriz Otero Lamas (Universidad de Salamanca), por sus trabajos sobre resistencia a antibióticos.\n- Premio de Humanidades: Dr. Ignacio Prieto Villa (Universidad de Valladolid), por su edición crítica de los cancioneros del siglo XV.\n';
    expect(level(record)).toBe('public');
    expect(level(record.replace('por sus trabajos sobre resistencia a antibióticos', 'que padece una depresión'))).toBe(
      'special',
    );
  });

  it('reads a surname alone as the office holder the text named in full before it', () => {
    const obituary =
      'Nachruf\n\nDie Stadt Rottweil trauert um ihren früheren Oberbürgermeister Dr. Heinrich Albrecht, der am 28. November im Alter von 84 Jahren verstorben ist.\n\nAlbrecht führte die Stadt von 1982 bis 2006. 2007 wurde er zum Ehrenbürger ernannt.\n';
    expect(level(obituary)).toBe('public');
  });

  it('reads an encyclopedia entry under a Markdown heading as one', () => {
    expect(
      level(
        '# Agnes Pockels\n\nAgnes Pockels (14 February 1862 – 21 November 1935) was a German chemist whose research was fundamental in establishing the modern discipline known as surface science.\n\nHer brother Friedrich, a physics student, supplied her with the scientific literature she could not study at university. In 1891 her first paper appeared in *Nature* with the support of Lord Rayleigh.\n\nShe received an honorary doctorate from the Technical University of Braunschweig in 1932.\n',
      ),
    ).toBe('public');
  });

  it('reads an Italian or Spanish sentence with no subject as about whom the sentence before named', () => {
    expect(
      level(
        'Cade dalla scala: ferito un pensionato\n\nUn uomo di 74 anni, Giovanni Corsetti, è caduto sabato da una scala nel suo giardino. Soccorso dai familiari, è stato trasportato al pronto soccorso con una frattura al bacino.\n\n«Ha sentito un crac», ha raccontato la nipote.\n',
      ),
    ).toBe('special');
  });
});

describe("session 58: a parish's priest by his title in lower case, a league table's bare points, a book's back cover", () => {
  it('reads "pároco, padre António Gouveia" in a parish notice as his office, not a person described at a time', () => {
    const notice =
      'Paróquia de São Pedro – Avisos\n\nDomingo, 6 de dezembro: missa às 11h00, presidida pelo pároco, padre António Gouveia.\nConfissões antes do Natal: sábado, 19 de dezembro, das 15h00 às 18h00.\n';
    expect(level(notice)).toBe('public');
  });

  it("reads a professional league's table with bare points and its top scorer as published", () => {
    const table =
      'Serie A – classifica dopo la 14ª giornata\n\n1. Inter 34\n2. Napoli 31\n3. Juventus 29\n4. Atalanta 27\n\nCapocannoniere: Lautaro Martínez (Inter), 11 gol\n';
    expect(level(table)).toBe('public');
    // Not a list that ranks no one by points.
    expect(level(table.replace(/\n\d\. [A-Za-z]+ \d+/g, ''))).toBe('personal');
  });

  it("reads a book's back cover, its title in quotes and its format, as the book's; a letter about it stays a person's", () => {
    const cover =
      '« La Maison des saules »\n\nÉté 1962. Dans une maison au bord de la Loire, trois sœurs se retrouvent pour vendre la demeure familiale.\n\nNée à Tours en 1975, Claire Vasseur est professeure de lettres. Elle a publié deux romans remarqués.\n\nÉditions du Val, 288 pages, 21 €\n';
    expect(level(cover)).toBe('public');
    expect(level(`Chère Claire,\n\n${cover}\nBises,\nMarc`)).toBe('personal');
  });
});

describe('session 58: a prayer group, a speakers page with a remark after its title', () => {
  it("reads a prayer group's or a Bible circle's member list as religion", () => {
    expect(
      level(
        'Bönegruppen i Sankt Olofs församling – kontaktlista\n\nVi träffas varje onsdag kl. 18.30 för bön och bibelläsning.\n\nIngrid Lundberg, 070-234 56 78\nPer-Olof Nyberg, 073-345 67 89\n',
      ),
    ).toBe('special');
    expect(level('Gebetskreis St. Michael\n\nTeilnehmer: Ursula Franke, Heinz Vogel\n')).toBe('special');
  });

  it("reads a conference's speakers page as published with a bracketed remark after 'Speakers'", () => {
    const page =
      '# DataDays Dublin 2027 – Speakers (updated)\n\n**Aoife Brennan** – Head of Machine Learning, Tidewater Bank. Talk: "Fraud models that explain themselves".\n\n**Chiara Russo** – Researcher, University of Bologna. Talk: "Privacy-preserving analytics in practice".\n\nTickets from €249.\n';
    expect(level(page)).toBe('public');
  });
});

describe('session 58: a name that is a word elsewhere, after an elided word; a maximum before a number', () => {
  it("reads 'c'est Sam qui ouvre' as someone, after the elided 'c''", () => {
    expect(level("Petit mot pour l'équipe : samedi c'est Sam qui ouvre le magasin à ma place. Merci à lui !")).toBe('personal');
  });

  it("reads 'Max två gäster per medlem' as a maximum, not Max", () => {
    const notice =
      'Information till medlemmar\n\nAvgiften för 2027 är 450 kronor per person och betalas senast den 31 januari. Max två gäster per medlem får delta på årsfesten.\n';
    expect(level(notice)).toBe('public');
    expect(level(notice.replace('Max två gäster per medlem får', 'Max har ordnat två gäster som får'))).toBe('personal');
  });
});

describe("session 58: a Lithuanian eldership's head", () => {
  it("reads 'Seniūnas Vytautas Jonaitis' signing a district office's notice as his office", () => {
    const notice =
      'SKELBIMAS\n\nAntakalnio seniūnija informuoja, kad gruodžio 12 d. 10 val. seniūnijos salėje vyks gyventojų susirinkimas dėl naujos automobilių stovėjimo aikštelės.\n\nSeniūnas Vytautas Jonaitis\n';
    expect(level(notice)).toBe('public');
    expect(level(notice.replace('Seniūnas Vytautas Jonaitis', 'Vytautas Jonaitis, tel. 8 612 34567'))).toBe('personal');
  });
});

describe("session 58: a practice's heading in Italian, a training provider's catalogue", () => {
  it("reads 'Dott. Roberto Fontana – Medico di medicina generale' heading a practice's hours as the practice's", () => {
    const hours =
      'AMBULATORIO DI MEDICINA GENERALE\nDott. Roberto Fontana – Medico di medicina generale\n\nLunedì e mercoledì: 9:00–12:00\nVenerdì: 9:00–11:00 (solo su appuntamento)\n';
    expect(level(hours)).toBe('public');
    // A prescription signed so still names its patient.
    expect(level(`${hours}\nPaziente: Giorgio Bassi – amoxicillina 1 g due volte al giorno\n`)).not.toBe('public');
  });

  it('reads a training catalogue with its prices as published; without prices its trainers are colleagues', () => {
    const catalogue =
      'Catalogue des formations 2027 – CCI Occitanie\n\nExcel perfectionnement – 2 jours – 690 € HT\nFormatrice : Sandrine Roux, consultante en bureautique\n\nPrise de parole en public – 1 jour – 450 € HT\nFormateur : Karim Haddad, comédien et coach\n';
    expect(level(catalogue)).toBe('public');
    expect(level(catalogue.replace(/ – \d+ € HT/g, ''))).toBe('personal');
  });
});

describe("session 58: an election's candidates by their list, their votes or their party's label", () => {
  it("reads a numbered list under a candidates' label, where an election is told, as candidates", () => {
    const list =
      'ELEZIONI COMUNALI DI TREVISO – Lista n. 3 «Treviso Civica»\n\nCandidato sindaco: Giovanni Zanetti\n\nCandidati al consiglio comunale:\n1. Martina Pavan\n2. Luca Bortolin\n3. Elisa Dal Bo\n';
    expect(level(list)).toBe('public');
    // A course's participants under no candidates' label are people.
    expect(level(list.replace('Candidati al consiglio comunale:', 'Iscritti al corso di inglese:'))).toBe('personal');
  });

  it("reads an election's results by party label and votes in Finnish as published", () => {
    expect(
      level(
        'Kuntavaalit 2025 – Lahti, valitut valtuutetut\n\nKokoomus: Pekka Rantanen 1 244 ääntä, Sari Laine 987 ääntä\nSDP: Minna Koskinen 1 102 ääntä, Jari Heikkilä 860 ääntä\n\nÄänestysprosentti: 57,4.\n',
      ),
    ).toBe('public');
  });
});

describe("session 59: a package's release notes, an author's talk, a teaching timetable, a council's minutes", () => {
  it("reads notes titled by a package's name and full version as a release's, thanking contributors", () => {
    const notes =
      '# tablekit 3.1.0\n\n## Features\n- Sticky headers for long tables.\n\n## Fixes\n- Sorting no longer drops empty rows (#412).\n\nThanks to Ingrid Solberg and Tomasz Wilk for their contributions.\n';
    expect(level(notes)).toBe('public');
    // Without a release's title, the same thanks are a message's.
    expect(level(notes.replace('# tablekit 3.1.0', 'Hi all,'))).toBe('personal');
  });

  it("reads a library's programme with a talk's kind and its host's label mid-paragraph as a public event's", () => {
    const programme =
      'Program januari – Kulturhuset\n\nFörfattarsamtal: Maria Holm\n\nTorsdag 14 januari kl. 18.30. Maria Holm läser ur sin debutroman. Samtalsledare: bibliotekarie Erik Sund.\n\nFri entré.\n';
    expect(level(programme)).toBe('public');
    // A programme's host with their phone number is a contact to reach.
    expect(level(programme.replace('Fri entré.', 'Anmälan till Erik Sund, tel. 070-123 45 67.'))).not.toBe('public');
  });

  it("reads a course timetable whose only names stand in its lecturer's column as published", () => {
    const timetable =
      'subject;lecturer;day;time;room\nLinear algebra;Dr Helen Carter;Monday;09:00;B12\nStatistics;Prof. Omar Haddad;Tuesday;11:15;C04\nDatabases;Dr Julia Novak;Thursday;14:00;Lab 2\n';
    expect(level(timetable)).toBe('public');
    // A tutoring timetable naming its pupils in a column of their own is a record of them.
    expect(
      level('pupil;tutor;day;time\nSophie Turner;Dr Helen Carter;Monday;16:00\nLiam Walsh;Prof. Omar Haddad;Tuesday;17:15\n'),
    ).toBe('personal');
  });

  it("reads an elected council's minutes naming its members as published, not where a resident is named", () => {
    const minutes =
      'Protokoll der Sitzung des Gemeinderats Hallbergmoos vom 24. November 2026\n\nAnwesend: Bürgermeister Josef Hartl, Gemeinderäte Anna Berger, Stefan Maier, Lena Huber\n\nTOP 1: Haushalt 2027 – einstimmig beschlossen.\nTOP 2: Antrag von Stefan Maier auf eine Tempo-30-Zone – mit 3:1 Stimmen angenommen.\n';
    expect(level(minutes)).toBe('public');
    expect(
      level(`${minutes}TOP 3: Beschwerde von Frau Gisela Roth, Lindenweg 4, über Lärm am Bauhof – zur Kenntnis genommen.\n`),
    ).not.toBe('public');
    // A school's council is no elected authority: its parents and teachers stay named.
    expect(level(minutes.replace('des Gemeinderats Hallbergmoos', 'des Elternbeirats der Grundschule'))).toBe('personal');
  });
});

describe("session 59: a headline opening with a currency's sign, a quote after its speaker's colon, a review's author, a concert's credits, a part's player", () => {
  it('reads a headline opening with a currency sign as a headline', () => {
    const news =
      '€40m for a new tram line in Graz\n\nThe city council has approved a new tram line to the university hospital, to open in 2029.\n\n"This is the largest transport project in the city\'s history," said deputy mayor Judith Schwentner.\n';
    expect(level(news)).toBe('public');
    // A message under the same first line stays one.
    expect(level(news.replace('The city council', 'Hi Judith, the city council'))).not.toBe('public');
  });

  it("reads a speaker's full name after their calling, then a colon and a quote, as a reporter's quotation", () => {
    const news =
      'Calciomercato: il Torino prende un portiere svedese\n\nIl Torino ha chiuso per Oskar Lindberg, portiere classe 2002, che arriva dal Malmö per 6 milioni più bonus e firmerà fino al 2030.\n\nSoddisfatto il direttore sportivo Davide Vagnati: «Lo seguivamo da tempo».\n';
    expect(level(news)).toBe('public');
    // Without the quotation nothing marks a reporter's report.
    expect(level(news.replace(/\n\nSoddisfatto[^\n]*/, ''))).toBe('personal');
  });

  it("reads 'Review: <title> by <author>' as a review's headline; not a performance review of a name", () => {
    const review =
      '# Review: Winter Orchard by Daniel Osei\n\nDaniel Osei returns with a quiet novel about a family farm in Kent over one hard winter. The prose is plain and precise.\n\nPublished by Harbour Books, £14.99.\n';
    expect(level(review)).toBe('public');
    expect(
      level('Review: Daniel Osei, Q3\n\nDaniel Osei missed two deadlines this quarter and needs closer supervision.\n'),
    ).toBe('personal');
  });

  it("reads a concert's conductor and soloists by Hungarian credit labels, beside tickets, as credited", () => {
    const concert =
      'Adventi hangverseny a Zeneakadémián\n\nDecember 20-án 19 órakor a Budapesti Vonószenekar Vivaldi- és Bach-műveket játszik. Vezényel: Tóth Ádám. Közreműködik: Fehér Anna (hegedű) és Szűts Gergely (cselló).\n\nJegyek 4 500 forinttól kaphatók.\n';
    expect(level(concert)).toBe('public');
  });

  it("reads a review's players by their part after 'campe un' or in brackets after 'une', and the part's name elsewhere", () => {
    const review =
      "« Tartuffe » au Théâtre du Nord : un Orgon aveuglé et drôle\n\nLa mise en scène de Paul Mercier est sobre. Luc Ferrand campe un Orgon touchant, face à une Elmire (Sarah Blanc) très fine.\n\nJusqu'au 12 février.\n";
    expect(level(review)).toBe('public');
    // A party's guest list in a note stays personal.
    expect(level('Invités samedi : Luc Ferrand, Sarah Blanc et Paul Mercier. Apporter le dessert.\n')).toBe('personal');
  });
});

describe("session 59: a parliament's record naming its members by their party's code and its ministers by office", () => {
  it("reads a parliamentary question and its minister's answer as published, not a constituent's case in it", () => {
    const question =
      'Deutscher Bundestag – Ausschuss für Verkehr\nSchriftliche Frage Nr. 11/48 der Abgeordneten Anja Weber (SPD)\n\nWie viele Regionalzüge fielen im Oktober 2026 in Sachsen aus?\n\nAntwort des Bundesverkehrsministers Peter Lindner:\nIm Oktober 2026 fielen 3,8 Prozent der Regionalzüge aus.\n';
    expect(level(question)).toBe('public');
    // (A party beside a name outside such a record is read as the named person's allegiance: special.)
    expect(
      level(`${question}\nDer Fall von Herrn Klaus Richter aus Zwickau, dessen Zug dreimal ausfiel, wird geprüft.\n`),
    ).not.toBe('public');
    // A party's code after a name stands in no office outside a parliament's or an election's text.
    expect(level('Dienstplan Dezember\n\nFrühdienst: Anja Weber (SF), Peter Lindner (SF)\n')).toBe('personal');
  });
});

describe("session 59: a wine's sheet naming its winemaker", () => {
  it("reads a wine's sheet whose only name is its winemaker by calling as published; a customer's order is not", () => {
    const sheet =
      'Rioja Reserva 2019 «Viña Alta» (DOCa)\n\nCrianza: 24 meses en barrica de roble americano.\nNotas de cata: cereza madura, vainilla, final largo.\nMaridaje: cordero asado, quesos curados.\n\nEnólogo: Javier Arana. 14 % vol.\n';
    expect(level(sheet)).toBe('public');
    expect(level(sheet.replace('Enólogo: Javier Arana.', 'Pedido de Javier Arana, calle Mayor 4, Logroño: 6 botellas.'))).toBe(
      'personal',
    );
  });
});

describe("session 59: a wedding to a partner of the same sex, a party's membership form, a broadcaster's schedule", () => {
  it('reads a wedding to a partner whose word tells their sex as orientation where the names or the possessive agree', () => {
    expect(
      level('Cześć,\n\nzbieramy na prezent dla Pawła Nowaka – w sobotę bierze ślub ze swoim partnerem w Gdańsku.\n\nOla\n'),
    ).toBe('special');
    expect(
      level('Hallo Team,\n\nJonas Weber heiratet im Mai seinen Freund, wir sammeln für ein Geschenk.\n\nGruß, Sabine\n'),
    ).toBe('special');
    // A woman marrying her boyfriend, whoever else the sentence names, is no one's orientation told.
    expect(level("Hi all,\n\nTom Baker's sister marries her boyfriend in May, so Tom is off that week.\n\nSue\n")).toBe(
      'personal',
    );
    expect(level('Cześć,\n\nAnna Nowak w sobotę bierze ślub ze swoim partnerem w Gdańsku.\n\nOla\n')).toBe('personal');
  });

  it("reads a member's declaration that they share a party's principles as political", () => {
    expect(
      level(
        'SOLICITUD DE AFILIACIÓN\n\nNombre: Vicent Soler Ferrando\nAgrupación local: Russafa\n\nDeclaro compartir los principios y el ideario del partido.\n',
      ),
    ).toBe('special');
  });

  it("reads a broadcaster's schedule naming its presenters by its time lines as published, a film's title aside", () => {
    const schedule =
      'Radio Bremen – Programm am Samstag\n\n08:00 Der Morgen, mit Anna Lührs\n12:00 Mittagsmagazin, mit Jens Kuhl\n20:00 Hörspiel: Die Schmerzen der Stadt, von Katrin Holm\n';
    expect(level(schedule)).toBe('public');
    // An evening's plan in the first person is no broadcaster's.
    expect(level(schedule.replace('08:00 Der Morgen', '08:00 Ich hole'))).not.toBe('public');
  });

  it('does not read the Spanish "son" (are) as kin beside a name', () => {
    expect(
      level(
        'Programación de Radio Norte – sábado\n\n8:00 – «Buenos días», con Marta Gil\n12:00 – «Los días que son nuestros», con Pablo Ríos\n20:00 – «Noche abierta», con Lucía Vela\n',
      ),
    ).toBe('public');
  });
});

describe("session 59: a publisher's catalogue, a joint-stock company's board, a public defence, a songwriter", () => {
  it("reads a publisher's catalogue by its title and a book's format as the books'", () => {
    const catalogue =
      'Frühjahrskatalog 2027 – Ostseeverlag\n\nMaren Lüders\nDie Fähre\nRoman, 288 Seiten, gebunden, 24 Euro\n\nMaren Lüders (geb. 1979) lebt in Kiel. Ihr erster Roman wurde mehrfach ausgezeichnet.\n';
    expect(level(catalogue)).toBe('public');
    expect(level(catalogue.replace('Roman, 288 Seiten, gebunden, 24 Euro', 'Bestellung für Frau Lüders, Lieferung Montag'))).toBe(
      'personal',
    );
  });

  it("reads a management board's page as a company's beside a joint-stock company's form, not a club's", () => {
    const page =
      'Vorstand – Nordwind Energie AG\n\nVorstand\n\nDr. Jana Fischer – Vorsitzende des Vorstands\nSeit 2021 im Unternehmen, zuvor Finanzvorständin bei einem Netzbetreiber.\n\nMarkus Brandt – Finanzvorstand\nDiplom-Kaufmann, seit 2018 bei Nordwind.\n';
    expect(level(page)).toBe('public');
    expect(level(page.replace(/Nordwind Energie AG/g, 'Kleingartenverein Nordwind e. V.'))).toBe('personal');
  });

  it("reads a public doctoral defence's notice with its supervisor's label as a public event's", () => {
    const notice =
      'Fakultät für Physik – Öffentliche Disputation\n\nHerr M. Sc. Jonas Reuter verteidigt seine Dissertation „Spinwellen in dünnen Schichten".\n\nTermin: Freitag, 18. Dezember 2026, 10:00 Uhr, Hörsaal 2\nBetreuerin: Prof. Dr. Katrin Ahlers\n\nDie Disputation ist öffentlich.\n';
    expect(level(notice)).toBe('public');
  });

  it("reads a songwriter by their calling on a festival's line-up with tickets", () => {
    expect(
      level(
        'Festival Jižní Morava 2027 – první jména\n\nNa festivalu vystoupí písničkář Jan Burian a zpěvačka Marta Kubišová.\n\nVstupenky stojí 990 Kč.\n',
      ),
    ).toBe('public');
  });
});

describe("session 59: dependence on drink, an entry's birthplace and date, a cast's Dutch labels, an obituary's career", () => {
  it('reads a treatment for alcohol dependence in the Nordic and other languages as health', () => {
    expect(level('Anteckning\n\nAnders Holm går sedan november i behandling för alkoholberoende och arbetar halvtid.\n')).toBe(
      'special',
    );
    expect(level('Muistio\n\nJari Laine on ollut hoidossa alkoholiriippuvuuden takia lokakuusta asti.\n')).toBe('special');
  });

  it("reads an encyclopedia's lead with a birthplace and date in brackets as an entry's", () => {
    const entry =
      '# Inês Valente\n\n**Inês Valente** (Coimbra, 2 de junho de 1988) é uma nadadora portuguesa, especialista em estilo livre. Representou Portugal nos Jogos Olímpicos de 2016 e 2020 e foi campeã europeia dos 800 metros em 2018. Treina no Clube Fluvial Portuense desde 2005 e estuda engenharia civil na Universidade do Porto.\n';
    expect(level(entry)).toBe('public');
  });

  it("reads a Dutch cast's and a text's labels as credits beside tickets", () => {
    expect(
      level(
        'Het Zuidelijk Toneel – De Meeuw\nSchouwburg Tilburg, 10 januari, 20.15 uur\n\nTekst: Anton Tsjechov\nRegie: Noël Fischer\nSpel: Eva Duijvestein, Joris Smit\n\nKaarten: € 24 via de kassa.\n',
      ),
    ).toBe('public');
  });

  it("reads a Polish secretary of state on a parliament's committee agenda in office", () => {
    expect(
      level(
        'Sejm RP – Komisja Infrastruktury\nPorządek posiedzenia, 10 grudnia 2026 r.\n\n1. Projekt ustawy o drogach publicznych – referuje sekretarz stanu w Ministerstwie Infrastruktury Anna Kowalska.\n\nPrzewodniczący Komisji: poseł Jan Nowicki\n',
      ),
    ).toBe('public');
  });

  it("reads an institution's obituary of its emeritus, a remark after the life years, the career's end in it", () => {
    const obituary =
      'Professor Emerita Ruth Adler, 1938–2026 (obituary)\n\nThe Faculty is saddened to announce the death of Professor Emerita Ruth Adler, who taught in the Department of Chemistry from 1968 until her retirement in 2003.\n\nProfessor Adler led the first European study of catalytic converters and chaired the Royal Society of Chemistry from 1996 to 1998.\n';
    expect(level(obituary)).toBe('public');
    // A colleague's retirement told to the staff is the organisation's own news of its people.
    expect(level(obituary.replace('until her retirement in 2003', 'and whose retirement party is on Friday'))).toBe('personal');
  });
});

describe("session 59: a broadcast's or a podcast's transcript, scientists by their science", () => {
  it("reads a radio show's transcript with its speakers' labels as published; not a meeting's transcript", () => {
    const transcript =
      'Transcription – « Le grand entretien », Radio Nova, 4 décembre 2026\n\nLéa Salamé : Monsieur le ministre, bonjour.\nMarc Ferracci : Bonjour.\nLéa Salamé : Les usines ferment. Que faites-vous ?\nMarc Ferracci : Nous aidons les entreprises à investir.\n';
    expect(level(transcript)).toBe('public');
    expect(level(transcript.replace('« Le grand entretien », Radio Nova', 'réunion d’équipe du service achats'))).toBe(
      'personal',
    );
  });

  it("reads a podcast episode's transcript, its guest addressed by given name, as published", () => {
    expect(
      level(
        'Soil Matters – Episode 12: Worms and drought (transcript)\n\nHOST (Ben Carter): Welcome back. My guest is Dr. Aisha Khan, a soil ecologist at Cranfield University. Aisha, what do worms do in a drought?\n\nAISHA KHAN: They curl up deep down and wait.\n\nHOST: For how long?\n',
      ),
    ).toBe('public');
  });

  it('reads scientists named after their science in the Romance languages and others as in their calling', () => {
    expect(
      level(
        'La Universidad de Oviedo nombra doctores honoris causa a tres investigadores\n\nLa Universidad de Oviedo investirá en enero como doctores honoris causa al físico Juan Ignacio Cirac, a la química Pilar Goya y al matemático Manuel de León, por sus aportaciones a la ciencia española.\n',
      ),
    ).toBe('public');
  });
});

describe("session 59: a council's record names its members only; a resident named in it keeps it personal", () => {
  const record = (item: string) =>
    `Niederschrift über die Sitzung des Gemeinderats Eching vom 26. November 2026\n\nAnwesend: Erster Bürgermeister Sebastian Thaler, Gemeinderäte Maria Huber, Georg Wimmer,\nLisa Kern, Anton Berger\n\nTOP 2: Bericht von Bürgermeister Hans-Jörg Thaler\n${item}\n`;

  it("reads a council's record whose attendance list wraps onto a second line, a double given name after an office, as published", () => {
    expect(level(record('TOP 3: Haushalt 2027 – einstimmig beschlossen.'))).toBe('public');
  });

  it("reads a private applicant named in a council's record as a person (the published title's reading too)", () => {
    expect(level(record('TOP 3: Bauantrag von Herrn Franz Obermeier, Birkenweg 7, auf eine Doppelgarage – genehmigt.'))).not.toBe(
      'public',
    );
  });
});

describe("session 59: a death's French headline, a Spanish regional parliament, a CEO's foreword under the report's title, Czech TV listings", () => {
  it("reads 'Mort de la chanteuse …' as a death's headline", () => {
    expect(
      level(
        "Mort du peintre Pierre Soulanges, maître du noir\n\nLe peintre Pierre Soulanges est mort mardi à Nîmes, à l'âge de 99 ans, a annoncé sa famille à l'Agence France-Presse. Ses toiles sont exposées dans les plus grands musées du monde.\n",
      ),
    ).toBe('public');
  });

  it("reads a Spanish regional parliament's agenda naming a member by party as published", () => {
    expect(
      level(
        'Cortes de Aragón – Orden del día del Pleno\nSesión de 15 de diciembre de 2026\n\n1. Pregunta formulada al consejero de Fomento por la diputada Dña. Laura Pelegrina (PSOE) sobre el transporte a la demanda.\n2. Debate de la moción sobre la despoblación.\n',
      ),
    ).toBe('public');
  });

  it("reads a CEO's foreword titled after the report and a dash, signed with the office, as published", () => {
    expect(
      level(
        'Jaarverslag 2025 – Voorwoord van de CEO\n\nGeachte aandeelhouders,\n\nIn 2025 groeide onze omzet met 5 procent. Ik dank onze medewerkers voor hun inzet.\n\nPieter de Graaf\nChief Executive Officer\n',
      ),
    ).toBe('public');
  });

  it("reads a Czech television's evening listings as a broadcaster's schedule", () => {
    expect(
      level(
        'Nova – televizní program, neděle 13. prosince\n\n19:30 Televizní noviny, moderuje Lucie Borhyová\n20:20 Ordinace, hraje Jan Čenský\n22:00 Víkend, moderuje Markéta Fialová\n',
      ),
    ).toBe('public');
  });
});

describe("session 59: a declined Latvian illness, a Finnish speaker named before the verb, encyclopedia stubs' copulas", () => {
  it('reads chickenpox in the Latvian dative as health', () => {
    expect(level('Labrīt!\n\nMana meita Anna ir saslimusi ar vējbakām, šonedēļ strādāšu no mājām.\n\nJānis Kalniņš\n')).toBe(
      'special',
    );
  });

  it("reads a dash's quotation told by the speaker's name before the verb as a reporter's", () => {
    expect(
      level(
        'Mäkäräinen kolmas Kontiolahdella\n\nKaisa Mäkäräinen ampui puhtaasti ja sijoittui maailmancupin pikakilpailussa kolmanneksi sunnuntaina Kontiolahdella.\n\n– Ammunta onnistui hyvin, Mäkäräinen sanoi maalissa.\n',
      ),
    ).toBe('public');
  });

  it("reads an encyclopedia stub's lead by the Nordic copula or the Hungarian predicate", () => {
    expect(
      level(
        '# Karin Boye\n\nKarin Boye (1900–1941) var en svensk författare och poet. Hon debuterade 1922 med diktsamlingen Moln och skrev romanen Kallocain.\n\nHennes dikter läses fortfarande i skolan.\n',
      ),
    ).toBe('public');
    expect(
      level(
        '# Hosszú Katinka\n\n**Hosszú Katinka** (Pécs, 1989. május 3.) háromszoros olimpiai bajnok magyar úszó. A vegyesúszás világcsúcstartója, klubja az Iron Aquatics.\n',
      ),
    ).toBe('public');
  });
});

describe("session 60: a structured document's parties by their fields' paths", () => {
  it("reads a JSON delivery note's parties as companies by their paths, so the carrier's plate is a fleet's", async () => {
    const note = JSON.stringify({
      albaran: 'ALB-2026-0042',
      proveedor: { razonSocial: 'Envases Norte S.A.', almacen: 'Zaragoza' },
      cliente: { razonSocial: 'Conservas Sur S.L.', codigoCliente: 'C-0187' },
      transportista: 'Transportes Moncayo',
      matricula: '4821 KLM',
    });
    const extracted = await extractText(Buffer.from(note), 'albaran.json');
    expect(extracted.ok).toBe(true);
    const text = extracted.ok ? extracted.text : '';
    expect(level(text)).toBe('public');
    // A customer who is a person by the same paths: the plate is theirs.
    expect(level(text.replace('Conservas Sur S.L.', 'Lucía Martín Ortega'))).toBe('personal');
  });

  it('reads the Romanian currency after an amount as no pronoun speaking of someone', () => {
    const invoice =
      'FACTURĂ nr. 0042 din 30.11.2026\n\nFurnizor: Carpați Logistic S.R.L., CUI RO38418273\nCumpărător: Dunărea Foods S.A.\n\nTotal de plată: 11.746,68 lei\nCont: RO93 RNCB 0082 0441 8532 0001\n';
    expect(level(invoice)).toBe('public');
    // Without the amount, the Italian pronoun still speaks of someone beside the surname.
    expect(level(invoice.replace('11.746,68 lei', 'lei'))).toBe('personal');
  });

  it("reads documentation-range addresses listed under a heading of what visitors did as visitors'", () => {
    const report =
      'Rapport fail2ban – webserver shop01\n\nGeblokkeerd na 5 mislukte inlogpogingen (sshd):\n  203.0.113.18    14 pogingen   02:14\n  198.51.100.77    9 pogingen   03:41\n\nTotaal: 2 adressen.\n';
    expect(level(report)).toBe('personal');
    // A manual's list of its example network's machines is no one's.
    expect(level('Network layout\n\nMachines:\n  192.0.2.10   web server\n  192.0.2.11   database\n')).toBe('public');
  });

  it("reads Italy's e-invoicing recipient code as no person's number", () => {
    const config = 'servizio: fatturazione\nsdi.endpoint: https://sdi.example/ricezione\nsdi.codice_destinatario: M5UXCR1\n';
    expect(level(config)).toBe('public');
    // A parcel's recipient with a number is still someone's.
    expect(level('Spedizione 4418\nDestinatario: M5UXCR1\nConsegna: 02/12/2026\n')).toBe('personal');
  });

  it('reads names in a text all in lower case where a letter sets them: an address block, a signature, a reply', () => {
    // A title alone on its line over the name, as an address block writes it.
    expect(level('finanzamt freiburg\n\nherrn\nmatthias keller\nwiesentalstraße 12\n79115 freiburg\n\nbescheid für 2023\n')).toBe(
      'personal',
    );
    // A sign-off with the full name, the surname a word too.
    expect(level('danke für die hilfe beim umzug.\n\nviele grüße\nkatrin vogel\n')).toBe('personal');
    // A surname the lists lack, the name alone on its line over the writer's department.
    expect(level('warszawa, 30 listopada 2026 r.\n\ndawid goldberg\ndział it\n\nwniosek o urlop\n')).toBe('personal');
    // A greeting after its comma, a title before a field's value, a quoted reply's writer.
    expect(level('hola, lucía,\n\nte recuerdo la cita del martes a las 10.\n')).toBe('personal');
    expect(level('booking ref 4418\ntenant: ms olivia grant\nproperty: flat 2\n')).toBe('personal');
    expect(level('ok, see below.\n\non fri, 28 nov 2026 at 09:14, siobhan kelleher wrote:\n> the meter reads 4418\n')).toBe(
      'personal',
    );
    // Streets alone on their lines are no one's, nor a greeting to everyone.
    expect(level('streets on this round:\nchurchill way\nvictoria crescent\nnelson road\n')).toBe('public');
    expect(level('hi, all,\n\nthe office is closed on friday.\n')).toBe('public');
  });

  it('reads a Croatian joint-stock company by its form after its name, as a party between companies', () => {
    const invoice =
      'RAČUN br. 12-1-1\n\nIzdavatelj: Jadranska Logistika d.o.o., Split\nKupac: Slavonska Pekara d.d., Osijek\n\nUsluga prijevoza: 1.860,00 EUR\nIBAN: HR12 1001 0051 8630 0016 0\n';
    expect(level(invoice)).toBe('public');
    // A buyer who is a person: the account may be theirs.
    expect(level(invoice.replace('Slavonska Pekara d.d., Osijek', 'Ivana Horvat, Osijek'))).toBe('personal');
  });

  it('reads the Nordic "du" and "din" as the reader addressed in a Nordic text, not in a French or Romanian one', () => {
    const notice =
      'Hyresavi december 2026\n\nAvinummer 4481123\n\nHej! Här kommer din hyresavi för december. Betala senast den 30 november och ange avinumret som referens. Har du frågor om din hyra, kontakta kundtjänst.\n\nBostadsbolaget Gärdet AB\n';
    expect(level(notice)).toBe('personal');
    // The same reference line in a Romanian notice to everyone: "din" is "from" there.
    expect(level('Anunț nr. 4481123 din 03.11.2026\n\nProgramul de lucru al ghișeului se schimbă din decembrie.\n')).toBe(
      'public',
    );
  });

  it("reads a payment provider's published test cards in its sandbox guide as no one's", () => {
    const guide =
      'Use these card numbers in the sandbox only.\n\n| Scenario | Card number |\n| --- | --- |\n| Success | 4242 4242 4242 4242 |\n| 3-D Secure | 4000 0027 6000 3184 |\n| Declined | 4000 0000 0000 9995 |\n';
    expect(level(guide)).toBe('public');
    // Without the guide's words, a card number mostly of zeros is still a card someone holds.
    expect(level('Karte: 4000 0027 6000 3184, gültig bis 09/29, Inhaber Jan Becker')).toBe('personal');
  });
});
