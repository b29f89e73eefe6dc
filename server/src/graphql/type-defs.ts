// The contract is the SDL file next to this module, read once at boot.
import { readFileSync } from 'node:fs';

export const SCHEMA_FILE = new URL('./schema.graphql', import.meta.url);

export const typeDefs = readFileSync(SCHEMA_FILE, 'utf8');
