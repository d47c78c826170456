/**
 * `npm test`: every check, in order, stopping at the first stage that fails.
 *   typecheck → lint → format → bank checker → unit and component tests (Vitest, jsdom) →
 *   production build → browser tests (Vitest + playwright-core in Debian's Chromium).
 * Ends with one plain line `N passed, N failed` counting every test executed, read from the
 * runners' JSON reports in reports/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
const stages = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', 'src', 'tests', 'scripts', '*.ts', '*.js']],
  ['questions:check', bin('tsx'), ['scripts/questions-check.ts']],
  ['unit and component tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`]],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  [
    'browser tests',
    bin('vitest'),
    ['run', '--config', 'vitest.browser.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/browser.json`],
  ],
];

let failedStage;
for (const [name, command, args] of stages) {
  if (name === 'browser tests') {
    try {
      ensureChromium();
    } catch (error) {
      console.error(error.message);
      failedStage = name;
      break;
    }
  }
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit ${result.status ?? result.signal})`);
    failedStage = name;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const file of ['unit.json', 'browser.json']) {
  const path = `${reports}/${file}`;
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0);
}
if (failedStage && failed === 0) failed = 1; // a failed stage outside the runners counts as a failure
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStage ? 1 : 0);
