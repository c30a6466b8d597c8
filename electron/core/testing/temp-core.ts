/**
 * Test support: a real core over a fresh temporary data folder, driven through `core.handle`
 * exactly as every shell drives it, so tests exercise parsing, services and SQL together.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallScope, CoreMethodName, DossierError, MethodInput, MethodOutput } from '../../contract';
import { createCore, type Core, type CoreOptions } from '../create-core';
import { ParsePool } from '../importers/parse-pool';

export interface TempCore {
  core: Core;
  dataDir: string;
  /** Calls a method and returns its value; a failure becomes a thrown error naming the code. */
  call<M extends CoreMethodName>(method: M, payload?: MethodInput<M>, scope?: CallScope): Promise<MethodOutput<M>>;
  /** Calls a method that must fail and returns its error. */
  fails<M extends CoreMethodName>(method: M, payload: unknown, scope?: CallScope): Promise<DossierError>;
  /** Closes the core and opens a new one on the same folder. */
  reopen(): Promise<TempCore>;
  dispose(): Promise<void>;
}

export const silentLogger = { warn: () => undefined, error: () => undefined };

/** A clock that moves one second per call, so creation order is also time order. */
export function steppingClock(startIso = '2025-01-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => new Date((t += 1000));
}

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-test-'));
}

/**
 * One parse pool for every test core in a test file, so a worker boots once per file rather than once
 * per test; idle workers stop by themselves and never keep the test process alive.
 */
const sharedParsePool = new ParsePool();

export function tempCore(options: Partial<CoreOptions> = {}, dataDir = makeTempDir()): TempCore {
  const clock = options.clock ?? steppingClock();
  const imports = { pool: sharedParsePool, ...options.imports };
  const core = createCore({ dataDir, platform: 'cli', logger: silentLogger, ...options, imports, clock });
  const self: TempCore = {
    core,
    dataDir,
    async call(method, payload, scope) {
      const result = await core.handle(method, payload ?? {}, scope);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    async fails(method, payload, scope) {
      const result = await core.handle(method, payload, scope);
      if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
      return result.error;
    },
    async reopen() {
      await core.close();
      return tempCore({ ...options, clock }, dataDir);
    },
    async dispose() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** An import payload entry from text or raw bytes. */
export function fileOf(name: string, content: string | Uint8Array): { name: string; contentBase64: string } {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, contentBase64: bytes.toString('base64') };
}

/** Everything the analyst can see, to compare a library before and after a round trip. */
export async function visibleState(t: TempCore, scope?: CallScope) {
  const documents = await t.call('documents.list', {}, scope);
  const details = await Promise.all(documents.map((d) => t.call('documents.get', { id: d.id }, scope)));
  return { details, tags: await t.call('tags.list', {}, scope), events: await t.call('events.list', {}, scope) };
}
