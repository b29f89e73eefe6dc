// GET /export?format=gexf|graphml|csv|json|ftm&map=<id>&audience=public|full: the whole graph or one saved map in a
// standard format, redacted by the server for its audience (public unless asked otherwise). Bad requests get a 4xx
// naming what was wrong.
import type { RequestHandler } from 'express';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { ExportService, ForbiddenAudienceError, type ExportFormat, type ExportGraph } from '../domain/export-service.ts';
import type { Viewer } from '../domain/visibility.ts';
import type { GraphStore } from '../ports/graph-store.ts';
type Writer = (graph: ExportGraph) => string | Uint8Array;

// Each writer and the libraries it needs (XML, zip, CSV) load with the first export in its format: a server that only
// answers the explorer does not hold them.
const WRITERS: Record<ExportFormat, { type: string; extension: string; load(): Promise<Writer> }> = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf', load: async () => (await import('./gexf.ts')).writeGexf },
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml', load: async () => (await import('./graphml.ts')).writeGraphml },
  csv: { type: 'application/zip', extension: 'csv.zip', load: async () => (await import('./csv-bundle.ts')).writeCsvBundle },
  json: { type: 'application/json; charset=utf-8', extension: 'json', load: async () => (await import('./json-bundle.ts')).writeJsonBundle },
  ftm: { type: 'application/x-ndjson; charset=utf-8', extension: 'ftm.jsonl', load: async () => (await import('./ftm.ts')).writeFtm },
};

const query = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function createExportRoute(store: GraphStore, viewerOf: (req: Parameters<RequestHandler>[0]) => Viewer): RequestHandler {
  const exports = new ExportService(store);
  return async (req, res) => {
    const viewer = viewerOf(req);
    try {
      const request = exports.parseRequest(viewer, { format: query(req.query.format), map: query(req.query.map), audience: query(req.query.audience) });
      const graph = await exports.collect(viewer, request);
      const writer = WRITERS[request.format];
      const write = await writer.load();
      const name = `actornet-${request.mapId ?? 'graph'}-${request.audience}.${writer.extension}`;
      res.setHeader('content-type', writer.type);
      res.setHeader('content-disposition', `attachment; filename="${name}"`);
      res.setHeader('x-actornet-audience', request.audience);
      res.setHeader('cache-control', 'no-store');
      const body = write(graph);
      res.send(typeof body === 'string' ? body : Buffer.from(body));
    } catch (error) {
      if (error instanceof ValidationError) res.status(400).json({ error: error.message, field: error.issues[0]?.path.join('.') ?? null });
      else if (error instanceof NotFoundError) res.status(404).json({ error: `No saved map ${error.id}`, field: 'map' });
      else if (error instanceof ForbiddenAudienceError) res.status(403).json({ error: error.message, field: 'audience' });
      else throw error;
    }
  };
}

/** GET /import/template.zip: the CSV bundle's headers, nothing else. */
export const csvTemplateRoute: RequestHandler = async (_req, res) => {
  const { writeCsvTemplate } = await import('./csv-bundle.ts');
  res.setHeader('content-type', 'application/zip');
  res.setHeader('content-disposition', 'attachment; filename="actornet-import-template.csv.zip"');
  res.send(Buffer.from(writeCsvTemplate()));
};
