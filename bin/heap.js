// The heap limit the CLI runs with (bin/cris.js) and the large-file bench measures with. On a
// machine with much memory V8's default limit (a quarter of it) lets the garbage of reading a
// long text window by window pile up before it collects: a 50 MB file peaked at 151–230 MB
// RSS; with 1 GiB, at 148–155 MB, no slower. As the classifier's patterns grew, the file dense
// with names reached 256–257 MB with 1 GiB (classifier 2.68.0); with 512 MiB, 232 MB, no slower
// (session 59). Documents that need more heap than this are far past any size limit the
// pipeline sets.
export const HEAP_FLAG = '--max-old-space-size=512';
