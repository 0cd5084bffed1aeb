import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize.js';

// Real DOMPurify on a jsdom window, as the command line runs it.
const window = new JSDOM('').window;
const sanitize = createSanitizer(window as unknown as Window);
afterAll(() => window.close());

/** The sanitized markup, serialized as the reader would adopt it. */
function clean(html: string, images = true): string {
  const container = window.document.createElement('div');
  container.append(sanitize(html, { images }));
  return container.innerHTML;
}

function parse(html: string, images = true): HTMLElement {
  const container = window.document.createElement('div');
  container.append(sanitize(html, { images }));
  return container;
}

describe('createSanitizer', () => {
  it('returns a DocumentFragment that keeps the article structure and text', () => {
    const fragment = sanitize('<h2>Head</h2><p>Text with <em>emphasis</em>, <strong>weight</strong> and a <q>quote</q>.</p><ul><li>item</li></ul><blockquote><p>quoted</p></blockquote><table><tr><td>cell</td></tr></table>', { images: true });
    expect(fragment.nodeType).toBe(11);
    expect(clean('<h2>Head</h2><p>Text with <em>emphasis</em>, <strong>weight</strong> and a <q>quote</q>.</p>')).toBe(
      '<h2>Head</h2><p>Text with <em>emphasis</em>, <strong>weight</strong> and a <q>quote</q>.</p>',
    );
    expect(parse('<ul><li>item</li></ul><blockquote><p>quoted</p></blockquote><table><tbody><tr><td>cell</td></tr></tbody></table>').querySelectorAll('li, blockquote, td').length).toBe(3);
  });

  it('keeps what a customized built-in element holds, without its is attribute (a theme\'s <section is="…"> held a whole story)', () => {
    const html = '<section is="site-layout-post"><main><p>The strike at the university <em>began</em> in January.</p></main></section>';
    expect(clean(html)).toBe('<section><main><p>The strike at the university <em>began</em> in January.</p></main></section>');
    expect(clean('<p is="x-para" onclick="alert(1)">Text stays.</p>')).toBe('<p>Text stays.</p>');
    const withHook = sanitize(html, { images: true, beforeSanitize: () => undefined });
    expect(withHook.textContent).toBe('The strike at the university began in January.');
  });

  it('removes scripts and everything that runs', () => {
    const out = clean('<p>a<script>alert(1)</script>b</p><noscript><p>no</p></noscript><svg><script>alert(2)</script></svg><template><p>t</p></template><p>c</p>');
    expect(out).not.toMatch(/script|alert|<template|<noscript/i);
    expect(out).toContain('ab');
    expect(out).toContain('<p>c</p>');
  });

  it('removes every on* event handler', () => {
    const container = parse('<p onclick="x()" onmouseover="y()">p</p><img src="https://e.example/a.png" onerror="z()" onload="w()"><a href="https://e.example/" onfocus="v()">a</a><details ontoggle="u()"><summary>s</summary></details>');
    for (const element of Array.from(container.querySelectorAll('*'))) {
      expect(Array.from(element.attributes).map((attribute) => attribute.name).filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;vascript:alert(1)',
    'javascript&colon;alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,x',
    'file:///etc/passwd',
    'chrome://settings',
  ])('drops the link address %j', (href) => {
    const container = parse(`<p><a href="${href}">link</a></p>`);
    const link = container.querySelector('a');
    expect(container.textContent).toBe('link');
    expect(link?.hasAttribute('href') ?? false).toBe(false);
    expect(container.innerHTML).not.toMatch(/javascript|vbscript|data:|file:|chrome:/i);
  });

  it('drops relative link addresses (they would resolve against the extension)', () => {
    for (const href of ['/world/story', 'story.html', '../up', '//cdn.example/x', '?page=2']) {
      const link = parse(`<a href="${href}">x</a>`).querySelector('a');
      expect(link?.hasAttribute('href'), href).toBe(false);
    }
  });

  it('opens web links in a new tab without referrer or opener', () => {
    const container = parse('<a href="https://e.example/a" target="_self" rel="opener">web</a><a href="mailto:desk@e.example">mail</a><a href="tel:+441234">phone</a>');
    for (const link of Array.from(container.querySelectorAll('a'))) {
      expect(link.getAttribute('target'), link.textContent ?? '').toBe('_blank');
      expect(link.getAttribute('rel'), link.textContent ?? '').toBe('noopener noreferrer');
    }
  });

  it('keeps footnote links in the page, without a target', () => {
    const link = parse('<a href="#fn1" target="_blank">1</a>').querySelector('a');
    expect(link?.getAttribute('href')).toBe('#fn1');
    expect(link?.hasAttribute('target')).toBe(false);
  });

  it('removes forms, inputs and buttons, keeping no controls', () => {
    const out = clean('<form action="https://e.example/post"><input name="q" value="v"><textarea>t</textarea><select><option>o</option></select><button formaction="https://e.example/x">Send</button></form><p>after</p>');
    expect(out).not.toMatch(/<(form|input|textarea|select|option|button)\b|action=/i);
    expect(out).toContain('<p>after</p>');
  });

  it('removes frames, embeds, objects and media', () => {
    const out = clean('<iframe src="https://e.example/"></iframe><iframe srcdoc="<p>x</p>"></iframe><object data="x.swf"></object><embed src="x.swf"><video src="https://e.example/v.mp4" poster="https://e.example/p.jpg"></video><audio src="https://e.example/a.mp3"></audio><p>kept</p>');
    expect(out).toBe('<p>kept</p>');
  });

  it('removes styles, classes and ids', () => {
    const out = clean('<style>p { color: red }</style><link rel="stylesheet" href="https://e.example/s.css"><p style="position:fixed;top:0" class="story" id="main">text</p><font color="red">f</font>');
    expect(out).not.toMatch(/style|class=|id=|<link/i);
    expect(out).toContain('text');
  });

  it('removes base, meta and data attributes', () => {
    const out = clean('<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><p data-track="x" data-src="https://e.example/i.png">p</p>');
    expect(out).toBe('<p>p</p>');
  });

  it('keeps web and data:image sources, and marks images lazy without referrer', () => {
    const container = parse('<img src="https://e.example/a.png" alt="a"><img src="data:image/png;base64,iVBORw0KGgo=" alt="b">');
    const images = Array.from(container.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['https://e.example/a.png', 'data:image/png;base64,iVBORw0KGgo=']);
    for (const img of images) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
  });

  it('removes images whose only source is unsafe or relative', () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload="alert(1)"/>', 'data:text/html,x', '/local.png', 'file:///c/a.png']) {
      expect(parse(`<p>x<img src="${src}" alt="bad"></p>`).querySelector('img'), src).toBeNull();
    }
  });

  it('filters srcset to web candidates, dropping it when none is left', () => {
    const img = parse('<img src="https://e.example/a.png" srcset="https://e.example/a-1x.png 1x, javascript:alert(1) 2x, /rel.png 3x, https://e.example/a-4x.png 4x">').querySelector('img');
    expect(img?.getAttribute('srcset')).toBe('https://e.example/a-1x.png 1x, https://e.example/a-4x.png 4x');
    const bare = parse('<img src="https://e.example/a.png" srcset="/a.png 1x, data:text/html,x 2x">').querySelector('img');
    expect(bare?.hasAttribute('srcset')).toBe(false);
    // Candidates separated by a bare comma, and URLs with commas inside (image CDNs), as browsers split them.
    const packed = parse('<img src="https://e.example/a.png" srcset="https://e.example/a.png 1x,/relative.png 2x,data:image/svg+xml,x 3x">').querySelector('img');
    expect(packed?.getAttribute('srcset')).toBe('https://e.example/a.png 1x');
    const cdn = parse('<img srcset="https://e.example/w_100,h_50/a.jpg 100w, https://e.example/w_200,h_100/a.jpg 200w,javascript:x 300w">').querySelector('img');
    expect(cdn?.getAttribute('srcset')).toBe('https://e.example/w_100,h_50/a.jpg 100w, https://e.example/w_200,h_100/a.jpg 200w');
    const onlySrcset = parse('<img srcset="https://e.example/w.png 640w">').querySelector('img');
    expect(onlySrcset?.getAttribute('srcset')).toBe('https://e.example/w.png 640w');
  });

  it('removes every image and picture when images are off, keeping captions', () => {
    const out = clean('<figure><picture><source srcset="https://e.example/a.webp"><img src="https://e.example/a.png" alt="a"></picture><figcaption>Caption</figcaption></figure><p>x<img src="data:image/gif;base64,R0lGOD" alt=""></p>', false);
    expect(out).not.toMatch(/<img|<picture|<source/i);
    expect(out).toContain('<figcaption>Caption</figcaption>');
    expect(clean('<img src="https://e.example/a.png">', true)).toMatch(/<img/);
  });

  it('keeps text that only looks like markup as text', () => {
    const container = parse('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(container.textContent).toBe('<script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  describe('keeps what the article needs to read right (issue 16, fidelity)', () => {
    it('keeps direction and language', () => {
      const p = parse('<p dir="rtl" lang="ar">نص <span dir="ltr" lang="en">word</span></p>').querySelector('p');
      expect(p?.getAttribute('dir')).toBe('rtl');
      expect(p?.getAttribute('lang')).toBe('ar');
      expect(p?.querySelector('span')?.getAttribute('dir')).toBe('ltr');
    });

    it('keeps table structure: spans, headers and scope', () => {
      const table = parse('<table><tr><th id="h-year" scope="col">Year</th><th id="h-count" scope="col" colspan="2">Count</th></tr>'
        + '<tr><td headers="h-year" rowspan="2">2024</td><td headers="h-count">3</td><td>4</td></tr></table>');
      const th = table.querySelectorAll('th');
      expect(th[0]?.getAttribute('scope')).toBe('col');
      expect(th[1]?.getAttribute('colspan')).toBe('2');
      const td = table.querySelector('td');
      expect(td?.getAttribute('rowspan')).toBe('2');
      // A cell's headers point at the header cells' ids, both renamed the same way.
      expect(table.querySelector(`#${td?.getAttribute('headers') ?? 'none'}`)?.textContent).toBe('Year');
    });

    it('keeps a list numbered from where the page numbers it, and dates and image sizes', () => {
      const out = parse('<ol start="7" reversed><li>seven</li></ol><p><time datetime="2024-03-04T10:00">4 March</time></p><img src="https://e.example/a.png" width="640" height="360" alt="">');
      expect(out.querySelector('ol')?.getAttribute('start')).toBe('7');
      expect(out.querySelector('ol')?.hasAttribute('reversed')).toBe(true);
      expect(out.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-04T10:00');
      expect(out.querySelector('img')?.getAttribute('width')).toBe('640');
      expect(out.querySelector('img')?.getAttribute('height')).toBe('360');
    });

    it('keeps footnote targets reachable, under a prefix no page script or property can be clobbered by', () => {
      const out = parse('<p>Claim<sup><a href="#fn1" id="ref1">1</a></sup>.</p><ol><li id="fn1">Source. <a href="#ref1">↩</a></li></ol><p id="unreferenced">x</p><p><a name="fn2"></a><a href="#fn2">2</a></p>');
      const link = out.querySelector('sup a');
      const target = out.querySelector(`[id="${(link?.getAttribute('href') ?? '').slice(1)}"]`);
      expect(target?.textContent).toContain('Source.');
      expect(target?.id.startsWith('user-content-')).toBe(true);
      expect(out.querySelector('a[href="#user-content-ref1"]')).not.toBeNull();
      // An id nothing points at is not kept; an old-style named anchor becomes its id.
      expect(out.querySelector('[id$="unreferenced"]')).toBeNull();
      expect(out.querySelector('[id="user-content-fn2"]')).not.toBeNull();
      expect(out.querySelector('[name]')).toBeNull();
    });

    it('keeps MathML formulas with their structure, and nothing in them that runs or links', () => {
      const out = parse('<p>The area is <math display="inline"><mrow><mi>π</mi><mo>⁢</mo><msup><mi>r</mi><mn>2</mn></msup></mrow></math>, and '
        + '<math display="block"><mfrac><mn>1</mn><msqrt><mi>x</mi></msqrt></mfrac></math> falls.</p>'
        + '<math><mi href="javascript:alert(1)" onclick="alert(1)">y</mi><maction actiontype="statusline"><mtext>z</mtext></maction>'
        + '<mtext><img src="https://e.example/a.png" onerror="alert(1)"></mtext></math>');
      const maths = out.querySelectorAll('math');
      expect(maths.length).toBe(3);
      expect(maths[0]?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
      expect(maths[0]?.getAttribute('display')).toBe('inline');
      expect(maths[0]?.querySelector('msup')?.textContent).toBe('r2');
      expect(maths[1]?.querySelector('mfrac msqrt mi')?.textContent).toBe('x');
      // Nothing that runs, links or switches content: handlers, hrefs and maction go.
      const attributes = Array.from(out.querySelectorAll('*')).flatMap((element) => element.getAttributeNames());
      expect(attributes).not.toContain('onclick');
      expect(attributes).not.toContain('onerror');
      expect(attributes).not.toContain('href');
      expect(out.querySelector('maction')).toBeNull();
    });

    it('does not let a kept attribute carry a script', () => {
      const out = parse('<p dir="javascript:alert(1)" lang="x&quot; onclick=&quot;alert(1)">t</p><table><tr><td headers="javascript:alert(1)">c</td></tr></table>');
      // A value stays a value: no attribute comes out of it, and a header id that points nowhere goes.
      expect(Array.from(out.querySelectorAll('*')).flatMap((element) => element.getAttributeNames())).not.toContain('onclick');
      expect(out.querySelector('td')?.hasAttribute('headers')).toBe(false);
      expect(parse('<p id="x" onclick="alert(1)"><a href="#x">x</a></p>').querySelector('[onclick]')).toBeNull();
    });
  });
});
