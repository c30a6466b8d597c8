/** Entry point of the `dossier` command (started by bin/dossier.mjs): runs it and sets the exit code. */
import { createInterface } from 'node:readline/promises';
import { run } from './run';

/** A question on stderr, answered on stdin; only when both are a terminal, so scripts never wait. */
async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
});
