// Draws the open map's notes over the canvas: each note pinned to an entity or relationship as a numbered label beside
// it, following it through pans, zooms and layouts, and the notes on the map itself in a box in the corner. The numbers
// are the ones the export sheets print. Notes let clicks through, so the canvas works under them as before.
import { useEffect, useMemo, useRef } from 'react';
import { useExplorer } from '../../state/explorer-context.ts';
import { numberNotes, useMapNotes } from './map-notes.ts';

/** A pinned note shows this much of its text; the whole note is in its tooltip and in the Maps panel. */
const SHOWN_CHARS = 90;
const clip = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text);

export function MapNotesOverlay() {
  const ex = useExplorer();
  const notes = useMapNotes();
  // Whether a note's entity or relationship is shown is the anchors' to say, frame by frame.
  const { pinned, onMap } = useMemo(() => {
    const numbered = numberNotes(notes, null);
    return { pinned: numbered.filter((n) => n.targetId !== null), onMap: numbered.filter((n) => n.targetId === null) };
  }, [notes]);
  const elements = useRef(new Map<number, HTMLDivElement>());

  useEffect(() => {
    const graph = ex.graph();
    if (!graph || pinned.length === 0) return;
    const ids = [...new Set(pinned.map((n) => n.targetId!))];
    let frame = 0;
    const place = () => {
      frame = 0;
      const anchors = graph.anchors(ids);
      for (const n of pinned) {
        const el = elements.current.get(n.number);
        if (!el) continue;
        const at = anchors.get(n.targetId!);
        el.style.display = at ? '' : 'none';
        if (at) el.style.transform = `translate(${Math.round(at.x + 4)}px, ${Math.round(at.y - 4)}px) translateY(-100%)`;
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    place();
    const stop = graph.onRender(schedule);
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [pinned]);

  if (pinned.length + onMap.length === 0) return null;
  return (
    <>
      {pinned.map((n) => (
        <div
          key={n.number}
          ref={(el) => {
            if (el) elements.current.set(n.number, el);
            else elements.current.delete(n.number);
          }}
          className="canvas-note"
          data-testid="canvas-note"
          data-target-id={n.targetId ?? ''}
          title={n.text}
          style={{ display: 'none' }}
        >
          <span className="canvas-note-number">{n.number}</span> {clip(n.text)}
        </div>
      ))}
      {onMap.length > 0 && (
        <aside className="canvas-map-notes" data-testid="canvas-map-notes" aria-label="Notes on this map">
          <strong>Notes</strong>
          <ol>
            {onMap.map((n) => (
              <li key={n.number} value={n.number}>
                {n.text}
              </li>
            ))}
          </ol>
        </aside>
      )}
    </>
  );
}
