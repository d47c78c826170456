import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heavySizes, writeProfile } from './scripts/bench/profile.mjs';
const bank = [];
for (const file of readdirSync('questions').filter((f) => f.endsWith('.pack.json')))
  for (const q of JSON.parse(readFileSync(join('questions', file), 'utf8')).questions) bank.push({ key: q.id, domain: q.domain ?? q.ccDomain });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const setups = {};
for (const [name, url] of [['base', 'http://127.0.0.1:4391'], ['charts', 'http://127.0.0.1:4390']]) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(url + '/');
  await page.waitForFunction(() => document.querySelector('.stat')?.textContent?.match(/\d/));
  await page.evaluate(writeProfile, { seed: 20261122, now: Date.now(), sizes: heavySizes, bank });
  setups[name] = { ctx, url };
}
const results = { base: [], charts: [], chartsDrawn: [], loader: [] };
for (let i = 0; i < 6; i++) {
  for (const name of ['base', 'charts']) {
    const { ctx, url } = setups[name];
    const p = await ctx.newPage();
    await p.goto(url + '/progress', { waitUntil: 'commit' });
    const t = await p.evaluate((charts) => new Promise((resolve) => {
      const out = {};
      const check = () => {
        const now = performance.now();
        if (!out.tables && document.querySelectorAll('tbody td').length > 8) out.tables = now;
        if (charts && !out.charts && document.querySelectorAll('canvas[role="img"]').length >= 3) out.charts = now;
        if (out.tables && (!charts || out.charts)) requestAnimationFrame(() => resolve(out));
        else requestAnimationFrame(check);
      };
      check();
    }), name === 'charts');
    if (i > 0) {
      results[name].push(Math.round(t.tables));
      if (name === 'charts') {
        results.chartsDrawn.push(Math.round(t.charts));
        results.loader.push(...(await p.evaluate(() => performance.getEntriesByName('bastion:progress-charts-load').map((x) => Math.round(x.duration)))));
      }
    }
    await p.close();
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, v] of Object.entries(results)) console.log(k, JSON.stringify(v), 'median', med(v));
await b.close();
