// The compliance report flags what a DPO must see: tampering, missing outcomes, and
// personal data processed outside the EU.
import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown } from '../../cli/report.js';
import { seal, sealIntact } from '../../shared/domain/audit-chain.js';
import { buildReport } from '../../shared/domain/compliance-report.js';
import type { AuditRecord } from '../../shared/domain/contracts.js';

const EU = new Set(['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3']);
const NOW = new Date('2026-11-24T12:00:00Z');
const options = { now: NOW, outcomeDeadlineMinutes: 60, euRegions: EU };
const EU_DESTINATIONS = [...EU];

function trail(
  n: number,
  opts: {
    sensitivity: AuditRecord['sensitivity'];
    geography: 'eu' | 'global';
    at?: string;
    outcome?: 'processed' | 'failed' | null;
    profileId?: string;
    destinations?: string[];
  },
) {
  const documentId = n.toString(16).padStart(32, '0');
  const at = opts.at ?? '2026-11-24T10:00:00.000Z';
  const source = { bucket: 'in', key: `hr/doc-${n}.txt`, eTag: `e${n}`, size: 10 };
  const classified = seal(
    {
      schemaVersion: 1,
      kind: 'audit',
      event: 'classified',
      documentId,
      at,
      actor: 'classifier',
      source,
      sensitivity: opts.sensitivity,
      findings: [],
      geography: opts.geography,
      policy: { rule: 'hr', version: 'v1' },
    },
    null,
  );
  if (opts.outcome === null) return [classified];
  const outcome = seal(
    {
      schemaVersion: 1,
      kind: 'audit',
      event: opts.outcome ?? 'processed',
      documentId,
      at: '2026-11-24T10:00:05.000Z',
      actor: `worker-${opts.geography}`,
      source,
      sensitivity: opts.sensitivity,
      geography: opts.geography,
      profileId: opts.profileId ?? `${opts.geography}.amazon.nova-2-lite-v1:0`,
      destinationRegions: opts.destinations ?? EU_DESTINATIONS,
      outputKey: `results/hr/doc-${n}.txt.json`,
    },
    classified.hash,
  );
  return [classified, outcome];
}

describe('compliance report', () => {
  it('is clean for complete, unaltered trails that kept personal data in the EU', () => {
    const report = buildReport(
      [
        ...trail(1, { sensitivity: 'personal', geography: 'eu' }),
        ...trail(2, { sensitivity: 'public', geography: 'global', destinations: ['us-east-1'] }),
      ],
      options,
    );
    expect(report.clean).toBe(true);
    expect(report.sensitiveDocuments).toEqual([expect.objectContaining({ sensitivity: 'personal', euOnly: true })]);
    expect(report.routes).toContainEqual({
      sensitivity: 'public',
      geography: 'global',
      profileId: 'global.amazon.nova-2-lite-v1:0',
      prefix: 'hr/',
      documents: 1,
    });
  });

  it('flags a tampered record, a missing outcome and a forged global processing of a personal document', () => {
    const tampered = trail(3, { sensitivity: 'special', geography: 'eu' });
    tampered[0] = { ...tampered[0]!, sensitivity: 'public' }; // edited after it was written
    const missing = trail(4, { sensitivity: 'personal', geography: 'eu', outcome: null });
    const forged = trail(5, { sensitivity: 'personal', geography: 'global', destinations: ['eu-west-1', 'us-east-1'] });
    const report = buildReport(
      [...tampered, ...missing, ...forged, ...trail(6, { sensitivity: 'personal', geography: 'eu' })],
      options,
    );

    expect(report.clean).toBe(false);
    expect(report.integrity.problems.map((p) => p.documentId)).toContain(tampered[0]?.documentId);
    expect(report.integrity.problems.find((p) => p.documentId === tampered[0]?.documentId)?.problem).toMatch(
      /does not match its hash/,
    );
    expect(report.gaps).toEqual([
      expect.objectContaining({
        documentId: missing[0]?.documentId,
        problem: expect.stringMatching(/no outcome after 60 minutes/),
      }),
    ]);
    const forgedId = forged[0]?.documentId;
    expect(report.violations.filter((v) => v.documentId === forgedId).map((v) => v.problem)).toEqual([
      'personal document processed outside the EU: may have run in us-east-1',
      'personal document routed to the global queue',
    ]);
    expect(report.sensitiveDocuments.find((d) => d.documentId === forgedId)?.euOnly).toBe(false);
  });

  it('notices an outcome whose classification was removed, and a chain that was re-sealed', () => {
    const [, orphan] = trail(7, { sensitivity: 'personal', geography: 'eu' });
    const rechained = trail(8, { sensitivity: 'personal', geography: 'eu' });
    const { hash: _h, previousHash: _p, ...body } = rechained[1]!;
    rechained[1] = seal({ ...body, destinationRegions: ['eu-west-1'] }, 'f'.repeat(64)); // re-sealed, but not onto its classification
    const report = buildReport([orphan!, ...rechained], options);
    expect(report.gaps[0]?.problem).toMatch(/outcome without a classification/);
    expect(report.integrity.problems.map((p) => p.problem)).toContain(
      'processed record of 2026-11-24T10:00:05.000Z does not chain to the classified record',
    );
    expect(sealIntact(rechained[1]!)).toBe(true);
  });

  it('does not call a document overdue before the deadline, and keeps to the period', () => {
    const recent = trail(9, { sensitivity: 'public', geography: 'eu', at: '2026-11-24T11:30:00.000Z', outcome: null });
    expect(buildReport(recent, options).gaps).toEqual([]);
    const outside = buildReport(trail(10, { sensitivity: 'personal', geography: 'eu' }), {
      ...options,
      from: new Date('2026-11-25'),
    });
    expect(outside.totals.documents).toBe(0);
  });

  it('renders Markdown and a self-contained HTML page with a chart', () => {
    const report = buildReport(
      [...trail(11, { sensitivity: 'personal', geography: 'eu' }), ...trail(12, { sensitivity: 'public', geography: 'global' })],
      options,
    );
    expect(renderMarkdown(report)).toMatch(/## Personal and special-category documents[\s\S]*\| yes \|/);
    const html = renderHtml(report);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg role="img" aria-label="Documents per route"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
