// The routing rules of the design, in order; every decision carries its reason.
import type { Classification } from './classify.js';
import type { PolicyRule } from './policy.js';
import { type Geography, isPersonal, isSensitivity, maxLevel, type Sensitivity } from './sensitivity.js';

export interface RoutingInput {
  readonly classification: Classification | undefined;
  /** Why the document was not fully read or classified, when it was not. */
  readonly incomplete?: string;
  readonly rule: PolicyRule;
  /** The uploader's `x-amz-meta-sensitivity`, raw. */
  readonly declaredSensitivity?: string;
}

export interface RoutingDecision {
  readonly sensitivity: Sensitivity;
  readonly geography: Geography;
  readonly reason: string;
}

/**
 * What the classifier found, and at least `personal` where the document was not read whole:
 * nothing shows the unread part holds no personal data, so it is treated as if it did.
 */
export function levelOf(classification: Classification | undefined, incomplete: string | undefined): Sensitivity {
  const found = classification?.sensitivity ?? 'personal';
  return incomplete !== undefined ? maxLevel(found, 'personal') : found;
}

export function route(input: RoutingInput): RoutingDecision {
  const detected = levelOf(input.classification, input.incomplete);
  // Rule 4: the uploader may raise the level, never lower it; an unknown value is ignored.
  const declared = input.declaredSensitivity?.trim().toLowerCase();
  const sensitivity = isSensitivity(declared) ? maxLevel(detected, declared) : detected;
  const raised = sensitivity !== detected ? ` (raised from ${detected} by uploader metadata)` : '';

  if (input.incomplete !== undefined || !input.classification) {
    return {
      sensitivity,
      geography: 'eu',
      reason: `not fully read or classified (${input.incomplete ?? 'no classification'}): treated as ${sensitivity}, fail closed to the EU${raised}`,
    };
  }
  if (isPersonal(sensitivity)) {
    return { sensitivity, geography: 'eu', reason: `${sensitivity} data is processed only in the EU${raised}` };
  }
  if (input.classification.hasSecrets) {
    return { sensitivity, geography: 'eu', reason: 'holds secrets: never global' };
  }
  if (!input.rule.allowGlobal) {
    return { sensitivity, geography: 'eu', reason: `policy rule ${input.rule.name} does not opt in to global${raised}` };
  }
  return {
    sensitivity,
    geography: 'global',
    reason: `${sensitivity} under policy rule ${input.rule.name}, which opts in to global${raised}`,
  };
}
