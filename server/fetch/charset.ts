/*
 * The characters of a fetched page: the charset its Content-Type names, else the one a <meta>
 * in its first bytes names (as browsers look), else a byte-order mark, else UTF-8. A label the
 * runtime does not know falls back to UTF-8 rather than failing the page.
 */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

function labelOf(bytes: Buffer, contentType: string): string {
  const header = contentType.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
  if (header) return header;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return bytes.subarray(0, 2048).toString('latin1').match(META_CHARSET)?.[1] ?? 'utf-8';
}

export function decodeHtml(bytes: Buffer, contentType: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(labelOf(bytes, contentType));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
