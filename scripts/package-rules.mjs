// What the package step checks and changes per store (scripts/package.mjs); pure, so tests read it directly.

/** The first `## ` entry of CHANGELOG.md must be this version's and say something. */
export function changelogProblem(changelog, version) {
  const entries = changelog.split(/^## /m).slice(1);
  if (entries.length === 0) return 'CHANGELOG.md has no "## <version>" entry';
  const [heading, ...body] = entries[0].split('\n');
  const named = heading.replace(/^\[|\].*$/g, '').split(/\s/)[0];
  if (named !== version) return `CHANGELOG.md's top entry is "${heading.trim()}", not package.json's version ${version}`;
  if (!body.some((line) => line.trim() !== '')) return `CHANGELOG.md's entry for ${version} is empty`;
  return null;
}

/** The manifest each store gets. Incognito: docs/store/README.md says why. */
export function manifestFor(browser, manifest) {
  const copy = structuredClone(manifest);
  if (browser === 'chrome') {
    // Chrome warns about a key it does not know; only Firefox reads this one.
    delete copy.browser_specific_settings;
    // Incognito windows get their own extension process, so their articles stay in their own session storage.
    copy.incognito = 'split';
  } else {
    // Firefox supports no "split" (it would mean "not_allowed"); private windows run the add-on only when the
    // user allows it, and then the default, "spanning", applies.
    delete copy.incognito;
  }
  return copy;
}
