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
        return new TextDecoder(declared).decode(bytes);
      } catch {
        // An unknown label: fall through to the web's default.
      }
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
