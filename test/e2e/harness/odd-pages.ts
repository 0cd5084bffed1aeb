/**
 * Odd pages for the browser tests, generated on request (the big ones would be megabytes in the
 * repository): pages with no text, frames, shadow DOM, a 5 MB page, 10,000-deep nesting (5,000 by script), 100,000
 * quotation marks, a page that rewrites itself, a page under a strict CSP with Trusted Types.
 */

export interface OddPage {
  type: string;
  headers: Record<string, string>;
  body: string;
}

export const ODD = {
  imagesOnly: '/odd/images-only.html',
  frameset: '/odd/frameset.html',
  frameNav: '/odd/frame-nav.html',
  frameArticle: '/odd/frame-article.html',
  iframeArticle: '/odd/iframe-article.html',
  shadowDeclarative: '/odd/shadow-declarative.html',
  shadowScript: '/odd/shadow-script.html',
  big: '/odd/big.html',
  deep: '/odd/deep.html',
  deepScript: '/odd/deep-script.html',
  quotes: '/odd/quotes.html',
  rewriting: '/odd/rewriting.html',
  strictCsp: '/odd/strict-csp.html',
} as const;

/** The article most odd pages carry, so that what the reader finds is known. */
export const ODD_HEADLINE = 'Harbour reopens after winter storms';
const SENTENCES = [
  'The harbour reopened on Monday after three weeks of repairs to the sea wall, which was breached twice during the winter storms.',
  'Fishing boats that had sheltered in the estuary returned in the early morning, and the first catch was landed before nine.',
  '“We lost a month of work, but nobody was hurt, and that is what matters,” said the harbour master, standing on the rebuilt quay.',
  'Engineers said the new wall was built to withstand waves a metre higher than the ones that damaged it in January.',
  'The council has set aside money for a second phase of work next year, which will raise the promenade and add drainage.',
  'Shops along the front, many of which closed during the repairs, said they expected visitors to return by the spring holidays.',
];

function paragraphs(count: number, tag = ''): string {
  return Array.from({ length: count }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]}${tag ? ` ${tag} ${i}.` : ''}</p>`).join('\n');
}

const articleHtml = (extra = ''): string =>
  `<article><h1>${ODD_HEADLINE}</h1><p class="byline">By Morgan Reed</p>\n${paragraphs(8)}${extra}</article>`;

const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const html = (body: string, headers: Record<string, string> = {}): OddPage => ({ type: 'text/html; charset=utf-8', headers, body });

/** About 5 MB: a normal article inside the furniture a heavy news page carries (data, menus, comments). */
function bigPage(): string {
  const data = JSON.stringify(Array.from({ length: 12_000 }, (_, i) => ({ id: i, headline: `Story number ${i} in the archive`, tags: ['news', 'local', 'weather'] })));
  const menu = Array.from({ length: 12_000 }, (_, i) => `<li><a href="/section/${i}">Section ${i} of the site menu</a></li>`).join('');
  const comments = Array.from({ length: 6_000 }, (_, i) => `<div class="comment"><b>Reader ${i}</b><span>I read this story and have this to say about it, comment ${i}.</span></div>`).join('');
  const body = `<header><nav><ul>${menu}</ul></nav></header><main>${articleHtml()}</main><aside class="comments">${comments}</aside>`
    + `<script type="application/json" id="data">${data}</script>`;
  const filler = 5_000_000 - body.length;
  // Whatever is missing to 5 MB, as an HTML comment: the parser reads it, nothing renders it.
  return page(ODD_HEADLINE, `${body}<!-- ${'x'.repeat(Math.max(0, filler))} -->`);
}

/**
 * 10,000 levels deep in the markup, with the article at the bottom. Both parsers cap the depth they
 * build (the rest becomes siblings); a tree 10,000 deep built by script instead crashes Chromium's own
 * renderer and keeps Readability busy for over 40 s in Firefox, so the server sends the markup.
 */
function deepPage(): string {
  const levels = 10_000;
  return page(ODD_HEADLINE, `${'<div>'.repeat(levels)}${articleHtml()}${'</div>'.repeat(levels)}`);
}

/**
 * 5,000 levels deep, built by script, which no parser caps: Readability's work grows much faster than
 * the depth (src/extract/cap-tree-depth.ts). Chromium's renderer crashes on it before any click.
 */
function deepScriptPage(): string {
  const script = `<script>
    let at = document.getElementById('root');
    for (let i = 0; i < 5000; i++) at = at.appendChild(document.createElement(i % 3 ? 'div' : 'section'));
    at.innerHTML = ${JSON.stringify(articleHtml())};
  </script>`;
  return page(ODD_HEADLINE, `<div id="root"></div>${script}`);
}

/** 100,000 quotation marks: curly pairs and straight pairs, some left open, in a real article. */
function quotesPage(): string {
  const pairsPerParagraph = 50;
  const count = 100_000 / (pairsPerParagraph * 2);
  const rows = Array.from({ length: count }, (_, i) => {
    const [open, close] = i % 2 ? ['“', '”'] : ['"', '"'];
    let quoted = Array.from({ length: pairsPerParagraph }, (_, j) => `${open}Yes ${j},${close} she said.`).join(' ');
    // Every tenth paragraph ends on a quotation that is never closed (its closing mark turned round).
    if (i % 10 === 0) quoted = `${quoted.slice(0, quoted.lastIndexOf(close))}${open}${quoted.slice(quoted.lastIndexOf(close) + 1)}`;
    return `<p>${quoted} ${SENTENCES[i % SENTENCES.length]}</p>`;
  });
  return page(ODD_HEADLINE, `<article><h1>${ODD_HEADLINE}</h1><p class="byline">By Morgan Reed</p>${rows.join('\n')}</article>`);
}

/** Replaces its whole body every 2 ms, and reacts to its own rewrites, for as long as it is open. */
function rewritingPage(): string {
  const script = `<script>
    let round = 0;
    const sentences = ${JSON.stringify(SENTENCES)};
    const rewrite = () => {
      round++;
      document.body.innerHTML = '<article><h1>${ODD_HEADLINE}</h1><p class="byline">By Morgan Reed</p>'
        + sentences.concat(sentences).map((s) => '<p>' + s + ' (version ' + round + ')</p>').join('') + '</article>';
    };
    new MutationObserver(() => { document.documentElement.dataset.round = String(round); })
      .observe(document.body, { childList: true, subtree: true });
    setInterval(rewrite, 2);
  </script>`;
  return page(ODD_HEADLINE, `${articleHtml()}${script}`);
}

export function oddPage(pathname: string): OddPage | null {
  switch (pathname) {
    case ODD.imagesOnly:
      return html(page('Photo gallery', Array.from({ length: 6 }, (_, i) => `<img src="/news-example/photo.svg" alt="" width="300" height="170" data-i="${i}">`).join('\n')));
    case ODD.frameset:
      return html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ODD_HEADLINE}</title></head>`
        + `<frameset cols="25%,75%"><frame src="${ODD.frameNav}"><frame src="${ODD.frameArticle}"></frameset></html>`);
    case ODD.frameNav:
      return html(page('Menu', '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'));
    case ODD.frameArticle:
      return html(page(ODD_HEADLINE, articleHtml()));
    case ODD.iframeArticle:
      return html(page(ODD_HEADLINE, `<header><a href="/">The Coast Gazette</a></header><iframe src="${ODD.frameArticle}" width="900" height="700" title="story"></iframe>`));
    case ODD.shadowDeclarative:
      return html(page(ODD_HEADLINE, `<story-box><template shadowrootmode="open">${articleHtml()}</template></story-box>`));
    case ODD.shadowScript:
      return html(page(ODD_HEADLINE, `<div id="host"></div><script>
        document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(articleHtml())};
      </script>`));
    case ODD.big:
      return html(bigPage());
    case ODD.deep:
      return html(deepPage());
    case ODD.deepScript:
      return html(deepScriptPage());
    case ODD.quotes:
      return html(quotesPage());
    case ODD.rewriting:
      return html(rewritingPage());
    case ODD.strictCsp:
      return html(page(ODD_HEADLINE, articleHtml('<figure><img src="/news-example/photo.svg" alt="" width="600" height="340"><figcaption>The rebuilt quay.</figcaption></figure>')), {
        'content-security-policy': "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
      });
  }
  return null;
}
