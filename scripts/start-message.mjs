// What `npm start` tells a first-time user once the browser opens (tested: test/unit/start-message.test.ts).
// Both browsers put a new extension in their extensions menu, not on the toolbar (README: Install).

/** The message for `chromium` (else Firefox), with the demo page's address `url`. */
export function startMessage({ chromium, url }) {
  const pin = chromium
    ? 'Open the extensions menu (the puzzle piece right of the address bar): Quotelight is listed under "Access\n'
      + 'requested", which with activeTab means it reads a page only when clicked. Click the pin beside it, then the\n'
      + 'Quotelight button. Chromium leaves Alt+Shift+R unassigned: set a key at chrome://extensions/shortcuts.'
    : 'Open the extensions menu (the puzzle piece right of the address bar), click the gear beside Quotelight and\n'
      + '"Pin to Toolbar", then click the Quotelight button, or press Alt+Shift+R.';
  return `\nDemo page: ${url}\n${pin}\n`;
}
