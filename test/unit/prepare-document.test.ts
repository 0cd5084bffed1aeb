import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/prepare-document.js';

const PROSE = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story: the council voted on Tuesday to widen the ring road, after two years of hearings and a court challenge by residents.</p>`).join('');

function prepared(html: string): Document {
  const doc = new JSDOM(html, { url: 'https://news.test/story' }).window.document;
  prepareDocument(doc);
  return doc;
}

describe('lazy images', () => {
  it.each([
    ['data-src', '<img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.test/a.jpg">'],
    ['data-original', '<img data-original="https://cdn.test/a.jpg">'],
    ['data-lazy-src', '<img src="/img/blank.gif" data-lazy-src="https://cdn.test/a.jpg">'],
    ['data-srcset', '<img data-srcset="https://cdn.test/a.jpg 800w, https://cdn.test/b.jpg 1600w">'],
  ])('restores %s', (_name, img) => {
    const doc = prepared(`<body><article>${PROSE}<figure>${img}</figure></article></body>`);
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe('https://cdn.test/a.jpg');
  });

  it('keeps a real src', () => {
    const doc = prepared(`<body><article>${PROSE}<img src="https://cdn.test/real.jpg" data-src="https://cdn.test/other.jpg"></article></body>`);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://cdn.test/real.jpg');
  });

  it('takes a <picture> image from its lazy source', () => {
    const doc = prepared(`<body><article>${PROSE}<picture><source media="(min-width: 800px)" data-srcset="https://cdn.test/wide.jpg"><source data-srcset="https://cdn.test/a.jpg 1x"><img></picture></article></body>`);
    expect(doc.querySelector('picture img')?.getAttribute('src')).toBe('https://cdn.test/a.jpg');
  });

  it('fills a placeholder from the <noscript> fallback after it', () => {
    const doc = prepared(`<body><article>${PROSE}<figure><img class="lazy" src="data:image/gif;base64,R0lGOD"><noscript><img src="https://cdn.test/a.jpg" alt="Ring road"></noscript><figcaption>The ring road</figcaption></figure></article></body>`);
    const img = doc.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('https://cdn.test/a.jpg');
    expect(img?.getAttribute('alt')).toBe('Ring road');
    expect(doc.querySelector('noscript')).toBeNull();
  });
});

describe('hidden elements', () => {
  it.each([
    ['hidden', '<div hidden>Menu item one</div>'],
    ['aria-hidden', '<div aria-hidden="true">Menu item one</div>'],
    ['display:none', '<div style="color: red; display: none">Menu item one</div>'],
    ['visibility:hidden', '<div style="visibility:hidden">Menu item one</div>'],
  ])('removes an element hidden by %s', (_name, hidden) => {
    const doc = prepared(`<body><article>${PROSE}</article>${hidden}</body>`);
    expect(doc.body.textContent).not.toContain('Menu item one');
  });

  it('never removes the article, even when the page hides it until a script runs', () => {
    const doc = prepared(`<body><div style="display:none"><article>${PROSE}</article></div></body>`);
    expect(doc.body.textContent).toContain('Paragraph 6 of the story');
  });
});

describe('page landmarks', () => {
  const page = (inner: string): string => `<body>
    <header class="site"><a href="/">Daily Test</a><nav><a href="/world">World</a><a href="/sport">Sport</a></nav></header>
    <main><article><header><h1>Council votes to widen the ring road</h1><p class="byline">By <a rel="author" href="/a">Asha Rao</a></p></header>
      <nav class="breadcrumb"><a href="/">Home</a> / <a href="/city">City</a></nav>${inner}${PROSE}
      <aside class="fact-box"><p>The ring road carries 80,000 vehicles a day, twice its design load, according to the city's own count.</p></aside>
    </article><aside role="complementary"><h3>Most Read</h3><a href="/x">Other story</a></aside></main>
    <footer role="contentinfo">Copyright Daily Test</footer>
    <div role="dialog" aria-label="Cookies"><p>We use cookies to improve your experience.</p></div></body>`;

  it('removes navigation, banners, footers, sidebars and dialogs outside the article', () => {
    const text = prepared(page('')).body.textContent ?? '';
    for (const gone of ['Sport', 'Home', 'Most Read', 'Copyright', 'cookies']) expect(text).not.toContain(gone);
  });

  it('keeps the story\'s own header and fact box', () => {
    const text = prepared(page('')).body.textContent ?? '';
    expect(text).toContain('Council votes to widen the ring road');
    expect(text).toContain('Asha Rao');
    expect(text).toContain('80,000 vehicles');
  });

  it('keeps a page whose whole content sits in role=main', () => {
    const doc = prepared(`<body><div role="main">${PROSE}</div><div role="navigation"><a href="/">Home</a></div></body>`);
    expect(doc.body.textContent).toContain('Paragraph 1 of the story');
    expect(doc.body.textContent).not.toContain('Home');
  });

  it('keeps a page whose article sits in a <header> or an <aside>', () => {
    const doc = prepared(`<body><header>${PROSE}</header><aside><a href="/x">Other</a></aside></body>`);
    expect(doc.body.textContent).toContain('Paragraph 6 of the story');
    expect(doc.body.textContent).not.toContain('Other');
  });
});

describe('boxes that are never the story', () => {
  /** A post written in short lines: Readability scores none of them as a paragraph. */
  const POST = '<article class="post"><h1>Morning at the lake</h1><p>We went down early.</p><p>The water was still.</p><p>Nobody said a word for an hour.</p>'
    + '<p>Then the ducks came.</p><p>We threw them the last of the bread.</p><p>A heron stood in the reeds and watched us.</p><p>My sister counted eleven ducks, then twelve.</p>'
    + '<p>The sun came over the hill at seven.</p><p>On the way back it started to rain, and we did not mind at all.</p></article>'
    + '<div class="archive"><h3>Archive</h3><ul><li><a href="/2024/05">May 2024</a></li><li><a href="/2024/04">April 2024</a></li><li><a href="/2024/03">March 2024</a></li>'
    + '<li><a href="/2024/02">February 2024</a></li><li><a href="/2024/01">January 2024</a></li><li><a href="/2023/12">December 2023</a></li></ul></div>';
  const COOKIES = '<div class="widget widget_cookie_notice"><form><p>About cookies: the lake blog keeps a few small files on your device. Stay on the site and we count that as a yes, as our policy explains in full.</p></form></div>';
  const AUTHOR = '<div id="author-info"><h2>About Jo Lind</h2><p>Jo Lind writes about lakes, rivers and the people who live beside them, and has done so for twenty years, first for the county paper and now here.</p></div>';
  const SIGN_UP = '<form action="/join"><p>Get our letter every Friday: the week\'s best walks, the weather and what is on, in one e-mail that is easy to read.</p><input type="email" name="mail"><button>Join</button></form>';

  it.each([['a cookie notice', COOKIES], ['an author\'s box', AUTHOR], ['a sign-up form', SIGN_UP]])('removes %s, so Readability cannot take it for a short story', (_name, box) => {
    const doc = prepared(`<body><div id="content">${POST}${box}</div></body>`);
    expect(doc.body.textContent).toContain('Then the ducks came.');
    expect(doc.body.textContent).not.toMatch(/cookies|twenty years|every Friday/);
  });

  it('keeps a box so labelled that holds the story, or the page\'s headline', () => {
    const labelledStory = prepared(`<body><div class="modal-content">${PROSE}</div><div class="cookie-bar">We use cookies.</div></body>`);
    expect(labelledStory.body.textContent).toContain('Paragraph 6 of the story');
    const withHeadline = prepared(`<body><div class="popup-wrapper"><h1>Council votes to widen the ring road</h1><p>Short line.</p></div>${PROSE}</body>`);
    expect(withHeadline.body.textContent).toContain('Council votes to widen the ring road');
  });

  it('weighs a box against the page as served, not against what the boxes removed before it left', () => {
    // The notice goes first; the newsletter box holds most of the prose but well under half of the page's
    // text as served (more than half of what is left once the notice is gone): it is no story, and goes too.
    const notice = `<div class="cookie-notice">${'This site stores small files on your device to remember your choices. '.repeat(13)}</div>`;
    const box = '<div class="newsletter-box"><p>Sign up and every Sunday you get the five walks our readers liked best, with maps, bus times and the cafes open along the way.</p>'
      + '<p>The letter is free, it comes once a week, and one click at the foot of any issue stops it for good, with nothing more asked of you.</p></div>';
    const story = '<p>The footbridge over the mill race reopened on Monday after eight weeks of repairs to its railings and deck.</p>';
    const doc = prepared(`<body>${notice}${box}${story}</body>`);
    expect(doc.body.textContent).toContain('footbridge over the mill race');
    expect(doc.body.textContent).not.toMatch(/small files|every Sunday/);
  });

  // A newsletter box that also carries the author's name: Readability may read the byline from it.
  const SIGNED_BOX = (mark: string): string => `<div class="newsletter"><p>${mark}</p><p>Every week the author sends a long letter with the walks, `
    + 'the weather and the news from the lake, free to anyone who asks for it at the desk.</p></div>';

  it.each([
    ['rel, in any case', '<a rel="Author external" href="/jo">Jo Lind</a>'],
    ['itemprop', '<span itemprop="author">Jo Lind</span>'],
    ['a class', '<span class="post-byline">Jo Lind</span>'],
    ['an id', '<span id="authorName">Jo Lind</span>'],
  ])('keeps the short lines of a box that holds an author mark (%s) and drops its long ones', (_name, mark) => {
    const doc = prepared(`<body><div id="content">${POST}${SIGNED_BOX(mark)}</div></body>`);
    expect(doc.body.textContent).toContain('Jo Lind');
    expect(doc.body.textContent).not.toContain('a long letter');
  });

  it('removes the whole box when its only author mark was hidden, and a form that asks for a password in capitals', () => {
    const hidden = prepared(`<body><div id="content">${POST}${SIGNED_BOX('<span class="byline" hidden>Jo Lind</span>')}</div></body>`);
    expect(hidden.body.textContent).not.toMatch(/Jo Lind|a long letter/);
    const logIn = prepared(`<body><div id="content">${POST}<form action="/in"><p>Members read every post a day early: log in with the name and the word you chose when you joined the club.</p><input type="PASSWORD" name="word"></form></div></body>`);
    expect(logIn.body.textContent).not.toContain('Members read every post');
  });

  it('keeps a post whose topic classes name such a box (a recipe tagged "cookies")', () => {
    const doc = prepared(`<body><div class="post tag-cookies category-newsletter"><p>Cream the butter and sugar.</p><p>Add the eggs.</p></div>${PROSE}</body>`);
    expect(doc.body.textContent).toContain('Cream the butter and sugar.');
  });
});

describe('figures', () => {
  it('keeps a lazy figure with its caption through Readability', () => {
    const html = `<body><article>${PROSE.slice(0, PROSE.length / 2)}<figure><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.test/a.jpg"><figcaption>Traffic on the ring road (Photo: Reuters)</figcaption></figure>${PROSE}</article></body>`;
    const parsed = new Readability(prepared(html)).parse();
    expect(parsed?.content).toContain('Traffic on the ring road (Photo: Reuters)');
    expect(parsed?.content).toContain('https://cdn.test/a.jpg');
  });
});
