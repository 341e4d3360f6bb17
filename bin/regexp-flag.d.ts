/** The V8 flag the CLI, the benches' timed children and the test workers start with: see regexp-flag.js. */
export declare const REGEXP_FLAG: string;
