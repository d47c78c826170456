/**
 * Renders the app's PNG icons from public/favicon.svg in headless Chromium, once; the PNGs are
 * committed, so the build needs no browser. Run again only when the favicon changes:
 *
 *   node scripts/make-icons.mjs
 *
 * - icon-192.png, icon-512.png: the favicon as it is (rounded tile), transparent corners.
 * - icon-maskable-512.png: a full-bleed tile with the glyph inside the central 60%, because
 *   launchers crop maskable icons to circles or squircles down to the inner 80% "safe zone".
 * - apple-touch-icon.png (180): full-bleed too; iOS rounds the corners itself.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const tile = svg.match(/fill="(#[0-9a-f]{6})"/i)?.[1];
const glyph = svg.match(/<path[^>]*\/>/)?.[0];
if (!tile || !glyph) throw new Error('public/favicon.svg no longer has a filled tile and one <path>: update scripts/make-icons.mjs');

/** The glyph on a full-bleed tile, scaled so it fills `share` of the side (the favicon's glyph spans about 40 of its 64 units). */
function fullBleed(share) {
  const scale = (64 * share) / 40;
  const offset = 32 - 32 * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${tile}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${glyph}</g></svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.5) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.62) },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await writeFile(new URL(`../public/${icon.file}`, import.meta.url), png);
    console.log(`public/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
