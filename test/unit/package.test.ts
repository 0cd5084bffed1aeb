import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build scripts, no declarations
import { changelogProblem } from '../../scripts/package-rules.mjs';
// @ts-expect-error plain JavaScript build scripts, no declarations
import { readZip } from '../../scripts/package-zip.mjs';

/**
 * `npm run package` (scripts/package.mjs), run for real: once in the repository, and once more from the
 * source archive it wrote, unpacked elsewhere, as Mozilla's reviewer would. Both runs must give the same
 * bytes; the packaged add-on must pass the store rules.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const names = ['firefox', 'chrome', 'source'].map((kind) => `quotelight-${pkg.version}-${kind}.zip`);
let scratch = '';
let first = '';
let second = '';

type Zip = Map<string, Buffer>;
const zipOf = (dir: string, kind: string): Zip => readZip(readFileSync(path.join(dir, `quotelight-${pkg.version}-${kind}.zip`))) as Zip;
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function runPackage(cwd: string, out: string): void {
  const result = spawnSync(process.execPath, ['scripts/package.mjs', '--out', out], { cwd, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`package failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'quotelight-package-'));
  runPackage(repoRoot, path.join(scratch, 'one'));
  first = path.join(scratch, 'one/packages');
  // The source archive, unpacked with nothing else of the repository, builds with the same node_modules.
  const unpacked = path.join(scratch, 'source');
  for (const [name, data] of zipOf(first, 'source')) {
    mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    writeFileSync(path.join(unpacked, name), data);
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(unpacked, 'node_modules'));
  runPackage(unpacked, path.join(scratch, 'two'));
  second = path.join(scratch, 'two/packages');
}, 600_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes the Firefox, Chrome and source zips named with package.json\'s version', () => {
    expect(readdirSync(first).sort()).toEqual([...names].sort());
  });

  it('is reproducible: the source archive rebuilds every zip byte for byte', () => {
    for (const name of names) expect(sha(path.join(second, name)), name).toBe(sha(path.join(first, name)));
  });

  it('puts the one version in both manifests; Firefox keeps its settings, Chrome gets its own incognito process', () => {
    const firefox = JSON.parse(zipOf(first, 'firefox').get('manifest.json')!.toString('utf8'));
    const chrome = JSON.parse(zipOf(first, 'chrome').get('manifest.json')!.toString('utf8'));
    expect(firefox.version).toBe(pkg.version);
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();
    expect(firefox.incognito).toBeUndefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.incognito).toBe('split');
  });

  it('the source archive holds the build instructions and the lock file', () => {
    const source = zipOf(first, 'source');
    expect(source.get('BUILD.md')!.toString('utf8')).toContain('npm ci');
    expect(source.has('package-lock.json')).toBe(true);
    expect(source.has('src/popup/popup.ts')).toBe(true);
  });
});

describe('store rules, on the packaged add-on', () => {
  it('web-ext lint: 0 errors and 0 warnings outside vendor/, whose files are the libraries\' own, unmodified', () => {
    const zip = path.join(first, names[0]!);
    const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/addons-linter'), [zip, '--self-hosted', '--output', 'json'],
      { encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(result.stdout) as { errors: { file?: string; code: string }[]; warnings: { file?: string; code: string }[] };
    const outsideVendor = (list: { file?: string; code: string }[]): string[] =>
      list.filter((message) => !message.file?.startsWith('vendor/')).map((message) => `${message.code} ${message.file ?? ''}`);
    expect(outsideVendor(report.errors)).toEqual([]);
    expect(outsideVendor(report.warnings)).toEqual([]);
    const firefox = zipOf(first, 'firefox');
    const vendor = {
      'vendor/purify.min.js': 'dompurify/dist/purify.min.js',
      'vendor/Readability.js': '@mozilla/readability/Readability.js',
      'vendor/Readability-readerable.js': '@mozilla/readability/Readability-readerable.js',
    };
    for (const [inZip, original] of Object.entries(vendor)) {
      expect(firefox.get(inZip)?.equals(readFileSync(path.join(repoRoot, 'node_modules', original))), inZip).toBe(true);
    }
  }, 120_000);

  it('the store description is at most 132 characters in every locale', () => {
    const firefox = zipOf(first, 'firefox');
    const locales = [...firefox.keys()].filter((name) => /^_locales\/[^/]+\/messages\.json$/.test(name));
    expect(locales.length).toBe(readdirSync(path.join(repoRoot, '_locales')).length);
    const tooLong = locales
      .map((name) => [name, JSON.parse(firefox.get(name)!.toString('utf8')).extDescription.message as string] as const)
      .filter(([, text]) => [...text].length > 132 || text.trim() === '')
      .map(([name, text]) => `${name}: ${[...text].length}`);
    expect(tooLong).toEqual([]);
  });

  it('icons at every size the stores ask for (16, 32, 48 and 128 for Chrome, 48 and 96 for Firefox), each its size', () => {
    for (const kind of ['firefox', 'chrome']) {
      const zip = zipOf(first, kind);
      const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as { icons: Record<string, string> };
      expect(Object.keys(manifest.icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
      for (const [size, file] of Object.entries(manifest.icons)) {
        const png = zip.get(file);
        expect(png, file).toBeDefined();
        // A PNG's IHDR: width and height at bytes 16 and 20.
        expect([png!.readUInt32BE(16), png!.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
      }
    }
  });
});

describe('the CHANGELOG gate', () => {
  it('the repository\'s CHANGELOG.md opens with this version\'s entry', () => {
    expect(changelogProblem(readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8'), pkg.version)).toBeNull();
  });

  it('refuses a missing, other or empty top entry', () => {
    expect(changelogProblem('', '1.2.0')).toMatch(/no "## <version>" entry/);
    expect(changelogProblem('# Changelog\n\n## Unreleased\n- x\n\n## 1.2.0\n- y\n', '1.2.0')).toMatch(/top entry is "Unreleased"/);
    expect(changelogProblem('## 1.1.0 - 2026-01-01\n- y\n', '1.2.0')).toMatch(/not package.json's version 1.2.0/);
    expect(changelogProblem('## 1.2.0\n\n## 1.1.0\n- y\n', '1.2.0')).toMatch(/empty/);
    expect(changelogProblem('## [1.2.0] - 2026-02-01\n- y\n', '1.2.0')).toBeNull();
  });
});
