// Starts a worker written in TypeScript when Dossier runs from source (tests, `npm run web`, the
// CLI): registers tsx in this thread, then loads the real entry. The packaged app runs the
// bundled `.js` entries instead and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
