// Apollo Server on Express, as @as-integrations/express5 does it, except for how a complete answer is written: Apollo
// hands its answer to `stringifyAnswer`, which, inside a request this handler runs, only keeps it, and the handler
// writes it as UTF-8 chunks (json-chunks.ts) instead of one JSON string copied twice more on the way out. The bytes,
// the status and the headers are the ones Apollo's own `JSON.stringify(answer) + "\n"` and Express's `res.send` give.
import { AsyncLocalStorage } from 'node:async_hooks';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { encodeJsonChunks } from './json-chunks.ts';

interface Held {
  answer?: unknown;
}

const held = new AsyncLocalStorage<Held>();

/**
 * Apollo's `stringifyResult`: in a request of `graphqlHandler` the answer is kept for the handler to encode and the
 * string is empty; anywhere else it is Apollo's default, the JSON text and a newline.
 */
export function stringifyAnswer(answer: unknown): string {
  const slot = held.getStore();
  if (slot && slot.answer === undefined) {
    slot.answer = answer;
    return '';
  }
  return `${JSON.stringify(answer)}\n`;
}

export function graphqlHandler<C extends BaseContext>(server: ApolloServer<C>, context: ContextFunction<[{ req: Request; res: Response }], C>): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500).send('`req.body` is not set: the JSON body parser must run before the GraphQL handler.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const slot: Held = {};
    const response = await held.run(slot, () =>
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body as unknown },
        context: () => context({ req, res }),
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (slot.answer === undefined) {
        res.send(response.body.string);
        return;
      }
      const chunks = encodeJsonChunks(slot.answer, '\n');
      slot.answer = undefined;
      // Apollo has set the type with its charset, as res.send would keep it; the length is what res.send would set.
      res.setHeader('Content-Length', chunks.reduce((n, c) => n + c.length, 0));
      res.cork();
      for (const chunk of chunks) res.write(chunk);
      res.end();
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      const flushable = res as Response & { flush?: () => void };
      if (typeof flushable.flush === 'function') flushable.flush();
    }
    res.end();
  };
}
