// Saved maps: save the view as a named map (title, caption, notes), keep changes to the open map, and list, open,
// rename, duplicate, delete and restore maps. Positions are read from the canvas at the moment of saving.
import { useEffect, useState } from 'react';
import { graphCache } from '../../api/cache.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { useAccess } from '../access/access.ts';
import { deleteMap, fetchMap, inputOf, listMaps, restoreMap, saveMap, toMapFilters, updateMap, type MapAnnotation, type MapInput, type SavedMap } from './maps-api.ts';
import { setMapNotes, useMapNotes } from './map-notes.ts';
import { mapPath, useMapOpener, useMapRoute } from './use-map-opener.ts';

export function MapsPanel() {
  const ex = useExplorer();
  const { state } = ex;
  const open = useMapOpener();
  const access = useAccess();
  // A map shown redacted would be saved back redacted: changing it needs restricted access, outside preview.
  const mayChangeMap = (m: SavedMap) => access.mayWrite && (!m.redacted || (access.hasRestrictedAccess && !access.previewing));
  const [maps, setMaps] = useState<SavedMap[]>([]);
  const [showDeleted, setShowDeleted] = useState(false);
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  // The notes being edited are the ones the canvas draws.
  const notes = useMapNotes();
  const setNotes = setMapNotes;
  const [note, setNote] = useState('');
  /** The index of the note being edited in the note field, or null when the field adds a new one. */
  const [editing, setEditing] = useState<number | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (what: string) => (e: unknown) => ex.notify(`${what}: ${e instanceof Error ? e.message : String(e)}`);

  const refresh = () => listMaps(showDeleted).then(setMaps, fail('Could not list the maps'));
  useEffect(() => void refresh(), [showDeleted]);
  useMapRoute(open, fail('Could not open the map'));

  // The form shows the open map's title, caption and notes.
  useEffect(() => {
    if (!state.mapId) return;
    fetchMap(state.mapId).then((m) => {
      if (!m) return;
      setTitle(m.title);
      setCaption(m.caption ?? '');
      setNotes(m.annotations);
    }, fail('Could not read the map'));
  }, [state.mapId]);

  const current = (): MapInput => {
    const positions = ex.graph()?.positions() ?? {};
    return {
      title: title.trim(),
      caption: caption.trim() || null,
      entities: state.nodeIds.flatMap((id) => {
        const p = positions[id];
        return p ? [{ id, x: p.x, y: p.y, pinned: state.pinned.includes(id), hidden: state.hidden.includes(id) }] : [];
      }),
      filters: toMapFilters(state.filters),
      layout: state.layout,
      annotations: notes.filter((n) => n.target === 'MAP' || (n.target === 'ENTITY' ? state.nodeIds.includes(n.targetId ?? '') : true)),
      communities: ex.namedCommunities(),
    };
  };

  const act = async <T,>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await fn();
    } catch (e) {
      fail(what)(e);
      return undefined;
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  const saveNew = () =>
    act('Could not save the map', async () => {
      const saved = await saveMap(current());
      ex.dispatch({ type: 'map/set', mapId: saved.id });
      window.history.replaceState(null, '', mapPath(saved.id));
      ex.notify(`Saved "${saved.title}".`);
    });

  const saveChanges = () =>
    act('Could not save the changes', async () => {
      if (!state.mapId) return;
      const saved = await updateMap(state.mapId, current());
      ex.notify(`Saved "${saved.title}".`);
    });

  const addNote = () => {
    const text = note.trim();
    if (!text) return;
    if (editing !== null) {
      setNotes(notes.map((n, i) => (i === editing ? { ...n, text } : n)));
      setEditing(null);
      setNote('');
      return;
    }
    const sel = state.selected;
    setNotes([...notes, sel ? { text, target: sel.kind === 'node' ? 'ENTITY' : 'EDGE', targetId: sel.id } : { text, target: 'MAP', targetId: null }]);
    setNote('');
  };

  const labelOf = (n: MapAnnotation): string => {
    if (n.target === 'MAP') return 'Map';
    if (n.target === 'ENTITY') return graphCache.get().entities.get(n.targetId ?? '')?.name ?? 'Entity';
    const edge = graphCache.get().edges.get(n.targetId ?? '');
    return edge ? (ex.typeLabels.get(edge.type) ?? edge.type) : 'Relationship';
  };

  const noteTarget = state.selected ? (state.selected.kind === 'node' ? 'the selected entity' : 'the selected relationship') : 'the map';
  const empty = state.nodeIds.length === 0;

  return (
    <section className="panel-section" data-testid="maps">
      <h2>Maps</h2>
      {access.mayWrite && (
        <>
          <input aria-label="Map title" data-testid="map-title" placeholder="Title" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          <textarea aria-label="Map caption" data-testid="map-caption" placeholder="Caption or description" rows={2} value={caption} maxLength={4000} onChange={(e) => setCaption(e.target.value)} />
          <div className="row">
            <input
              aria-label="Note"
              data-testid="map-note"
              placeholder={editing !== null ? `Text of note ${editing + 1}` : `Note on ${noteTarget}`}
              value={note}
              maxLength={1000}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="button" data-testid="map-add-note" disabled={!note.trim()} onClick={addNote}>
              {editing !== null ? 'Update note' : 'Add note'}
            </button>
          </div>
          {notes.length > 0 && (
            <ul className="map-notes" data-testid="map-notes">
              {notes.map((n, i) => (
                <li key={n.id ?? `new-${i}`} data-testid="map-note-item" className={editing === i ? 'current' : undefined}>
                  <strong>
                    {i + 1}. {labelOf(n)}:
                  </strong>{' '}
                  {n.text}{' '}
                  <button
                    type="button"
                    className="link"
                    data-testid="map-note-edit"
                    aria-label={`Edit note ${i + 1}`}
                    onClick={() => {
                      setEditing(i);
                      setNote(n.text);
                    }}
                  >
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    className="link"
                    data-testid="map-note-remove"
                    aria-label={`Remove note ${i + 1}`}
                    onClick={() => {
                      setNotes(notes.filter((_, j) => j !== i));
                      setEditing(null);
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <button type="button" data-testid="map-save" disabled={empty || busy || !title.trim()} onClick={() => void saveNew()}>
              Save as new map
            </button>
            <button type="button" data-testid="map-update" disabled={empty || busy || !title.trim() || !state.mapId} onClick={() => void saveChanges()}>
              Save changes
            </button>
          </div>
        </>
      )}
      <ul className="map-list" data-testid="map-list">
        {maps.map((m) => (
          <li key={m.id} data-testid="map-item" data-map-id={m.id} className={m.deletedAt ? 'deleted' : m.id === state.mapId ? 'current' : undefined}>
            {renaming?.id === m.id ? (
              <span className="row">
                <input aria-label="New title" data-testid="map-rename-input" value={renaming.title} onChange={(e) => setRenaming({ id: m.id, title: e.target.value })} />
                <button
                  type="button"
                  data-testid="map-rename-save"
                  disabled={!renaming.title.trim()}
                  onClick={() =>
                    void act('Could not rename', () => updateMap(m.id, { ...inputOf(m), title: renaming.title.trim() })).then((r) => {
                      if (r && r.id === state.mapId) setTitle(r.title);
                      setRenaming(null);
                    })
                  }
                >
                  OK
                </button>
              </span>
            ) : (
              <a href={mapPath(m.id)} data-testid="map-open" onClick={(e) => (e.preventDefault(), void act('Could not open the map', () => open(m.id)))}>
                {m.title}
              </a>
            )}
            <span className="map-meta">
              {m.entities.length} entities · {m.owner}
              {m.deletedAt ? ' · deleted' : ''}
            </span>
            {mayChangeMap(m) && (
              <span className="row">
                {m.deletedAt ? (
                  <button type="button" data-testid="map-restore" onClick={() => void act('Could not restore', () => restoreMap(m.id))}>
                    Restore
                  </button>
                ) : (
                  <>
                    <button type="button" data-testid="map-rename" onClick={() => setRenaming({ id: m.id, title: m.title })}>
                      Rename
                    </button>
                    <button type="button" data-testid="map-duplicate" onClick={() => void act('Could not duplicate', () => saveMap({ ...inputOf(m), title: `${m.title} (copy)` }))}>
                      Duplicate
                    </button>
                    <button type="button" data-testid="map-delete" onClick={() => void act('Could not delete', () => deleteMap(m.id))}>
                      Delete
                    </button>
                  </>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      <label className="chip">
        <input type="checkbox" data-testid="map-show-deleted" checked={showDeleted} onChange={(e) => setShowDeleted(e.target.checked)} />
        Show deleted maps
      </label>
    </section>
  );
}
