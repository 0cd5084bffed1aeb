/**
 * The text of a saved page: UTF-8 when its bytes are valid UTF-8 (saved pages often keep a stale
 * charset declaration), otherwise the charset it declares, otherwise windows-1252.
 */
export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    if (declared) {
      try {
        const decoder = new TextDecoder(declared);
        return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
      } catch {
        // An unknown label: fall through to the web's default.
      }
    }
    return decodeWindows1252(bytes);
  }
}

// Bytes 0x80–0x9F in windows-1252: curly quotes, dashes, €… (five are unassigned and stay as they are).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (and its labels latin1, iso-8859-1, ascii) as ISO-8859-1,
 * so curly quotes came out as C1 control characters and no quotation was found. Mapping those
 * afterwards is right whether or not the runtime has the bug.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80] as string);
}
