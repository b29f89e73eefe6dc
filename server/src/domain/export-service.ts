// What an export contains: the whole graph or one saved map, read through the port and redacted for its audience by
// the one visibility rule. The format modules in io/ only write what this hands them.
import type { GraphStore } from '../ports/graph-store.ts';
import { overlapsWindow } from './shared/dates.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { MapFilters, SavedMap } from './maps.ts';
import type { EntityRecord, SourceRecord } from './records.ts';
import { idSchema } from './schemas.ts';
import type { Edge, Entity, Source } from './types.ts';
import { parseInput } from './validate.ts';
import { hiddenFrom, redactEdge, redactEntity, redactSource, type Viewer } from './visibility.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const AUDIENCES = ['public', 'full'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Records are read in pages of this many while an export walks the whole graph. */
const PAGE = 2000;

export interface ExportGraph {
  audience: Audience;
  exportedAt: string;
  /** The map exported, or null for the whole graph. */
  map: SavedMap | null;
  entities: EntityRecord[];
  sources: SourceRecord[];
  /** Retracted relationships included, each with every citation. */
  edges: Edge[];
}

/** Asked for a full export without the right to restricted material. */
export class ForbiddenAudienceError extends Error {
  override name = 'ForbiddenAudienceError';
}

async function pageAll<T extends { id: string }>(page: (after: string | null, first: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const batch = await page(after, PAGE);
    all.push(...batch);
    if (batch.length < PAGE) return all;
    after = batch[batch.length - 1]!.id;
  }
}

/** Whether a relationship passes the filters a map was saved with. */
export function edgePassesMapFilters(edge: Edge, filters: MapFilters): boolean {
  if (edge.status === 'retracted' && !filters.includeRetracted) return false;
  if (edge.status === 'contested' && !filters.includeContested) return false;
  if (filters.types?.length && !(filters.types as readonly string[]).includes(edge.type)) return false;
  if (filters.confidence?.length && !filters.confidence.includes(edge.confidence)) return false;
  return overlapsWindow(edge.validFrom, edge.validTo, filters.from, filters.to);
}

const recordOf = ({ degree: _d, redacted: _r, ...rest }: Entity): EntityRecord => rest;
const sourceRecordOf = ({ redacted: _r, ...rest }: Source): SourceRecord => rest;

export class ExportService {
  constructor(private readonly store: GraphStore) {}

  parseRequest(viewer: Viewer, args: { format: unknown; map: unknown; audience: unknown }): { format: ExportFormat; mapId: string | null; audience: Audience } {
    const format = args.format;
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw ValidationError.field(['format'], `must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const audience = args.audience ?? 'public';
    if (typeof audience !== 'string' || !(AUDIENCES as readonly string[]).includes(audience)) throw ValidationError.field(['audience'], 'must be public or full');
    if (audience === 'full' && !viewer.canSeeRestricted) {
      throw new ForbiddenAudienceError('A full export needs restricted access; ask for audience=public');
    }
    const mapId = args.map === undefined || args.map === '' ? null : parseInput(idSchema, args.map, ['map']);
    return { format: format as ExportFormat, mapId, audience: audience as Audience };
  }

  async collect(viewer: Viewer, request: { mapId: string | null; audience: Audience }): Promise<ExportGraph> {
    // A publication export reads as a viewer without restricted access, whoever asks.
    const reader: Viewer = request.audience === 'full' ? viewer : { ...viewer, canSeeRestricted: false };
    const map = request.mapId ? await this.store.maps.getMap(request.mapId) : null;
    if (request.mapId && (!map || map.deletedAt)) throw new NotFoundError('Map', request.mapId, ['map']);

    let entities: Entity[];
    let edges: Edge[];
    let sources: Source[];
    if (map) {
      const kinds = map.filters.kinds;
      entities = (await this.store.getEntities(map.entities.map((e) => e.id))).filter((e) => !kinds?.length || kinds.includes(e.kind));
      const onMap = new Set(entities.map((e) => e.id));
      edges = (await pageAll((after, first) => this.store.pageEdges(after, first))).filter(
        (e) => onMap.has(e.from) && onMap.has(e.to) && edgePassesMapFilters(e, map.filters),
      );
      const cited = [...new Set(edges.flatMap((e) => e.citations.map((c) => c.sourceId)))];
      sources = cited.length ? await this.store.getSources(cited) : [];
    } else {
      entities = (await pageAll((after, first) => this.store.pageEntities(after, first))).map((e) => ({ ...e, degree: 0 }));
      edges = await pageAll((after, first) => this.store.pageEdges(after, first));
      sources = await pageAll((after, first) => this.store.pageSources(after, first));
    }
    const hidden = hiddenFrom(reader, entities, sources);
    return {
      audience: request.audience,
      exportedAt: new Date().toISOString(),
      map,
      entities: entities.map((e) => recordOf(redactEntity(reader, e))),
      sources: sources.map((s) => sourceRecordOf(redactSource(reader, s))),
      edges: edges.map((e) => redactEdge(reader, e, hidden)),
    };
  }
}
