import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize.js';

const window = new JSDOM('').window;
const sanitize = createSanitizer(window as unknown as Window);
afterAll(() => window.close());

function clean(html: string): HTMLElement {
  const container = window.document.createElement('div');
  container.append(sanitize(html, { images: true }));
  return container;
}

describe('what an article may not make the browser do (core/sanitize.ts)', () => {
  it('drops crossorigin, which turns an image request into one carrying the extension origin', () => {
    // A bare attribute is `anonymous`: DOMPurify's check of attribute values lets an empty one through.
    const images = clean('<p><img src="https://cdn.example/a.jpg" crossorigin alt="a"><img src="https://cdn.example/b.jpg" crossorigin="anonymous" alt="b"></p>').querySelectorAll('img');
    expect(images).toHaveLength(2);
    for (const img of Array.from(images)) expect(img.hasAttribute('crossorigin')).toBe(false);
  });

  it('drops download from links, and image maps with their areas', () => {
    const body = clean('<p><a href="https://site.example/x.pdf" download="x.pdf">the report</a></p>'
      + '<p><img src="https://cdn.example/m.png" usemap="#m" alt="map"><map name="m"><area href="https://tracker.example/" shape="rect" coords="0,0,9,9"></map></p>');
    expect(body.querySelector('a')?.hasAttribute('download')).toBe(false);
    expect(body.querySelector('a')?.textContent).toBe('the report');
    expect(body.querySelector('img')?.hasAttribute('usemap')).toBe(false);
    expect(body.querySelector('map, area')).toBeNull();
  });

  it('asks for images over HTTPS: an http: src and srcset are upgraded', () => {
    const img = clean('<p><img src="http://cdn.example/a.jpg" srcset="http://cdn.example/a.jpg 1x,http://cdn.example/b.jpg 2x" alt="a"></p>').querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://cdn.example/a.jpg');
    expect(img?.getAttribute('srcset')).toBe('https://cdn.example/a.jpg 1x, https://cdn.example/b.jpg 2x');
  });

  it('leaves images on this computer (loopback) as they are: they cross no network', () => {
    const img = clean('<p><img src="http://127.0.0.1:8080/a.jpg" srcset="http://localhost/b.jpg 2x" alt="a"></p>').querySelector('img');
    expect(img?.getAttribute('src')).toBe('http://127.0.0.1:8080/a.jpg');
    expect(img?.getAttribute('srcset')).toBe('http://localhost/b.jpg 2x');
    expect(clean('<p><img src="http://127.0.0.1.evil.example/a.jpg" alt="a"></p>').querySelector('img')?.getAttribute('src')).toBe('https://127.0.0.1.evil.example/a.jpg');
  });

  it("leaves http: links alone: a click is the reader's choice", () => {
    expect(clean('<p><a href="http://old.example/">old site</a></p>').querySelector('a')?.getAttribute('href')).toBe('http://old.example/');
  });
});
