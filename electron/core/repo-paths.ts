/** Paths inside the checkout for the Node shells (CLI, web host) that run from source. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const repoPaths = {
  root,
  renderer: join(root, 'out', 'renderer'),
  sampleCorpus: join(root, 'resources', 'sample-corpus'),
};
