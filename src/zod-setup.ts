/**
 * Zod compiles object schemas with `new Function` when it may, and finds out whether it may by
 * trying. The app's Content-Security-Policy has no 'unsafe-eval', so every page load's first parse
 * made the browser refuse and report an eval (a `securitypolicyviolation`), although zod caught the
 * refusal. `jitless` tells zod not to try. Imported first by main.tsx, before any schema is used.
 */
import { z } from 'zod';

z.config({ jitless: true });
