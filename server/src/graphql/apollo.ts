// Builds the Apollo server: SDL-first schema, the error mapping, document limits, and no CDN-hosted landing page
// (the client must work offline; GraphiQL is bundled with the client and served at /explorer). CSRF prevention stays on, and
// Apollo's default in-memory document store caches parsed and validated documents.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Server } from 'node:http';
import type { Logger } from '../app/logger.ts';
import type { Context } from './context.ts';
import { documentLimitRules } from './document-limits.ts';
import { createFormatError } from './format-error.ts';
import { stringifyAnswer } from './http-handler.ts';
import { operationGuardPlugin } from './operation-guard.ts';
import { resolvers } from './resolvers/index.ts';
import { typeDefs } from './type-defs.ts';

export interface ApolloOptions {
  httpServer: Server;
  logger: Logger;
  introspection: boolean;
}

/** Answers hold graph records a browser or proxy must not keep: every GraphQL response says `no-store`. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function createApolloServer({ httpServer, logger, introspection }: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    logger,
    introspection,
    // Without introspection, "did you mean" suggestions would leak the schema field by field.
    hideSchemaDetailsFromClientErrors: !introspection,
    csrfPrevention: true,
    // main.ts owns shutdown: it stops HTTP, drains Apollo and closes the store in that order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // Inside the HTTP handler the answer is written in chunks there (http-handler.ts); elsewhere Apollo's own text.
    stringifyResult: stringifyAnswer,
    validationRules: documentLimitRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, so Apollo's cache-control plugin would only ever answer `no-store`, at the price
      // of a hook, a policy object and closures on every resolved field: on a neighborhood at the limits (a million
      // fields) that is most of the main thread's garbage. The header it sent is kept below.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      operationGuardPlugin(logger),
    ],
  });
}
