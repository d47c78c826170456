/**
 * The bench itself runs outside `npm test`; this smoke test runs it once with the tiny profile and
 * checks that it writes a complete results file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Metric {
  name: string;
  unit: string;
  median: number | null;
  runs: number;
  budget: number | null;
}

describe('npm run bench (smoke)', () => {
  it('measures every metric of the bench issue and writes bench/results-smoke.json', { timeout: 240_000 }, () => {
    execFileSync('node', ['scripts/bench.mjs', '--smoke', '--no-build'], { stdio: 'pipe', timeout: 230_000 });
    const result = JSON.parse(readFileSync('bench/results-smoke.json', 'utf8')) as { date: string; machine: string; metrics: Metric[] };
    expect(Date.parse(result.date)).not.toBeNaN();
    expect(result.machine).toMatch(/Chromium/);
    const names = result.metrics.map((m) => m.name);
    for (const expected of [
      /^cold start, empty profile/,
      /^cold start, floor page/,
      /^cold start ratio/,
      /^cold start, heavy profile/,
      /^Today fully rendered, heavy profile \(from a click/,
      /^Progress fully rendered, heavy profile \(from a click/,
      /^backup export \+ import/,
      /^backup file size/,
      /^1,000-question pack: file → checked/,
      /^1,000-question pack: import → written/,
      /^answer → feedback painted, Enter 100 ms after the choice/,
      /^answer → feedback painted, Enter at once after the choice/,
      /^next → question painted/,
      /^review-queue build/,
      /^JS heap/,
      /^first-load JS/,
      /^JS of a start without the first-visit preview/,
    ])
      expect(names.some((n) => expected.test(n))).toBe(true);
    for (const m of result.metrics) {
      expect(typeof m.median === 'number' && Number.isFinite(m.median) && m.median >= 0).toBe(true);
      expect(m.runs).toBeGreaterThanOrEqual(1);
    }
  });
});
