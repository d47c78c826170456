/** Types for random-pack.mjs (plain JS so that Node, Vitest and a page under Playwright can run it). */
import type { Pack } from '../src/domain/pack/pack-schema';

export declare const cisspObjectiveCounts: readonly number[];
export declare const ccObjectiveCounts: readonly number[];
export declare function makeRandomPack(n: number, seed: number, meta?: { id?: string; title?: string; release?: number }): Pack;
