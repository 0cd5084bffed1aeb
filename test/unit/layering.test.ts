import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(name) && !name.endsWith('.test.ts') ? [file] : [];
  });
}

const imports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] as string);

const resolved = (file: string, specifier: string): string =>
  specifier.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), specifier)) : specifier;

describe('layering (design.md)', () => {
  it('keeps src/core pure: no imports from platform, entries, ui or the polyfill, no browser globals', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(src, 'core'))) {
      for (const specifier of imports(file)) {
        const target = resolved(file, specifier);
        if (/^(platform|popup|reader|content|ui|cli)\//.test(target) || target === 'webextension-polyfill') {
          offenders.push(`${path.relative(src, file)} imports ${specifier}`);
        }
      }
      const code = readFileSync(file, 'utf8');
      if (/\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting|i18n)\b/.test(code)) offenders.push(`${path.relative(src, file)} calls an extension API`);
    }
    expect(offenders).toEqual([]);
  });

  it('calls extension APIs only from src/platform, and imports the polyfill in exactly one file', () => {
    const polyfill = sourceFiles(src).filter((file) => imports(file).includes('webextension-polyfill'));
    expect(polyfill.map((file) => path.relative(src, file))).toEqual(['platform/browser.ts']);
    const apiCallers = sourceFiles(src)
      .filter((file) => !path.relative(src, file).startsWith('platform/'))
      .filter((file) => /\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting|i18n)\b/.test(readFileSync(file, 'utf8')));
    expect(apiCallers.map((file) => path.relative(src, file))).toEqual([]);
  });

  it('keeps the Readability seam in src/extract', () => {
    const users = sourceFiles(src).filter((file) => imports(file).includes('@mozilla/readability'));
    expect(users.every((file) => path.relative(src, file).startsWith('extract/'))).toBe(true);
    expect(users.length).toBeGreaterThan(0);
  });
});
