import { describe, expect, it } from 'vitest';
import { classifyText, type FoundValue } from '../../shared/domain/classify.js';

describe('classifyText', () => {
  it('calls a text without identifiers public', () => {
    const c = classifyText('The library opens three new reading rooms in March. Visitors are welcome.');
    expect(c.sensitivity).toBe('public');
    expect(c.findings).toEqual([]);
  });

  it('calls identifiers personal and counts them by type', () => {
    const c = classifyText('Contact anna.weber@example.com or b.nowak@example.com, IBAN DE14 1607 6502 1569 5447 31');
    expect(c.sensitivity).toBe('personal');
    expect(c.findings).toContainEqual(expect.objectContaining({ type: 'email', count: 2 }));
    expect(c.findings).toContainEqual(expect.objectContaining({ type: 'iban', count: 1 }));
  });

  it('calls health data about a person special, and a text about a disease not', () => {
    expect(classifyText('Patient: Herr Markus Weber\nDiagnose: Bronchitis, Behandlung mit Antibiotika.').sensitivity).toBe(
      'special',
    );
    const article = classifyText('Diabetes affects millions of people. New treatment options are being studied.');
    expect(article.sensitivity).toBe('public');
    expect(article.reasons.join(' ')).toMatch(/no person in view/);
  });

  it('recognises special categories in several languages', () => {
    expect(classifyText('Mme Claire Dubois nous informe de son adhésion au syndicat.').sensitivity).toBe('special');
    expect(classifyText('Nombre: Lucía Pérez\nbaja médica por enfermedad.').sensitivity).toBe('special');
  });

  it('knows unions by the names they write themselves, and words of disability and care (synthetic examples)', () => {
    expect(classifyText('Note for file: Daniel Wright is a member of Unite.').sensitivity).toBe('special');
    expect(classifyText('We will unite the teams of Daniel Wright and Anna Berg.').sensitivity).toBe('personal');
    expect(classifyText('Re: Olivia Brown. Olivia is partially sighted.').sensitivity).toBe('special');
    expect(classifyText('Pan Tomasz Zieliński choruje na stwardnienie rozsiane.').sensitivity).toBe('special');
    expect(classifyText('Pablo Ruiz es afiliado de Podemos desde 2015.').sensitivity).toBe('special');
    expect(classifyText('Emma Wilson underwent IVF treatment last year.').sensitivity).toBe('special');
    expect(classifyText('Olga Petrova is a Roma woman who applied for housing support.').sensitivity).toBe('special');
    expect(classifyText('Sam Taylor is transgender and uses they/them pronouns.').sensitivity).toBe('special');
    expect(classifyText('Patient Lukas Meyer: HbA1c 58 mmol/mol.').sensitivity).toBe('special');
    expect(classifyText('Noor Bakker (groep 6) wordt onderzocht op dyslexie.').sensitivity).toBe('special');
    expect(classifyText('O Duarte Magalhães tem consulta no pedopsiquiatra às 10h.').sensitivity).toBe('special');
    expect(classifyText('3,Ewelina Sobczak,nieobecna (L4)').sensitivity).toBe('special');
    expect(classifyText('Meeting room L4, level 4: Ewelina Sobczak presents.').sensitivity).toBe('personal');
  });

  it('reads sick notes and names in the other EU languages and scripts (synthetic examples)', () => {
    expect(classifyText('Hej, jag är sjukskriven till fredag.\nVänliga hälsningar\nErik Lindqvist').sensitivity).toBe('special');
    expect(classifyText('Служител: Георги Петров\nДиагноза: пневмония.').sensitivity).toBe('special');
    expect(classifyText('Βεβαιώνεται ότι η κα Ελένη Παπαδοπούλου εργάζεται στην εταιρεία μας.').sensitivity).toBe('personal');
    expect(classifyText('Dr. Szabó Gábor igazolja, hogy Kovács Eszter keresőképtelen volt.').sensitivity).toBe('special');
    // The same words with no person in view: a leaflet, not a sick note.
    expect(classifyText('Болест и лечение: информация за пациенти в Пловдив.').sensitivity).toBe('public');
  });

  it('never lets secrets be public', () => {
    const c = classifyText('export key AKIAIOSFODNN7EXAMPLE');
    expect(c.sensitivity).toBe('internal');
    expect(c.hasSecrets).toBe(true);
  });

  it('calls confidential markers internal', () => {
    expect(classifyText('CONFIDENTIAL: the roadmap slips by two weeks.').sensitivity).toBe('internal');
    expect(classifyText('Vertraulich: Planung für das nächste Quartal.').sensitivity).toBe('internal');
    // Written to the organisation's own people.
    expect(classifyText('Aan alle medewerkers: zaterdag is het intranet niet beschikbaar.').sensitivity).toBe('internal');
    // One word as a mark is written: a heading or a label, in capitals, after a classification's label, or
    // (the words that only mean confidential) opening a sentence.
    expect(classifyText('Intern – niet verspreiden\nReorganisatie afdeling inkoop.').sensitivity).toBe('internal');
    expect(classifyText('INTERNAL – DO NOT FORWARD\nQ3 pricing changes.').sensitivity).toBe('internal');
    expect(classifyText('Classification: Restricted\nNetwork diagram of site B.').sensitivity).toBe('internal');
    expect(classifyText('Risk rating: amber. Confidential until published.').sensitivity).toBe('internal');
    expect(classifyText('Strictement confidentiel : réservé au comité de direction').sensitivity).toBe('internal');
    // Not a word in a sentence.
    expect(classifyText('Wir behandeln Ihre Daten vertraulich.').sensitivity).toBe('public');
    expect(classifyText('A free, confidential test is available at sexual health clinics.').sensitivity).toBe('public');
    expect(classifyText('Restricted parking on Main Street from Monday.').sensitivity).toBe('public');
    expect(classifyText('The internal audit found no issues.').sensitivity).toBe('public');
  });

  it('reports values only to a caller that asks, and never in findings or reasons', () => {
    const values: FoundValue[] = [];
    const c = classifyText('mail jane@example.com', values);
    expect(values).toEqual([{ type: 'email', value: 'jane@example.com' }]);
    expect(JSON.stringify(c)).not.toContain('jane@example.com');
  });
});
