import { existsSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');
const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

/** The built extension; `npm run test:e2e` builds it first. */
export function extensionDir(): string {
  const dir = path.join(repoRoot, 'dist/extension');
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}: run \`npm run build\` (npm run test:e2e does)`);
  return dir;
}

/** test-results/screenshots/<browser>-<name>.png (test-results/ is gitignored). */
export function screenshotPath(browser: string, name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${browser}-${name}.png`);
}
