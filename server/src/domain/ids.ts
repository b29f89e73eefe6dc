// Generated ids: URL-safe, a prefix naming what they identify, then random base36. Audit ids start with the time so
// they sort in the order events happened.
import { randomBytes } from 'node:crypto';

// Random bytes are drawn in blocks: a bulk load asks for a million ids and one system call each would dominate.
let pool = Buffer.alloc(0);
let poolAt = 0;

function randomBase36(length: number): string {
  let out = '';
  while (out.length < length) {
    if (poolAt >= pool.length) {
      pool = randomBytes(8192);
      poolAt = 0;
    }
    const byte = pool[poolAt++] as number;
    // 252 = 7 * 36: rejecting the top values keeps every digit equally likely.
    if (byte < 252) out += (byte % 36).toString(36);
  }
  return out;
}

export function newId(prefix: 'ent' | 'src' | 'edg' | 'cit' | 'map' | 'ann'): string {
  return `${prefix}_${randomBase36(16)}`;
}

export function newAuditId(now = Date.now()): string {
  return `aud_${now.toString(36).padStart(9, '0')}${randomBase36(10)}`;
}

/**
 * Ids for the many rows of one bulk load: a random prefix shared by the load, then a counter, so they are unique and
 * arrive in index order (appending to the id index instead of scattering writes across it).
 */
export function sequentialIds(prefix: 'cit'): () => string {
  const base = `${prefix}_${randomBase36(8)}`;
  let n = 0;
  return () => `${base}${(n++).toString(36).padStart(8, '0')}`;
}

/**
 * Audit ids for the many events of one bulk load: the load's time, a random part shared by the load, then a counter,
 * so they sort like `newAuditId` ids and cannot collide within the load.
 */
export function sequentialAuditIds(now = Date.now()): () => string {
  const base = `aud_${now.toString(36).padStart(9, '0')}${randomBase36(4)}`;
  let n = 0;
  return () => `${base}${(n++).toString(36).padStart(6, '0')}`;
}
