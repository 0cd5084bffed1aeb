import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';
import { inertnessProblems } from '../support/inert.js';
import { JSDOM } from 'jsdom';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The files a pattern of the form `dir/**\/*.test.ts` or a plain path names. */
function matches(pattern: string): string[] {
  if (!pattern.includes('*')) return existsSync(path.join(root, pattern)) ? [pattern] : [];
  const [base = '', suffix = ''] = pattern.split('/**/*');
  const dir = path.join(root, base);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(suffix));
}

describe('the test set-up itself', () => {
  it('includes in vitest.config.ts only patterns that name test files that exist', () => {
    const include = config.test?.include ?? [];
    expect(include.length).toBeGreaterThan(0);
    for (const pattern of include) expect(matches(pattern), pattern).not.toEqual([]);
  });

  it("has an inertness check that reads every srcset candidate, however it is spaced (test/support/inert.ts)", () => {
    const problems = (srcset: string): string[] => {
      const { document } = new JSDOM('').window;
      const img = document.createElement('img');
      img.setAttribute('src', 'https://a.example/x.png');
      img.setAttribute('srcset', srcset);
      document.body.append(img);
      return inertnessProblems(document.body);
    };
    expect(problems('https://a.example/x.png 1x,javascript:alert(1) 2x')).not.toEqual([]);
    expect(problems('https://a.example/x.png 1x,/relative.png 2x')).not.toEqual([]);
    expect(problems('https://a.example/x.png 1x, https://a.example/y.png 2x')).toEqual([]);
    expect(problems('https://a.example/x.png 640w,https://a.example/y.png 1280w')).toEqual([]);
  });
});
