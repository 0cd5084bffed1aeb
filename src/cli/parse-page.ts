import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page parsed into a jsdom window. jsdom parses every `<style>` while it builds the document, and
 * its CSS parser throws where a browser drops one rule: `calc(100% - $gutter)`, a theme's unresolved
 * preprocessor variable (test/fixtures/theme-style-variables). Nothing here reads a stylesheet, so a page
 * that throws is parsed again without its `<style>` elements. Those are found by parsing the page in a
 * DOMParser document first, which has no window and so parses no CSS; a pattern over the HTML string
 * would also match inside scripts and comments.
 */
export function parsePage(html: string, url: string | null): JSDOM {
  // A saved page's broken CSS or scripts are not the reader's problem: keep jsdom's complaints off stderr.
  const options = { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch (error) {
    const blank = new JSDOM('', options);
    const inert = new blank.window.DOMParser().parseFromString(html, 'text/html');
    blank.window.close();
    const styles = Array.from(inert.getElementsByTagName('style'));
    if (styles.length === 0) throw error;
    for (const style of styles) style.remove();
    const doctype = inert.doctype ? `<!DOCTYPE ${inert.doctype.name}>` : '';
    return new JSDOM(doctype + inert.documentElement.outerHTML, options);
  }
}
