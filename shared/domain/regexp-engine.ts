// How V8 compiles the classifier's regular expressions: straight to machine code, not first to bytecode.
//
// By default V8 first compiles a regular expression to bytecode for its interpreter and compiles it to machine code on
// its second use ("tier-up"). It also stops optimising the regular expressions it compiles once an isolate has
// generated more than 1 MB of regexp code and holds more than 16 MB of executable memory (`TooMuchRegExpCode` in V8's
// `src/regexp/regexp.cc`): past that point a new pattern gets no Boyer-Moore look-ahead and no quick checks. The
// classifier's thousand patterns of word lists compile to about 10 MB of bytecode, which counts towards that megabyte,
// while machine code counts only its small header there: with tier-up, every pattern compiled after the first hundred
// or so ran unoptimised, 1.7 to 5 times slower than the same pattern compiled first (measured in session 55 on Node 20).
// Compiled straight to machine code, they stay optimised; the classifier's findings are the same either way.
//
// The flag is set from code because Lambda's NODE_OPTIONS accepts no V8 flags beyond a short list. V8 reads it each
// time it compiles a pattern, so it holds for every pattern first used after this module is evaluated; `text-scan.ts`,
// which every detector imports, imports this module first.
import { setFlagsFromString } from 'node:v8';

/** The V8 flag that compiles regular expressions to machine code at their first use. */
const REGEXP_FLAG = '--no-regexp-tier-up';

try {
  setFlagsFromString(REGEXP_FLAG);
} catch {
  // A runtime that freezes V8's flags after start: the patterns still work, only slower.
}
