/**
 * What rendered article markup may hold: nothing executable, nothing that navigates the extension page,
 * nothing that makes a request of its own (images excepted: they are the article's). Returns the problems.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'textarea', 'select', 'svg', 'template', 'video', 'audio', 'source', 'track', 'noscript', 'portal',
  // MathML formulas are the article's (issue 16), but not what switches content or embeds other markup.
  'maction', 'semantics', 'annotation', 'annotation-xml',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'action', 'formaction', 'name', 'xlink:href', 'ping', 'poster', 'background', 'http-equiv']);
const SAFE_HREF = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_SRC = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif|bmp);)/i;

/**
 * Every address in a `srcset`, split more finely than browsers do: at every comma and space, descriptors
 * ("2x", "640w") dropped. A comma inside an address makes a false alarm, never a missed one; splitting
 * on ", " only let "https://a/x.png 1x,javascript:… 2x" through as one candidate.
 */
function srcsetAddresses(srcset: string): string[] {
  return srcset.split(/[\s,]+/).filter((token) => token !== '' && !/^\d+(?:\.\d+)?[wxh]$/i.test(token));
}

export function inertnessProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    // Inside a formula only MathML elements, and HTML only as text within mtext: no element changes namespace.
    const math = element.parentElement?.closest('math');
    if (math && element.namespaceURI !== math.namespaceURI && element.parentElement?.closest('mtext, mi, mn, mo, ms') === null) {
      problems.push(`<${tag}> in <math>`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} on <${tag}>`);
      if (FORBIDDEN_ATTRIBUTES.has(name)) problems.push(`${name} attribute on <${tag}>`);
      // Footnote targets keep their ids, under a prefix that no property of the page's window or document has.
      if (name === 'id' && !attribute.value.startsWith('user-content-')) problems.push(`id ${JSON.stringify(attribute.value)} on <${tag}>`);
    }
    const href = element.getAttribute('href');
    if (href !== null && !SAFE_HREF.test(href)) problems.push(`href ${JSON.stringify(href)} on <${tag}>`);
    if (tag === 'a' && href !== null && !href.startsWith('#')) {
      if (element.getAttribute('target') !== '_blank') problems.push(`link without target=_blank: ${href}`);
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`link without noopener noreferrer: ${href}`);
    }
    const src = element.getAttribute('src');
    if (src !== null && !SAFE_SRC.test(src)) problems.push(`src ${JSON.stringify(src)} on <${tag}>`);
    const srcset = element.getAttribute('srcset');
    if (srcset !== null && srcsetAddresses(srcset).some((address) => !/^https?:/i.test(address))) {
      problems.push(`srcset ${JSON.stringify(srcset)} on <${tag}>`);
    }
  }
  return problems;
}
