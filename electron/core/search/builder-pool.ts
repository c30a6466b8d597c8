/**
 * Up to N index-builder threads, started when a build is needed and stopped when idle, so an
 * idle library holds no builder memory.
 */
import type { WorkerOptions } from '../threads/spawn-worker';
import { RpcClient } from '../threads/rpc';
import { spawnWorker } from '../threads/spawn-worker';
import type { BuiltShard } from './shard-set';

const IDLE_MS = 15_000;

export class BuilderPool {
  private readonly idle: RpcClient[] = [];
  private readonly all = new Set<RpcClient>();
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: WorkerOptions) {}

  async build(docIds: readonly string[]): Promise<BuiltShard | null> {
    if (this.closed) return null;
    const client = this.idle.pop() ?? this.start();
    try {
      const built = await client.call<BuiltShard>('build', { docIds });
      return this.closed ? null : built;
    } catch (error) {
      if (this.closed) return null;
      throw error;
    } finally {
      if (client.alive && !this.closed) this.idle.push(client);
      else this.all.delete(client);
      this.armIdleTimer();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await Promise.all([...this.all].map((c) => c.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  private start(): RpcClient {
    const worker = spawnWorker(
      { name: 'index-builder', besides: import.meta.url },
      {
        ...this.options,
        resourceLimits: { maxOldGenerationSizeMb: 3072, maxYoungGenerationSizeMb: 192 },
      },
    );
    worker.unref();
    const client = new RpcClient(worker);
    this.all.add(client);
    return client;
  }

  private armIdleTimer(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      for (const client of this.idle.splice(0)) {
        this.all.delete(client);
        void client.terminate();
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}
