/** The V8 heap-limit flag the CLI runs with: see heap.js. */
export declare const HEAP_FLAG: string;
