/**
 * How `npm run dist` packages the desktop app with electron-builder: the electron-vite build (out/)
 * in an asar archive, the sample corpus beside it as a resource (shell-paths.ts reads it from
 * resourcesPath when packaged), better-sqlite3 rebuilt for Electron's ABI and unpacked, and
 * Electron's fuses flipped to their hardened values (checked by test/packaging-config.test.ts).
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'app.dossier.workbench',
  productName: 'Dossier',
  copyright: 'MIT licensed',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the build and the manifest; production dependencies are added by electron-builder itself.
  files: ['out/**', 'package.json', '!**/*.map'],
  asar: true,
  // A native addon cannot be loaded from inside an archive.
  asarUnpack: ['**/*.node'],
  extraResources: [{ from: 'resources/sample-corpus', to: 'sample-corpus' }],
  // A brief's deep links (dossier://open?…): Info.plist on macOS, the .desktop file's MimeType on Linux;
  // Windows is registered at run time by app.setAsDefaultProtocolClient (electron/main/index.ts).
  protocols: [{ name: 'Dossier link', schemes: ['dossier'] }],
  // better-sqlite3 is rebuilt for the Electron ABI in the staged app, never in the checkout's node_modules.
  npmRebuild: true,
  electronFuses: {
    // No ELECTRON_RUN_AS_NODE: the app binary cannot be turned into a plain Node.js (Dossier forks no process).
    runAsNode: false,
    enableCookieEncryption: true,
    // Neither NODE_OPTIONS nor --inspect can inject code or a debugger into a packaged app.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Only the signed, integrity-checked app.asar is ever loaded as the app.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // Dossier ships no browser-process V8 snapshot; turning this on would make the app fail to start.
    loadBrowserProcessSpecificV8Snapshot: false,
    // The UI is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },
  mac: { target: 'dmg', category: 'public.app-category.productivity', hardenedRuntime: true },
  win: { target: 'nsis' },
  linux: { target: 'AppImage', category: 'Office' },
};

export default config;
