/**
 * The packaging config sets every Electron fuse, each to its hardened value. Keys are derived from
 * @electron/fuses' own FuseV1Options names (the way electron-builder maps them), so a misspelt or
 * missing fuse fails here rather than silently keeping Electron's default.
 */
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config from '../electron-builder.config';

const HARDENED: Record<keyof typeof FuseV1Options, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

const fuseNames = Object.keys(FuseV1Options).filter((key) =>
  Number.isNaN(Number(key)),
) as (keyof typeof FuseV1Options)[];
const configKey = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

describe('electron-builder config', () => {
  it('sets every fuse @electron/fuses knows, each to its hardened value', () => {
    expect(fuseNames.length).toBeGreaterThanOrEqual(8);
    const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;
    for (const name of fuseNames) expect(fuses[configKey(name)], name).toBe(HARDENED[name]);
  });

  it('sets no fuse under a name @electron/fuses does not know', () => {
    const known = new Set([...fuseNames.map(configKey), 'resetAdHocDarwinSignature']);
    expect(Object.keys(config.electronFuses ?? {}).filter((key) => !known.has(key))).toEqual([]);
  });

  it('packages the electron-vite build in an asar with the sample corpus beside it', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Dossier');
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toContainEqual({ from: 'resources/sample-corpus', to: 'sample-corpus' });
  });

  it('registers the dossier:// scheme of a brief’s deep links with the OS', () => {
    expect(config.protocols).toEqual([{ name: 'Dossier link', schemes: ['dossier'] }]);
  });
});
