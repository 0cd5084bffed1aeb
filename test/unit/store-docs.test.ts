import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** docs/store/: a listing and a privacy policy in every interface language the extension ships. */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const store = path.join(repoRoot, 'docs/store');
const locales = readdirSync(path.join(repoRoot, '_locales')).sort();
const description = (lang: string): string =>
  (JSON.parse(readFileSync(path.join(repoRoot, '_locales', lang, 'messages.json'), 'utf8')) as { extDescription: { message: string } })
    .extDescription.message;

describe.each(locales)('docs/store in %s', (lang) => {
  it('has a listing whose summary is the manifest\'s description in that language', () => {
    const file = path.join(store, `listing.${lang}.md`);
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`\n${description(lang)}\n`);
  });

  it('has a privacy policy naming the three permissions and both storage areas', () => {
    const file = path.join(store, `privacy-policy.${lang}.md`);
    expect(existsSync(file), file).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const word of ['activeTab', 'scripting', 'storage.sync', 'storage.session']) expect(text, word).toContain(word);
  });
});
