/**
 * Ends the process with a command's exit code. A command whose promise is still pending when nothing is left to wait on
 * (no timer, no socket: a request whose answer will never come) would otherwise end the process with code 0 and no
 * output, as if it had succeeded; it ends with code 1 and says so.
 */
export function exitWith(run: Promise<number>): void {
  let settled = false;
  process.on('beforeExit', () => {
    if (settled) return;
    process.stderr.write('cris: the command stopped before it finished: nothing was left to wait on\n');
    process.exit(1);
  });
  run.then(
    (code) => {
      settled = true;
      process.exit(code);
    },
    (error: Error) => {
      settled = true;
      process.stderr.write(`cris: ${error.message}\n`);
      process.exit(1);
    },
  );
}
