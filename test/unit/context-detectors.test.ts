import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../shared/domain/classify.js';
import {
  ANCIENT_YEAR,
  ancientYearMatches,
  dateOfBirthDetector,
  ENSEMBLE_UNDER,
  ensembleUnder,
  identityDocumentDetector,
  ipAddressDetector,
  machineReadableZoneDetector,
  personNameDetector,
  postalAddressDetector,
  vehicleRegistrationDetector,
} from '../../shared/domain/context-detectors.js';
import { allMatches } from '../../shared/domain/matches.js';

const values = (d: { find(t: string): Iterable<{ type: string; value: string }> }, text: string) =>
  [...d.find(text)].map((m) => `${m.type}=${m.value}`);

describe('IP addresses', () => {
  it('finds IPv4 and IPv6 addresses', () => {
    expect(values(ipAddressDetector, 'login from 192.168.10.24 at 10:00')).toEqual(['ip-address=192.168.10.24']);
    expect(values(ipAddressDetector, 'client 2a02:8070:85a3::8a2e:370:7334 connected')).toEqual([
      'ip-address=2a02:8070:85a3::8a2e:370:7334',
    ]);
  });
  it("reads multicast as no one's, link-local and unique local addresses weakly, the documentation prefix by where it stands (holdout-720)", () => {
    const weights = (text: string) => [...ipAddressDetector.find(text)].map((m) => m.confidence);
    expect(weights('Health checks can target an IPv6 address (for example 2001:db8::10).')).toEqual([]);
    // A visitor's, as synthetic and test data stand in for real visitors with it (holdout-1108).
    expect(weights('client 2001:0DB8:85a3::8a2e:370:7334 connected')).toEqual([0.85]);
    expect(weights('Health checks can target 2001:db8::10 over IPv6.')).toEqual([0.45]);
    expect(weights('join ff02::1:ff00:1 on start')).toEqual([]);
    expect(weights('from fe80::1c2a:3bff:fe4e:1 and fd12:3456:789a::1')).toEqual([0.45, 0.45]);
  });
  it("weighs a machine's address below a visitor's: resolvers, networks, ports, infrastructure words", () => {
    const weights = (text: string) => [...ipAddressDetector.find(text)].map((m) => m.confidence);
    expect(weights('nameserver 8.8.8.8\nnameserver 1.1.1.1')).toEqual([]);
    expect(weights('upstream backend { server 52.29.123.4:8080; }')).toEqual([0.45]);
    expect(weights('Allow inbound from 185.199.108.0/22.')).toEqual([0.45]);
    expect(weights('81.2.69.160 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200')).toEqual([0.8]);
    expect(weights('Client IP: 81.2.69.160')).toEqual([0.8]);
    // The documentation ranges (RFC 5737): a log's or a visitor's as any address, unless the text says it shows an
    // example; weak elsewhere; a machine's as any machine's (holdout-1108, holdout-595).
    expect(weights('203.0.113.45 - - [01/Dec/2026:09:14:02 +0100] "GET /basket HTTP/2.0" 200 5120')).toEqual([0.8]);
    expect(weights('Failed login for anna from 198.51.100.23')).toEqual([0.8]);
    expect(weights('Example log line:\n203.0.113.45 - - [01/Dec/2026:09:14:02 +0100] "GET / HTTP/2.0" 200')).toEqual([]);
    expect(weights('Point the agent at 192.0.2.10 and restart it.')).toEqual([0.45]);
    expect(weights('The load balancer (203.0.113.10) kept routing traffic.')).toEqual([0.45]);
    // "example" inside a domain says no example: "posteo-example.se", "shop.example/" (holdout-240).
    expect(
      weights('203.0.113.45 - - [29/Nov/2026:10:02:19 +0000] "POST /reset?email=k.l%40posteo-example.se HTTP/1.1" 302'),
    ).toEqual([0.8]);
    expect(weights('server: nginx, client 81.2.69.160, request "GET /"')).toEqual([0.8]);
  });
  it('ignores version numbers, out-of-range octets and times', () => {
    expect(values(ipAddressDetector, 'Release version 1.2.3.4, section 4.1.2.3, build 300.1.1.1, at 10:30:00')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it.each([
    ['Date of birth: 14/02/1985', '14/02/1985'],
    ['Geburtsdatum: 14.02.1985', '14.02.1985'],
    ['née le 3 mars 1990', '3 mars 1990'],
    ['data urodzenia 1985-02-14', '1985-02-14'],
    ['nascido em 14-02-1985', '14-02-1985'],
    // A Roman month, an ordinal day, an abbreviation's dot before the colon, a dash.
    ['Paciente nacida el 3-IV-1961', '3-IV-1961'],
    ['Né le 1er mars 1992 à Nantes', '1er mars 1992'],
    ['Data ur.: 14 lutego 1990', '14 lutego 1990'],
    ['data de nascimento – 05.06.1977', '05.06.1977'],
    // Hungarian, the year first; the place of birth before the date.
    ['Kovács Péter (szül.: Szeged, 1968. május 14.)', '1968. május 14.'],
    ['Születési idő: 1991.05.07.', '1991.05.07.'],
    ['Datum narození: 3. 4. 1975', '3. 4. 1975'],
    // Forms' short labels and a birthday with its year (session 50's probe).
    ['F. nac.: 12/03/1988', '12/03/1988'],
    ['Geb. datum: 12-03-1988', '12-03-1988'],
    ['Data de nasc.: 12/03/1988', '12/03/1988'],
    ['Geburtstag: 12. März 1988', '12. März 1988'],
  ])('finds %s', (text, value) => {
    expect(values(dateOfBirthDetector, text)).toEqual([`date-of-birth=${value}`]);
  });
  it('ignores dates that are not birth dates', () => {
    expect(values(dateOfBirthDetector, 'Invoice date: 14.02.2026. Due 2026-03-01.')).toEqual([]);
    expect(values(dateOfBirthDetector, 'Am 12. März 2026 feiert die Firma ihren Geburtstag: 100 Jahre.')).toEqual([]);
  });
});

describe('vehicles and machine-readable zones', () => {
  it.each([
    ['Kennzeichen: M-AB 1234', 'M-AB 1234'],
    ["plaque d'immatriculation AB-123-CD", 'AB-123-CD'],
    ['matrícula 1234 BCD', '1234 BCD'],
    ['kenteken 12-ABC-3', '12-ABC-3'],
    ['il veicolo targato GH 512 KL', 'GH 512 KL'],
    // After a word for the vehicle itself, only in a plate's own shape.
    ['issued to vehicle LK19 XRT on Elm Grove', 'LK19 XRT'],
    ['das Fahrzeug HH-KL 482 parkte', 'HH-KL 482'],
    ['le véhicule AB-123-CD', 'AB-123-CD'],
    ['un coche 1234 BCD', '1234 BCD'],
    ['tablica WA 12345', 'WA 12345'],
    ['Kennzeichen: W-12345A', 'W-12345A'],
  ])('finds the registration in %s', (text, value) => {
    expect(values(vehicleRegistrationDetector, text)).toEqual([`vehicle-registration=${value}`]);
  });

  it("takes no model for a plate after a word for the vehicle (it is no plate's shape)", () => {
    expect(values(vehicleRegistrationDetector, 'vehicle BMW X5 for sale')).toEqual([]);
    expect(values(vehicleRegistrationDetector, 'Fahrzeug VW T6 2019, 120.000 km')).toEqual([]);
    expect(values(vehicleRegistrationDetector, 'car park B2, level 3')).toEqual([]);
    expect(values(vehicleRegistrationDetector, 'car ISO 9001 certified')).toEqual([]);
  });

  it("reads the plates under a column the vehicle's word heads, in a plate's shape only", () => {
    const log = 'Datum;Naam;Kenteken;Pas\n16-11-2026;Joost Verhoeven;V-417-GK;B-014\n16-11-2026;Sanne Kuipers;;B-015\n';
    expect(values(vehicleRegistrationDetector, log)).toEqual(['vehicle-registration=V-417-GK']);
    const fleet = 'Matrícula,Modelo,Estado\n1234 BCD,Seat Ibiza,activo\nen taller,Renault Clio,baja\n';
    expect(values(vehicleRegistrationDetector, fleet)).toEqual(['vehicle-registration=1234 BCD']);
    // A header that only holds the word ("Kennzeichen der Lieferung") heads no plates.
    expect(values(vehicleRegistrationDetector, 'Kennzeichen der Lieferung,Menge\nAB-123-CD,4\n')).toEqual([]);
  });

  it('not where the word means something else', () => {
    expect(values(vehicleRegistrationDetector, 'Kennzeichen der Lieferung: siehe Anlage')).toEqual([]);
    expect(values(vehicleRegistrationDetector, 'placa de inducción de 60 cm')).toEqual([]);
  });

  it("finds a passport's or an identity card's machine-readable zone by its date of birth's check digit", () => {
    // ICAO 9303's specimen lines.
    const td3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
    expect(values(machineReadableZoneDetector, `Scan:\n${td3}\n`).map((v) => v.split('=')[0])).toEqual([
      'identity-document:passport',
    ]);
    const td1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';
    expect(values(machineReadableZoneDetector, td1).map((v) => v.split('=')[0])).toEqual(['identity-document:identity-card']);
    // One digit of the birth date changed: the check digit no longer agrees.
    expect(values(machineReadableZoneDetector, td3.replace('7408122', '7408132'))).toEqual([]);
  });
});

describe('identity documents', () => {
  it.each([
    ['Passport number: C01X00T47', 'passport', 'C01X00T47'],
    ['Reisepassnummer C01X00T47', 'passport', 'C01X00T47'],
    ['Personalausweis: L01X00T47', 'identity-card', 'L01X00T47'],
    ['carte d’identité n° 880692310285', 'identity-card', '880692310285'],
    ['legitymującą się dowodem osobistym nr CAX 418205', 'identity-card', 'CAX 418205'],
    ['Führerschein B072RRE2I55', 'driving-licence', 'B072RRE2I55'],
    ['prawo jazdy nr 01234/15/0101', 'driving-licence', '01234/15/0101'],
    // after a copula (session 50's probe)
    ['Meine Reisepassnummer lautet C01X00T47.', 'passport', 'C01X00T47'],
    ['Mi número de pasaporte es PAA123456.', 'passport', 'PAA123456'],
  ])('finds %s', (text, kind, value) => {
    expect(values(identityDocumentDetector, text)[0]).toBe(`identity-document:${kind}=${value}`);
  });
  it('needs digits after the keyword', () => {
    expect(values(identityDocumentDetector, 'Bring your passport and driving licence to the desk.')).toEqual([]);
    expect(values(identityDocumentDetector, 'Passport photos since 2019 are accepted.')).toEqual([]);
    expect(values(identityDocumentDetector, 'Der Reisepass ist ab 2027 teurer.')).toEqual([]);
  });
});

describe('person names', () => {
  const names = (text: string) => [...personNameDetector.find(text)].map((m) => m.value);

  it('finds names in person-specific fields, JSON paths and CSV columns', () => {
    expect(names('firstName: Jane\nNachname: Weber')).toEqual(['Jane', 'Weber']);
    expect(names('customer.name: Jane Roe\nemployees[0].name: Jan de Vries')).toEqual(['Jane Roe', 'Jan de Vries']);
    expect(names('Name: Anna Kowalska')).toEqual(['Anna Kowalska']);
    expect(names('customer_id,name,email\nC-1,Lukas Berger,l@example.com\nC-2,Sofia Marques,s@example.net')).toEqual([
      'Lukas Berger',
      'Sofia Marques',
    ]);
    expect(names('id;vorname;nachname\n1;Julia;Schneider')).toEqual(['Julia', 'Schneider']);
    expect(names('# synthetic export\n\ncustomer_id,name,email\nC-1,Lukas Berger,l@example.com')).toEqual(['Lukas Berger']);
  });

  it("reads a form's table of labels and values as rows, not as a column of names under its first label", () => {
    expect(names('Salarié\tKevin Lambert\nPoste\tPréparateur de commandes\nTémoin\tSophie Marchand').sort()).toEqual([
      'Kevin Lambert',
      'Sophie Marchand',
    ]);
  });

  it('leaves organisation and product names alone', () => {
    expect(names('branches[0].name: Central Library\nproduct.name: Reading Lamp')).toEqual([]);
    expect(names('Name: Northwind Libraries GmbH')).toEqual([]);
    expect(names('Name: Catalogue')).toEqual([]);
    expect(names('name,district,readingRooms\nCentral Library,Old Town,3')).toEqual([]);
  });
});

describe('postal addresses', () => {
  const found = (text: string) => [...postalAddressDetector.find(text)].map((m) => m.value);
  it.each([
    'Hafenstraße 5, 20457 Hamburg',
    'Via Roma 1, 20121 Milano',
    '12 rue de la Paix, 75002 Paris',
    'Calle Mayor 10, 28013 Madrid',
    'Keizersgracht 123, 1015 CJ Amsterdam',
    'ul. Marszałkowska 10, 00-590 Warszawa',
    'Rua Augusta 100, 1100-053 Lisboa',
    // UK: the house number before the street's name, the town before the postcode.
    '41 Cedar Road, Leeds LS6 2AB',
    '23 Holloway Gardens\nNorwich NR3 1JP',
    // A district and a comma before the UK postcode; a dash before the postcode (holdout-161).
    '14 Larch Close, Didsbury, M20 6RT',
    // A Welsh street word; a Dutch floor after the house number (holdout-163).
    '9 Heol y Nant, Cardiff CF14 6BX',
    'Prinsengracht 14-II, 1015 DX Amsterdam',
    // A comma between the street's name and its number, as Portuguese addresses write it (holdout-168).
    'Rua da Liberdade, 52, 2500-123 Caldas',
    'Calle de Sagunto 22, 3.º B – 46009 Valencia',
    // A floor and door after the house number.
    'Calle de Alcalá 214, 4º B, 28028 Madrid',
    'Calle Delicias 41, 3.º B, 50017 Zaragoza',
    // A floor and a door both numbered ("4.º 8.ª", as Valencia writes them).
    'calle Sueca 61, 4.º 8.ª, 46006 Valencia',
    'Rua de Cedofeita 310, 2.º Esq., 4050-174 Porto',
    'Podbielskistraße 118, 2. OG links\n30177 Hannover',
    // A flat after the house number; a street named by its ending only.
    'ul. Szosa Chełmińska 48/7, 87-100 Toruń',
    // A Polish flat ("m.", "lok.") after the house number.
    'ul. Kościuszki 57 m. 9, 45-062 Opole',
    'ul. Długa 5 lok. 12, 00-238 Warszawa',
    'Lutterufer 22, 33602 Bielefeld',
    // Swedish, Czech and Greek postcodes of 3 + 2 digits; a Swedish flat ("lgh") after the house number.
    'Kopparbergsvägen 27 B, lgh 1103, 722 13 Västerås',
    'Vesterbrogade 14, 1620 København',
    'náměstí Míru 12, 120 00 Praha',
    // Hungarian: the postcode and town first.
    '6720 Szeged, Kárász utca 9.',
  ])('finds %s', (address) => {
    expect(found(`Address: ${address}`)).toEqual([address]);
  });
  it.each([
    // After an address's label, a street's name needs no street word.
    ['Adresa: Put Supavla 8, 21000 Split', 'Put Supavla 8, 21000 Split'],
    ['Anschrift: Am Anger 4, 99084 Erfurt', 'Am Anger 4, 99084 Erfurt'],
    ['Osoite: Hämeenpuisto 20 B 14, 33210 Tampere', 'Hämeenpuisto 20 B 14, 33210 Tampere'],
    // Baltic postcodes with their country's letters, before or after the town; Malta's; Bulgarian town first.
    ['gyvenančio Savanorių pr. 112-7, LT-03150 Vilnius', 'pr. 112-7, LT-03150 Vilnius'],
    ['Brīvības iela 112-5, Rīga, LV-1001', 'iela 112-5, Rīga, LV-1001'],
    ['12, Triq il-Kbira\nĦal Qormi QRM 1234', '12, Triq il-Kbira\nĦal Qormi QRM 1234'],
    ['адрес: гр. София 1000, ул. „Граф Игнатиев“ № 15', 'София 1000, ул. „Граф Игнатиев“ № 15'],
  ])('finds %s', (text, address) => {
    expect(found(text)).toEqual([address]);
  });
});

describe('weak evidence', () => {
  it('does not make a document personal alone, but counts beside a person', () => {
    expect(classifyText('Lanterna Servizi S.p.A., Via Roma 1, 20121 Milano').sensitivity).toBe('public');
    const c = classifyText('Mr Jan Kowalczyk, Keizersgracht 123, 1015 CJ Amsterdam');
    expect(c.sensitivity).toBe('personal');
    expect(c.findings.map((f) => f.type)).toContain('postal-address');
  });
});

/** Random texts joined from `tokens`, up to `maxLength` of them, each held to `check` (a gate against the pattern it gates). */
const holdsOnTextsOf = (tokens: readonly string[], maxLength: number, check: (text: string) => void) =>
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...tokens), { maxLength }).map((words) => words.join('')),
      (text) => {
        check(text);
      },
    ),
    { numRuns: 3000 },
  );

describe('ancientYearMatches', () => {
  /** Runs of digits as [start, end) pairs, as the scan records them. */
  const runsOf = (text: string) => {
    const runs: number[] = [];
    for (const m of text.matchAll(/\d+/g)) runs.push(m.index, m.index + m[0].length);
    return runs;
  };
  const plain = (ms: readonly RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], m[1]]);
  it('finds what the pattern tried at every position finds', () => {
    // biome-ignore format: a word table reads best packed
    const tokens = [
      ' ', '  ', '\t', '\n', '.', '. ', '!', ',', '(', ')', '"', ':', 'in', 'In', 'dal', 'al', 'wurde', 'anno', 'the',
      'intorno al', 'kolem roku', 'von', 'since', 'seit', 'Label name', 'built', 'people', '€', '%', 'jahren', 's', 'er',
      '1066', '1850', '1492', '1999', '2026', '12', '10100', '1850.5', '1900,', 'x', 'Anna',
    ];
    holdsOnTextsOf(tokens, 40, (text) =>
      expect(plain(ancientYearMatches(text, runsOf(text)))).toEqual(plain(allMatches(ANCIENT_YEAR, text))),
    );
  });
  it("reads the labeled sets' kind of year as before", () => {
    const text =
      'Die Kirche wurde 1756 nach Plänen errichtet.\n1891: Umbau.\nacquired:    1838, dono della famiglia (1648) dal 1469 al 1492';
    expect(plain(ancientYearMatches(text, runsOf(text)))).toEqual(plain(allMatches(ANCIENT_YEAR, text)));
    expect(ancientYearMatches(text, runsOf(text)).map((m) => m[1])).toEqual(['1756', '1891', '1838', '1648', '1469']);
  });
});

describe('ensembleUnder', () => {
  it('answers as the pattern it gates', () => {
    // biome-ignore format: a word table reads best packed
    const tokens = [
      ' ', '\t', '  ', 'das', 'Gewandhausorchester', 'orchestra', 'Orquesta', 'unter', 'UNTER', 'sotto', 'under', 'xunter',
      'bajo', 'pod', ':', 'é', '𝒜', 'Anna', 'di',
    ];
    holdsOnTextsOf(tokens, 12, (before) => expect(ensembleUnder(before)).toBe(ENSEMBLE_UNDER.test(before)));
  });
});
