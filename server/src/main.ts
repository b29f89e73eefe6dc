// Composition root: configuration, then the server, then shutdown on SIGINT/SIGTERM.
import { describeStartFailure, describeStore } from './app/create-store.ts';
import { createLogger } from './app/logger.ts';
import { startServer } from './app/server.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();
const logger = createLogger(config.logLevel);

try {
  const server = await startServer(config, { logger });
  if (server.seeded) {
    const { entities, edges, sources, citations } = server.seeded;
    logger.info(`Seeded ${entities} entities, ${edges} relationships, ${sources} sources, ${citations} citations from ${config.seed.file}`);
  }
  logger.info(`Actornet listening on ${server.url} (store: ${describeStore(config.store)})`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received; shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  logger.error(`Actornet could not start: ${describeStartFailure(config.store, error)}`);
  process.exit(1);
}
