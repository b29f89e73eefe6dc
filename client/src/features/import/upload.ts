// Sends an import file to the server with upload progress (fetch reports none), and reads back its report.

export interface ImportIssue {
  file: string;
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  mode: 'preview' | 'commit';
  format?: 'csv' | 'json';
  error?: string;
  rows?: { sources: number; entities: number; edges: number; citations: number };
  errors: ImportIssue[];
  errorCount?: number;
  refused?: ImportIssue[];
  refusedCount?: number;
  matches?: { file: string; row: number; name: string; kind: string; existing: { id: string; name: string } | null }[];
  creates?: { entities: number; sources: number; edges: number; citations: number };
  existing?: { entities: number; sources: number; edges: number };
  written?: { entities: number; sources: number; edges: number; citations: number } | null;
}

export function uploadImport(file: File, mode: 'preview' | 'commit', onProgress: (fraction: number) => void): Promise<{ status: number; report: ImportReport }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/import?mode=${mode}&name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', file.name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const report = xhr.response as ImportReport | null;
      if (!report) reject(new Error(`The server answered ${xhr.status} without a report`));
      else resolve({ status: xhr.status, report: { ...report, errors: report.errors ?? [] } });
    };
    xhr.onerror = () => reject(new Error('The upload failed; is the server running?'));
    xhr.send(file);
  });
}
