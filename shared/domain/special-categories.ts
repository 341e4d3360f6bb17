// GDPR Art. 9 special categories: lexicon hits count only when a person is in view, so an
// article about a disease stays non-personal while a sick note does not. Also the other
// document-wide signals: a writer speaking of themself, and confidentiality markers.
import { SPECIAL_CATEGORIES, type SpecialCategory } from './lexicons.js';
import type { Hit, TextScan } from './text-scan.js';

export type { SpecialCategory } from './lexicons.js';

const FAMILIES = SPECIAL_CATEGORIES.map((category) => [category, `special:${category}`] as const);

/** Counts terms per category; only those starting in [from, to) (a window's own region). */
export function findSpecialCategoryTerms(scan: TextScan, from = 0, to = scan.text.length): Map<SpecialCategory, number> {
  const found = new Map<SpecialCategory, number>();
  for (const [category, family] of FAMILIES) {
    let count = 0;
    for (const hit of scan.byFamily.get(family) ?? []) if (hit.start >= from && hit.start < to) count += 1;
    if (count > 0) found.set(category, count);
  }
  return found;
}

/** How close a first-person word must stand before a special-category term to be about the writer. */
const SELF_REACH = 60;

/**
 * Special-category terms the writer says about themself ("I have been diagnosed with …",
 * "ich bin Mitglied der Gewerkschaft"): the writer is a person, whoever reads it.
 */
export function selfDisclosures(scan: TextScan, from = 0, to = scan.text.length): number {
  const selves = scan.byFamily.get('first-person');
  if (!selves) return 0;
  let count = 0;
  for (const [, family] of FAMILIES) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      if (hit.start < from || hit.start >= to) continue;
      if (selves.some((self) => beside(scan.text, self, hit))) count += 1;
    }
  }
  return count;
}

/** A first-person word before the term ("my diagnosis") or after it ("the union fee from my salary"), on its line. */
function beside(text: string, self: Hit, term: Hit): boolean {
  return self.start <= term.start
    ? term.start - self.end <= SELF_REACH && !lineBreakBetween(text, self.end, term.start)
    : self.start - term.end <= SELF_REACH && !lineBreakBetween(text, term.end, self.start);
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  const i = text.indexOf('\n', from);
  return i >= 0 && i < to;
}

export function hasConfidentialityMarker(scan: TextScan, from = 0, to = scan.text.length): boolean {
  return (scan.byFamily.get('confidential') ?? []).some((h) => h.start >= from && h.start < to);
}
