import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/ui/failure-message.js';
import { englishMessages } from '../../src/ui/english-messages.js';
import { formatMessage, type MessageKey, type Translate } from '../../src/ui/translate.js';

const root = path.resolve(__dirname, '../..');
const localesDir = path.join(root, '_locales');

interface Entry { message: string; description?: string; placeholders?: Record<string, { content: string }> }
const readLocale = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(path.join(localesDir, lang, 'messages.json'), 'utf8')) as Record<string, Entry>;

const LOCALES = readdirSync(localesDir).sort();
const english = readLocale('en');
const translator = (lang: string): Translate => {
  const messages = readLocale(lang);
  return (key, substitutions = []) => formatMessage(messages[key] as Entry, substitutions.map(String));
};
const placeholdersIn = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()).sort();

describe('_locales', () => {
  it('has the languages the reader promises', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'ru', 'hi']) expect(LOCALES).toContain(lang);
  });

  for (const lang of LOCALES) {
    it(`${lang}: has every English key, no other, each non-empty with the same placeholders`, () => {
      const messages = readLocale(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(english)) {
        const translated = messages[key] as Entry;
        expect(translated.message.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholdersIn(translated.message), `${lang} ${key}`).toEqual(placeholdersIn(entry.message));
        expect(Object.keys(translated.placeholders ?? {}).sort(), `${lang} ${key}`).toEqual(placeholdersIn(entry.message));
        // Browsers accept only these characters in message names.
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      }
    });
  }

  for (const lang of LOCALES.filter((l) => l !== 'en')) {
    it(`${lang}: is a translation, not a copy of the English`, () => {
      const messages = readLocale(lang);
      const keys = Object.keys(english).filter((key) => key !== 'extName');
      const same = keys.filter((key) => messages[key]?.message === english[key]?.message);
      // A few words are the same in both languages (Sepia, Images, System, Pause…).
      expect(same.length / keys.length).toBeLessThan(0.1);
    });
  }

  it('defines every __MSG_ key the manifest uses, and the manifest names its default locale', () => {
    const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifest).default_locale).toBe('en');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of used) expect(english).toHaveProperty(key);
  });

  it('defines every data-i18n key of the static pages', () => {
    for (const page of ['src/popup/popup.html', 'src/reader/reader.html']) {
      const html = readFileSync(path.join(root, page), 'utf8');
      const keys = [...html.matchAll(/data-i18n(?:-label)?="(\w+)"/g)].map((m) => m[1] as string);
      expect(keys.length, page).toBeGreaterThan(0);
      for (const key of keys) expect(english, `${page} ${key}`).toHaveProperty(key);
    }
  });
});

describe('formatMessage', () => {
  it('fills named placeholders from positional substitutions, as browsers do', () => {
    expect(englishMessages('minutesRead', [4])).toBe('4 min read');
    expect(translator('de')('failTimeoutDetail', [5])).toContain('5 Sekunden');
    expect(formatMessage({ message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, ['you'])).toBe('Costs $5 for you');
  });

  it('leaves an unknown placeholder visible rather than dropping words', () => {
    expect(formatMessage({ message: 'Hello $NAME$' }, ['x'])).toBe('Hello $NAME$');
  });
});

describe('failureMessage in other languages', () => {
  it('keeps English without a translator, for the command line and tests', () => {
    expect(failureMessage({ kind: 'loading' }, englishMessages).title).toBe('The page is still loading');
  });

  it('translates every failure, with its details filled in', () => {
    const keys = new Set<MessageKey>();
    const spy: Translate = (key, substitutions) => {
      keys.add(key);
      return translator('fr')(key, substitutions);
    };
    const timeout = failureMessage({ kind: 'timeout', seconds: 7 }, spy);
    expect(timeout.title).toBe('La lecture de la page a pris trop de temps');
    expect(timeout.detail).toContain('7 secondes');
    expect(failureMessage({ kind: 'not-html', contentType: 'image/png' }, translator('ru')).detail).toContain('image/png');
    expect(failureMessage({ kind: 'error', detail: 'boom' }, translator('hi')).detail).toContain('(boom)');
    expect(failureMessage({ kind: 'restricted', page: 'store' }, translator('es')).title).toBe('Las tiendas de complementos están cerradas a las extensiones');
  });
});
