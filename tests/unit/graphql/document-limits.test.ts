// The document limits measure every fragment once, so a document whose fragments each spread the next one twice is
// measured (and refused) in time linear in its size rather than doubling per level.
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimitRule, documentLimitRules, fanOutLimitRule } from '../../../server/src/graphql/document-limits.ts';
import { typeDefs } from '../../../server/src/graphql/type-defs.ts';

const schema = buildSchema(typeDefs);

/** The fragment bomb: F0 spreads F1 twice, F1 spreads F2 twice, ... so the expanded operation has 2^levels fields. */
function fragmentBomb(levels: number): string {
  let q = 'query { ...F0 } ';
  for (let i = 0; i < levels; i++) q += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `;
  return `${q}fragment F${levels} on Query { stats { entities } }`;
}

const messages = (query: string, rules = documentLimitRules) => validate(schema, parse(query), rules).map((e) => e.message);

describe('document limits', () => {
  it('counts the root fields of a 30-level fragment bomb exactly, measuring each fragment once', () => {
    expect(messages(fragmentBomb(30), [fanOutLimitRule()])).toEqual([`Operation selects ${2 ** 30} root fields; the limit is 20`]);
  });

  it('measures the depth of a 30-level fragment bomb', () => {
    expect(messages(fragmentBomb(30), [depthLimitRule(1)])).toEqual(['Query is nested 2 levels deep; the limit is 1']);
  });

  it('still refuses a fragment bomb far past any safe integer', () => {
    expect(messages(fragmentBomb(2000), [fanOutLimitRule()])).toEqual(['Operation selects more than 20 root fields; the limit is 20']);
  });

  it('counts fields reached through inline fragments and repeated spreads', () => {
    const query = `query { ...A ...A ... on Query { stats { entities } } } fragment A on Query { stats { edges } sourceKinds }`;
    expect(messages(query, [fanOutLimitRule(4)])).toEqual(['Operation selects 5 root fields; the limit is 4']);
    expect(messages(query, [fanOutLimitRule(5)])).toEqual([]);
  });

  it('measures depth through fragments', () => {
    const query = `query { ...A } fragment A on Query { source(id: "s") { ...B } } fragment B on Source { partOf { partOf { id } } }`;
    expect(messages(query, [depthLimitRule(3)])).toEqual(['Query is nested 4 levels deep; the limit is 3']);
    expect(messages(query, [depthLimitRule(4)])).toEqual([]);
  });

  it('does not loop on a fragment cycle (GraphQL reports the cycle itself)', () => {
    const query = 'query { ...A } fragment A on Query { stats { entities } ...B } fragment B on Query { ...A }';
    expect(messages(query)).toEqual([]);
  });
});
