/**
 * What counts as a failure of the Electronegativity scan: any finding not on this allowlist, and any
 * allowlist entry that no longer matches a finding (so the list cannot outlive its reasons). An
 * entry names the check, the file and the exact source line (`sample`) the tool reports, so the
 * same check failing elsewhere, or on another line of the same file, is still a failure.
 */
export interface Finding {
  id: string;
  file: string;
  line: number;
  description: string;
  sample?: string;
}

export interface Allowed {
  id: string;
  file: string;
  sample: string;
  why: string;
}

const WEB_PREFERENCES_WHY =
  'webPreferences come from hardenedWebPreferences() (web-preferences.ts), which the scanner cannot follow; ' +
  'hardening.test.ts checks that object and static-config.test.ts that window.ts builds windows only with it.';

const PROTOCOL_WHY =
  "dossier:// is registered so a brief's links open the passage (issue 12). A link from the OS is read by the " +
  "contract's strict parseDossierLink (only dossier://open with ids of the library's shape) and only the rebuilt " +
  'link reaches the renderer, which resolves it through links.resolve; deep-links.test.ts and dossier-link tests cover it.';

export const ALLOWLIST: readonly Allowed[] = [
  // The deep-link protocol is wanted; what arrives through it is validated (electron/main/deep-links.ts).
  {
    id: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'electron/main/index.ts',
    sample: '? app.setAsDefaultProtocolClient(args.scheme)',
    why: PROTOCOL_WHY,
  },
  {
    id: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'electron/main/index.ts',
    sample: ': app.setAsDefaultProtocolClient(args.scheme, args.path, args.args);',
    why: PROTOCOL_WHY,
  },
  // False positives: the scanner reads only an object literal passed to `new BrowserWindow`.
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'const window = new BrowserWindow({',
    why: WEB_PREFERENCES_WHY,
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'const window = new BrowserWindow({',
    why: WEB_PREFERENCES_WHY,
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'const window = new BrowserWindow({',
    why: WEB_PREFERENCES_WHY,
  },
  // csp-evaluator's generic caution on script-src 'self' ("problematic if you host JSONP, Angular or user
  // uploaded files"). Our origin serves only the built bundle: no JSONP, no Angular, and imported documents
  // are rendered as text, never served as files. Any other change to this policy is a new finding.
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    sample:
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    why: "script-src 'self' on an origin that serves only the app's own bundle",
  },
];

const matchesEntry = (finding: Finding, entry: Allowed) =>
  finding.id === entry.id && finding.file === entry.file && (finding.sample ?? '').trim() === entry.sample;

export function judge(
  findings: readonly Finding[],
  allowlist: readonly Allowed[] = ALLOWLIST,
): { unexpected: Finding[]; allowed: Finding[]; stale: Allowed[] } {
  const unexpected = findings.filter((finding) => !allowlist.some((entry) => matchesEntry(finding, entry)));
  const allowed = findings.filter((finding) => !unexpected.includes(finding));
  const stale = allowlist.filter((entry) => !findings.some((finding) => matchesEntry(finding, entry)));
  return { unexpected, allowed, stale };
}
