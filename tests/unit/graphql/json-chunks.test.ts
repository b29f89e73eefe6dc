// The chunked answer encoder must give exactly the bytes of JSON.stringify, whatever the answer holds and wherever the
// chunk boundaries fall.
import { describe, expect, it } from 'vitest';
import { EncodedJson } from '../../../server/src/graphql/encoded-json.ts';
import { CHUNK_CHARS, encodeJsonChunks } from '../../../server/src/graphql/json-chunks.ts';

const text = (value: unknown, suffix = '') => Buffer.concat(encodeJsonChunks(value, suffix)).toString('utf8');

/** A graphql-js style answer: null-prototype maps, long lists, every kind of scalar. */
function answer(size: number) {
  const entity = (i: number) =>
    Object.assign(Object.create(null) as Record<string, unknown>, {
      id: `e-${i}`,
      name: i % 3 === 0 ? `Алматы ${i} «кавычки»` : i % 3 === 1 ? `Line\nbreak "quoted" \\ tab\t${i}` : `emoji 😀 ${i} \u2028 \u0000`,
      aliases: [{ value: 'Ақмола', lang: 'kk' }],
      degree: i,
      score: i / 7,
      negativeZero: -0,
      notANumber: Number.NaN,
      redacted: i % 2 === 0,
      description: null,
      missing: undefined,
      lone: i % 5 === 0 ? '\ud800 lone' : 'pair',
    });
  const edges = Array.from({ length: size }, (_, i) => ({ id: `r-${i}`, from: entity(i), to: entity(i + 1), citations: Array.from({ length: (i % 40) + 1 }, (_, c) => ({ id: `c-${i}-${c}`, source: { id: `s-${c}`, title: 'Ведомости' } })) }));
  const data = Object.assign(Object.create(null) as Record<string, unknown>, {
    neighborhood: { truncated: true, nodes: Array.from({ length: size }, (_, i) => entity(i)), edges, canvas: JSON.stringify({ nodes: edges.slice(0, 50) }) },
    list: [1, undefined, () => 1, Symbol('s'), null, ...Array.from({ length: 40 }, (_, i) => i)],
    dated: new Date(0),
    withToJson: { toJSON: () => ({ replaced: true }) },
    fn: () => 1,
  });
  return { errors: undefined, data, extensions: { cost: 1 } };
}

describe('encodeJsonChunks', () => {
  it('gives the bytes of JSON.stringify and the suffix, for small and large answers', () => {
    for (const size of [0, 1, 33, 2_000]) {
      const value = answer(size);
      expect(text(value, '\n')).toBe(`${JSON.stringify(value)}\n`);
      expect(text(value)).toBe(JSON.stringify(value));
    }
    for (const value of [null, 0, 'one string', [], {}, Array.from({ length: 100 }, () => undefined), [[Array.from({ length: 50 }, (_, i) => i)]]]) {
      expect(text(value)).toBe(JSON.stringify(value));
    }
  });

  it('writes a large answer in chunks of about CHUNK_CHARS characters', () => {
    const value = answer(2_000);
    const chunks = encodeJsonChunks(value);
    const whole = Buffer.from(JSON.stringify(value), 'utf8');
    expect(chunks.length).toBeGreaterThan(whole.length / (4 * CHUNK_CHARS));
    // A chunk is the text gathered up to the bound plus at most one item; no chunk is the whole answer.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(whole.length / 4);
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
  });

  it('throws where JSON.stringify throws', () => {
    const cyclic: Record<string, unknown> = { a: [] };
    (cyclic.a as unknown[]).push(cyclic);
    expect(() => encodeJsonChunks({ data: { big: 1n } })).toThrow(TypeError);
    expect(() => encodeJsonChunks(cyclic)).toThrow(TypeError);
  });

  it('puts encoded JSON in as its own bytes, the same text JSON.stringify gives for it anywhere', () => {
    const document = answer(40).data.neighborhood;
    const encoded = EncodedJson.of(document);
    const bytes = Buffer.from(encoded.bytes.buffer, encoded.bytes.byteOffset, encoded.bytes.byteLength);
    const chunks = encodeJsonChunks({ data: { neighborhood: { truncated: false, canvas: encoded } } });
    // The document's own buffer is one of the chunks: it was not decoded and encoded again.
    expect(chunks.some((chunk) => chunk.buffer === encoded.bytes.buffer && chunk.equals(bytes))).toBe(true);
    const plain = JSON.stringify({ data: { neighborhood: { truncated: false, canvas: document } } });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(plain);
    // Deeper than the levels written key by key, and written by JSON.stringify itself, the text is the same.
    const deep = { a: { b: { c: { d: { e: [encoded, 1] } } } } };
    expect(text(deep)).toBe(JSON.stringify({ a: { b: { c: { d: { e: [document, 1] } } } } }));
    expect(JSON.stringify(deep)).toBe(text(deep));
  });
});
