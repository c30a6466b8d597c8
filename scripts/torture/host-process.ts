/**
 * The web host as a child process the torture run can kill: started exactly as `npm run web`
 * starts it (the TypeScript sources through tsx, one Node process, so SIGKILL takes its worker
 * threads with it), called over HTTP with the run's token, and killed with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TOKEN_HEADER, type DossierError } from '../../electron/contract';
import { repoPaths } from '../../electron/core/repo-paths';

/** What a call came back with; `lost` when the connection died before an answer (the host was killed). */
export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: DossierError } | { lost: true };

const STARTUP_LIMIT_MS = 60_000;
const CALL_LIMIT_MS = 120_000;
const ADDRESS = /(http:\/\/127\.0\.0\.1:\d+\/)[?#&]?token=([A-Za-z0-9_-]+)/;

export class HostProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private base = '';
  private token = '';
  private output = '';

  constructor(dataDir: string) {
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoPaths.root, 'electron', 'host', 'index.ts'), '--data-dir', dataDir, '--port', '0'],
      { cwd: repoPaths.root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-8_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  /** The last lines the host printed, for a failure message. */
  get log(): string {
    return this.output.trim();
  }

  /** Resolves once the host has printed its address (the library is open and migrated by then). */
  async ready(): Promise<void> {
    const started = Date.now();
    for (;;) {
      const found = ADDRESS.exec(this.output);
      if (found) {
        this.base = found[1] ?? '';
        this.token = found[2] ?? '';
        return;
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`the web host exited during start-up:\n${this.log}`);
      }
      if (Date.now() - started > STARTUP_LIMIT_MS) throw new Error(`the web host did not start in 60 s:\n${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async call(method: string, payload: unknown = {}): Promise<CallOutcome> {
    let response: Response;
    try {
      response = await fetch(`${this.base}api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: this.token },
        body: JSON.stringify(payload),
        // A host that stops answering fails the run instead of hanging it.
        signal: AbortSignal.timeout(CALL_LIMIT_MS),
      });
    } catch {
      return { lost: true };
    }
    let body: { ok: boolean; value?: unknown; error?: DossierError };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      return { lost: true };
    }
    if (body.ok) return { ok: true, value: body.value };
    return { ok: false, error: body.error ?? { code: 'internal', message: `HTTP ${response.status}` } };
  }

  /** SIGKILL: no handler runs, nothing is flushed or closed. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
