// The maps part of the domain service: parses every map input, checks the entities it places exist, and passes each
// map it returns through the visibility rule for the viewer.
import type { GraphStore } from '../ports/graph-store.ts';
import { ValidationError } from './errors.ts';
import { requireRight } from './rights.ts';
import {
  annotatedEdgeIds,
  deletedMapRecord,
  mapInputSchema,
  newMapRecord,
  redactMap,
  restoredMapRecord,
  updatedMapRecord,
  type MapInput,
  type SavedMap,
} from './maps.ts';
import { idSchema } from './schemas.ts';
import { parseInput } from './validate.ts';
import { hiddenFrom, type Viewer } from './visibility.ts';

export class MapService {
  constructor(private readonly store: GraphStore) {}

  /** A map as the viewer may see it. */
  async visible(viewer: Viewer, map: SavedMap): Promise<SavedMap> {
    if (viewer.canSeeRestricted) return map;
    const members = (map.communities ?? []).flatMap((c) => c.members);
    const entities = await this.store.getEntities([...new Set([...map.entities.map((e) => e.id), ...members])]);
    const edges = (await Promise.all(annotatedEdgeIds(map).map((id) => this.store.getEdge(id)))).flatMap((e) => (e ? [e] : []));
    const edgeEnds = await this.store.getEntities([...new Set(edges.flatMap((e) => [e.from, e.to]))]);
    return redactMap(viewer, map, hiddenFrom(viewer, [...entities, ...edgeEnds], []), edges);
  }

  async list(viewer: Viewer, includeDeleted: boolean): Promise<SavedMap[]> {
    const maps = await this.store.maps.listMaps(includeDeleted);
    return Promise.all(maps.map((m) => this.visible(viewer, m)));
  }

  async get(viewer: Viewer, id: string): Promise<SavedMap | null> {
    const map = await this.store.maps.getMap(parseInput(idSchema, id, ['id']));
    return map && this.visible(viewer, map);
  }

  /** Whether the map with this id exists and is not deleted. */
  async exists(id: string): Promise<SavedMap | null> {
    const map = await this.store.maps.getMap(id);
    return map && !map.deletedAt ? map : null;
  }

  private async parse(input: unknown): Promise<MapInput> {
    const parsed = parseInput(mapInputSchema, input, ['input']);
    const found = new Set((await this.store.getEntities(parsed.entities.map((e) => e.id))).map((e) => e.id));
    const missing = parsed.entities.findIndex((e) => !found.has(e.id));
    if (missing >= 0) throw ValidationError.field(['input', 'entities', missing, 'id'], `refers to an unknown entity: ${parsed.entities[missing]!.id}`);
    return parsed;
  }

  /**
   * Changing a saved map is a write (the editor role). A map the viewer sees redacted needs restricted access too:
   * saving it back would overwrite what redaction blanked.
   */
  private async requireMapWrite(viewer: Viewer, doing: string, id?: string): Promise<void> {
    requireRight(viewer, 'write', doing);
    if (!id || viewer.canSeeRestricted) return;
    const before = await this.store.maps.getMap(id);
    if (before && (await this.visible(viewer, before)).redacted) requireRight(viewer, 'restricted-access', `${doing} that shows restricted records`);
  }

  async save(viewer: Viewer, input: unknown): Promise<SavedMap> {
    await this.requireMapWrite(viewer, 'Saving a map');
    const parsed = await this.parse(input);
    const saved = await this.store.maps.createMap(newMapRecord(parsed, viewer.id, new Date().toISOString()), viewer.id);
    return this.visible(viewer, saved);
  }

  async update(viewer: Viewer, id: string, input: unknown): Promise<SavedMap> {
    const mapId = parseInput(idSchema, id, ['id']);
    await this.requireMapWrite(viewer, 'Changing a map', mapId);
    const parsed = await this.parse(input);
    return this.visible(viewer, await this.store.maps.changeMap(mapId, 'map.update', (before, actor, at) => updatedMapRecord(before, parsed, actor, at), viewer.id));
  }

  async delete(viewer: Viewer, id: string): Promise<SavedMap> {
    const mapId = parseInput(idSchema, id, ['id']);
    await this.requireMapWrite(viewer, 'Deleting a map', mapId);
    return this.visible(viewer, await this.store.maps.changeMap(mapId, 'map.delete', deletedMapRecord, viewer.id));
  }

  async restore(viewer: Viewer, id: string): Promise<SavedMap> {
    const mapId = parseInput(idSchema, id, ['id']);
    await this.requireMapWrite(viewer, 'Restoring a map', mapId);
    return this.visible(viewer, await this.store.maps.changeMap(mapId, 'map.restore', restoredMapRecord, viewer.id));
  }
}
