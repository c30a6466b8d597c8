import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';
import { nativeBindingPath, resolveShellPaths } from './shell-paths';

const base = {
  env: {},
  userDataDir: '/home/me/.config/Dossier',
  appPath: '/src/dossier',
  resourcesPath: '/opt/Dossier/resources',
  isPackaged: false,
  electronVersion: '45.4.1',
  exists: () => false,
};

describe('resolveShellPaths', () => {
  it('uses userData unless DOSSIER_DATA_DIR is set', () => {
    expect(resolveShellPaths(base).dataDir).toBe('/home/me/.config/Dossier');
    expect(resolveShellPaths({ ...base, env: { DOSSIER_DATA_DIR: '/tmp/lib' } }).dataDir).toBe('/tmp/lib');
  });

  it('finds the sample corpus in the repo in development and in resources when packaged', () => {
    expect(resolveShellPaths(base).sampleDir).toBe(join('/src/dossier', 'resources', 'sample-corpus'));
    expect(resolveShellPaths({ ...base, isPackaged: true }).sampleDir).toBe(
      join('/opt/Dossier/resources', 'sample-corpus'),
    );
  });

  it('uses the per-ABI better-sqlite3 build only when it exists', () => {
    const binding = nativeBindingPath('/src/dossier', '45.4.1');
    expect(binding).toBe(join('/src/dossier', '.native', 'electron-45.4.1', 'better_sqlite3.node'));
    expect(resolveShellPaths(base).nativeBinding).toBeUndefined();
    expect(resolveShellPaths({ ...base, exists: (path) => path === binding }).nativeBinding).toBe(binding);
  });

  it('points at the built preload and renderer', () => {
    const paths = resolveShellPaths(base);
    expect(paths.preloadPath).toBe(join('/src/dossier', 'out', 'preload', 'index.cjs'));
    expect(paths.rendererDir).toBe(join('/src/dossier', 'out', 'renderer'));
  });
});

describe('buildMenuTemplate', () => {
  const roles = (template: ReturnType<typeof buildMenuTemplate>) => JSON.stringify(template);

  it('offers developer tools only in an unpackaged build', () => {
    expect(roles(buildMenuTemplate({ isPackaged: false, platform: 'linux' }))).toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'linux' }))).not.toContain('toggleDevTools');
  });

  it('uses standard roles only, no click handlers', () => {
    const text = roles(buildMenuTemplate({ isPackaged: false, platform: 'darwin' }));
    expect(text).toContain('"appMenu"');
    expect(text).not.toContain('click');
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) expect(text).toContain(`"${role}"`);
  });
});
