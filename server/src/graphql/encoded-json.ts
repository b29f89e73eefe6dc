// A JSON value already written out as UTF-8 text, to be placed into an answer as it is. The canvas document of a big
// neighborhood is 0.3-0.8 MB; sent as a GraphQL String it was encoded three times over (the worker's JSON, then
// escaped as a string literal and encoded to UTF-8 again on the main thread, 6 ms for 700 KB) and parsed
// twice by the explorer. Carried as these bytes it is written once, in the thread that read it, and spliced into the
// answer by json-chunks.ts.

export class EncodedJson {
  constructor(readonly bytes: Uint8Array) {}

  static of(value: unknown): EncodedJson {
    return new EncodedJson(new TextEncoder().encode(JSON.stringify(value)));
  }

  /**
   * For an answer written by JSON.stringify instead of json-chunks.ts: the value itself, which JSON.stringify writes
   * as the same text (the text came from JSON.stringify, and parsing keeps its key order and numbers).
   */
  toJSON(): unknown {
    return JSON.parse(new TextDecoder().decode(this.bytes));
  }
}
