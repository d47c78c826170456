/**
 * Vite plugin for `vite preview` (what `npm start` and the bench serve): the build's hashed files in
 * `assets/` are compressed once, when the server starts, and sent from memory with a year-long
 * `immutable` cache header.
 *
 * Why: the preview server otherwise gzips every response as it sends it. On a first visit the app
 * fetches ~4.5 MB of question packs, and on a two-core machine compressing them on the fly delayed
 * the last pack to ~430–1,030 ms after navigation (docs/performance.md, session 16); a static host
 * would serve them pre-compressed. A hashed file never changes, so the browser need not ask again.
 *
 * Everything else (index.html, sw.js, the manifest) is left to Vite's own static server: those must
 * be revalidated, so that a new version is found.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, PreviewServer } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

interface CompressedAsset {
  type: string;
  gzip: Buffer;
  brotli: Buffer;
}

/** Both encodings of one file. Brotli at quality 9: within ~2% of 11 for these files, in a fraction of the time. */
async function compress(file: string): Promise<CompressedAsset> {
  const body = await readFile(file);
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return { type: contentTypes[extname(file)]!, gzip: gz, brotli: br };
}

/**
 * Every compressible file in `dir`, by its URL path (`/assets/…`), all compressed side by side. A
 * file that cannot be read is left out, and so left to the static server.
 */
export async function compressAssets(dir: string, urlPrefix = '/assets/'): Promise<Map<string, CompressedAsset>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile() && extname(entry.name) in contentTypes);
  const compressed = await Promise.all(
    files.map(async ({ name }): Promise<[string, CompressedAsset] | undefined> => {
      const asset = await compress(join(dir, name)).catch(() => undefined);
      return asset && [urlPrefix + name, asset];
    }),
  );
  return new Map(compressed.filter((entry) => entry !== undefined));
}

/** The encoding to send for an Accept-Encoding header: brotli if accepted, else gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

export function precompressedAssetsPlugin(): Plugin {
  return {
    name: 'bastion-precompressed-assets',
    async configurePreviewServer(server: PreviewServer) {
      const { config } = server;
      // Ready when every file is: compressing ~5 MB takes ~0.5 s of both cores, which would otherwise
      // slow the first page served.
      const assets = await compressAssets(resolve(config.root, config.build.outDir, config.build.assetsDir));
      const headers = config.preview.headers ?? {};
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = (req.url ?? '').split('?')[0]!;
        const asset = assets.get(path);
        const encoding = chosenEncoding(req.headers['accept-encoding']);
        if (!asset || !encoding || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        const body = encoding === 'br' ? asset.brotli : asset.gzip;
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', asset.type);
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', body.length);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
