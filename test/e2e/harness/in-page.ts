/**
 * What the tests read inside an extension page, as JavaScript source applied to a document expression.
 * Chromium evaluates it in the popup itself; Firefox in the helper tab, on the popup's document found
 * through `browser.extension.getViews`. Source text rather than functions, because the two protocols
 * serialize functions differently and a transpiler may rewrite a function's text.
 */

/**
 * The text a reader sees in \`node\`: its rendered text without what is there for screen readers only
 * (clipped to a 1 px box, like .ql-visually-hidden). Such parts are taken out of layout for the
 * synchronous moment of reading, then put back.
 */
const SEEN_TEXT = `(node) => {
  const hidden = Array.from(node.querySelectorAll('*')).filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width <= 1 && box.height <= 1 && el.textContent.trim() !== '' && getComputedStyle(el).overflow === 'hidden';
  });
  // The style attribute itself is put back as it was: an empty style="" left behind would be a change
  // to the page the tests then read (and the hostile-page test counts style attributes). Chromium writes
  // an inline style change to the attribute lazily: reading the attribute first makes the removal stick.
  const before = hidden.map((el) => el.getAttribute('style'));
  hidden.forEach((el) => el.style.setProperty('display', 'none'));
  const text = node.innerText ?? node.textContent ?? '';
  hidden.forEach((el, i) => {
    el.getAttribute('style');
    if (before[i] === null) el.removeAttribute('style');
    else el.setAttribute('style', before[i]);
  });
  return text;
}`;

const SNAPSHOT = `(doc) => doc && doc.body ? ({
  state: doc.body.dataset.state || '',
  text: (${SEEN_TEXT})(doc.body),
  html: (doc.getElementById('content') || doc.body).innerHTML,
}) : null`;

const QUERY = `(doc, selector) => Array.from(doc.querySelectorAll(selector), (node) => {
  const box = node.getBoundingClientRect();
  return {
    text: (${SEEN_TEXT})(node),
    attributes: Object.fromEntries(Array.from(node.attributes, (a) => [a.name, a.value])),
    top: box.top,
    width: box.width,
    height: box.height,
    naturalWidth: 'naturalWidth' in node ? node.naturalWidth : null,
  };
})`;

/**
 * The element that scrolls: the popup's body has `overflow-y: auto`, which browsers hand on to the
 * viewport, so the root usually scrolls, not the body. Whichever moves when scrolled is the scroller:
 * the check scrolls each candidate and reads back, rather than trusting scrollHeight alone.
 */
const METRICS = `(doc) => {
  const scrolls = (el) => {
    const before = el.scrollTop;
    el.scrollTop = before + 100;
    const moved = el.scrollTop !== before;
    el.scrollTop = before;
    return moved;
  };
  const candidates = [doc.scrollingElement || doc.documentElement, doc.body];
  const scroller = candidates.find(scrolls);
  const measured = scroller || candidates[0];
  return {
    width: doc.body.getBoundingClientRect().width,
    viewportWidth: doc.defaultView.innerWidth,
    scrollHeight: measured.scrollHeight,
    clientHeight: measured.clientHeight,
    scrolls: scroller !== undefined,
  };
}`;

/** Scrolls whichever element scrolls (see METRICS) so that \`selector\` is at the top of the view. */
const SCROLL_TO = `(doc, selector) => {
  const node = doc.querySelector(selector);
  if (!node) throw new Error('nothing matches ' + selector);
  node.scrollIntoView({ block: 'start' });
  return true;
}`;

const CLICK = `(doc, selector) => {
  const node = doc.querySelector(selector);
  if (!node) throw new Error('nothing matches ' + selector);
  node.click();
  return true;
}`;

/**
 * Records uncaught errors, rejections and console.error calls on a page's window from now on (Firefox:
 * the popup's console.error calls stay in the extension process, out of the chrome scope's reach).
 */
const WATCH_ERRORS = `(doc) => {
  const win = doc.defaultView;
  if (win.__qlErrors) return true;
  win.__qlErrors = [];
  win.addEventListener('error', (event) => win.__qlErrors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => win.__qlErrors.push(String(event.reason)));
  const consoleError = win.console.error;
  win.console.error = (...args) => {
    win.__qlErrors.push(args.map(String).join(' '));
    return consoleError.apply(win.console, args);
  };
  return true;
}`;

const READ_ERRORS = `(doc) => (doc.defaultView.__qlErrors || []).slice()`;

export const IN_PAGE = {
  snapshot: SNAPSHOT,
  query: QUERY,
  metrics: METRICS,
  click: CLICK,
  scrollTo: SCROLL_TO,
  watchErrors: WATCH_ERRORS,
  readErrors: READ_ERRORS,
} as const;

/** `fn(doc, arg)` as one expression, for `evaluate(string)`. */
export function call(fn: string, documentExpression: string, arg?: string): string {
  return `(${fn})(${documentExpression}${arg === undefined ? '' : `, ${JSON.stringify(arg)}`})`;
}

/**
 * Sets a settings field by its name, as a browser does for a menu or a checkbox: input, then change
 * (the settings are saved on change). Applied as `(doc, json)` with `{ name, value }`.
 */
export const SET_FIELD = `(doc, json) => {
  const { name, value } = JSON.parse(json);
  const field = doc.querySelector('[name="' + name + '"]');
  if (!field) throw new Error('no field ' + name);
  if (field.type === 'checkbox') field.checked = value; else field.value = value;
  field.dispatchEvent(new doc.defaultView.Event('input', { bubbles: true }));
  field.dispatchEvent(new doc.defaultView.Event('change', { bubbles: true }));
  return true;
}`;

/** Reads `read` every 100 ms until `ok` holds, or fails after `timeout` ms saying what it waited for. */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
