import { describe, expect, it } from 'vitest';
import type { Edge, EdgeSummary } from '../../../server/src/domain/types.ts';
import { LOCAL_VIEWER, PUBLIC_VIEWER, REDACTED_NAME, redactEdge } from '../../../server/src/domain/visibility.ts';

const edge: Edge = {
  id: 'e1',
  type: 'SUED',
  from: 'org-a',
  to: 'person-at-risk-1',
  validFrom: null,
  validTo: null,
  confidence: 'reported',
  status: 'active',
  note: 'R. was sued after the post',
  retractedReason: null,
  citations: [
    { id: 'c1', edgeId: 'e1', sourceId: 'src-report', locator: 'para 3', quote: 'against him', stance: 'supports', addedAt: 't', addedBy: 'a' },
  ],
  createdAt: 't',
  createdBy: 'a',
  updatedAt: 't',
  updatedBy: 'a',
};

describe('redactEdge', () => {
  const hiddenPerson = { entities: new Set(['person-at-risk-1']), sources: new Set<string>() };

  it('blanks the note, quotes and locators of an edge touching a hidden entity', () => {
    const out = redactEdge(PUBLIC_VIEWER, edge, hiddenPerson);
    expect(out.note).toBe(REDACTED_NAME);
    expect(out.citations[0]?.quote).toBe(REDACTED_NAME);
    expect(out.citations[0]?.locator).toBe(REDACTED_NAME);
    expect(out.citations[0]?.sourceId).toBe('src-report');
    expect(out.type).toBe('SUED');
  });

  it('blanks only the citations of a hidden source when the ends are visible', () => {
    const other = { ...edge, to: 'org-b' };
    const out = redactEdge(PUBLIC_VIEWER, other, { entities: new Set(), sources: new Set(['src-report']) });
    expect(out.citations[0]?.quote).toBe(REDACTED_NAME);
    expect(out.note).toBe(REDACTED_NAME);
  });

  it('blanks the note of a canvas summary and adds no citation text it did not carry', () => {
    const summary: EdgeSummary = { ...edge, citations: [{ id: 'c1', edgeId: 'e1', sourceId: 'src-report', stance: 'supports' }] };
    const out = redactEdge(PUBLIC_VIEWER, summary, hiddenPerson);
    expect(out.note).toBe(REDACTED_NAME);
    expect(out.citations).toEqual(summary.citations);
    expect(JSON.stringify(out)).not.toContain('R. was sued');
  });

  it('leaves an edge among visible entities and sources as it is', () => {
    const other = { ...edge, to: 'org-b' };
    expect(redactEdge(PUBLIC_VIEWER, other, hiddenPerson)).toEqual(other);
  });

  it('shows everything to a viewer with rights', () => {
    expect(redactEdge(LOCAL_VIEWER, edge, hiddenPerson)).toEqual(edge);
  });
});
