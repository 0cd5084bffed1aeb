import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodePage } from '../../src/cli/decode-page.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { judgeArticleHtml, MIN_PROSE_LENGTH, weightedLength } from '../../src/extract/judge-article.js';

/**
 * Pages Readability's isProbablyReaderable turns down, through the real seam (jsdom, real Readability):
 * short real articles, English and Japanese, must come out as articles; front pages, link lists and
 * picture pages must stay "not an article".
 */

const windows: { close: () => void }[] = [];
afterEach(() => windows.splice(0).forEach((window) => window.close()));

function load(html: string): Document {
  const { window } = new JSDOM(html, { url: 'https://news.test/story' });
  windows.push(window);
  return window.document;
}

const page = (body: string, lang = 'en', title = 'The Valley Courier'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>`
  + '<header><a href="/">The Valley Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>'
  + `${body}<footer><p>© The Valley Courier</p></footer></body></html>`;

/** Three ordinary paragraphs, each under the 140 characters isProbablyReaderable wants of one. */
const SHORT_ARTICLE = page(`<main><article>
  <h1>Library reopens after roof repairs</h1>
  <p>The town library reopened on Saturday after eight months of repairs to its leaking roof.</p>
  <p>Volunteers moved more than 20,000 books back onto the shelves over the past two weeks.</p>
  <p>"We missed our readers, and they missed us," said the head librarian, Ana Morales.</p>
</article></main>`);

/** About 150 Japanese characters in three paragraphs: a short news item, as NHK or Asahi publish. */
const SHORT_JAPANESE = page(`<main><article>
  <h1>商店街で夏祭り 三年ぶりに山車が巡行</h1>
  <p>大阪市の商店街で二十日、三年ぶりとなる夏祭りが開かれ、地元の子どもたちが引く山車が通りを巡った。</p>
  <p>振興組合によると、午前十時の開始から多くの家族連れが訪れ、昼過ぎには通りが人であふれたという。</p>
  <p>組合の理事長は「祭りが戻ってきて本当にうれしい。来年はもっと多くの店に参加してほしい」と話した。</p>
</article></main>`, 'ja', '商店街で夏祭り');

const teaser = (slug: string, headline: string, summary: string): string =>
  `<div class="card"><h3><a href="/news/${slug}">${headline}</a></h3><p>${summary}</p><span>2 hours ago</span></div>`;

/** A section front whose teasers are full sentences, long enough to pass for paragraphs one by one. */
const FRONT_PAGE = page(`<main><section><h2>Latest news</h2>
  ${teaser('budget', 'Budget vote delayed as partners dispute welfare cuts', 'Ministers now expect the vote to take place next week, after talks between the coalition partners ran late into the night.')}
  ${teaser('rail', 'Rail strike called off after last-minute pay offer', 'Union leaders said they would put the new offer to their members in a ballot that closes at the end of the month.')}
  ${teaser('comet', 'Comet visible to the naked eye for the first time in decades', 'Astronomers say the best view will be low in the western sky shortly after sunset, away from the lights of towns.')}
  ${teaser('floods', 'Thousands moved to shelters as floods spread', 'Officials say the rivers are still rising in three provinces, and more rain is forecast for the coming weekend.')}
</section></main>`);

const LINK_LIST = page(`<main><h1>Archive: March</h1><ul>${Array.from({ length: 12 }, (_, i) =>
  `<li><a href="/2024/03/${i}">Council approves the new ring road after two years of hearings, part ${i + 1}.</a></li>`).join('')}</ul></main>`);

const IMAGES_ONLY = page(`<main>${Array.from({ length: 6 }, (_, i) =>
  `<figure><img src="https://cdn.test/photo-${i}.jpg" width="600" height="400" alt=""></figure>`).join('')}</main>`);

/** A short wire brief that links every name it mentions: each paragraph is prose with links inside it. */
const LINKED_BRIEF = page(`<main><article>
  <h1>Port strike ends after two days</h1>
  <p>Dock workers in <a href="/t/rotterdam">Rotterdam and Antwerp</a> went back to work on Friday, the <a href="/t/fnv">transport union FNV Havens</a> said.</p>
  <p>The <a href="/t/port-authority">Rotterdam port authority</a> agreed to a four percent pay rise and to new <a href="/t/shifts">night shifts</a>.</p>
  <p>Shipping lines <a href="/t/maersk">Maersk</a>, <a href="/t/msc">MSC</a> and <a href="/t/cma">CMA CGM</a> expect the delays to clear by the weekend.</p>
</article></main>`);

/** Steps written as list items with no full stops: instructions, not links, and plenty of them. */
const STEP_LIST = page(`<main><div class="page-content"><h1>The basket turn</h1><ul>${Array.from({ length: 14 }, (_, i) =>
  `<li>step ${i + 1}: the leader turns the follower under the raised arm and both keep the basic step going on the spot</li>`).join('')}</ul></div></main>`);

/** A short diary post: one date line, then two short paragraphs that are most of the page. */
const SHORT_POST = page(`<main><article>
  <p>3 August · Filed under family</p>
  <p>It has been a while since the first one arrived. A few days ago the second one made it too.</p>
  <p>This is how it looked when they met for the first time :)</p>
</article></main>`);

/** A blog entry of three short lines, marked as one entry by the page (the hentry microformat WordPress writes). */
const SHORT_ENTRY = page(`<div id="content"><div class="post-7 post type-post hentry category-notes" id="post-7">
  <p class="meta">12 May 2024 (<a href="/category/notes">Notes</a>)</p>
  <p>„I know I should not say this…“</p><p>– „Then don't.“</p><p>– „Fine.“</p>
</div></div><div id="sidebar"><h3>Archive</h3><ul><li><a href="/2024/05">May 2024</a></li><li><a href="/2024/04">April 2024</a></li></ul></div>`);

const ONE_LINE = page('<main><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></main>');

describe('short articles that isProbablyReaderable turns down', () => {
  it.each([
    ['a short English article', SHORT_ARTICLE, 'Ana Morales'],
    ['a short Japanese article', SHORT_JAPANESE, '山車が通りを巡った'],
    ['a short story whose prose links every name', LINKED_BRIEF, 'four percent pay rise'],
    ['a long page of steps without full stops', STEP_LIST, 'step 14: the leader'],
    ['a short post that is mostly prose', SHORT_POST, 'the second one made it too'],
    ['a blog entry of three short lines, marked as one entry', SHORT_ENTRY, 'Then don'],
  ])('accepts %s', (_name, html, words) => {
    // The premise: Readability's own check says no, so it is the judge that lets it in.
    expect(isProbablyReaderable(load(html))).toBe(false);
    const result = extractArticle(load(html));
    expect(result.status).toBe('article');
    expect(result.status === 'article' ? result.article.contentHtml : '').toContain(words);
  });

  it('counts Japanese characters for the letters they stand for', () => {
    const text = '来年はもっと多くの店に参加してほしい';
    expect(weightedLength(text)).toBe(text.length * 3);
    expect(weightedLength('Hello, world.')).toBe('Hello, world.'.length);
    expect(weightedLength('서울 시내')).toBe(2 * 4 + 1);
  });

  it('needs the CJK weighting: counted as plain characters, the Japanese article is too short', () => {
    const doc = load(SHORT_JAPANESE);
    const body = [...doc.querySelectorAll('article p')].map((p) => p.textContent ?? '').join('');
    expect(body.length).toBeLessThan(MIN_PROSE_LENGTH);
    const judged = judgeArticleHtml(doc.querySelector('article')?.innerHTML ?? '', doc);
    expect(judged.accept).toBe(true);
    expect(judged.measures.proseBlocks).toBe(3);
  });
});

describe('pages that are not articles stay out', () => {
  it.each([
    ['a front page of teaser cards', FRONT_PAGE],
    ['a list of links', LINK_LIST],
    ['a page of only images', IMAGES_ONLY],
    ['a page of one short line', ONE_LINE],
  ])('rejects %s', (_name, html) => {
    expect(extractArticle(load(html)).status).toBe('not-article');
  });

  it('calls a whole saved page of bare text "not an article", not "still loading"', () => {
    // jsdom says readyState "loading" until its load event; the command line's file is parsed whole
    // (Readability's test page 005-unescape-html-entities is one word).
    const doc = load('<!doctype html><html><head><title>A test</title></head><body>Just one line</body></html>');
    expect(doc.readyState).toBe('loading');
    expect(extractArticle(doc, { complete: true }).status).toBe('not-article');
  });

  it('calls a page the browser is still receiving "still loading" (test/e2e: a page still loading)', () => {
    expect(extractArticle(load('<!doctype html><html><head><title>A test</title></head><body>Loading the story')).status).toBe('loading');
    expect(extractArticle(load('<!doctype html><html><head><title>Empty</title></head><body></body></html>')).status).toBe('loading');
  });

  it('rejects the saved home page fixture', () => {
    const file = path.resolve(__dirname, '../fixtures/not-article/source.html');
    const doc = load(decodePage(readFileSync(file)));
    expect(isProbablyReaderable(doc)).toBe(false);
    expect(extractArticle(doc).status).toBe('not-article');
  });

  it('tells why a front page is turned down', () => {
    const doc = load(FRONT_PAGE);
    const judged = judgeArticleHtml(doc.querySelector('main')?.innerHTML ?? '', doc);
    expect(judged.accept).toBe(false);
    expect(judged.measures.headlineLinks).toBe(4);
    // Its teasers alone would pass for prose: the headline links are what gives it away.
    expect(judged.measures.proseBlocks).toBe(4);
  });
});
