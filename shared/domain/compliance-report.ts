// The compliance report over audit records: volumes by route, where every personal or
// special document was processed, violations, gaps, and the integrity of each chain.
import { sealIntact } from './audit-chain.js';
import type { AuditRecord } from './contracts.js';
import { isPersonal, isSensitivity } from './sensitivity.js';

const TERMINAL = new Set(['processed', 'failed', 'refused']);

export interface ReportOptions {
  readonly from?: Date;
  readonly to?: Date;
  readonly now: Date;
  /** A classified document without an outcome after this long is a gap. */
  readonly outcomeDeadlineMinutes: number;
  /** Region → member of the EU, from the profile catalog. */
  readonly euRegions: ReadonlySet<string>;
}

export interface RouteCount {
  readonly sensitivity: string;
  readonly geography: string;
  readonly profileId: string;
  readonly prefix: string;
  readonly documents: number;
}

export interface SensitiveDocument {
  readonly documentId: string;
  readonly key: string | null;
  readonly sensitivity: string;
  readonly outcome: string;
  readonly profileId: string | null;
  readonly destinationRegions: readonly string[];
  readonly euOnly: boolean;
}

export interface Finding {
  readonly documentId: string;
  readonly key: string | null;
  readonly problem: string;
}

export interface ComplianceReport {
  readonly period: { readonly from: string | null; readonly to: string | null; readonly generatedAt: string };
  readonly totals: {
    readonly documents: number;
    readonly records: number;
    readonly results: number;
    readonly errors: number;
    readonly duplicates: number;
  };
  readonly routes: readonly RouteCount[];
  readonly sensitiveDocuments: readonly SensitiveDocument[];
  readonly violations: readonly Finding[];
  readonly gaps: readonly Finding[];
  readonly integrity: { readonly recordsChecked: number; readonly problems: readonly Finding[] };
  /** True when there is no violation, no gap and no integrity problem. */
  readonly clean: boolean;
}

const prefixOf = (key: string | undefined) => (key?.includes('/') ? `${key.slice(0, key.indexOf('/') + 1)}` : '(root)');

export function buildReport(records: readonly AuditRecord[], options: ReportOptions): ComplianceReport {
  const inPeriod = (r: AuditRecord) =>
    (!options.from || Date.parse(r.at) >= options.from.getTime()) && (!options.to || Date.parse(r.at) < options.to.getTime());
  const byDocument = new Map<string, AuditRecord[]>();
  for (const r of records) {
    const list = byDocument.get(r.documentId) ?? [];
    list.push(r);
    byDocument.set(r.documentId, list);
  }

  const routes = new Map<string, RouteCount>();
  const sensitiveDocuments: SensitiveDocument[] = [];
  const violations: Finding[] = [];
  const gaps: Finding[] = [];
  const integrity: Finding[] = [];
  let documents = 0;
  let results = 0;
  let errors = 0;
  let duplicates = 0;

  for (const [documentId, trail] of byDocument) {
    const classified = trail.filter((r) => r.event === 'classified');
    const terminal = trail.filter((r) => TERMINAL.has(r.event));
    // A document belongs to the period when it was classified in it (or, lacking that, finished in it).
    const anchor = classified[0] ?? terminal[0] ?? trail[0];
    if (!anchor || !inPeriod(anchor)) continue;
    documents += 1;
    const key = anchor.source?.key ?? null;
    const problem = (list: Finding[], text: string) => list.push({ documentId, key, problem: text });

    for (const r of trail) {
      if (!sealIntact(r))
        problem(integrity, `${r.event} record of ${r.at} does not match its hash: altered after it was written`);
    }
    const head = classified[0];
    for (const r of trail.filter((t) => t.event !== 'classified')) {
      if (head && r.previousHash !== head.hash)
        problem(integrity, `${r.event} record of ${r.at} does not chain to the classified record`);
    }
    if (classified.length > 1 && new Set(classified.map((c) => c.hash)).size > 1 && terminal.length === 0) {
      problem(integrity, 'classified more than once with different content');
    }

    duplicates += trail.filter((r) => r.event === 'duplicate').length;
    if (!head) problem(gaps, `outcome without a classification (${terminal.map((t) => t.event).join(', ') || 'no events'})`);
    if (terminal.length === 0 && head) {
      const overdue = options.now.getTime() - Date.parse(head.at) > options.outcomeDeadlineMinutes * 60_000;
      if (overdue) problem(gaps, `classified ${head.at} and no outcome after ${options.outcomeDeadlineMinutes} minutes`);
    }
    if (terminal.length > 1)
      problem(integrity, `${terminal.length} outcomes (${terminal.map((t) => t.event).join(', ')}): expected exactly one`);

    const outcome = terminal[0];
    if (outcome?.event === 'processed') results += 1;
    else if (outcome) errors += 1;
    const sensitivity = head?.sensitivity ?? outcome?.sensitivity ?? 'unknown';
    const geography = head?.geography ?? outcome?.geography ?? 'unknown';
    const profileId = outcome?.profileId ?? '-';
    const routeKey = [sensitivity, geography, profileId, prefixOf(key ?? undefined)].join('\u0000');
    const route = routes.get(routeKey);
    routes.set(routeKey, {
      sensitivity,
      geography,
      profileId,
      prefix: prefixOf(key ?? undefined),
      documents: (route?.documents ?? 0) + 1,
    });

    const processedOutside = (outcome?.destinationRegions ?? []).filter((r) => !options.euRegions.has(r));
    if (isSensitivity(sensitivity) && isPersonal(sensitivity)) {
      const euOnly = outcome?.event !== 'processed' || (processedOutside.length === 0 && !!outcome.profileId?.startsWith('eu.'));
      sensitiveDocuments.push({
        documentId,
        key,
        sensitivity,
        outcome: outcome?.event ?? 'none',
        profileId: outcome?.profileId ?? null,
        destinationRegions: outcome?.destinationRegions ?? [],
        euOnly,
      });
      if (!euOnly) {
        const where =
          processedOutside.length > 0 ? `may have run in ${processedOutside.join(', ')}` : `profile ${outcome?.profileId}`;
        problem(violations, `${sensitivity} document processed outside the EU: ${where}`);
      }
      if (geography === 'global') problem(violations, `${sensitivity} document routed to the global queue`);
    }
  }

  const sortedRoutes = [...routes.values()].sort((a, b) => b.documents - a.documents || a.prefix.localeCompare(b.prefix));
  return {
    period: {
      from: options.from?.toISOString() ?? null,
      to: options.to?.toISOString() ?? null,
      generatedAt: options.now.toISOString(),
    },
    totals: { documents, records: records.length, results, errors, duplicates },
    routes: sortedRoutes,
    sensitiveDocuments,
    violations,
    gaps,
    integrity: { recordsChecked: records.length, problems: integrity },
    clean: violations.length === 0 && gaps.length === 0 && integrity.length === 0,
  };
}
