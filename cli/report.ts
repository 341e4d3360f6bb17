// `cris report`: the compliance report, from the local stack's records or a real audit bucket,
// as Markdown, JSON or a self-contained HTML page.
import { existsSync, readFileSync } from 'node:fs';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { ComplianceReport } from '../shared/domain/compliance-report.js';
import { type AuditRecord, auditRecordSchema } from '../shared/domain/contracts.js';
import { filesIn } from './files.js';
import { readJson } from './outcomes.js';

export function auditRecordsFromDir(dir: string): AuditRecord[] {
  if (!existsSync(dir)) throw new Error(`no audit records in ${dir}: run \`npm start\` first, or name a bucket with --bucket`);
  return filesIn(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => auditRecordSchema.parse(JSON.parse(readFileSync(f, 'utf8'))));
}

/** Days between from and to (inclusive), as the date prefixes audit keys start with. */
function dayPrefixes(from?: Date, to?: Date): string[] {
  if (!from || !to) return ['audit/'];
  const days: string[] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= to.getTime(); t += 86_400_000) {
    days.push(`audit/${new Date(t).toISOString().slice(0, 10)}/`);
  }
  return days;
}

export async function auditRecordsFromBucket(s3: S3Client, bucket: string, from?: Date, to?: Date): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (const prefix of dayPrefixes(from, to)) {
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key) records.push(auditRecordSchema.parse(await readJson(s3, bucket, o.Key)));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
  return records;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function verdict(report: ComplianceReport): string {
  return report.clean
    ? 'No violation, no gap, and every audit trail is complete and unaltered.'
    : `${report.violations.length} violations, ${report.gaps.length} gaps, ${report.integrity.problems.length} integrity problems.`;
}

export function renderMarkdown(r: ComplianceReport): string {
  const lines = [
    '# cris-pipeline compliance report',
    '',
    `Period: ${r.period.from ?? 'beginning'} – ${r.period.to ?? 'now'} · generated ${r.period.generatedAt}`,
    '',
    `**${verdict(r)}**`,
    '',
    `${r.totals.documents} documents · ${r.totals.results} results · ${r.totals.errors} errors · ${r.totals.duplicates} duplicate deliveries · ${r.totals.records} audit records checked`,
    '',
    '## Documents by route',
    '',
    '| sensitivity | geography | profile | prefix | documents |',
    '|---|---|---|---|---|',
    ...r.routes.map((x) => `| ${x.sensitivity} | ${x.geography} | ${x.profileId} | ${x.prefix} | ${x.documents} |`),
    '',
    '## Personal and special-category documents',
    '',
    '| document | key | sensitivity | outcome | profile | may have run in | EU only |',
    '|---|---|---|---|---|---|---|',
    ...r.sensitiveDocuments.map(
      (d) =>
        `| ${d.documentId} | ${d.key ?? '-'} | ${d.sensitivity} | ${d.outcome} | ${d.profileId ?? '-'} | ${d.destinationRegions.join(', ') || '-'} | ${d.euOnly ? 'yes' : '**NO**'} |`,
    ),
  ];
  for (const [title, list] of [
    ['Violations', r.violations],
    ['Gaps', r.gaps],
    ['Integrity problems', r.integrity.problems],
  ] as const) {
    lines.push('', `## ${title}`, '');
    lines.push(...(list.length === 0 ? ['None.'] : list.map((f) => `- ${f.documentId} (${f.key ?? 'no key'}): ${f.problem}`)));
  }
  return `${lines.join('\n')}\n`;
}

/** Volumes per route as an inline SVG bar chart: no scripts, no external assets. */
function chart(r: ComplianceReport): string {
  const bars = new Map<string, { eu: number; global: number }>();
  for (const x of r.routes) {
    const entry = bars.get(x.sensitivity) ?? { eu: 0, global: 0 };
    if (x.geography === 'global') entry.global += x.documents;
    else entry.eu += x.documents;
    bars.set(x.sensitivity, entry);
  }
  const order = ['public', 'internal', 'personal', 'special', 'unknown'].filter((s) => bars.has(s));
  const max = Math.max(1, ...[...bars.values()].map((b) => b.eu + b.global));
  const width = 520;
  const rows = order.map((s, i) => {
    const b = bars.get(s) ?? { eu: 0, global: 0 };
    const eu = (b.eu / max) * (width - 160);
    const gl = (b.global / max) * (width - 160);
    const y = 10 + i * 34;
    return `<text x="0" y="${y + 17}" font-size="13">${s}</text><rect x="90" y="${y}" width="${eu}" height="24" fill="#1f5fa8"><title>${b.eu} EU</title></rect><rect x="${90 + eu}" y="${y}" width="${gl}" height="24" fill="#e3a21a"><title>${b.global} global</title></rect><text x="${96 + eu + gl}" y="${y + 17}" font-size="12">${b.eu} EU · ${b.global} global</text>`;
  });
  const height = 20 + order.length * 34;
  return `<svg role="img" aria-label="Documents per route" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`;
}

export function renderHtml(r: ComplianceReport): string {
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const findings = (title: string, list: ComplianceReport['violations']) =>
    `<h2>${title}</h2>${list.length === 0 ? '<p class="ok">None.</p>' : `<ul class="bad">${list.map((f) => `<li><code>${esc(f.documentId)}</code> ${esc(f.key ?? '')}: ${esc(f.problem)}</li>`).join('')}</ul>`}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>cris-pipeline compliance report</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;font-size:.9rem}th{background:#f2f2f2}.ok{color:#1a7f37}.bad{color:#b42318}.verdict{font-size:1.1rem;padding:.6rem;border-radius:4px;background:${r.clean ? '#e8f5e9' : '#fdecea'}}</style>
</head><body>
<h1>Compliance report</h1>
<p>Period ${esc(r.period.from ?? 'beginning')} – ${esc(r.period.to ?? 'now')}, generated ${esc(r.period.generatedAt)}</p>
<p class="verdict">${esc(verdict(r))}</p>
<p>${r.totals.documents} documents · ${r.totals.results} results · ${r.totals.errors} errors · ${r.totals.duplicates} duplicate deliveries · ${r.totals.records} audit records checked</p>
<h2>Volumes per route</h2>${chart(r)}
${table(
  ['sensitivity', 'geography', 'profile', 'prefix', 'documents'],
  r.routes.map((x) => [x.sensitivity, x.geography, x.profileId, x.prefix, String(x.documents)]),
)}
<h2>Personal and special-category documents</h2>
${table(
  ['document', 'key', 'sensitivity', 'outcome', 'profile', 'may have run in', 'EU only'],
  r.sensitiveDocuments.map((d) => [
    d.documentId,
    d.key ?? '-',
    d.sensitivity,
    d.outcome,
    d.profileId ?? '-',
    d.destinationRegions.join(', ') || '-',
    d.euOnly ? 'yes' : 'NO',
  ]),
)}
${findings('Violations', r.violations)}
${findings('Gaps', r.gaps)}
${findings('Integrity problems', r.integrity.problems)}
</body></html>
`;
}
