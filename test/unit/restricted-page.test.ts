import { describe, expect, it } from 'vitest';
import { mayStillOpen, restrictedKind, type RestrictedKind } from '../../src/core/restricted-page.js';

describe('restrictedKind', () => {
  it.each([
    ['https://www.reuters.com/world/story-2025-03-03/', null],
    ['http://example.com/news/article.html', null],
    ['https://example.com/pdf-guide/article', null],
    ['https://example.com/report.pdf.html', null],
    ['https://addons.mozilla.org.evil.example/', null],
    ['https://example.com/?next=chrome://settings', null],
  ])('lets an ordinary page through: %s', (url, expected) => {
    expect(restrictedKind(url)).toBe(expected);
  });

  it.each([
    [null, 'closed'],
    ['', 'closed'],
    ['about:newtab', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome://settings/', 'browser-page'],
    ['CHROME://extensions', 'browser-page'],
    ['chrome-extension://abcdef/popup.html', 'browser-page'],
    ['moz-extension://1234-5678/reader.html', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['resource://pdf.js/web/viewer.html', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://example.com/annual-report.pdf', 'pdf'],
    ['https://example.com/Report.PDF?download=1', 'pdf'],
    ['https://example.com/paper.pdf#page=3', 'pdf'],
    ['file:///home/me/page.html', 'file'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['data:text/html,<h1>Story</h1>', 'data'],
    ['DATA:text/html;base64,PGgxPg==', 'data'],
    ['blob:https://example.com/1b2c3d', 'data'],
  ])('names why %s cannot be read', (url, expected) => {
    expect(restrictedKind(url)).toBe(expected);
  });

  it('tells Quotelight\'s own pages from other extensions\' pages', () => {
    const own = 'chrome-extension://ownid/';
    expect(restrictedKind('chrome-extension://ownid/reader.html#a1', own)).toBe('reader');
    expect(restrictedKind('moz-extension://1234/reader.html', 'moz-extension://1234/')).toBe('reader');
    expect(restrictedKind('chrome-extension://otherid/reader.html', own)).toBe('browser-page');
    expect(restrictedKind('chrome-extension://ownid/reader.html')).toBe('browser-page');
    expect(restrictedKind('https://example.com/chrome-extension://ownid/', own)).toBeNull();
  });

  it('tries the kinds a browser may still open: files, PDFs, data: pages', () => {
    expect(['file', 'pdf', 'data'].every((kind) => mayStillOpen(kind as RestrictedKind))).toBe(true);
    expect(['browser-page', 'store', 'view-source', 'reader'].some((kind) => mayStillOpen(kind as RestrictedKind))).toBe(false);
  });
});
