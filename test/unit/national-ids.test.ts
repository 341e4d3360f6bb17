// National identifiers: valid with context, valid without context, invalid checksum.
import { describe, expect, it } from 'vitest';
import { nationalIdDetector, nhsNumberValid } from '../../shared/domain/national-ids.js';

const found = (text: string) => [...nationalIdDetector.find(text)].map((m) => m.type);

// [type, context label, valid value, the same with a wrong check digit]
const CASES: [string, string, string, string][] = [
  ['national-id:de-tax-id', 'Steuer-ID:', '36574261809', '36574261808'],
  ['national-id:fr-nir', 'Numéro de sécurité sociale :', '2 95 10 99 126 111 93', '2 95 10 99 126 111 94'],
  ['national-id:it-codice-fiscale', 'Codice fiscale:', 'RCCMNL83S18D969H', 'RCCMNL83S18D969A'],
  ['national-id:es-dni', 'DNI:', '54362315K', '54362315A'],
  ['national-id:es-nie', 'NIE:', 'X2482300W', 'X2482300A'],
  ['national-id:nl-bsn', 'BSN:', '111222333', '111222334'],
  ['national-id:be-national-number', 'Rijksregisternummer:', '85.07.30-033.28', '85.07.30-033.29'],
  ['national-id:pl-pesel', 'PESEL:', '44051401359', '44051401358'],
  ['national-id:pt-nif', 'NIF:', '123456789', '123456788'],
  ['national-id:se-personnummer', 'Personnummer:', '880320-0016', '880320-0017'],
  ['national-id:fi-hetu', 'Henkilötunnus:', '131052-308T', '131052-308U'],
  ['national-id:dk-cpr', 'CPR-nummer:', '211062-5629', '321062-5629'], // CPR has no check digit since 2007: an impossible date instead
  ['national-id:de-social-security', 'Rentenversicherungsnummer:', '12 150980 M 004', '12 150980 M 005'],
  ['national-id:at-social-security', 'Sozialversicherungsnummer:', '1237 010180', '1238 010180'],
  ['national-id:ie-ppsn', 'PPS number:', '6433435F', '6433435G'],
  ['national-id:cz-birth-number', 'Rodné číslo:', '7103192745', '7103192746'],
  ['national-id:ro-cnp', 'CNP:', '1630615123457', '1630615123458'],
  ['national-id:bg-egn', 'ЕГН:', '7523169263', '7523169264'],
  ['national-id:ee-isikukood', 'Isikukood:', '48809174872', '48809174873'],
  ['national-id:lt-asmens-kodas', 'Asmens kodas:', '39103227589', '39103227580'],
  ['national-id:lv-personas-kods', 'Personas kods:', '120589-04765', '120589-04766'],
  ['national-id:si-emso', 'EMŠO:', '2306984500520', '2306984500521'],
  ['national-id:gr-amka', 'ΑΜΚΑ:', '14038273703', '14038273704'],
  ['national-id:hr-oib', 'OIB:', '89695567788', '89695567789'],
  ['national-id:no-fodselsnummer', 'Fødselsnummer:', '21079092212', '21079092213'],
  ['national-id:is-kennitala', 'Kennitala:', '120174-0020', '120174-0030'],
  ['national-id:uk-nino', 'National Insurance number:', 'JG 10 37 21 C', 'QQ 10 37 21 C'],
  ['national-id:uk-nhs-number', 'NHS number:', '943 476 5919', '943 476 5918'],
  ['national-id:ch-ahv', 'AHV-Nr.:', '756.9217.0769.85', '756.9217.0769.84'],
];

describe('national identifiers', () => {
  it.each(CASES)('%s: found with its label, not with a wrong check digit', (type, label, valid, invalid) => {
    expect(found(`${label} ${valid}`)).toContain(type);
    expect(found(`${label} ${invalid}`)).not.toContain(type);
  });

  it('counts digit-only numbers only with a context word, distinctive formats without', () => {
    expect(found('Order 111222333 shipped')).toEqual([]); // a valid BSN by checksum, but no context
    expect(found('Invoice 44051401359 paid')).toEqual([]); // a valid PESEL by checksum, but no context
    expect(found('Ref RCCMNL83S18D969H')).toContain('national-id:it-codice-fiscale');
    expect(found('see 756.9217.0769.85')).toContain('national-id:ch-ahv');
  });

  it("counts every row under a column the scheme's word heads, not only the first (holdout-176)", () => {
    const table =
      'n_utente;nome;nif\n200341;Manuel Lopes;123456789\n200342;Fernanda Antunes;245678913\n200343;Joaquim Matos;198765436';
    expect(found(table)).toEqual(['national-id:pt-nif', 'national-id:pt-nif', 'national-id:pt-nif']);
  });

  it("reads the Czech and the Slovak birth number, one scheme, once, named by the text's letters", () => {
    expect(found('Žádost o potvrzení\nJméno: Jan Novák, rodné číslo 7103192745, bydliště Brno')).toEqual([
      'national-id:cz-birth-number',
    ]);
    expect(found('Žiadosť o vydanie potvrdenia\nMeno a priezvisko: Ján Novák\nRodné číslo: 7103192745')).toEqual([
      'national-id:sk-birth-number',
    ]);
  });

  it("reads a foreign resident's Romanian CNP, whose first digit is 9", () => {
    expect(found('CNP: 9900514467863')).toContain('national-id:ro-cnp');
  });

  it('reads the forms that written numbers take: a NIE with hyphens, an abbreviated Belgian label', () => {
    expect(found('NIE del solicitante: Y-1813801-N')).toContain('national-id:es-nie');
    expect(found('NIE del solicitante: Y-1813801-A')).not.toContain('national-id:es-nie');
    expect(found('Rijksregisternr. van het kind: 91.05.12-326.96')).toContain('national-id:be-national-number');
    expect(found('N° de registre national : 91.05.12-326.96')).toContain('national-id:be-national-number');
  });

  it('reads a DNI in dotted thousands, a codice fiscale typed in small letters, an NIR as the carte Vitale prints it (holdout-277)', () => {
    expect(found('su DNI anterior, el 48.213.907-L, no sirve')).toContain('national-id:es-dni');
    expect(found('su DNI anterior, el 48.213.907-A, no sirve')).not.toContain('national-id:es-dni');
    expect(found('[09:41] codice fiscale bncgli87c54f205a')).toContain('national-id:it-codice-fiscale');
    expect(found('[09:41] codice fiscale bncgli87c54f205b')).toEqual([]);
    // Letters of both cases are no one's code.
    expect(found('ref BncGli87c54F205a')).toEqual([]);
    // The carte Vitale's seven groups need no word; the same digits packed do.
    expect(found("Numéro d'immatriculation de l'assuré(e) : 2 87 03 69 123 456 55")).toContain('national-id:fr-nir');
    expect(found('Trajets remboursés : 2 87 03 69 123 456 55')).toContain('national-id:fr-nir');
    expect(found('Trajets remboursés : 287036912345655')).toEqual([]);
  });

  it("takes the first number after the scheme's word in the same sentence, not across its end (holdout-277)", () => {
    const message =
      'fehlt mir noch die neue Steuer-ID von unserer Werkstudentin, die Bescheinigung vom Bundeszentralamt kam gestern per Post: 57 382 910 462.';
    expect(found(message)).toContain('national-id:de-tax-id');
    // Another number between, a sentence's end or a blank line: the word is not this number's.
    expect(found(message.replace('gestern', 'am 24.11.'))).toEqual([]);
    expect(found(message.replace('Werkstudentin,', 'Werkstudentin. Die'))).toEqual([]);
    expect(
      found(
        '// Validates a Swedish personnummer (YYMMDD-NNNC) with the Luhn algorithm.\n// Example from the documentation: 811218-9876.',
      ),
    ).toEqual([]);
  });

  it("reads a scheme's documented example as weak where the text says it shows examples (holdout-290)", () => {
    const confidences = (text: string) => [...nationalIdDetector.find(text)].map((m) => m.confidence);
    expect(confidences('- NHS numbers: accept the grouped form, for example "943 476 5919"')).toEqual([0.3]);
    // An example's word on another line does not make the number an example.
    expect(confidences('- NHS numbers: accept the grouped form "943 476 5919"\n- Docs: example values moved')).toEqual([0.95]);
    // Without an example's word, or another valid number: as any.
    expect(confidences('NHS number: 943 476 5919')).toEqual([0.95]);
    expect(confidences('For example, the NHS number 401 023 2137')).toEqual([0.95]);
  });

  it("does not take a company's number for a person's (Iceland's kennitala numbers both)", () => {
    expect(found('Kennitala: 450401-3150')).toEqual([]);
    // Croatia's OIB numbers both: a company's after its legal form on the line or the one before.
    expect(found('Izdavatelj: Jadran Tisak d.o.o., Zagreb\nOIB: 89695567788')).toEqual([]);
    expect(found('Zaposlenik: Ivana Horvat\nOIB: 89695567788')).toEqual(['national-id:hr-oib']);
  });

  it('validates NHS numbers with their mod-11 check digit', () => {
    expect(nhsNumberValid('9434765919')).toBe(true);
    expect(nhsNumberValid('9434765918')).toBe(false);
    expect(nhsNumberValid('12345')).toBe(false);
  });
});
