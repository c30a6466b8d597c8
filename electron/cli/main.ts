/** Entry point of the `dossier` command (started by bin/dossier.mjs): runs it and sets the exit code. */
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
});
