import createDOMPurify, { type Config } from 'dompurify';
import { elementsWhere } from './select-tags.js';

/**
 * DOMPurify configured for a reader: text, structure, images and links, nothing that runs, submits,
 * styles, frames, embeds or navigates the extension page.
 */
const READER_CONFIG: Config = {
  // MathML too: formulas are the article's text (DOMPurify's MathML list has no maction, and it checks
  // namespaces, so no HTML element passes as MathML or back); links and handlers go as everywhere else.
  USE_PROFILES: { html: true, mathMl: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'option', 'iframe',
    'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'slot', 'dialog', 'audio', 'video', 'track',
    'source', 'canvas', 'marquee', 'noscript',
    // An image map's areas are links of their own that the link rules below never see.
    'map', 'area',
  ],
  // `id` and `name` pass, prefixed (SANITIZE_NAMED_PROPS), and only those a link or a table cell points at
  // stay (keepReferencedIds).
  // `crossorigin` makes an image request a CORS one, carrying the extension's origin in Chromium;
  // `download` turns a link into a file saved on a click; `usemap` points an image at a map's links.
  FORBID_ATTR: ['style', 'class', 'action', 'formaction', 'srcdoc', 'ping', 'background', 'poster', 'xmlns', 'crossorigin', 'download', 'usemap'],
  SANITIZE_NAMED_PROPS: true,
  // Attributes whose values are words or numbers, never addresses: the URI pattern below is not theirs
  // to judge (it stripped every one of them: table cells shifted, lists restarted at 1, text lost its direction).
  ADD_URI_SAFE_ATTR: [
    'dir', 'lang', 'colspan', 'rowspan', 'headers', 'scope', 'start', 'reversed', 'datetime', 'width', 'height', 'span', 'abbr',
    // MathML's layout words (display="block", mathvariant="bold", stretchy="false"); its colours stay out, as styles do.
    'display', 'displaystyle', 'mathvariant', 'mathsize', 'scriptlevel', 'accent', 'accentunder', 'align', 'bevelled', 'close',
    'open', 'separators', 'columnalign', 'columnlines', 'columnspacing', 'columnspan', 'rowalign', 'rowlines', 'rowspacing',
    'denomalign', 'numalign', 'depth', 'fence', 'frame', 'largeop', 'linethickness', 'lspace', 'rspace', 'maxsize', 'minsize',
    'movablelimits', 'notation', 'separator', 'stretchy', 'symmetric', 'voffset', 'encoding',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  // Absolute web links, mail and phone; `#` for footnotes inside the article. Relative URLs would
  // resolve against the extension's own origin, so Readability's absolute ones are all we keep.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
  // Sanitized in place (below); as for a returned fragment, an element whose `is` is refused goes, rather
  // than keeping an empty `is`.
  RETURN_DOM_FRAGMENT: true,
};

const WEB_URL = /^https?:\/\//i;
/**
 * `http:` anywhere but this computer's own loopback addresses, which never cross a network (the Secure
 * Contexts spec counts them as trustworthy; a page saved and served locally uses them).
 */
const PLAIN_HTTP = /^http:\/\/(?!(?:127\.0\.0\.1|localhost|\[::1\])(?:[:/?#]|$))/i;
/**
 * Images are asked for over HTTPS only: an `http:` address is upgraded (most sites serve the same file
 * both ways), and the extension pages' CSP (`img-src https: data:`, loopback aside) refuses whatever is
 * left, so no one on the network path sees which article is being read. Upgrading rather than refusing:
 * a refused image is lost for sure, an upgraded one is lost only on a site without HTTPS.
 */
const upgraded = (url: string): string => url.replace(PLAIN_HTTP, 'https://');
/** DOMPurify's prefix for kept ids and names: no id can shadow a property of the extension page's window or document. */
const ID_PREFIX = 'user-content-';
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;

export interface SanitizeOptions {
  /** Keep images (the reader's setting "images on"). Off means no image element survives at all. */
  images: boolean;
  /**
   * Runs on the parsed tree before it is sanitized, while the page's own labels (class, id, role) are still
   * there: cleaning that reads them (design.md). The tree is in an inert document: nothing in it loads or runs.
   */
  beforeSanitize?: (body: HTMLElement) => void;
  /**
   * The same article as a tree, when the caller has one: an element whose children are what `html`
   * serializes, in a document nothing shows (the command line's parse of a saved page). It is copied
   * instead of parsing `html` again, and left as it was.
   */
  tree?: Element | null;
}

export type Sanitizer = (html: string, options: SanitizeOptions) => DocumentFragment;

/**
 * The candidates of a `srcset`, split as browsers split them: the URL is a run of non-white-space
 * characters (commas inside it included), its descriptors run to the next comma. Splitting on ", "
 * alone let "a.png 1x,/b.png 2x" through as one candidate.
 */
function srcsetCandidates(srcset: string): { url: string; descriptors: string }[] {
  const candidates: { url: string; descriptors: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] as string)) i += 1;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i] as string)) url += srcset[i++];
    if (url === '') break;
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      while (i < srcset.length && srcset[i] !== ',') descriptors += srcset[i++];
      i += 1;
    }
    candidates.push({ url, descriptors: descriptors.trim() });
  }
  return candidates;
}

/** Keeps only `http(s)` candidates of a `srcset`; returns null when none is left. */
function safeSrcset(srcset: string): string | null {
  const kept = srcsetCandidates(srcset)
    .filter(({ url }) => WEB_URL.test(url))
    .map(({ url, descriptors }) => (descriptors ? `${upgraded(url)} ${descriptors}` : upgraded(url)));
  return kept.length > 0 ? kept.join(', ') : null;
}

/** A link to a place in the article (`href="#…"`). */
const isInPageLink = (element: Element): boolean => element.localName === 'a' && (element.getAttribute('href') ?? '').startsWith('#');

/**
 * Keeps the ids that footnotes and table cells need, prefixed, and points their references at the prefixed
 * ids; every other id and every `name` goes. An old-style `<a name="fn1">` target becomes an id. One walk
 * finds every element involved (select-tags.ts).
 */
function keepReferencedIds(root: DocumentFragment): void {
  const involved = elementsWhere(root, (element) =>
    isInPageLink(element) || element.hasAttribute('headers') || element.hasAttribute('id') || element.hasAttribute('name'));
  const links = involved.filter(isInPageLink);
  const cells = involved.filter((element) => element.hasAttribute('headers'));
  // The ids a link or a table cell points at, unprefixed.
  const wanted = new Set<string>();
  for (const link of links) wanted.add((link.getAttribute('href') ?? '').slice(1));
  for (const cell of cells) {
    for (const id of (cell.getAttribute('headers') ?? '').split(/\s+/)) wanted.add(id);
  }
  wanted.delete('');
  const kept = new Set<string>();
  for (const element of involved) {
    if (!element.hasAttribute('id') && !element.hasAttribute('name')) continue;
    const name = element.getAttribute('name');
    element.removeAttribute('name');
    if (!element.hasAttribute('id') && element.tagName === 'A' && name !== null) element.setAttribute('id', name);
    const id = (element.getAttribute('id') ?? '').slice(ID_PREFIX.length);
    if (wanted.has(id) && !kept.has(id)) kept.add(id);
    else element.removeAttribute('id');
  }
  for (const link of links) {
    const id = (link.getAttribute('href') ?? '').slice(1);
    if (kept.has(id)) link.setAttribute('href', `#${ID_PREFIX}${id}`);
  }
  for (const cell of cells) {
    const headers = (cell.getAttribute('headers') ?? '').split(/\s+/).filter((id) => kept.has(id)).map((id) => ID_PREFIX + id);
    if (headers.length > 0) cell.setAttribute('headers', headers.join(' '));
    else cell.removeAttribute('headers');
  }
}

/**
 * Takes the `is` attribute off customized built-in elements (`<section is="theme-layout">`). DOMPurify
 * cannot change what an element was created as, so it removes any element whose `is` it refuses, with
 * everything inside: a theme that wraps its posts in one lost the whole story. In the inert document no
 * custom element is defined, so each becomes a plain element of its tag, with its other attributes and content.
 */
function dropIsAttributes(root: Element): void {
  for (const element of elementsWhere(root, (candidate) => candidate.hasAttribute('is'))) {
    // A new element, not the attribute removed: an element keeps the name it was created with (and
    // writes it out again when serialized) whatever becomes of the attribute.
    const plain = element.ownerDocument.createElementNS(element.namespaceURI, element.localName);
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name !== 'is') plain.setAttributeNode(attribute.cloneNode() as Attr);
    }
    plain.append(...Array.from(element.childNodes));
    element.replaceWith(plain);
  }
}

/**
 * A sanitizer bound to `window` (the extension page, or jsdom's window under Node). DOMPurify parses
 * the string in an inert document: nothing in it loads or runs while it is cleaned.
 */
export function createSanitizer(window: Window): Sanitizer {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (element.tagName === 'IMG') {
      const src = element.getAttribute('src') ?? '';
      if (!WEB_URL.test(src) && !DATA_IMAGE.test(src)) element.removeAttribute('src');
      else if (PLAIN_HTTP.test(src)) element.setAttribute('src', upgraded(src));
      const srcset = element.getAttribute('srcset');
      if (srcset !== null) {
        const kept = safeSrcset(srcset);
        if (kept === null) element.removeAttribute('srcset');
        else element.setAttribute('srcset', kept);
      }
      element.setAttribute('loading', 'lazy');
      element.setAttribute('referrerpolicy', 'no-referrer');
      if (!element.hasAttribute('src') && !element.hasAttribute('srcset')) element.remove();
    }
    if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      if (href !== null && !href.startsWith('#')) {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      } else {
        element.removeAttribute('target');
      }
    }
  });
  const parser = new (window as Window & typeof globalThis).DOMParser();
  /**
   * One inert document for every tree copied in (the command line's), made on the first: each new document
   * costs a parse, and under jsdom a new selector engine the first time it is queried (jsdom sets one up
   * per document), more than the sanitizing itself on a short article. The copy is made into a `body` of
   * that document that is not in it: under jsdom every node put into a document, or taken out of one, is
   * walked to attach or detach it (and each removal while sanitizing walks what it removes), which cost
   * more than the copy itself; nothing here needs the tree in a document.
   */
  let treeBody: HTMLElement | null = null;
  /**
   * The children of `root` copied into that `body`, as parsing their HTML would give them: adjacent runs
   * of text joined and empty ones dropped (`normalize`), which a parse never leaves apart. Each child is
   * copied straight in (not the root, then its children moved). Copying costs a fraction of serializing
   * and parsing again.
   */
  const inertCopy = (root: Element): HTMLElement => {
    treeBody ??= parser.parseFromString('', 'text/html').createElement('body');
    const doc = treeBody.ownerDocument;
    for (let child = root.firstChild; child !== null; child = child.nextSibling) treeBody.append(doc.importNode(child, true));
    treeBody.normalize();
    return treeBody;
  };
  return (html, options) => {
    const config = {
      ...READER_CONFIG,
      FORBID_TAGS: options.images
        ? (READER_CONFIG.FORBID_TAGS as string[])
        : [...(READER_CONFIG.FORBID_TAGS as string[]), 'img', 'picture'],
    };
    // Parsed here (or copied), inert, and sanitized where it is (IN_PLACE): DOMPurify would otherwise copy
    // the tree once more, into a document of its own, parsed for each call.
    const body = options.tree ? inertCopy(options.tree) : parser.parseFromString(html, 'text/html').body;
    const fragment = body.ownerDocument.createDocumentFragment();
    try {
      dropIsAttributes(body);
      options.beforeSanitize?.(body);
      purify.sanitize(body, { ...config, IN_PLACE: true });
      fragment.append(...Array.from(body.childNodes));
    } finally {
      // The copy's body is used again: nothing of this article stays in it. A parsed document's body
      // goes out of it, so the document can be freed: jsdom keeps an element with an id for its window's
      // named properties while it is in a document of the window's (parse-page.ts's `release`).
      if (options.tree) body.replaceChildren();
      else body.remove();
    }
    keepReferencedIds(fragment);
    return fragment;
  };
}
