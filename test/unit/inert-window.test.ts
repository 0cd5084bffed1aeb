import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { inertDom } from '../../src/cli/inert-window.js';
import { createSanitizer } from '../../src/core/sanitize.js';

type Listening = { EventTarget: typeof EventTarget; DOMParser: typeof DOMParser };

/** How many listeners the window is given while `work` runs (counted where every listener passes). */
function listenersAdded(window: Listening, work: () => void): number {
  const proto = window.EventTarget.prototype;
  const add = proto.addEventListener;
  let added = 0;
  proto.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    added += 1;
    add.apply(this, args);
  };
  try {
    work();
  } finally {
    proto.addEventListener = add;
  }
  return added;
}

/** Ten small articles parsed and queried, then sanitized, as a batch does page after page. */
function batch(window: Listening): void {
  const parser = new window.DOMParser();
  const sanitize = createSanitizer(window as unknown as Window);
  for (let i = 0; i < 10; i += 1) {
    const html = `<h2>Market day ${i}</h2><p>The stalls opened at six, <a href="https://town.test/${i}">the council said</a>.</p>`;
    parser.parseFromString(html, 'text/html').querySelectorAll('p, h2');
    sanitize(html, { images: true });
  }
}

describe("the command line's windows (cli/inert-window.ts)", () => {
  it("keep no listener for the documents queried in them (jsdom's selector engine adds some per document)", () => {
    const plain = new JSDOM('').window as unknown as Listening;
    expect(listenersAdded(plain, () => batch(plain))).toBeGreaterThan(0);
    const inert = inertDom().window as unknown as Listening;
    expect(listenersAdded(inert, () => batch(inert))).toBe(0);
  });

  it('still parse, query and sanitize as any window does', () => {
    const window = inertDom().window as unknown as Window & Listening;
    const doc = new window.DOMParser().parseFromString('<p id="a">One</p><p>Two</p>', 'text/html');
    expect(doc.querySelectorAll('p')).toHaveLength(2);
    const fragment = createSanitizer(window)('<p>Kept <script>gone()</script><a href="https://town.test/">link</a></p>', { images: true });
    expect(fragment.textContent).toBe('Kept link');
  });
});
