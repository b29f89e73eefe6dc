// Who changed what and when for one entity, relationship or source, newest first, as readable before/after lines.
// The server withholds the snapshots of restricted records from viewers without access; that shows as such.
import { useEffect, useState } from 'react';
import { fetchHistory, type ApiAuditEvent } from './corrections-api.ts';
import { actionLabel, diffLines } from './history-diff.ts';

export function HistoryView({ id, version }: { id: string; version: unknown }) {
  const [events, setEvents] = useState<ApiAuditEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    fetchHistory(id)
      .then((found) => current && setEvents([...found].reverse()))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [id, version]);
  if (error) return <p className="form-error">{error}</p>;
  if (!events) return <p className="muted">Loading history…</p>;
  if (events.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history" data-testid="history">
      {events.map((e) => {
        const lines = diffLines(e.beforeJson, e.afterJson);
        return (
          <li key={e.id} className="history-event" data-testid="history-event" data-action={e.action}>
            <div className="history-head">
              <strong>{actionLabel(e.action)}</strong>
              <span className="muted">
                {' '}
                by {e.actor} · <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
              </span>
            </div>
            {e.beforeJson === null && e.afterJson === null ? (
              <p className="muted">Details withheld: the record is restricted.</p>
            ) : (
              lines.length > 0 && (
                <table className="diff">
                  <tbody>
                    {lines.map((l, i) => (
                      <tr key={i}>
                        <th scope="row">{l.field}</th>
                        <td className="diff-before">{l.before === null ? '' : <del>{l.before}</del>}</td>
                        <td className="diff-after">{l.after === null ? '' : <ins>{l.after}</ins>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
