// Every match of a global pattern, found without `String.prototype.matchAll`'s copy of the pattern.

/**
 * The matches of the global pattern `pattern` in `text`, in order, as `matchAll` yields them: from the
 * pattern's `lastIndex` on, past empty matches by a code point (a code unit without the `u` or `v` flag), and with the
 * pattern's `lastIndex` as it was afterwards.
 *
 * `matchAll` copies its pattern at every call (`new RegExp(pattern, flags)`), and the copy costs in proportion to the
 * pattern's source: for the classifier's patterns of hundreds of words, several microseconds, far more than searching a
 * short text (`npm run bench -- classifier` measures it). This runs the pattern itself, all at once, so a loop's body
 * that uses the same pattern cannot disturb the search.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const from = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** The index after `index`: past a surrogate pair where `unicode` reads code points. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
