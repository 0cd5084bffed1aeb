/**
 * Commands one feature offers and another triggers (the `r` key starts the read-aloud feature's
 * playback), without either importing the other: features stay independent and optional.
 */
export type ReaderCommand = 'toggle-reading';

const handlers = new WeakMap<Document, Map<ReaderCommand, () => void>>();

export function provideCommand(doc: Document, command: ReaderCommand, handler: () => void): void {
  const map = handlers.get(doc) ?? new Map<ReaderCommand, () => void>();
  map.set(command, handler);
  handlers.set(doc, map);
}

/** Runs the command; false when no mounted feature provides it. */
export function runCommand(doc: Document, command: ReaderCommand): boolean {
  const handler = handlers.get(doc)?.get(command);
  if (!handler) return false;
  handler();
  return true;
}

/** A polite live region shared by the features, for short confirmations ("Theme: Dark"). */
export function announce(doc: Document, text: string): void {
  let region = doc.getElementById('ql-announcer');
  if (!region) {
    region = doc.createElement('div');
    region.id = 'ql-announcer';
    region.className = 'ql-visually-hidden';
    region.setAttribute('role', 'status');
    doc.body.append(region);
  }
  // Cleared first so the same words twice in a row are announced twice.
  region.textContent = '';
  const target = region;
  doc.defaultView?.setTimeout(() => { target.textContent = text; }, 50);
}
