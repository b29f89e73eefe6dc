// A GraphQL answer as UTF-8 chunks, byte for byte what `JSON.stringify` would give. A neighborhood at the limits with
// every field answers 23 MB; JSON.stringify would build it as one string, two bytes a character once any name is
// in Cyrillic (46 MB), which the HTTP layer then flattens once more for the trailing newline and copies into one
// 23 MB buffer, all while the answer tree is still held. Here the answer's top levels and its long lists are walked,
// every item is encoded by JSON.stringify on its own, and the text goes into buffers of about 64 KB as it is made.
// A value already encoded (EncodedJson, the canvas document) goes in as its own bytes.
import { EncodedJson } from './encoded-json.ts';

/** Characters of text gathered before they are encoded into one chunk. */
export const CHUNK_CHARS = 1 << 16;
/** Lists longer than this are written item by item; shorter ones, like every value deeper down, in one call. */
const LONG_LIST = 32;
/** Objects this close to the root are written key by key (the answer, its data, each root field, a subgraph). */
const OPEN_DEPTH = 4;

/** An object JSON.stringify writes as its own enumerable string keys: a plain record, graphql-js's null-prototype maps. */
function isPlainRecord(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Values JSON.stringify leaves out of an object and writes as null in a list. */
const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** `JSON.stringify(value) + suffix` as UTF-8 buffers of about CHUNK_CHARS characters each. */
export function encodeJsonChunks(value: unknown, suffix = ''): Buffer[] {
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    chunks.push(Buffer.from(parts.length === 1 ? parts[0]! : parts.join(''), 'utf8'));
    parts = [];
    length = 0;
  };
  const put = (text: string) => {
    parts.push(text);
    length += text.length;
    if (length >= CHUNK_CHARS) flush();
  };
  const write = (item: unknown, depth: number): void => {
    if (item instanceof EncodedJson) {
      flush();
      chunks.push(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength));
      return;
    }
    if (Array.isArray(item) && item.length > LONG_LIST && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      put('[');
      for (let i = 0; i < item.length; i++) {
        if (i > 0) put(',');
        const element: unknown = item[i];
        if (skipped(element)) put('null');
        else write(element, depth + 1);
      }
      put(']');
      return;
    }
    if (depth < OPEN_DEPTH && item !== null && typeof item === 'object' && !Array.isArray(item) && isPlainRecord(item)) {
      put('{');
      let first = true;
      for (const key of Object.keys(item)) {
        const field = item[key];
        if (skipped(field)) continue;
        put(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
        first = false;
        write(field, depth + 1);
      }
      put('}');
      return;
    }
    // What JSON.stringify writes for the item by itself is what it writes for it inside the whole.
    put(JSON.stringify(item) as string);
  };
  write(value, 0);
  if (suffix) put(suffix);
  flush();
  return chunks;
}
