import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the built extension may ask for and carry: the permissions the product promises and no more,
 * and no code that evaluates strings or loads scripts from the web. It reads a fresh build of its own,
 * made in a temporary folder by scripts/build.mjs (dist/ is rebuilt at any time by other work in the
 * same checkout, and may be stale).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** What the build reads; scripts/ is copied so that the build's own root is the temporary folder. */
const LINKED = ['src', 'node_modules', '_locales', 'icons', 'manifest.json', 'package.json'];

let work: string;
let extension: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ql-build-privacy-'));
  cpSync(path.join(repoRoot, 'scripts'), path.join(work, 'scripts'), { recursive: true });
  for (const name of LINKED) symlinkSync(path.join(repoRoot, name), path.join(work, name));
  execFileSync(process.execPath, [path.join(work, 'scripts/build.mjs')], { cwd: work, stdio: 'pipe' });
  extension = path.join(work, 'dist/extension');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function ourScripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).includes('vendor'));
}

describe('the built extension', () => {
  it('asks for activeTab, scripting and storage only: no hosts, no content scripts, no background', () => {
    const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect([...(manifest['permissions'] as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('background');
  });

  it('carries no eval, no new Function and no script from the web in its own code', () => {
    const files = ourScripts(extension);
    expect(files.map((file) => path.basename(file)).sort()).toEqual(expect.arrayContaining(['content.js', 'popup.js', 'reader.js']));
    const problems = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const name = path.relative(extension, file);
      return [
        ...(/\beval\s*\(/.test(code) ? [`${name}: eval(`] : []),
        ...(/\bnew\s+Function\b/.test(code) ? [`${name}: new Function`] : []),
        // A script address on the web: an import, a script src, or importScripts of https://.
        ...Array.from(code.matchAll(/(?:import\s*\(|importScripts\s*\(|\.src\s*=|src=\\?["'])\s*["'`]?https?:\/\/[^"'`\s)]*/g), (m) => `${name}: ${m[0]}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('its pages ask for images over HTTPS only and look up no link before a click', () => {
    const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8')) as { content_security_policy: { extension_pages: string } };
    const imgSrc = manifest.content_security_policy.extension_pages.split(';').map((part) => part.trim()).find((part) => part.startsWith('img-src'));
    expect(imgSrc?.split(/\s+/).slice(1).sort()).toEqual(["'self'", 'data:', 'http://127.0.0.1:*', 'http://localhost:*', 'https:']);
    for (const page of ['popup.html', 'reader.html']) {
      const html = readFileSync(path.join(extension, page), 'utf8');
      expect(html, page).toMatch(/<meta http-equiv="x-dns-prefetch-control" content="off">/);
    }
  });

  it('its pages load only their own scripts', () => {
    for (const page of ['popup.html', 'reader.html']) {
      const html = readFileSync(path.join(extension, page), 'utf8');
      const sources = Array.from(html.matchAll(/<script[^>]*\bsrc="([^"]*)"/g), (m) => m[1]);
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) expect(src, `${page}: ${src}`).not.toMatch(/^(?:https?:)?\/\//);
    }
  });
});

describe('what the pages do at start', () => {
  const pageScripts = (): [string, string][] => ['popup.js', 'reader.js'].map((name) => [name, readFileSync(path.join(extension, name), 'utf8')]);

  it('hand the extension API object through as it is: no interop copy reads the descriptor of each namespace', () => {
    // A CommonJS default import copies every property of the exports onto a new object, asking each for its
    // descriptor; on the browser's own `browser` that builds every API namespace (windows, action, …).
    for (const [name, code] of pageScripts()) {
      expect(code, name).toContain('webextension-polyfill');
      expect(code, name).not.toMatch(/Object\.getOwnPropertyNames|Object\.getOwnPropertyDescriptor/);
    }
  });

  it('carry their data files as JSON, parsed once, not as object literals to compile', () => {
    for (const [name, code] of pageScripts()) {
      // The English quote lexicon, as the sources import it: inside a string handed to JSON.parse, not an object literal.
      expect(code, name).toMatch(/JSON\.parse\(\s*[`'"]\{\\?"lang\\?":\\?"en\\?",/);
      expect(code, name).not.toMatch(/\{lang:"en",/);
    }
  });
});
