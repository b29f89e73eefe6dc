// POST /import?mode=preview|commit&name=<file name>: the explorer's upload. The body is the file itself (a CSV bundle
// zip or a JSON bundle). A preview writes nothing; a commit writes everything or, on any problem, nothing. A file over
// the upload limit is refused before it is read.
import express, { type RequestHandler } from 'express';
import { ForbiddenError } from '../domain/errors.ts';
import type { Viewer } from '../domain/visibility.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { ImportRefusedError, commitImport, previewImport } from './import-service.ts';

const FILE_NAME = /^[\p{L}\p{N} ._()-]{1,200}$/u;
// A page on another site can POST only form and text/plain bodies without asking first (and CORS stays closed), so
// insisting on a file type keeps other sites from importing into a researcher's graph.
const FILE_TYPES = ['application/octet-stream', 'application/zip', 'application/json'];

export function createImportRoute(store: GraphStore, viewerOf: (req: Parameters<RequestHandler>[0]) => Viewer, limit: string): RequestHandler {
  const readBody = express.raw({ type: () => true, limit });
  return (req, res, next) => {
    if (!FILE_TYPES.includes((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase())) {
      res.status(415).json({ error: `Send the file with content-type ${FILE_TYPES.join(', ')}`, errors: [] });
      return;
    }
    readBody(req, res, (error?: unknown) => {
      const name = typeof req.query.name === 'string' && FILE_NAME.test(req.query.name) ? req.query.name : 'upload';
      if (error) {
        const tooLarge = (error as { type?: string }).type === 'entity.too.large';
        res.status(tooLarge ? 413 : 400).json({
          error: tooLarge ? `The file is larger than the upload limit (${limit}); nothing was written` : 'The upload could not be read',
          errors: [{ file: name, row: 0, column: null, message: tooLarge ? `is larger than the upload limit of ${limit} (IMPORT_LIMIT)` : 'could not be read' }],
        });
        return;
      }
      const mode = req.query.mode === 'commit' ? 'commit' : 'preview';
      const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
      const viewer = viewerOf(req);
      const run = mode === 'commit' ? commitImport(store, bytes, viewer, name) : previewImport(store, bytes, viewer);
      run.then(
        (report) => res.json({ mode, ...report }),
        (failure: unknown) => {
          if (failure instanceof ImportRefusedError) res.status(422).json({ mode, error: failure.message, ...failure.report });
          else if (failure instanceof ForbiddenError) res.status(403).json({ mode, error: failure.message, errors: [] });
          else next(failure);
        },
      );
    });
  };
}
