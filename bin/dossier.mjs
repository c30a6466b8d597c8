#!/usr/bin/env node
// The `dossier` command: registers tsx so the CLI's TypeScript source runs as is, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
