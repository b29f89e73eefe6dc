import { describe, expect, it } from 'vitest';
import type { AuditEvent, Entity, Source } from '../../../server/src/domain/types.ts';
import {
  LOCAL_VIEWER,
  PUBLIC_VIEWER,
  REDACTED_NAME,
  canSee,
  redactAuditEvent,
  redactEntity,
  hiddenFrom,
  redactPath,
  redactSource,
  redactSubgraph,
} from '../../../server/src/domain/visibility.ts';

const audited = { createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'researcher', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'researcher' };
const activist: Entity = {
  id: 'activist-r',
  kind: 'person',
  name: 'Ruslana R.',
  aliases: [{ value: 'R.', lang: 'en' }],
  description: 'Local activist in Almaty',
  startDate: '1990',
  endDate: null,
  sensitivity: 'restricted',
  degree: 2,
  ...audited,
};
const feminita: Entity = { ...activist, id: 'feminita', kind: 'organization', name: 'Feminita', aliases: [], sensitivity: 'public' };
const source: Source = {
  id: 'interview',
  kind: 'interview',
  title: 'Interview with R.',
  author: 'Advocacy officer',
  publisher: 'Feminita',
  url: 'https://example.org/i',
  publishedAt: null,
  retrievedAt: null,
  language: 'ru',
  sensitivity: 'restricted',
  partOf: null,
  createdAt: audited.createdAt,
  createdBy: 'researcher',
};

describe('visibility', () => {
  it('shows a public viewer "[restricted]" with no aliases, description or dates', () => {
    const seen = redactEntity(PUBLIC_VIEWER, activist);
    expect(seen).toEqual({
      ...activist,
      name: REDACTED_NAME,
      aliases: [],
      description: null,
      startDate: null,
      endDate: null,
      createdBy: REDACTED_NAME,
      updatedBy: REDACTED_NAME,
      redacted: true,
    });
    expect(JSON.stringify(seen)).not.toContain('Ruslana');
    expect(seen.id).toBe('activist-r');
    expect(seen.kind).toBe('person');
  });

  it('shows the local viewer everything, and public entities to everyone', () => {
    expect(redactEntity(LOCAL_VIEWER, activist)).toBe(activist);
    expect(redactEntity(PUBLIC_VIEWER, feminita)).toBe(feminita);
    expect(canSee(LOCAL_VIEWER, activist)).toBe(true);
    expect(canSee(PUBLIC_VIEWER, activist)).toBe(false);
    expect(canSee(PUBLIC_VIEWER, feminita)).toBe(true);
  });

  it('redacts restricted sources', () => {
    const seen = redactSource(PUBLIC_VIEWER, source);
    expect(seen).toMatchObject({ title: REDACTED_NAME, author: null, publisher: null, url: null, redacted: true });
    expect(redactSource(LOCAL_VIEWER, source)).toBe(source);
  });

  it('redacts every restricted node of a subgraph or path and nothing else', () => {
    const graph = redactSubgraph(PUBLIC_VIEWER, { nodes: [activist, feminita], edges: [], truncated: false }, hiddenFrom(PUBLIC_VIEWER, [activist, feminita], []));
    expect(graph.nodes.map((n) => n.name)).toEqual([REDACTED_NAME, 'Feminita']);
    const path = redactPath(PUBLIC_VIEWER, { nodes: [feminita, activist], edges: [] }, hiddenFrom(PUBLIC_VIEWER, [feminita, activist], []));
    expect(path.nodes.map((n) => n.name)).toEqual(['Feminita', REDACTED_NAME]);
    expect(redactSubgraph(LOCAL_VIEWER, { nodes: [activist], edges: [], truncated: true }, hiddenFrom(LOCAL_VIEWER, [activist], [])).nodes[0]?.name).toBe('Ruslana R.');
  });

  it('hides audit snapshots of restricted targets from viewers without rights', () => {
    const event: AuditEvent = { id: 'aud_1', at: audited.createdAt, actor: 'researcher', action: 'entity.create', targetId: 'activist-r', before: null, after: activist };
    expect(redactAuditEvent(PUBLIC_VIEWER, event, true)).toMatchObject({ id: 'aud_1', action: 'entity.create', before: null, after: null });
    expect(redactAuditEvent(LOCAL_VIEWER, event, true)).toBe(event);
    expect(redactAuditEvent(PUBLIC_VIEWER, event, false)).toBe(event);
  });
});
