// `npm run seed`: loads the seed bundle into the configured store when it is empty, and says so when it is not.
import { createStore, describeStore } from '../app/create-store.ts';
import { seedIfEmpty } from '../app/seed.ts';
import { ConfigError, loadConfig } from '../config.ts';

try {
  const config = loadConfig();
  const store = await createStore(config.store);
  try {
    await store.init();
    const loaded = await seedIfEmpty(store, config.seed.file);
    if (loaded) {
      console.info(
        `Loaded ${loaded.entities} entities, ${loaded.edges} relationships, ${loaded.sources} sources and ` +
          `${loaded.citations} citations from ${config.seed.file} into ${describeStore(config.store)}`,
      );
    } else {
      console.info(`The store (${describeStore(config.store)}) already holds data; nothing was loaded.`);
    }
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
