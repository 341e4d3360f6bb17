// The heap limit the CLI runs with (bin/cris.js) and the large-file bench measures with. On a
// machine with much memory V8's default limit (a quarter of it) lets the garbage of reading a
// long text window by window pile up before it collects: a 50 MB file peaked at 151–230 MB
// RSS; with 1 GiB, at 148–155 MB, no slower. Documents that need more heap than this are far
// past any size limit the pipeline sets.
export const HEAP_FLAG = '--max-old-space-size=1024';
