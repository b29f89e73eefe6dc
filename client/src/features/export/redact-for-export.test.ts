import { describe, expect, it } from 'vitest';
import { REDACTED_NAME } from '../../../../server/src/domain/shared/redaction.ts';
import { citation, edge, entity, source } from '../../test-fixtures.ts';
import { formatEntry, numberSources } from './bibliography.ts';
import { REDACTED_SOURCE_TITLE, hiddenIn, redactEdgeForExport, redactedLabels, redactView } from './redact-for-export.ts';
import { viewToJson } from './view-json.ts';

const person = entity('person-x', {
  kind: 'PERSON',
  name: 'Aigerim Testova',
  aliases: [{ value: 'Айгерим Тестова', lang: 'ru' }],
  description: 'Activist sued for defamation',
  startDate: '1990',
  endDate: '2024-03',
  sensitivity: 'RESTRICTED',
});
const org = entity('org-a', { name: 'Parents Union', description: 'A public organization' });
const other = entity('org-b', { name: 'Narodnye Sovety' });
const secret = source('src-secret', {
  kind: 'social_media_post',
  title: 'Instagram post by Aigerim Testova',
  author: 'A. Testova',
  publisher: 'Instagram',
  url: 'https://example.org/p/1',
  publishedAt: '2023-02',
  sensitivity: 'RESTRICTED',
});
const report = source('src-report', { title: 'Public report', publisher: 'Feminita', url: 'https://example.org/report' });

const sued = edge('e-sued', 'org-a', 'person-x', {
  type: 'SUED',
  note: 'Sued Aigerim Testova for defamation',
  citations: [citation('c1', report, { locator: 'p. 4', quote: 'sued A. Testova' })],
});
const alleged = edge('e-alleged', 'org-a', 'org-b', {
  note: 'Alleged by Testova',
  retractedReason: 'Withdrawn after Testova was sued',
  citations: [
    citation('c2', secret, { locator: 'post 1', quote: 'Testova wrote this' }),
    citation('c3', report, { locator: 'p. 9', quote: 'the report says so' }),
  ],
});
const plain = edge('e-plain', 'org-b', 'org-a', { note: 'Public knowledge', citations: [citation('c4', report, { locator: 'p. 1', quote: 'q' })] });
const view = { nodes: [person, org, other], edges: [sued, alleged, plain] };

describe('redactView', () => {
  const out = redactView(view);

  it('blanks every identifying field of a restricted entity and leaves public ones untouched', () => {
    const p = out.nodes[0]!;
    expect(p).toMatchObject({ id: 'person-x', kind: 'PERSON', name: REDACTED_NAME, aliases: [], description: null, startDate: null, endDate: null, redacted: true });
    expect(out.nodes[1]).toBe(org);
    expect(out.nodes[2]).toBe(other);
  });

  it('lists a restricted source without title, author, publisher or URL, keeping its kind and date', () => {
    const s = out.edges[1]!.citations[0]!.source;
    expect(s).toMatchObject({ id: 'src-secret', kind: 'social_media_post', title: REDACTED_SOURCE_TITLE, author: null, publisher: null, url: null, publishedAt: '2023-02', redacted: true });
    expect(out.edges[1]!.citations[1]!.source).toBe(report);
  });

  it('blanks the note and every citation text of an edge touching a restricted entity', () => {
    const e = out.edges[0]!;
    expect(e.note).toBe(REDACTED_NAME);
    expect(e.citations[0]).toMatchObject({ id: 'c1', locator: REDACTED_NAME, quote: REDACTED_NAME, source: report });
    expect(e).toMatchObject({ id: 'e-sued', type: 'SUED', from: 'org-a', to: 'person-x' });
  });

  it('blanks the note, retraction reason and only the restricted citations of an edge citing a restricted source', () => {
    const e = out.edges[1]!;
    expect(e.note).toBe(REDACTED_NAME);
    expect(e.retractedReason).toBe(REDACTED_NAME);
    expect(e.citations[0]).toMatchObject({ locator: REDACTED_NAME, quote: REDACTED_NAME });
    expect(e.citations[1]).toMatchObject({ locator: 'p. 9', quote: 'the report says so' });
  });

  it('leaves an edge with no restricted end or source as it was', () => {
    expect(out.edges[2]).toEqual(plain);
  });

  it('does not change the view it was given', () => {
    expect(view.nodes[0]!.name).toBe('Aigerim Testova');
    expect(view.edges[1]!.citations[0]!.source.title).toBe('Instagram post by Aigerim Testova');
    expect(view.edges[0]!.note).toBe('Sued Aigerim Testova for defamation');
  });

  it('leaves nothing naming the restricted person or source in the JSON export or the reference list', () => {
    const json = viewToJson(out.nodes, out.edges, '2024-01-01T00:00:00Z');
    const refs = numberSources(out.edges).entries.map(formatEntry).join('\n');
    for (const text of [json, refs]) {
      expect(text).not.toMatch(/Testova|Айгерим|Instagram|example\.org\/p\/1/);
    }
    expect(json).toContain(REDACTED_NAME);
    expect(refs).toContain(`[2] ${REDACTED_SOURCE_TITLE}. 2023-02.`);
    expect(refs).toContain('[1] Public report. Feminita. https://example.org/report');
  });

  it('keeps null texts null rather than inventing a redaction marker', () => {
    const bare = edge('e-bare', 'org-a', 'person-x', { citations: [citation('c5', report)] });
    const e = redactEdgeForExport(bare, hiddenIn(view));
    expect(e.note).toBeNull();
    expect(e.citations[0]).toMatchObject({ locator: null, quote: null });
  });
});

describe('hiddenIn', () => {
  it('collects the restricted entities on view and the restricted sources the edges cite', () => {
    const hidden = hiddenIn(view);
    expect([...hidden.entities]).toEqual(['person-x']);
    expect([...hidden.sources]).toEqual(['src-secret']);
  });
});

describe('redactedLabels', () => {
  it('names only the restricted nodes, each with the redaction marker', () => {
    expect([...redactedLabels(view.nodes)]).toEqual([['person-x', REDACTED_NAME]]);
    expect(redactedLabels([org, other]).size).toBe(0);
  });
});
