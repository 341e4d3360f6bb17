// Decides a document's sensitivity level from its text and explains the decision.
import { type Detector, type FindingCategory, PERSONAL_DETECTORS, secretDetector } from './detectors.js';
import type { Sensitivity } from './sensitivity.js';
import { findSpecialCategoryTerms, hasConfidentialityMarker, hasPersonSignal } from './special-categories.js';

/** Bumped whenever detectors or thresholds change; stamped on object tags and records. */
export const CLASSIFIER_VERSION = '1.0.0';

export interface Finding {
  readonly type: string;
  readonly category: FindingCategory;
  readonly count: number;
  readonly confidence: number;
}

export interface Classification {
  readonly sensitivity: Sensitivity;
  readonly findings: readonly Finding[];
  readonly reasons: readonly string[];
  readonly hasSecrets: boolean;
}

/** A value found, for `--show-values` only: never logged, stored or sent anywhere. */
export interface FoundValue {
  readonly type: string;
  readonly value: string;
}

function collect(detectors: readonly Detector[], text: string, values?: FoundValue[]): Finding[] {
  const findings: Finding[] = [];
  for (const detector of detectors) {
    const byType = new Map<string, { count: number; confidence: number }>();
    for (const match of detector.find(text)) {
      const entry = byType.get(match.type) ?? { count: 0, confidence: 0 };
      entry.count += 1;
      entry.confidence = Math.max(entry.confidence, match.confidence);
      byType.set(match.type, entry);
      values?.push({ type: match.type, value: match.value });
    }
    for (const [type, { count, confidence }] of byType) {
      findings.push({ type, category: detector.category, count, confidence });
    }
  }
  return findings;
}

export function classifyText(text: string, values?: FoundValue[]): Classification {
  const findings = collect([...PERSONAL_DETECTORS, secretDetector], text, values);
  const reasons: string[] = [];
  const personal = findings.filter((f) => f.category === 'personal');
  const hasSecrets = findings.some((f) => f.category === 'secret');
  const personInView = personal.length > 0 || hasPersonSignal(text);

  const special = findSpecialCategoryTerms(text);
  if (personInView) {
    for (const [category, count] of special) {
      findings.push({ type: `special:${category}`, category: 'special', count, confidence: 0.8 });
    }
  }
  if (!personInView && special.size > 0) {
    reasons.push(`special-category terms (${[...special.keys()].join(', ')}) with no person in view`);
  }

  let sensitivity: Sensitivity = 'public';
  if (findings.some((f) => f.category === 'special')) {
    sensitivity = 'special';
    reasons.push('special-category data about a person');
  } else if (personal.length > 0) {
    sensitivity = 'personal';
    reasons.push(`personal identifiers: ${personal.map((f) => f.type).join(', ')}`);
  } else if (personInView) {
    sensitivity = 'personal';
    findings.push({ type: 'person-reference', category: 'personal', count: 1, confidence: 0.6 });
    reasons.push('names or dates of birth in context');
  }
  if (hasSecrets) {
    reasons.push('secrets present: never eligible for global');
    if (sensitivity === 'public') sensitivity = 'internal';
  }
  if (sensitivity === 'public' && hasConfidentialityMarker(text)) {
    sensitivity = 'internal';
    reasons.push('marked confidential or internal');
  }
  if (sensitivity === 'public') reasons.push('no personal data or confidentiality marker found');
  return { sensitivity, findings, reasons, hasSecrets };
}
