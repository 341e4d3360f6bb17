// The V8 flag the CLI, the benches' timed children and the test workers start with: regular expressions compile
// straight to machine code, not first to bytecode.
//
// By default V8 first compiles a regular expression to bytecode for its interpreter and compiles it to machine code on
// its second use ("tier-up"). It also stops optimising the regular expressions it compiles once an isolate has
// generated more than 1 MB of regexp code and holds more than 16 MB of executable memory (`TooMuchRegExpCode` in V8's
// `src/regexp/regexp.cc`): past that point a new pattern gets no Boyer-Moore look-ahead and no quick checks. The
// classifier's thousand patterns of word lists compile to about 10 MB of bytecode, which counts towards that megabyte:
// with tier-up, every pattern compiled after the first hundred or so ran unoptimised, 1.7 to 5 times slower than the
// same pattern compiled first (measured in session 55 on Node 20). Compiled straight to machine code, they stay
// optimised; the classifier's findings are the same either way.
//
// It must be given when the process starts. From session 55 to 2.66.0 the classifier set it from code
// (`v8.setFlagsFromString`) once its modules loaded; Node documents that changing V8's flags after start may behave
// unpredictably, and it did: under tsx about one process in five then died with SIGSEGV (4 of 20 runs of one
// classification, session 58; none of 20 with the flag given at start). Lambda's NODE_OPTIONS accepts no V8 flags
// beyond a short list, so the deployed functions run without it, slower but safe.
export const REGEXP_FLAG = '--no-regexp-tier-up';
