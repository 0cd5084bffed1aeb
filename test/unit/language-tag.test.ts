import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../../src/core/language-tag.js';
import { formatDate } from '../../src/ui/format-date.js';
import { splitSentences } from '../../src/ui/features/split-sentences.js';

describe("a page's language (core/language-tag.ts)", () => {
  it('turns POSIX locales and odd case into BCP 47', () => {
    expect(normalizeLanguage('en_US')).toBe('en-US');
    expect(normalizeLanguage('zh_CN')).toBe('zh-CN');
    expect(normalizeLanguage(' EN-gb ')).toBe('en-GB');
    expect(normalizeLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('gives null for what no Intl API accepts, and for no language at all', () => {
    for (const odd of ['x-default', '', '   ', 'i-klingon', 'en US', 'und', null, 42, undefined]) {
      expect(normalizeLanguage(odd), String(odd)).toBeNull();
    }
  });

  it('gives only tags every Intl formatter accepts', () => {
    for (const raw of ['en_US', 'zh_CN', 'english', 'de-DE-u-co-phonebk', 'x-default', 'pt_BR']) {
      const tag = normalizeLanguage(raw);
      expect(() => new Intl.DateTimeFormat(tag ?? undefined).format(0), raw).not.toThrow();
    }
  });
});

describe('formatting never throws on a bad language', () => {
  it('formats a date for en_US and x-default instead of throwing a RangeError', () => {
    expect(formatDate('2025-07-04T10:00:00Z', 'en_US')).toMatch(/2025/);
    expect(formatDate('2025-07-04T10:00:00Z', 'x-default')).toMatch(/2025/);
    expect(formatDate('2025-07-04T10:00:00Z', '')).toMatch(/2025/);
  });

  it("gives the page's own words for a date it cannot parse", () => {
    expect(formatDate('last Tuesday', 'en_US')).toBe('last Tuesday');
  });

  it('splits sentences for an invalid tag', () => {
    expect(splitSentences('One here. Two there.', 'en_US').map((s) => s.text)).toEqual(['One here.', 'Two there.']);
    expect(splitSentences('One here. Two there.', 'x-default').map((s) => s.text)).toEqual(['One here.', 'Two there.']);
  });
});
