// Text written all in capitals is read in title case, keeping identifiers and exact-case words as written, and again
// with the languages' frequent words in lower case.
import { describe, expect, it } from 'vitest';
import { capitalRuns, mostlyCapitals, namesCased, sentenceCased, titleCased } from '../../shared/domain/capitals.js';
import { classifyStream, classifyText } from '../../shared/domain/classify.js';

describe('text in capitals', () => {
  it('is told by the share of capitals among enough letters', () => {
    expect(mostlyCapitals('SEHR GEEHRTE FRAU WEBER, IHRE KRANKMELDUNG HABEN WIR ERHALTEN.')).toBe(true);
    expect(mostlyCapitals('Sehr geehrte Frau Weber, Ihre Krankmeldung haben wir erhalten.')).toBe(false);
    expect(mostlyCapitals('IBAN DE89 3704')).toBe(false);
  });

  it('is read in title case, its length kept, identifiers and exact-case words as written', () => {
    const text = 'ANNA SCHMIDT, IBAN DE89 3704 0044, NE46 3AB, P<GBRMCCARTHY<<AOIFE, ACME GMBH, SPD, ÉLODIE';
    const cased = titleCased(text);
    expect(cased).toBe('Anna Schmidt, Iban DE89 3704 0044, NE46 3AB, P<GBRMCCARTHY<<AOIFE, Acme GMBH, SPD, Élodie');
    expect(cased.length).toBe(text.length);
  });

  it('finds the names of a letter in capitals, not single words that are names too', async () => {
    const letter = 'SEHR GEEHRTE FRAU WEBER,\nIHRE KRANKMELDUNG HABEN WIR ERHALTEN. DIE UNTERLAGEN LEITEN WIR WEITER.';
    expect(classifyText(letter).sensitivity).toBe('special');
    expect(classifyText('TO: ANNA SCHMIDT\nRE: YOUR CLAIM NUMBER 44812 FOR THE WATER DAMAGE AT YOUR FLAT').sensitivity).toBe(
      'personal',
    );
    expect(classifyText('NOTICE TO ALL RESIDENTS: THE LIFT WILL BE CLOSED ON MONDAY. PLEASE USE THE STAIRS.').sensitivity).toBe(
      'public',
    );
    expect(classifyText('ACME GMBH, IBAN DE89 3704 0044 0532 0130 00, MUSTERSTRASSE 5, 10115 BERLIN').sensitivity).toBe('public');
    // The same answer whole or streamed.
    async function* pieces() {
      yield letter.slice(0, 20);
      yield letter.slice(20);
    }
    expect((await classifyStream(pieces())).findings).toEqual(classifyText(letter).findings);
  });

  it('is read again with frequent words, months and days in lower case, for the names of staff notes', () => {
    const note = 'MIA IST AB NÄCHSTER WOCHE DREI WOCHEN IN ELTERNZEIT, VERTRETUNG MACHT DAS TEAM.';
    expect(sentenceCased(note)).toBe('Mia ist AB Nächster Woche Drei Wochen in Elternzeit, Vertretung Macht das Team.');
    expect(sentenceCased('A PARTIR DE 3 DE MARÇO')).toBe('A Partir de 3 de março');
    expect(classifyText(note).sensitivity).toBe('personal');
    expect(classifyText('A CHAVE DA SALA DE REUNIÕES FICOU COM O BRUNO, PEÇAM-LHA SE PRECISAREM.').sensitivity).toBe('personal');
    expect(classifyText('A LOJA ESTÁ FECHADA DE 3 DE MARÇO A 10 DE MARÇO PARA OBRAS.').sensitivity).toBe('public');
    // Portuguese months as written before 2009, capitalised: no Marco.
    expect(classifyText('A loja está fechada de 3 de Março a 10 de Março para obras.').sensitivity).toBe('public');
    expect(classifyText('Verjaardagen maart\n  30  Marco Jansen').sensitivity).toBe('personal');
  });

  it('reads a run of lines in capitals in title case inside a text that is not (a letter after pages of prose)', () => {
    const prose = 'Opening hours change in summer, and the library closes at five on Fridays. '.repeat(30);
    const letter =
      "HOUSING DEPARTMENT\n\nDEAR MR O'SULLIVAN,\n\nWE WRITE TO CONFIRM THAT YOUR APPLICATION HAS BEEN APPROVED. PAYMENTS WILL BE MADE DIRECTLY TO YOUR LANDLORD.\n\nYOURS SINCERELY,\nHOUSING OFFICER\n";
    // From the blank line before it, which has no small letter either.
    expect(capitalRuns(`${prose}\n\n${letter}`)).toEqual([[prose.length + 1, prose.length + 2 + letter.length]]);
    expect(classifyText(`${prose}\n\n${letter}`).sensitivity).toBe('personal');
    // Headings alone are too short to be read so.
    expect(capitalRuns(`${prose}\nANNUAL REPORT 2025\n${prose}`)).toEqual([]);
  });

  it('reads a short note in capitals a third time, its words but names in lower case, even one under 40 letters', () => {
    expect(namesCased(titleCased('DAS PAKET FÜR JÜRGEN LIEGT AM EMPFANG.'))).toBe('Das paket für Jürgen liegt am empfang.');
    expect(classifyText('DAS PAKET FÜR JÜRGEN LIEGT AM EMPFANG.').sensitivity).toBe('personal');
    expect(classifyText("HAS ANYONE SEEN OMAR'S LAPTOP CHARGER?").sensitivity).toBe('personal');
    expect(classifyText('NADIA FIXED THE PRINTER ON THE 2ND FLOOR, THANKS!').sensitivity).toBe('personal');
    // Names that are words too stay words: a menu's pizzas.
    expect(classifyText('LE NOSTRE PIZZE\n\nMARGHERITA – POMODORO, MOZZARELLA, BASILICO – 6 €').sensitivity).toBe('public');
    // Months, streets and their names, a pizza and its price stay what they are.
    expect(classifyText('O CAFÉ LISBOA FECHA ÀS 18H DURANTE O MÊS DE AGOSTO.').sensitivity).toBe('public');
    expect(classifyText('SEXTA A DOMINGO: FARMÁCIA MODERNA, AVENIDA ENG. DUARTE PACHECO, 210').sensitivity).toBe('public');
    expect(classifyText('LA PIZZA MARGHERITA COSTA 7 EURO, CON BUFALA 9.').sensitivity).toBe('public');
    expect(classifyText('ROSA UND BLAU SIND DIE FARBEN DES VEREINS.').sensitivity).toBe('public');
    // The same name found weak and then strong counts once.
    expect(classifyText('DAS PAKET FÜR JÜRGEN LIEGT AM EMPFANG.').findings[0]?.count).toBe(1);
  });
});
