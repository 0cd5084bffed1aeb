import { createServer, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { hostilePage, PAYLOADS } from '../../hostile/payloads.js';
import { oddPage } from './odd-pages.js';

/**
 * A static server on 127.0.0.1 for the browser tests: every fixture folder at /<slug>/, plus pages no
 * saved fixture can be (one that never finishes loading, one that blocks its main thread, files that are
 * not HTML, an article with links in its body). Each browser visits it like a real site, so the extension sees http: pages.
 */

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  /** Resolves when a busy page next says it has started blocking. */
  nextBusyStart(): Promise<void>;
  /** Every request the server has seen so far, oldest first. */
  requests(): readonly SeenRequest[];
  close(): Promise<void>;
}

/** A request as the server saw it, with the headers that tell who made it. */
export interface SeenRequest {
  /** Milliseconds since the epoch, when it arrived. */
  at: number;
  pathname: string;
  search: string;
  /** `Sec-Fetch-Site`, `Sec-Fetch-Dest` and `Referer`, '' when absent. */
  site: string;
  dest: string;
  referer: string;
}

/** How long the busy page blocks its main thread: well past the popup's 5-second limit. */
export const BUSY_MS = 8000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers and the start of a body; the response stays open, so the document stays "loading". */
const LOADING_HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story still on its way</title>
<!-- ${'padding so every browser starts parsing before the end of the response '.repeat(24)} -->
</head><body>Loading the story`;

/**
 * Blocks its main thread from the load event on, long enough that the popup's reading must time out.
 * It tells the server first (a beacon leaves even while the thread is blocked): the browsers' own load
 * notifications come from the page's main thread, so in Firefox they would arrive only once it is free.
 */
const BUSY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A busy page</title></head>
<body><main><h1>A busy page</h1><p>This page keeps its main thread busy for a while after it loads.</p></main>
<script>
  addEventListener('load', () => {
    navigator.sendBeacon('/special/busy-started');
    const end = Date.now() + ${BUSY_MS};
    while (Date.now() < end) { /* busy on purpose */ }
  });
</script></body></html>`;

/**
 * A short article whose body links out: the example page's body has no links left once cleaned, and the
 * reader must still open every link in a new tab without handing over the reader's address.
 */
export const LINKED_ARTICLE = {
  headline: 'Council approves new cycle lanes after two years of consultation',
  links: ['https://example.org/transport-plan', '/news/2024/consultation-results', 'https://example.org/map'],
};
const LINKED_PARAGRAPHS = [
  `The city council voted on Tuesday to build eight kilometres of protected cycle lanes, ending a consultation that began two years ago and drew more than four thousand responses from residents, shop owners and bus drivers.`,
  `The plan, set out in the <a href="${LINKED_ARTICLE.links[0]}" target="_self" rel="opener">transport strategy</a> published last spring, links the railway station to the university and the hospital, and removes parking from two of the busiest streets in the centre.`,
  `“This is the most important change to our streets in a generation,” said the councillor who leads on transport. “People told us they would cycle if they felt safe, and this is what safe looks like.”`,
  `Opponents said the council had not listened to traders. A summary of the <a href="${LINKED_ARTICLE.links[1]}">consultation results</a> shows that a majority of respondents supported the lanes, but most businesses on the affected streets were against them.`,
  `Work is due to start in the autumn and to take eighteen months. A <a href="${LINKED_ARTICLE.links[2]}">map of the routes</a> shows where the lanes will run and which junctions will be rebuilt first.`,
  `The council said it would publish traffic counts every six months once the first section opens, so that residents can judge for themselves whether the scheme has worked.`,
];
const LINKED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${LINKED_ARTICLE.headline}</title>
<meta property="og:site_name" content="The Town Crier"></head>
<body><header><a href="/">The Town Crier</a></header>
<main><article><h1>${LINKED_ARTICLE.headline}</h1><p class="byline">By Sam Okafor</p>
${LINKED_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;

/**
 * Pages that are still running their scripts: the body waits on a slow script before the story arrives,
 * or the story is there but an analytics lookup from another host never answers (the load event never
 * fires). Neither is "not an article": the reader is to be told the page is still loading.
 */
const SLOW_SCRIPT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page waiting on its script</title></head>
<body><header><nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/sport">Sport</a></nav></header>
<script src="/special/slow.js"></script>
<main><article><h1>Ferry timetable changes for the winter</h1><p>The story a slow script holds back.</p></article></main>
</body></html>`;
const HANGING_LOOKUP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page waiting on a lookup</title>
<script async src="/special/hanging-lookup.js"></script></head>
<body><header><nav><a href="/">Home</a> · <a href="/news">News</a></nav></header><div id="app">Loading…</div></body></html>`;
/** The same article, its language written as a POSIX locale (which Intl refuses) and a publication date to format. */
const POSIX_LANG_PAGE = LINKED_PAGE
  .replace('<html lang="en">', '<html lang="en_US">')
  .replace('</title>', '</title>\n<meta property="article:published_time" content="2025-07-04T09:00:00Z">');

const PLAIN_TEXT = 'This is a plain text file.\nIt has no article markup at all.\n';

/** A tiny but well-formed PDF, so a PDF viewer has something real to open. */
const PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 18 Tf 20 70 Td (Hello PDF) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

/** The special routes, named so the tests don't repeat paths. */
export const SPECIAL = {
  loading: '/special/loading.html',
  busy: '/special/busy.html',
  busyStarted: '/special/busy-started',
  linkedArticle: '/special/linked-article.html',
  slowScript: '/special/slow-script.html',
  hangingLookup: '/special/hanging-lookup.html',
  plainText: '/special/notes.txt',
  pdf: '/special/report.pdf',
  posixLang: '/special/posix-lang.html',
} as const;

/**
 * /hostile/<name>: each payload of test/hostile/payloads.ts in an article page. A payload that runs
 * anywhere requests /pwned/<name>?from=<the running page's scheme>; the payloads' own fixed
 * http://127.0.0.1:1/pwned/ addresses are pointed here too, so a request the extension should never
 * make is heard rather than lost on a closed port. /pwned/ answers 204, which also keeps a tab that
 * follows a payload's meta refresh where it was.
 */
export const HOSTILE_PREFIX = '/hostile/';
export const PWNED_PREFIX = '/pwned/';

function hostileRoute(origin: string, name: string): string | null {
  const payload = PAYLOADS.find((p) => p.name === name);
  if (!payload) return null;
  // No spaces: some payloads put REPORT(...) in unquoted attributes.
  const report = (what: string): string =>
    `document.createElement('img').src='${origin}${PWNED_PREFIX}${encodeURIComponent(what)}?from='+location.protocol`;
  return hostilePage(payload, report).replaceAll('http://127.0.0.1:1/', `${origin}/`);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

export interface ServerOptions {
  /**
   * Headers sent with every file from the folder. Saved pages (the Readability corpus) get a policy
   * that keeps their scripts and third-party resources from running or being asked for: offline, a
   * request to a site that no longer answers holds the load event, and a frame-busting script navigates
   * the tab away before the reader is clicked.
   */
  fileHeaders?: Record<string, string>;
}

/** The policy for saved pages: their own files and inline styles, nothing that runs or leaves the server. */
export const SAVED_PAGE_POLICY = { 'content-security-policy': "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'" };

export async function startFixtureServer(fixturesDir: string, { fileHeaders = {} }: ServerOptions = {}): Promise<FixtureServer> {
  const root = path.resolve(fixturesDir);
  let busyWaiters: Array<() => void> = [];
  const seen: SeenRequest[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(address.pathname);
    const header = (name: string): string => String(request.headers[name] ?? '');
    seen.push({ at: Date.now(), pathname, search: address.search, site: header('sec-fetch-site'), dest: header('sec-fetch-dest'), referer: header('referer') });
    if (pathname.startsWith(PWNED_PREFIX)) return send(response, 204, 'text/plain', '');
    if (pathname.startsWith(HOSTILE_PREFIX)) {
      const page = hostileRoute(origin, pathname.slice(HOSTILE_PREFIX.length));
      return page === null ? send(response, 404, 'text/plain', 'no such payload') : send(response, 200, 'text/html; charset=utf-8', page);
    }
    const odd = oddPage(pathname);
    if (odd !== null) {
      response.writeHead(200, { 'content-type': odd.type, 'cache-control': 'no-store', ...odd.headers });
      response.end(odd.body);
      return;
    }
    switch (pathname) {
      case SPECIAL.loading:
        // Chunked and never ended: the browser parses what came and waits for the rest.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.write(LOADING_HEAD);
        return;
      case SPECIAL.busy:
        return send(response, 200, 'text/html; charset=utf-8', BUSY_PAGE);
      case SPECIAL.busyStarted:
        busyWaiters.forEach((resolve) => resolve());
        busyWaiters = [];
        return send(response, 204, 'text/plain', '');
      case SPECIAL.slowScript:
        return send(response, 200, 'text/html; charset=utf-8', SLOW_SCRIPT_PAGE);
      case SPECIAL.hangingLookup:
        return send(response, 200, 'text/html; charset=utf-8', HANGING_LOOKUP_PAGE);
      case '/special/slow.js':
      case '/special/hanging-lookup.js':
        // Never answered: closeAllConnections ends it when the server stops.
        return;
      case SPECIAL.linkedArticle:
        return send(response, 200, 'text/html; charset=utf-8', LINKED_PAGE);
      case SPECIAL.posixLang:
        return send(response, 200, 'text/html; charset=utf-8', POSIX_LANG_PAGE);
      case SPECIAL.plainText:
        return send(response, 200, 'text/plain; charset=utf-8', PLAIN_TEXT);
      case SPECIAL.pdf:
        return send(response, 200, 'application/pdf', PDF);
    }
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(`${root}${path.sep}`)) return send(response, 403, 'text/plain', 'forbidden');
    stat(file)
      .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then((body) => send(response, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', body, fileHeaders))
      .catch(() => send(response, 404, 'text/plain', 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    nextBusyStart: () => new Promise<void>((resolve) => busyWaiters.push(resolve)),
    requests: () => seen.slice(),
    close: () => new Promise<void>((resolve) => {
      // The loading page's response is still open: end it rather than wait for it.
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
