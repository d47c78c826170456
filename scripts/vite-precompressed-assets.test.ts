import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chosenEncoding, compressAssets } from './vite-precompressed-assets';

describe('chosenEncoding', () => {
  it('prefers brotli, then gzip, and sends nothing compressed to a client that accepts neither', () => {
    expect(chosenEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chosenEncoding('gzip, deflate')).toBe('gzip');
    expect(chosenEncoding('GZIP;q=0.8')).toBe('gzip');
    expect(chosenEncoding('deflate')).toBeUndefined();
    expect(chosenEncoding('')).toBeUndefined();
    expect(chosenEncoding(undefined)).toBeUndefined();
    // "brotli" is not "br": only whole tokens count.
    expect(chosenEncoding('brotli')).toBeUndefined();
  });
});

describe('compressAssets', () => {
  it('compresses every text file of the folder, both ways, and leaves other files to the static server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assets-'));
    const script = 'export const bank = "' + 'question '.repeat(2_000) + '";\n';
    writeFileSync(join(dir, 'pack-abc123.js'), script);
    writeFileSync(join(dir, 'index-def456.css'), 'body { color: black }\n');
    writeFileSync(join(dir, 'icon-789.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    mkdirSync(join(dir, 'nested.js')); // a folder, even one named like a script, is not served
    const assets = await compressAssets(dir);
    expect([...assets.keys()].sort()).toEqual(['/assets/index-def456.css', '/assets/pack-abc123.js']);
    const js = assets.get('/assets/pack-abc123.js')!;
    expect(js.type).toBe('text/javascript');
    expect(gunzipSync(js.gzip).toString('utf8')).toBe(script);
    expect(brotliDecompressSync(js.brotli).toString('utf8')).toBe(script);
    expect(js.brotli.length).toBeLessThan(script.length / 10);
    expect(assets.get('/assets/index-def456.css')?.type).toBe('text/css');
  });

  it('gives an empty map for a build without an assets folder', async () => {
    expect((await compressAssets(join(tmpdir(), 'no-such-folder-bastion'))).size).toBe(0);
  });
});
