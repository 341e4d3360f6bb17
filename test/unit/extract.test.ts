import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { decodeText, detectEncoding, detectFormat, extractText, repairedPieces } from '../../shared/domain/extract.js';
import { MAX_UNPACKED_BYTES } from '../../shared/domain/extract-office.js';
import { PROJECT_ROOT } from '../support/local.js';
import { pdfOf } from '../support/pdf-writer.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** A minimal Word file: its body's XML, and other parts by their path in the zip (headers, footers). */
const wordFile = (body: string, parts: Record<string, Uint8Array> = {}) =>
  zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
    ...parts,
  });

describe('detectFormat', () => {
  it('uses the extension first, then the content type', () => {
    expect(detectFormat('a/b/Report.CSV')).toBe('csv');
    expect(detectFormat('a/b/export', 'application/json; charset=utf-8')).toBe('json');
    expect(detectFormat('a/b/scan.pdf', 'application/pdf')).toBe('pdf');
    expect(detectFormat('a/b/archive.zip', 'application/zip')).toBeUndefined();
  });
});

describe('decodeText', () => {
  it('reads UTF-8, UTF-16 with a BOM and Latin-1', () => {
    expect(decodeText(bytes('Grüße'))).toBe('Grüße');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...'Grüße'].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(decodeText(utf16)).toBe('Grüße');
    expect(decodeText(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBe('Grüße');
  });
  it('keeps a streamed chunk UTF-8 when it ends inside a character or just after one', () => {
    const text = bytes('Les dossiers incomplets ne pourront pas être traités.\n');
    expect(detectEncoding(text, true)).toBe('utf-8');
    expect(detectEncoding(text.subarray(0, text.length - 4), true)).toBe('utf-8'); // cut inside "é"
    expect(detectEncoding(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), true)).toBe('windows-1252');
  });
  it('refuses binary data', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeUndefined();
  });
  it('reads UTF-16 without a byte-order mark, in either order, and not numbers that decode as characters', () => {
    const text = 'Sehr geehrte Frau Müller,\nIhre IBAN DE89 3704 0044 0532 0130 00 wurde geändert.\n';
    const units = [...text].map((c) => c.charCodeAt(0));
    const le = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const be = new Uint8Array(units.flatMap((u) => [u >> 8, u & 0xff]));
    expect(detectEncoding(le)).toBe('utf-16le');
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
    // 16-bit numbers whose low bytes are all printable: characters, but no words apart. Binary, so not read.
    const numbers = new Uint8Array(Array.from({ length: 2000 }, (_, i) => [65 + ((i * 7) % 60), 0]).flat());
    expect(decodeText(numbers)).toBeUndefined();
    // A NUL among text: binary, as before.
    expect(decodeText(bytes('abc\0\0\0def Frau Anna Schmidt\n'))).toBeUndefined();
  });
});

describe('extractText', () => {
  it('strips HTML markup, scripts and entities', async () => {
    const r = await extractText(bytes('<p>Caf&eacute; &amp; <b>bar</b></p><script>var x = "secret";</script>'), 'x.html');
    expect(r).toMatchObject({ ok: true, format: 'html' });
    if (r.ok) {
      expect(r.text).toContain('&');
      expect(r.text).not.toContain('secret');
    }
  });

  it("reads HTML's named entities as their characters, soft hyphens as nothing and a page's title as its own block", async () => {
    const html =
      '<html><head><title>Praxis Dr. M&uuml;ller</title></head><body><h1>Rencontre avec Claire</h1>' +
      '<p>M&eacute;decin, pneu&shy;monie, 12&nbsp;&euro;, &laquo;oui&raquo;, &#233;t&#xE9;, &amp;lt;, AT&T &copy=1</p></body></html>';
    expect(await extractText(bytes(html), 'p.html')).toMatchObject({
      text: 'Praxis Dr. Müller\n\nRencontre avec Claire\n\nMédecin, pneumonie, 12 €, «oui», été, &lt;, AT&T &copy=1\n',
    });
  });

  it('reads an HTML table as tab-separated rows, so its header names its columns', async () => {
    const html =
      '<table>\n<tr><th>Name</th><th>Email</th></tr>\n<tr><td> Jonas Weber </td><td>j.weber@x.example</td></tr>\n</table>';
    expect(await extractText(bytes(html), 't.html')).toMatchObject({ text: 'Name\tEmail\nJonas Weber\tj.weber@x.example\n' });
  });

  it("reads a page's paragraphs, headings and lists apart by a blank line, as a text's paragraphs are written", async () => {
    const html =
      '<h1>Recensione</h1>\n<p>Nel suo terzo romanzo.</p><p>La scrittura<br>è asciutta.</p><ul><li>312 pagine</li><li>19 euro</li></ul><p>Fine</p>';
    expect(await extractText(bytes(html), 'r.html')).toMatchObject({
      text: 'Recensione\n\nNel suo terzo romanzo.\n\nLa scrittura\nè asciutta.\n\n312 pagine\n19 euro\n\nFine\n',
    });
    // A mail's lines in divisions, a blank line as a division holding a line break (as webmail writes them).
    const mail = '<div>Hi Anna,</div><div><br></div><div>thanks!</div><div>Tom</div>';
    expect(await extractText(bytes(mail), 'm.html')).toMatchObject({ text: 'Hi Anna,\n\nthanks!\nTom\n' });
  });

  it("reads a page's structured data and the elements that name whom they hold, as fields", async () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","author":{"@type":"Person","name":"Ulrike Brandes"}}</script><p>Tipps</p>';
    expect(await extractText(bytes(ld), 'b.html')).toMatchObject({ text: '\nauthor.name: Ulrike Brandes\nTipps\n' });
    const forum = '<div class="post"><span class="author">marc_dufour74</span> – 22/11<p>Bonjour</p></div>';
    const r = await extractText(bytes(forum), 'f.html');
    expect(r.ok && r.text).toContain('author: marc_dufour74\n');
  });

  it('keeps JSON field names next to their values', async () => {
    const r = await extractText(bytes('{"customer":{"email":"a@example.com"},"tags":["x"]}'), 'x.json');
    expect(r.ok && r.text).toBe('customer.email: a@example.com\ntags[0]: x');
  });

  it("puts a JSON text of its own lines on the line after its field's name, as it was written", async () => {
    const r = await extractText(bytes(JSON.stringify({ id: 4711, body: 'Hej Anders,\n\nvälkommen!' })), 't.json');
    expect(r).toMatchObject({ text: 'id: 4711\nbody:\nHej Anders,\n\nvälkommen!' });
  });

  it('reads JSON Lines, one document per line, as logs are written', async () => {
    const r = await extractText(bytes('{"event":"login","ip":"81.2.69.160"}\n{"event":"logout"}\n'), 'app.json');
    expect(r.ok && r.text).toBe('[0].event: login\n[0].ip: 81.2.69.160\n[1].event: logout');
    expect((await extractText(bytes('{"a":1}\n{"b":2}'), 'app.ndjson')).ok).toBe(true);
  });

  it('reads JSON that does not parse as the text it is', async () => {
    const r = await extractText(bytes('{"name": "Jane Roe", broken'), 'x.json');
    expect(r).toEqual({ ok: true, format: 'json', text: '{"name": "Jane Roe", broken' });
  });

  it('reports unknown formats and unreadable files so that routing can fail closed', async () => {
    expect(await extractText(bytes('PK...'), 'archive.zip', 'application/zip')).toMatchObject({
      ok: false,
      reason: 'unsupported-format',
    });
    expect(await extractText(new Uint8Array([1, 0, 2]), 'notes.txt')).toMatchObject({ ok: false, reason: 'extraction-failed' });
    expect(await extractText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'upload')).toMatchObject({
      ok: false,
      reason: 'unsupported-format',
    });
    expect(await extractText(bytes('%PDF-1.4 broken'), 'broken.pdf')).toEqual({
      ok: false,
      reason: 'extraction-failed',
      detail: 'unreadable pdf file',
    });
  });

  it("prints none of pdf.js's warnings on a broken PDF: logs stay structured", async () => {
    const printed: unknown[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => void printed.push(args));
    const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void printed.push(args));
    try {
      // A header, then bytes with no cross-reference table: pdf.js indexes every object, and says so by default.
      const broken = new Uint8Array([
        ...bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
        ...new Uint8Array(512).fill(7),
      ]);
      expect(await extractText(broken, 'broken.pdf')).toMatchObject({ ok: false, reason: 'extraction-failed' });
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
    expect(printed).toEqual([]);
  });

  it('reads the text layer of a PDF', async () => {
    const r = await extractText(readFileSync(`${PROJECT_ROOT}/samples/public/annual-report.pdf`), 'report.pdf');
    expect(r).toMatchObject({ ok: true, format: 'pdf', text: expect.stringContaining('Visits grew by eight percent') });
  });

  it('does not call a scanned PDF without a text layer read', async () => {
    const r = await extractText(readFileSync(`${PROJECT_ROOT}/samples/public/scanned-letter.pdf`), 'scan.pdf');
    expect(r).toMatchObject({ ok: false, reason: 'extraction-failed', detail: expect.stringMatching(/without a text layer/) });
  });

  it('reads an e-mail: its address headers as context, and its text body', async () => {
    const r = await extractText(readFileSync(`${PROJECT_ROOT}/test/fixtures/synthetic-message.eml`), 'message.eml');
    expect(r).toMatchObject({ ok: true, format: 'eml' });
    if (r.ok) {
      expect(r.text).toContain('from: "Jan Kowalczyk" <jan.kowalczyk@example.org>');
      expect(r.text).toContain('I am on sick leave until Friday');
    }
  });

  it('reads an e-mail with its attachments; an attachment it cannot read leaves it not fully read', async () => {
    const part = (headers: string[], body: string) => ['--x', ...headers, '', body];
    const mail = (...parts: string[][]) =>
      bytes(
        [
          'From: a@example.org',
          'Subject: synthetic',
          'Content-Type: multipart/mixed; boundary="x"',
          '',
          ...part(['Content-Type: text/plain'], 'See attachment.'),
          ...parts.flat(),
          '--x--',
        ].join('\r\n'),
      );
    const csv = part(
      ['Content-Type: text/csv; name="list.csv"', 'Content-Disposition: attachment; filename="list.csv"'],
      'name,email\r\nJane Roe,jane.roe@example.org',
    );
    const image = part(
      [
        'Content-Type: image/png; name="passport-jane-roe.png"',
        'Content-Disposition: attachment; filename="passport-jane-roe.png"',
        'Content-Transfer-Encoding: base64',
      ],
      'iVBORw0KGgo=',
    );
    const read = await extractText(mail(csv), 'm.eml');
    expect(read).toEqual({ ok: true, format: 'eml', text: expect.stringContaining('Jane Roe,jane.roe@example.org') });
    const partial = await extractText(mail(csv, image), 'm.eml');
    expect(partial).toMatchObject({ ok: true, text: expect.stringContaining('See attachment.') });
    // The reason names the type, never the file name (which may name a person).
    expect(partial.ok && partial.incomplete).toBe('an attachment of type image/png not read');
  });

  it('reads the text of a Word document', async () => {
    const r = await extractText(readFileSync(`${PROJECT_ROOT}/test/fixtures/synthetic-letter.docx`), 'letter.docx');
    expect(r).toMatchObject({ ok: true, format: 'docx', text: expect.stringContaining('E-mail: jan.kowalczyk@example.org') });
  });

  it("reads a Word table's rows as tab-separated lines under their header, a cell's paragraphs joined", async () => {
    const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const row = (...cells: string[]) =>
      `<w:tr>${cells.map((c) => `<w:tc>${c.split('|').map(para).join('')}</w:tc>`).join('')}</w:tr>`;
    const body = `${para('Diversity monitoring')}<w:tbl>${row('Applicant ref', 'Religion')}${row('A-1021', 'Roman|Catholic')}</w:tbl>${para('End')}`;
    const docx = wordFile(body);
    expect(await extractText(docx, 'form.docx')).toEqual({
      ok: true,
      format: 'docx',
      text: 'Diversity monitoring\nApplicant ref\tReligion\nA-1021\tRoman Catholic\nEnd\n',
    });
  });

  it("reads a Word file's headers and footers, which mammoth leaves out: each distinct one once, headers first", async () => {
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const part = (tag: string, paras: string[]) =>
      strToU8(
        `<w:${tag} ${ns}>${paras.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('')}</w:${tag}>`,
      );
    const docx = wordFile('<w:p><w:r><w:t>Thank you for your application.</w:t></w:r></w:p>', {
      // A first page's header and the default one, alike; a footer with a field code (PAGE) that is no text.
      'word/header1.xml': part('hdr', ['Dr. Sabine Vogt', 'Praxis für Allgemeinmedizin']),
      'word/header2.xml': part('hdr', ['Dr. Sabine Vogt', 'Praxis für Allgemeinmedizin']),
      'word/footer1.xml': strToU8(
        `<w:ftr ${ns}><w:p><w:r><w:t>Tel. 0561 700 2030</w:t></w:r><w:r><w:tab/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p></w:ftr>`,
      ),
    });
    expect(await extractText(docx, 'letter.docx')).toEqual({
      ok: true,
      format: 'docx',
      text: 'Dr. Sabine Vogt\nPraxis für Allgemeinmedizin\n\nThank you for your application.\n\n\nTel. 0561 700 2030',
    });
  });

  it('reads a text file whatever its extension, and PDFs and RTF by their first bytes', async () => {
    expect(await extractText(bytes('Name: Jane Roe\nTel: 030 1234567'), 'export.dat')).toEqual({
      ok: true,
      format: 'txt',
      text: 'Name: Jane Roe\nTel: 030 1234567',
    });
    expect(await extractText(bytes('Visits grew'), 'README')).toMatchObject({ ok: true, format: 'txt' });
    expect(await extractText(bytes('{\\rtf1\\ansi Hello\\par}'), 'letter', 'application/octet-stream')).toMatchObject({
      ok: true,
      format: 'rtf',
      text: 'Hello\n',
    });
  });
});

describe('extractText, structured and office formats', () => {
  it('reads XML elements and attributes as paths, like JSON', async () => {
    const xml =
      '<?xml version="1.0"?><k:klant xmlns:k="urn:x" id="K-1"><naam><voornaam>Ruben</voornaam></naam><tel>06 1</tel></k:klant>';
    expect(await extractText(bytes(xml), 'klant.xml')).toEqual({
      ok: true,
      format: 'xml',
      text: 'klant.naam.voornaam: Ruben\nklant.tel: 06 1\nklant.id: K-1',
    });
    // Not well-formed: the text between its tags.
    expect(await extractText(bytes('<a><b>Jane Roe</a>'), 'x.xml')).toMatchObject({
      ok: true,
      text: expect.stringContaining('Jane Roe'),
    });
  });

  it('reads YAML as paths, every document of the file, and YAML that does not parse as it stands', async () => {
    expect(await extractText(bytes('patient:\n  nom: Marchand\n---\nb: [1, 2]\n'), 'x.yaml')).toMatchObject({
      text: '[0].patient.nom: Marchand\n[1].b[0]: 1\n[1].b[1]: 2',
    });
    expect(await extractText(bytes('a: [unclosed\nname: Jane Roe'), 'x.yml')).toMatchObject({
      text: 'a: [unclosed\nname: Jane Roe',
    });
  });

  it('reads vCards (2.1 quoted-printable too) and calendar invitations with readable labels', async () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Whitcombe;Harriet;;Dr;',
      'TEL;CELL:+44 7700 900418',
      'ADR;HOME;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;Stra=C3=9Fe 1;Wien;;1010;',
      'BDAY:1987-09-22',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ',
      'END:VCARD',
    ].join('\r\n');
    expect(await extractText(bytes(card), 'c.vcf')).toMatchObject({
      text: 'name: Dr Harriet Whitcombe\nphone: +44 7700 900418\naddress: Straße 1, 1010 Wien\ndate of birth: 1987-09-22',
    });
    const invite = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'SUMMARY:Review with',
      '  HR',
      'ATTENDEE;CN="Jane Roe":mailto:jane@example.org',
      'END:VEVENT',
    ];
    expect(await extractText(bytes(invite.join('\r\n')), 'i.ics')).toMatchObject({
      text: 'subject: Review with HR\nattendee: Jane Roe <jane@example.org>',
    });
  });

  it("reads an HL7 v2 message's person fields under their labels, by extension or by its header segment", async () => {
    // Synthetic message: the patient, the doctor and the numbers are made up.
    const message = [
      'MSH|^~\\&|KIS|KLINIK|LIS|LABOR|20261130083512||ADT^A01|MSG1|P|2.5',
      'PID|1||4402871^^^KLINIK^PI||SCHNEIDER^KLAUS^^^^^L||19560423|M|||Bahnhofstr. 12^^Kassel^^34117^D',
      'PV1|1|I|KARD^204^2|E|||1234^WAGNER^PETRA^^^DR.',
      'DG1|1||I21.4^Akuter Myokardinfarkt \\T\\ Angina^I10-2026||20261130|A',
    ].join('\r');
    const expected = [
      'MSH: KIS KLINIK LIS LABOR 20261130083512 ADT A01 MSG1 P 2.5',
      'patient id: 4402871',
      'patient name: KLAUS SCHNEIDER',
      'date of birth: 1956-04-23',
      'address: Bahnhofstr. 12, 34117 Kassel, D',
      'PID: 1 M',
      'attending doctor: DR. PETRA WAGNER',
      'PV1: 1 I KARD 204 2 E',
      'diagnosis: I21.4 Akuter Myokardinfarkt & Angina I10-2026',
      'DG1: 1 20261130 A',
    ].join('\n');
    expect(await extractText(bytes(message), 'adt.hl7')).toMatchObject({ ok: true, format: 'hl7', text: expected });
    expect(await extractText(bytes(message), 'adt-0042.txt')).toMatchObject({ ok: true, format: 'txt', text: expected });
    expect(await extractText(bytes('MSH is a segment name.'), 'notes.txt')).toMatchObject({ text: 'MSH is a segment name.' });
    // Named .hl7 but without a header segment: read as it stands, not emptied (it was, and classified public).
    const plain = 'Patient: Anna Schmidt, geb. 12.03.1980\nDiagnose: Diabetes';
    expect(await extractText(bytes(plain), 'export.hl7')).toMatchObject({ ok: true, format: 'hl7', text: plain });
  });

  it("reads a PDF's lines as laid out: runs on one baseline make a line, a wide gap a tab, a wide leading a blank line", async () => {
    // Synthetic letter: each run is placed on its own, as invoice and report generators write them.
    const pdf = pdfOf([
      [
        [50, 800, 'Stadtwerke Kassel GmbH', 14],
        [380, 800, 'Kundennummer: 40017722'],
        [380, 786, 'Datum: 24.11.2026'],
        [50, 740, 'Frau'],
        [50, 726, 'Heike Brandt'],
        [50, 670, 'Geburtsdatum'],
        [200, 670, '14.02.1971'],
        [50, 656, 'Diagnose'],
        [200, 656, 'Diabetes'],
        [245, 656, 'mellitus'],
      ],
    ]);
    expect(await extractText(pdf, 'letter.pdf')).toMatchObject({
      ok: true,
      format: 'pdf',
      text: [
        'Stadtwerke Kassel GmbH\tKundennummer: 40017722',
        'Datum: 24.11.2026',
        '',
        'Frau',
        'Heike Brandt',
        '',
        'Geburtsdatum\t14.02.1971',
        'Diagnose\tDiabetes mellitus',
      ].join('\n'),
    });
  });

  it("reads a filled-in PDF form's field values on their labels' lines: a ticked box as ☒, an unlabelled value by its field's name", async () => {
    // Synthetic form: the page prints the labels only; the values are in the form's fields, as viewers fill them in.
    const pdf = pdfOf(
      [
        [
          [50, 780, 'Antrag auf Mitgliedschaft', 14],
          [50, 740, 'Nachname:'],
          [50, 720, 'Vorname:'],
          [50, 700, 'Konfession:'],
          [50, 680, 'Schwerbehindert'],
          [50, 660, 'Einwilligung Newsletter'],
        ],
      ],
      [
        { page: 0, name: 'Nachname', value: 'Kowalczyk', rect: [150, 736, 350, 752] },
        { page: 0, name: 'form1[0].seite1[0].vorname[0]', value: 'Agnieszka', rect: [150, 716, 350, 732] },
        { page: 0, name: 'Konfession', value: 'römisch-katholisch', rect: [150, 696, 350, 712] },
        { page: 0, name: 'SB', value: 'Yes', rect: [30, 678, 42, 690], kind: 'Btn' },
        { page: 0, name: 'NL', value: 'Off', rect: [30, 658, 42, 670], kind: 'Btn' },
        { page: 0, name: 'form1[0].seite1[0].telefon_privat[0]', value: '0171 2345678', rect: [150, 600, 350, 616] },
        { page: 0, name: 'Text7', value: 'Kassel', rect: [150, 560, 350, 576] },
      ],
    );
    const r = await extractText(pdf, 'antrag.pdf');
    expect(r).toMatchObject({
      ok: true,
      format: 'pdf',
      text: [
        'Antrag auf Mitgliedschaft',
        '',
        'Nachname:\tKowalczyk',
        'Vorname:\tAgnieszka',
        'Konfession:\trömisch-katholisch',
        '☒ Schwerbehindert',
        'Einwilligung Newsletter',
        '',
        'telefon privat: 0171 2345678',
        '',
        'Kassel',
      ].join('\n'),
    });
    // The same form blank: labels only.
    const intro = 'Bitte füllen Sie das Formular vollständig aus und senden Sie es an die Geschäftsstelle.';
    expect(
      await extractText(
        pdfOf([
          [
            [50, 780, intro],
            [50, 740, 'Nachname:'],
            [50, 720, 'Vorname:'],
          ],
        ]),
        'leer.pdf',
      ),
    ).toMatchObject({
      text: `${intro}\n\nNachname:\nVorname:`,
    });
  });

  it('repairs UTF-8 that was decoded once too often, as exports re-encoded by another tool write it', async () => {
    expect(
      await extractText(bytes('Name;Ort\nJÃ¼rgen MÃ¼ller;KÃ¶ln\nÃ\u0096mer Dekker;Zwolle\nFranÃ§ois;Ã‰vreux'), 'x.csv'),
    ).toMatchObject({
      text: 'Name;Ort\nJürgen Müller;Köln\nÖmer Dekker;Zwolle\nFrançois;Évreux',
    });
    // Read in pieces cut anywhere, as the CLI streams a text file: the same.
    const broken = 'Name;Ort\nJÃ¼rgen MÃ¼ller;KÃ¶ln\nFranÃ§ois;Ã‰vreux';
    for (let cut = 0; cut <= broken.length; cut++) {
      async function* pieces() {
        yield broken.slice(0, cut);
        yield broken.slice(cut);
      }
      let text = '';
      for await (const piece of repairedPieces(pieces())) text += piece;
      expect(text).toBe('Name;Ort\nJürgen Müller;Köln\nFrançois;Évreux');
    }
    // Not what is no such sequence: São Paulo, a capital Ã before a letter.
    expect(await extractText(bytes('SÃO PAULO, São Paulo, Müller'), 'x.txt')).toMatchObject({
      text: 'SÃO PAULO, São Paulo, Müller',
    });
  });

  it('reads RTF: paragraphs, code-page and Unicode characters, without fonts, styles or pictures', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}}{\\*\\generator Word;}{\\pict 89504e47}' +
      "Caf\\'e9 \\u322?\\u243?d\\u378?\\par Zeile\\tab 2\\par}";
    expect(await extractText(bytes(rtf), 'x.rtf')).toMatchObject({ ok: true, format: 'rtf', text: 'Café łódź\nZeile\t2\n' });
  });

  const xlsx = (sheet: string, extra: Record<string, string> = {}) =>
    zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="urn:r"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        '<sst><si><t>name</t></si><si><t>born</t></si><si><r><t>Jane </t></r><r><t>Roe</t></r></si></sst>',
      ),
      'xl/styles.xml': strToU8('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    });

  it('reads an XLSX sheet as tab-separated rows: shared and inline strings, dates from their style, gaps kept', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>x</t></is></c><c r="C2" s="1"><v>31677</v></c></row>' +
      '</sheetData></worksheet>';
    expect(await extractText(xlsx(sheet), 'people.xlsx')).toEqual({
      ok: true,
      format: 'xlsx',
      text: 'name\t\tborn\nJane Roe\tx\t1986-09-22',
    });
  });

  // Building the two zip bombs takes 2–3 s alone, and past the default 5 s while the rest of the suite shares both cores.
  it('does not inflate an office file past its limit: it is then not read', { timeout: 20_000 }, async () => {
    const huge = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1) }, { level: 1 });
    expect(await extractText(huge, 'bomb.xlsx')).toMatchObject({ ok: false, reason: 'extraction-failed' });
    const word = zipSync({ 'word/document.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1) }, { level: 1 });
    expect(await extractText(word, 'bomb.docx')).toEqual({
      ok: false,
      reason: 'extraction-failed',
      detail: 'docx file that unpacks to more than the reader allows',
    });
    expect(await extractText(bytes('PK broken'), 'broken.xlsx')).toEqual({
      ok: false,
      reason: 'extraction-failed',
      detail: 'unreadable xlsx file',
    });
  });

  it('reads OpenDocument text, spreadsheets and PPTX slides with their notes', async () => {
    const odf = (body: string) =>
      zipSync({
        'content.xml': strToU8(
          `<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:body>${body}</office:body></office:document-content>`,
        ),
      });
    expect(
      await extractText(
        odf('<office:text><text:h>Title</text:h><text:p>Jane<text:s text:c="2"/>Roe<text:tab/>x</text:p></office:text>'),
        'a.odt',
      ),
    ).toMatchObject({ ok: true, text: 'Title\nJane  Roe\tx\n' });
    const table =
      '<office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell><text:p>name</text:p></table:table-cell>' +
      '<table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell office:date-value="1986-09-22T00:00:00"><text:p>22/09/86</text:p></table:table-cell>' +
      '<table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table></office:spreadsheet>';
    expect(await extractText(odf(table), 'a.ods')).toMatchObject({ ok: true, text: 'name\tx\tx\n1986-09-22' });
    const slide = (text: string) => strToU8(`<p:sld xmlns:a="a" xmlns:p="p"><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:sld>`);
    const pptx = zipSync({
      'ppt/slides/slide10.xml': slide('Ten'),
      'ppt/slides/slide2.xml': slide('Two'),
      'ppt/notesSlides/notesSlide1.xml': slide('Call Jane Roe'),
    });
    expect(await extractText(pptx, 'deck.pptx')).toMatchObject({ ok: true, text: 'Two\n\nTen\n\nCall Jane Roe' });
  });
});
