import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heavySizes, writeProfile } from './scripts/bench/profile.mjs';
const bank = [];
for (const file of readdirSync('questions').filter((f) => f.endsWith('.pack.json')))
  for (const q of JSON.parse(readFileSync(join('questions', file), 'utf8')).questions) bank.push({ key: q.id, domain: q.domain ?? q.ccDomain });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext();
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4390/');
await page.waitForFunction(() => document.querySelector('.stat')?.textContent?.match(/\d/));
await page.evaluate(writeProfile, { seed: 20261122, now: Date.now(), sizes: heavySizes, bank });
await page.goto('http://127.0.0.1:4390/404-nothing');
const r = await page.evaluate(async () => {
  const open = indexedDB.open('bastion');
  const db = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
  const now = Date.now();
  const get = (store, index, range) => new Promise((res) => {
    const s = db.transaction(store).objectStore(store);
    const req = (index ? s.index(index) : s).getAll(range);
    req.onsuccess = () => res(req.result.length);
  });
  const keys = (store, index, range) => new Promise((res) => {
    const req = db.transaction(store).objectStore(store).index(index).getAllKeys(range);
    req.onsuccess = () => res(req.result.length);
  });
  const out = {};
  const time = async (label, f) => { const t = performance.now(); const n = await f(); (out[label] ??= []).push(`${Math.round(performance.now() - t)}ms/${n}`); };
  for (let i = 0; i < 3; i++) {
    await time('questions (pool)', () => get('questions', 'retired', IDBKeyRange.only(0)));
    await time('cards', () => get('cards'));
    await time('logs 30 days', () => get('reviewLogs', 'review', IDBKeyRange.lowerBound(new Date(now - 30 * 86400000))));
    await time('logs 12 weeks', () => get('reviewLogs', 'review', IDBKeyRange.lowerBound(new Date(now - 84 * 86400000))));
    await time('logs 12 weeks keys only', () => keys('reviewLogs', 'review', IDBKeyRange.lowerBound(new Date(now - 84 * 86400000))));
    await time('studyTime', () => get('studyTime'));
  }
  return out;
});
console.log(JSON.stringify(r, null, 1));
await b.close();
