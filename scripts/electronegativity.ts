/**
 * `npm run security:electron`: runs Doyensec's Electronegativity over the shipped sources (every
 * electron/ module and the renderer, tests left out) and fails on any finding outside the allowlist
 * in electronegativity-verdict.ts. Offline and quick: the tool's network calls (fresh translations,
 * Electron's release list) are answered locally, and the release-list check, which only says whether
 * a newer Electron exists, is left out; the Electron version comes from the installed package.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, type Finding } from './electronegativity-verdict';

interface Issue extends Finding {
  location: { line: number };
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The tool fetches with `got`; its modules get a stand-in that answers "not found" without a socket. */
function keepOffline(): void {
  const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = createRequire(join(toolDir, 'dist', 'index.js')).resolve('got');
  const offline = () => Promise.resolve({ statusCode: 404, body: '' });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeModule;
}

function stage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-electronegativity-'));
  const shipped = (source: string) =>
    !/\.test\.tsx?$/.test(source) && !source.includes(`${join('importers', 'fixtures')}`);
  cpSync(join(root, 'electron'), join(dir, 'electron'), { recursive: true, filter: shipped });
  cpSync(join(root, 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
  cpSync(join(root, 'renderer', 'src'), join(dir, 'renderer', 'src'), { recursive: true, filter: shipped });
  return dir;
}

process.env.LANG = 'en-US';
keepOffline();
const run = require('@doyensec/electronegativity') as Run;
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const input = stage();
try {
  const result = await run(
    {
      input,
      isRelative: true,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const findings = result.issues.map((issue) => ({ ...issue, line: issue.location.line }));
  const { unexpected, allowed, stale } = judge(findings);
  const unreadable = result.errors.filter((error) => !error.tolerable);
  const where = (f: Finding) => `${f.id} at ${f.file}:${f.line}`;
  console.log(
    `electronegativity (Electron ${electronVersion}): ${result.atomicChecks + result.globalChecks} checks, ` +
      `${findings.length} findings, ${allowed.length} on the allowlist.`,
  );
  for (const finding of unexpected)
    console.error(`  NEW FINDING ${where(finding)}: ${finding.description}\n    ${finding.sample ?? ''}`);
  for (const entry of stale)
    console.error(`  STALE ALLOWLIST ENTRY ${entry.id} for ${entry.file}: the finding is gone; remove the entry.`);
  for (const error of unreadable) console.error(`  COULD NOT SCAN ${error.file}: ${error.message}`);
  if (unexpected.length || stale.length || unreadable.length) {
    console.error(
      'electronegativity: FAILED. Fix the finding, or add it to scripts/electronegativity-verdict.ts with the reason.',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(input, { recursive: true, force: true });
}
