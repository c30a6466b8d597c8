/** `npm run web`: serves the workbench to a browser on this machine only and prints its address. */
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir';
import { LibraryDamagedError } from '../core/db/damaged-library';
import { repoPaths } from '../core/repo-paths';
import { startHost, webLinkPrefix } from './start-host';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});
const dataDir = values['data-dir'] ?? defaultDataDir();
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not ${values.port}`);
  process.exit(2);
}
try {
  const host = await startHost({ dataDir, port, rendererDir: repoPaths.renderer, sampleDir: repoPaths.sampleCorpus });
  console.log(`Dossier is running at ${host.url}`);
  console.log(`Library: ${dataDir}`);
  console.log('Open the address above in your browser. Press Ctrl+C to stop.');
  console.log(`To open a brief's link (dossier://open?doc=…) here, put what follows its "?" after:`);
  console.log(`  ${webLinkPrefix(host.url)}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Dossier could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof LibraryDamagedError && error.latestGood) {
    console.error(`To put that backup in its place (the damaged file is kept), run:`);
    console.error(`  npx dossier restore "${error.latestGood.path}" --data-dir "${dataDir}"`);
  }
  process.exit(1);
}
