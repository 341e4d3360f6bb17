import { describe, expect, it } from 'vitest';
import { classifyText } from '../../shared/domain/classify.js';
import {
  joinedWords,
  jsonMembers,
  lineFeeds,
  plainSpaces,
  unemphasised,
  unquoted,
  unwrapped,
} from '../../shared/domain/spacing.js';

describe("words a line's end broke with a hyphen", () => {
  it("reads them whole, keeping the text's length, not before a conjunction", () => {
    const text = 'wegen einer Lungen-\nentzündung im Kranken-\r\nhaus, am Ein-\nund Ausgang';
    const joined = joinedWords(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).toContain('Lungenentzündung\n ');
    expect(joined).toContain('Krankenhaus\r\n ');
    expect(joined).toContain('Ein-\nund');
  });

  it('so that a sick note printed with hyphens is still one (the terms were cut before)', () => {
    expect(classifyText('Herr Jonas Weber ist ar-\nbeitsunfähig.').sensitivity).toBe('special');
    expect(classifyText('Mme Claire Dubois est en arrêt de tra-\nvail pour une dépres-\nsion.').sensitivity).toBe('special');
  });
});

describe('no-break spaces and soft hyphens', () => {
  it("read as spaces and whole words, keeping the text's length", () => {
    const text = 'Frau\u00a0Anna\u00a0Weber, Lungen\u00adentzündung';
    const plain = plainSpaces(text);
    expect(plain).toHaveLength(text.length);
    expect(plain).toBe('Frau Anna Weber, Lungenentzündung\u00ad');
    expect(classifyText('Herr Jonas Weber ist arbeits\u00adunfähig.').findings.map((f) => f.type)).toContain('special:health');
    expect(classifyText('Termin mit Anna\u00a0Weber am Montag.').findings[0]?.confidence).toBe(0.7);
  });
});

describe('accents as combining marks', () => {
  it('read composed, as the lists hold them (NFD text from PDFs and macOS files)', () => {
    const text = 'Herr Jürgen Müller ist arbeitsunfähig.'.normalize('NFD');
    const values: { type: string; value: string }[] = [];
    const c = classifyText(text, values);
    expect(c.sensitivity).toBe('special');
    expect(values.find((v) => v.type === 'person-name')?.value).toBe('Jürgen Müller');
  });
});

describe("Windows' and old Macs' line ends", () => {
  it("read as line feeds, keeping the text's length; a carriage return that ends the text waits for its line feed", () => {
    expect(lineFeeds('Anna Weber\r\nKerkstraat 5\rAmsterdam\r')).toBe('Anna Weber \nKerkstraat 5\nAmsterdam\r');
  });

  it('so that a text saved on Windows reads as the same text with line feeds (a probe of the bench found 4 that did not)', () => {
    // holdout-110's water cut notice: streets in the genitive, listed after "v těchto ulicích:".
    const text = [
      'Vodárny Kladno-Mělník a.s. oznamují, že bude přerušena dodávka pitné vody v těchto ulicích:',
      '',
      'Kladno – Kročehlavy: Americká, Václava Pirkla, Jana Palacha (č. p. 1200–1260), Fr. Kloze.',
      '',
      'Náhradní zásobování bude zajištěno cisternou na rohu ulic Americká a Václava Pirkla.',
      '',
      'Děkujeme za pochopení.',
      'Zákaznická linka: 840 111 322',
      '',
    ].join('\n');
    const windows = text.replace(/\n/g, '\r\n');
    expect(classifyText(windows)).toEqual(classifyText(text));
  });
});

describe('quoted replies and emphasis', () => {
  it("read a reply's quoted lines as the lines they quote, keeping the text's length", () => {
    expect(unquoted('Thanks!\n> Hi, it keeps failing.\n>> Thanks, Hollie\n> > Ravi')).toBe(
      'Thanks!\n  Hi, it keeps failing.\n   Thanks, Hollie\n    Ravi',
    );
    // A probe quoted every line of the bench's text files with "> ": 68 changed level before, 52 of them leaks.
    const note = 'Hi Laura,\nMarta is off sick today with the flu.\nCheers,\nTom';
    const quoted = note
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    expect(classifyText(quoted).sensitivity).toBe(classifyText(note).sensitivity);
  });

  it("read Markdown's emphasis around words as spaces, not inside identifiers or sums", () => {
    expect(unemphasised('Thanks to **Priya** for it, and _Jonas_.')).toBe('Thanks to   Priya   for it, and  Jonas .');
    expect(unemphasised('first_name, last_name, 2*3*4')).toBe('first_name, last_name, 2*3*4');
    expect(classifyText('Thanks to **Priya** for organising the party.').sensitivity).toBe('personal');
  });

  it("takes no field described by its own name for its password (a README's list of formats)", () => {
    expect(classifyText('- _password_: password string according to the specification').sensitivity).toBe('public');
    expect(classifyText('DB_PASSWORD=password').sensitivity).toBe('internal');
  });
});

describe('JSON on one line', () => {
  it('reads one member per line, keeping the text length', () => {
    const line = '{"kunde": {"vorname": "Lena", "nachname": "Krüger"}}';
    const read = jsonMembers(line);
    expect(read).toHaveLength(line.length);
    expect(read).toBe('\n kunde : \n vorname :  Lena \n  nachname :  Krüger }}');
    // One member per line already, and code that builds an object, stay as they are.
    expect(jsonMembers('  "vorname": "Lena",')).toBe('  "vorname": "Lena",');
    expect(jsonMembers('qs.stringify({ "first": "John", "last": "Doe" })')).toBe(
      'qs.stringify({ "first": "John", "last": "Doe" })',
    );
  });

  it("finds the names of a log line's payload and of a minified export", () => {
    const log = '2026-11-02T10:00:00Z INFO created {"kunde": {"vorname": "Lena", "nachname": "Krüger", "plz": "10115"}}';
    expect(classifyText(log).sensitivity).toBe('personal');
    expect(classifyText('{"user": {"given_name": "Emma", "family_name": "Brown"}}').sensitivity).toBe('personal');
    // A placeholder in an API guide is no one.
    expect(
      classifyText('POST /v2/payouts {"beneficiary": {"name": "Jane Example", "iban": "DE89370400440532013000"}}').sensitivity,
    ).toBe('public');
  });
});

describe('prose wrapped at a width reads as the lines it was written in', () => {
  it('joins the lines a wrapping tool broke, not a chat, a list, a CSV or a signature', () => {
    const wrapped =
      'Liebe Kolleginnen und Kollegen, ab Montag übernimmt die Vertretung im Sekretariat\nFrau Albrecht, die ihr direkt unter der Durchwahl 0711 2845-318 erreicht, solange\nHerr Weber in Elternzeit ist. Bitte schickt Anfragen zur Reisekostenabrechnung\nweiterhin an die bekannte Adresse, nicht an sie persönlich. Vielen Dank euch allen.\nJana';
    expect(unwrapped(wrapped)).toHaveLength(wrapped.length);
    expect(unwrapped(wrapped)).toContain('Sekretariat Frau Albrecht');
    expect(unwrapped(wrapped)).toContain('allen.\nJana');
    const chat =
      "[08:02] Hannah: morning Mark, I won't make it in today\n[08:02] Hannah: migraine again, third one this week. Seeing the doctor at 11\n[08:05] Mark: oh no, take care. I'll move your 10:00 with the auditors\n[08:06] Hannah: thanks. GP thinks it might be my new blood pressure tablets";
    expect(unwrapped(chat)).toBe(chat);
    const prices =
      "Rosa 'Queen Elizabeth' (struikroos, roze), pot 3 l ............ € 7,99\nClematis 'Nelly Moser' (klimplant), pot 2 l .................... € 9,49\nHortensia 'Annabelle', pot 5 l ................................ € 12,99\nHelleborus niger 'Christmas Carol' (kerstroos) ................. € 6,49";
    expect(unwrapped(prices)).toBe(prices);
    const csv =
      'date,description,amount,balance\n2026-11-03,Card payment Tesco Stores 3021 Leeds,-45.20,1204.11\n2026-11-04,Transfer to A Kowalski rent November,-650.00,554.11\n2026-11-05,Salary Northwind Logistics Ltd November,2140.00,2694.11';
    expect(unwrapped(csv)).toBe(csv);
  });

  it("reads a paragraph's short last line as its prose, so that a paragraph of two lines reads joined", () => {
    const wrapped =
      'Jeugdtoernooi\nOp zaterdag 19 december organiseren we het Kersttoernooi in sporthal De\nZijl. Teams kunnen zich tot 10 december aanmelden via de website.\n\nKantinediensten\nWe zoeken nog ouders voor de kantinediensten in januari. Vele handen\nmaken licht werk!\n\nUitje\nMet de selectie bezoeken we op 9 januari de wedstrijd in de Johan\nCruijff ArenA. Vertrek om 17.30 uur vanaf het clubhuis.\n';
    expect(unwrapped(wrapped)).toContain('in de Johan Cruijff ArenA');
    expect(unwrapped(wrapped)).toContain('Vele handen maken licht werk!\n\nUitje');
    // A signature's short line after a paragraph is no paragraph's last line: a line does not end near the width there.
    const signed = 'Thanks for sending the figures over so quickly, they look good to me now.\nAnna Weber';
    expect(unwrapped(signed)).toBe(signed);
  });
});
