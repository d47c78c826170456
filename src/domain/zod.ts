/**
 * Zod, as the app uses it. Every module of ours imports `z` from here, never from 'zod' (lint
 * enforces it), so this runs before any schema parses.
 *
 * Why: zod compiles object schemas with `new Function` when it may, and finds out whether it may by
 * trying. The app's Content-Security-Policy has no 'unsafe-eval', so the first parse of every page
 * load made the browser refuse an eval and report a `securitypolicyviolation`, although zod caught
 * the refusal. `jitless` tells zod not to try. (Set here rather than in main.tsx, which would pull
 * zod into the first-load JavaScript: it loads with the first schema instead.)
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
