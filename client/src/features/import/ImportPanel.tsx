// Import of a CSV bundle (zip) or a JSON bundle: upload, then a preview of what the file holds (rows parsed, errors by
// file, row and column, each name matched to a stored entity or proposed as new, relationships refused for lack of a
// citation), then the import itself, all or nothing.
import { useState } from 'react';
import { useExplorer } from '../../state/explorer-context.ts';
import { uploadImport, type ImportIssue, type ImportReport } from './upload.ts';

const where = (i: ImportIssue) => `${i.file}${i.row ? `, row ${i.row}` : ''}${i.column ? `, ${i.column}` : ''}`;

export function ImportPanel() {
  const ex = useExplorer();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'checking'>('idle');

  const send = async (chosen: File, mode: 'preview' | 'commit') => {
    setPhase('uploading');
    setProgress(0);
    try {
      const { report: r } = await uploadImport(chosen, mode, (f) => {
        setProgress(f);
        if (f >= 1) setPhase('checking');
      });
      setReport(r);
      if (mode === 'commit' && r.written) ex.notify(`Imported ${r.written.entities} entities, ${r.written.edges} relationships and ${r.written.sources} sources.`);
    } catch (e) {
      ex.notify(`Import failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPhase('idle');
      setProgress(null);
    }
  };

  const problems = report ? [...report.errors, ...(report.refused ?? [])] : [];
  const problemCount = report ? (report.errorCount ?? report.errors.length) + (report.refusedCount ?? 0) : 0;
  const matched = report?.matches?.filter((m) => m.existing) ?? [];
  const fresh = report?.matches?.filter((m) => !m.existing) ?? [];
  const done = report?.mode === 'commit' && report.written;

  return (
    <section className="panel-section" data-testid="import">
      <h2>Import</h2>
      <input
        type="file"
        accept=".zip,.json,application/zip,application/json"
        aria-label="Bundle to import"
        data-testid="import-file"
        onChange={(e) => {
          const chosen = e.target.files?.[0] ?? null;
          setFile(chosen);
          setReport(null);
          if (chosen) void send(chosen, 'preview');
        }}
      />
      <a href="/import/template.zip" download data-testid="import-template">
        Download the CSV template
      </a>
      {phase !== 'idle' && (
        <div className="row" data-testid="import-progress" role="status">
          <progress max={1} value={phase === 'checking' ? undefined : (progress ?? 0)} />
          <span>{phase === 'uploading' ? 'Uploading…' : 'Checking every row…'}</span>
        </div>
      )}
      {report && (
        <div className="import-report" data-testid="import-report">
          {report.rows && (
            <p data-testid="import-rows">
              Read {report.rows.entities} entities, {report.rows.edges} relationships ({report.rows.citations} citations) and {report.rows.sources} sources.
            </p>
          )}
          {report.creates && !done && (
            <p data-testid="import-creates">
              Would create {report.creates.entities} entities, {report.creates.edges} relationships and {report.creates.sources} sources
              {report.existing && report.existing.entities + report.existing.sources + report.existing.edges > 0
                ? `; ${report.existing.entities} entities, ${report.existing.sources} sources and ${report.existing.edges} relationships are already stored`
                : ''}
              .
            </p>
          )}
          {done && <p data-testid="import-done">Imported. Every record's history starts with this import.</p>}
          {problemCount > 0 && (
            <>
              <p className="hint" data-testid="import-problem-count">
                {problemCount} problem{problemCount === 1 ? '' : 's'}; nothing will be written until the file is fixed.
              </p>
              <ul className="import-issues" data-testid="import-issues">
                {problems.map((i, n) => (
                  <li key={n} data-testid="import-issue" data-file={i.file} data-row={i.row} data-column={i.column ?? ''}>
                    <strong>{where(i)}</strong>: {i.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(matched.length > 0 || fresh.length > 0) && !done && (
            <details data-testid="import-matches">
              <summary>
                {matched.length} matched to stored entities, {fresh.length} new
              </summary>
              <ul>
                {matched.map((m) => (
                  <li key={`${m.file}-${m.row}`} data-testid="import-match">
                    {m.name} → <em>{m.existing!.name}</em>
                  </li>
                ))}
                {fresh.map((m) => (
                  <li key={`${m.file}-${m.row}`} data-testid="import-new">
                    {m.name} (new {m.kind})
                  </li>
                ))}
              </ul>
            </details>
          )}
          {!done && (
            <button type="button" className="primary" data-testid="import-commit" disabled={!file || problemCount > 0 || phase !== 'idle'} onClick={() => file && void send(file, 'commit')}>
              Import
            </button>
          )}
        </div>
      )}
    </section>
  );
}
