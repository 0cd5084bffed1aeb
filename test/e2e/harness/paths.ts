import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript build script, no declarations
import { readZip } from '../../../scripts/package-zip.mjs';
import type { BrowserName } from './types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');
const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

/** Each store package unpacked once per run: browser → folder. */
const unpacked = new Map<BrowserName, string>();

/**
 * The extension the browsers load: `dist/extension` (`npm run test:e2e` builds it), or with
 * QUOTELIGHT_E2E_PACKAGES=DIR the store package for that browser from DIR (`npm run package` writes them to
 * dist/packages), unpacked, so that what is uploaded is what is tested (`npm run test:e2e:packages`).
 */
export function extensionDir(browser: BrowserName): string {
  const packages = process.env['QUOTELIGHT_E2E_PACKAGES'];
  if (packages) {
    const known = unpacked.get(browser);
    if (known) return known;
    const store = browser === 'chromium' ? 'chrome' : 'firefox';
    const folder = path.resolve(repoRoot, packages);
    const zip = existsSync(folder) ? readdirSync(folder).find((name) => name.endsWith(`-${store}.zip`)) : undefined;
    if (!zip) throw new Error(`no quotelight-<version>-${store}.zip in ${folder}: run \`npm run package\``);
    const dir = mkdtempSync(path.join(os.tmpdir(), `ql-package-${store}-`));
    for (const [name, data] of readZip(readFileSync(path.join(folder, zip))) as Map<string, Buffer>) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    if (unpacked.size === 0) process.on('exit', () => unpacked.forEach((made) => rmSync(made, { recursive: true, force: true })));
    unpacked.set(browser, dir);
    return dir;
  }
  const dir = path.join(repoRoot, 'dist/extension');
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}: run \`npm run build\` (npm run test:e2e does)`);
  return dir;
}

/** test-results/screenshots/<browser>-<name>.png (test-results/ is gitignored). */
export function screenshotPath(browser: string, name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${browser}-${name}.png`);
}
