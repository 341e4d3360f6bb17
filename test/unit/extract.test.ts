import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, detectFormat, extractText } from '../../shared/domain/extract.js';
import { PROJECT_ROOT } from '../support/local.js';

const bytes = (s: string) => new TextEncoder().encode(s);

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

  it('keeps JSON field names next to their values', async () => {
    const r = await extractText(bytes('{"customer":{"email":"a@example.com"},"tags":["x"]}'), 'x.json');
    expect(r.ok && r.text).toBe('customer.email: a@example.com\ntags[0]: x');
  });

  it('reads JSON Lines, one document per line, as logs are written', async () => {
    const r = await extractText(bytes('{"event":"login","ip":"81.2.69.160"}\n{"event":"logout"}\n'), 'app.json');
    expect(r.ok && r.text).toBe('[0].event: login\n[0].ip: 81.2.69.160\n[1].event: logout');
    expect((await extractText(bytes('{"a":1}\n{"b":2}'), 'app.ndjson')).ok).toBe(true);
  });

  it('reports invalid JSON without quoting the document', async () => {
    const r = await extractText(bytes('{"name": "Jane Roe", broken'), 'x.json');
    expect(r).toEqual({ ok: false, reason: 'extraction-failed', detail: 'invalid JSON' });
  });

  it('reports unknown formats and unreadable files so that routing can fail closed', async () => {
    expect(await extractText(bytes('PK...'), 'archive.zip', 'application/zip')).toMatchObject({
      ok: false,
      reason: 'unsupported-format',
    });
    expect(await extractText(new Uint8Array([1, 0, 2]), 'notes.txt')).toMatchObject({ ok: false, reason: 'extraction-failed' });
    expect(await extractText(bytes('%PDF-1.4 broken'), 'broken.pdf')).toEqual({
      ok: false,
      reason: 'extraction-failed',
      detail: 'unreadable pdf file',
    });
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

  it('does not call an e-mail with attachments fully read', async () => {
    const mail = [
      'From: a@example.org',
      'Subject: synthetic',
      'Content-Type: multipart/mixed; boundary="x"',
      '',
      '--x',
      'Content-Type: text/plain',
      '',
      'See attachment.',
      '--x',
      'Content-Type: application/pdf; name="scan.pdf"',
      'Content-Disposition: attachment; filename="scan.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--x--',
    ].join('\r\n');
    expect(await extractText(bytes(mail), 'm.eml')).toMatchObject({
      ok: false,
      detail: 'e-mail with 1 attachments that are not read',
    });
  });

  it('reads the text of a Word document', async () => {
    const r = await extractText(readFileSync(`${PROJECT_ROOT}/test/fixtures/synthetic-letter.docx`), 'letter.docx');
    expect(r).toMatchObject({ ok: true, format: 'docx', text: expect.stringContaining('E-mail: jan.kowalczyk@example.org') });
  });
});
