// `cris classify`: same code as the Lambda, values only on request, one JSON line per file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../cli/classify.js';
import { PROJECT_ROOT } from '../support/local.js';

const dir = mkdtempSync(join(tmpdir(), 'cris-classify-'));
const personal = join(dir, 'form.txt');
writeFileSync(personal, 'Synthetic. Steuer-ID: 36574261809\nE-mail: jane.roe@example.com');
const unreadable = join(dir, 'scan.bin');
writeFileSync(unreadable, Buffer.from([0, 1, 2, 3]));

describe('cris classify', () => {
  it('reports level, findings and reasons, and keeps values back unless asked', async () => {
    const result = await classifyFile(personal);
    expect(result).toMatchObject({ sensitivity: 'personal', complete: true });
    expect(result.findings.map((f) => f.type).sort()).toEqual(['email', 'national-id:de-tax-id']);
    expect(JSON.stringify(result)).not.toContain('36574261809');
    expect((await classifyFile(personal, true)).values).toEqual(
      expect.arrayContaining([
        { type: 'national-id:de-tax-id', value: '36574261809' },
        { type: 'email', value: 'jane.roe@example.com' },
      ]),
    );
  });

  it('fails closed for what it cannot read: treated as personal, and marked not fully read', async () => {
    expect(await classifyFile(unreadable)).toMatchObject({
      sensitivity: 'personal',
      complete: false,
      reasons: [expect.stringMatching(/unsupported-format.*treated as personal/)],
    });
  });

  it('classifies what it read of a partly readable file, at least as personal', async () => {
    const mail = join(dir, 'mail.eml');
    writeFileSync(
      mail,
      [
        'From: a@example.org',
        'Subject: synthetic',
        'Content-Type: multipart/mixed; boundary="x"',
        '',
        '--x',
        'Content-Type: text/plain',
        '',
        'I am on sick leave until Friday, my diagnosis is attached.',
        '--x',
        'Content-Type: image/jpeg; name="note.jpg"',
        'Content-Disposition: attachment; filename="note.jpg"',
        '',
        'xx',
        '--x--',
      ].join('\r\n'),
    );
    const result = await classifyFile(mail);
    expect(result).toMatchObject({ sensitivity: 'special', complete: false });
    expect(result.reasons.at(-1)).toMatch(/image\/jpeg not read: not fully read, so at least personal/);
  });

  it('prints exactly one JSON object per line and file', () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/cris.js'), 'classify', '--json', personal, unreadable], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.sensitivity])).toEqual([
      [personal, 'personal'],
      [unreadable, 'personal'],
    ]);
    for (const l of lines) expect(Object.keys(l)).toEqual(expect.arrayContaining(['file', 'sensitivity', 'findings', 'reasons']));
    // A child process that loads the CLI: about 3 s on a quiet two-core machine, more under load.
  }, 30_000);

  it('reads a folder as its files, and reports a path it cannot open without stopping', () => {
    const run = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bin/cris.js'), 'classify', '--json', dir, join(dir, 'missing.txt')],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt: ENOENT/);
    const files = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).file);
    expect(files).toEqual(expect.arrayContaining([personal, unreadable]));
  }, 30_000);
});
