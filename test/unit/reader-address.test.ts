import { describe, expect, it } from 'vitest';
import { articleAddressOf, readerAddress } from '../../src/ui/reader-address.js';

const search = (path: string): string => new URL(path, 'chrome-extension://abc/').search;

describe('the reader tab\'s address', () => {
  it('shows the article\'s own address as it reads, after the page\'s name', () => {
    const path = readerAddress('article:1733', 'https://news.example/2025/07/bridge-vote');
    expect(path).toBe('reader.html?https://news.example/2025/07/bridge-vote#article%3A1733');
  });

  it('gives back exactly the address it was given, whatever it holds', () => {
    const addresses = [
      'https://news.example/story?id=7&lang=fr',
      'https://news.example/a%20b/caf%C3%A9',
      'https://news.example/story#section-2',
      'https://news.example/naïve résumé',
      'https://news.example/%23not-a-fragment',
    ];
    for (const address of addresses) expect(articleAddressOf(search(readerAddress('article:1', address)))).toBe(address);
  });

  it('has none for an article without a web address, or an address that is not one', () => {
    expect(readerAddress('article:1', null)).toBe('reader.html#article%3A1');
    expect(articleAddressOf('')).toBeNull();
    expect(articleAddressOf('?javascript:alert(1)')).toBeNull();
    expect(articleAddressOf('?%E0%A4%A')).toBeNull();
  });
});
