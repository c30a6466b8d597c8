/**
 * Zod compiles fast parsers with `new Function` when it can; our CSP forbids eval, so the probe
 * would only log a violation. Jitless mode parses the same way without trying.
 */
import { z } from 'zod';

z.config({ jitless: true });
