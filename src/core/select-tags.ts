/**
 * The elements under `root` with one of `tags` (upper case, as `tagName` gives them), in document order.
 * One walk of the tree: jsdom's selector engine (the command line, the benchmarks) answers a list such as
 * "p, div, li" by walking the whole tree once per tag. Browsers are fast either way.
 */
export function elementsWithTags(root: ParentNode, tags: ReadonlySet<string>): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((element) => tags.has(element.tagName));
}

/** A set of upper-case tag names from a list written in lower case. */
export const tagSet = (...tags: string[]): ReadonlySet<string> => new Set(tags.map((tag) => tag.toUpperCase()));
