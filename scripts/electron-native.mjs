// Runs before `npm start` / `npm run dev`: makes sure a better-sqlite3 build for Electron's ABI exists
// in .native/electron-<version>/, next to (not instead of) the Node build in node_modules that tests,
// the CLI and the web host use. The app passes that file to better-sqlite3 as `nativeBinding`.
// The build happens in a temporary copy of the package, so node_modules is never touched.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const packageDir = join(root, 'node_modules', 'better-sqlite3');
const log = (message) => console.log(`electron-native: ${message}`);

function fail(message) {
  console.error(`electron-native: ${message}`);
  process.exit(1);
}

/** Where node_modules/electron would run the binary from, without requiring it (that starts a download). */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
  }
  return executable ? join(electronDir, 'dist', executable) : null;
}

function run(label, command, args, cwd) {
  log(`${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** node-gyp from the project, else the copy bundled with npm. */
function nodeGypScript() {
  const candidates = [
    () => createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'),
    () => join(dirname(process.env.npm_execpath ?? ''), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    () =>
      join(
        dirname(process.execPath),
        '..',
        'lib',
        'node_modules',
        'npm',
        'node_modules',
        'node-gyp',
        'bin',
        'node-gyp.js',
      ),
    () => join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  for (const candidate of candidates) {
    try {
      const script = candidate();
      if (existsSync(script)) return script;
    } catch {
      // not here; try the next place
    }
  }
  return null;
}

function build(version, target) {
  const work = mkdtempSync(join(tmpdir(), 'dossier-electron-native-'));
  const copy = join(work, 'better-sqlite3');
  try {
    log(`building better-sqlite3 for Electron ${version} in ${work}`);
    // Copy the real folder, never a symlink to it: `node-gyp rebuild` starts by deleting build/, and
    // in node_modules that is the Node build that tests, the CLI and the web host need.
    const source = realpathSync(packageDir);
    cpSync(source, copy, {
      recursive: true,
      dereference: true,
      filter: (path) => {
        const inside = relative(source, path);
        return inside !== 'build' && !inside.startsWith(`build${sep}`);
      },
    });
    if (lstatSync(copy).isSymbolicLink() || realpathSync(copy) === source)
      throw new Error('could not make a private copy of better-sqlite3.');
    const platformArgs = [`--arch=${process.arch}`, `--platform=${process.platform}`];
    const prebuild = join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const fetched = existsSync(prebuild)
      ? run(
          'download prebuilt',
          process.execPath,
          [prebuild, '--runtime=electron', `--target=${version}`, ...platformArgs],
          copy,
        )
      : run(
          'download prebuilt',
          'npx',
          ['--yes', 'prebuild-install', '--runtime=electron', `--target=${version}`, ...platformArgs],
          copy,
        );
    if (!fetched) {
      log('no prebuilt binary; compiling from source instead (needs a C++ toolchain and Python)');
      const gyp = nodeGypScript();
      const gypArgs = [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ];
      const compiled = gyp
        ? run('compile', process.execPath, [gyp, ...gypArgs], copy)
        : run('compile', 'npm', ['exec', '--yes', 'node-gyp', '--', ...gypArgs], copy);
      if (!compiled)
        throw new Error(
          'could not build better-sqlite3 for Electron. See the output above; `npm run web` works without it.',
        );
    }
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`the build finished but ${built} is missing.`);
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    log(`saved ${relative(root, target)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const manifest = join(electronDir, 'package.json');
if (!existsSync(manifest)) fail('Electron is not installed. Run `npm install` first.');
const { version } = JSON.parse(readFileSync(manifest, 'utf8'));

const binary = electronBinary();
if (!binary || !existsSync(binary)) {
  fail(
    "Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?). " +
      'Run `npm install` without it to get the desktop app, or use `npm run web`.',
  );
}

const target = join(root, '.native', `electron-${version}`, 'better_sqlite3.node');
if (existsSync(target)) {
  log(`better-sqlite3 for Electron ${version} is ready (${relative(root, target)})`);
} else {
  if (!existsSync(packageDir)) fail('better-sqlite3 is not installed. Run `npm install` first.');
  try {
    build(version, target);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
