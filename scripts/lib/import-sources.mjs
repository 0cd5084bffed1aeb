// Imports the project's TypeScript sources from a plain Node script: esbuild bundles a small entry into a
// temporary module, which is imported and deleted. Benchmarks run the real code without a TS loader.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles `entry` (module source: re-exports of ./src/… files, relative to the project root) into a
 * temporary module and returns its path; the caller removes it. For worker threads, which import it each.
 */
export async function bundleSources(entry) {
  // Inside node_modules so the bundle's bare imports (jsdom) resolve from the project.
  const outfile = path.join(root, 'node_modules', '.cache', `quotelight-${process.pid}-${Date.now()}.mjs`);
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['jsdom', 'puppeteer-core'],
    outfile, logLevel: 'warning',
  });
  return outfile;
}

/** `entry` is module source (re-exports of ./src/… files, relative to the project root). */
export async function importSources(entry) {
  const outfile = await bundleSources(entry);
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}
