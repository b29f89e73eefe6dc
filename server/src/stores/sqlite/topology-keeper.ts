// Keeps a store's topology index current, or says it is not: a walk asks `current()` inside its read transaction and
// gets the index only when it was read from that very snapshot; otherwise the walk is answered from SQL and (in the
// background mode) a rebuild is scheduled off the request path, in pages short enough that a request waiting behind
// one waits milliseconds. Any write moves the version, so the next walk after it never sees a stale index.
import type { Database } from 'better-sqlite3';
import { BuildAbandoned, buildTopology, buildTopologyNow, topologyVersion, type TopologyIndex, type VersionReader } from './topology-index.ts';

/**
 * `background` (the default): built after the first walk finds it missing or stale, once the graph has been quiet for
 * a moment, between other work. `eager`: as background, and a first build starts at once (a read worker, which
 * answers the walks of a pooled server). `before-read`: a stale index is rebuilt inside the walk's own transaction before it is used, so every
 * walk is answered from the index (the contract suite's mode; it would make a walk after a write wait for the build).
 * `off`: every walk is answered from SQL.
 */
export type TopologyMode = 'background' | 'eager' | 'before-read' | 'off';

/** How long the graph must stay unchanged before a background rebuild starts. */
const QUIET_MS = 250;

export class TopologyKeeper {
  private index: TopologyIndex | null = null;
  private readonly version: VersionReader;
  private timer: NodeJS.Timeout | null = null;
  private building = false;
  private closed = false;
  /** The version a build found it cannot index exactly: no build is tried again until the graph moves. */
  private unbuildable: string | null = null;

  constructor(
    private readonly db: Database,
    private readonly mode: TopologyMode,
  ) {
    this.version = topologyVersion(db);
    if (mode === 'eager') this.schedule(0);
  }

  /** Inside a read transaction: the index, when it was read from this transaction's snapshot; otherwise null. */
  current(): TopologyIndex | null {
    if (this.mode === 'off' || this.closed) return null;
    const version = this.version();
    if (this.index?.version === version) return this.index;
    // A stale index can never become current again (versions only move on): let its memory go now.
    this.index = null;
    if (this.unbuildable === version) return null;
    if (this.mode === 'before-read') {
      this.buildNow();
      return this.index;
    }
    this.schedule(QUIET_MS);
    return null;
  }

  /** Builds now, to the end, outside any request (tests and tools): true when the index is current afterwards. */
  buildNow(): boolean {
    if (this.mode === 'off') return false;
    try {
      this.index = buildTopologyNow(this.db, this.version);
      return true;
    } catch (error) {
      if (!(error instanceof BuildAbandoned)) throw error;
      if (!error.retry) this.unbuildable = error.version;
      return false;
    }
  }

  /** The index held now, current or not (for measuring its size). */
  held(): TopologyIndex | null {
    return this.index;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.index = null;
  }

  private schedule(delay: number): void {
    if (this.closed || this.building || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, delay);
    this.timer.unref();
  }

  private run(): void {
    if (this.closed || !this.db.open) return;
    this.building = true;
    const build = buildTopology(this.db, this.version);
    const step = () => {
      if (this.closed || !this.db.open) {
        this.building = false;
        return;
      }
      try {
        const next = build.next();
        if (!next.done) {
          // A timer rather than setImmediate: an unreferenced immediate does not run unless a referenced one does, and
          // a build must neither keep a finished process alive nor stall.
          setTimeout(step, 0).unref();
          return;
        }
        this.index = next.value;
        this.building = false;
      } catch (error) {
        this.building = false;
        // The graph moved during the build: try again once it is quiet. Anything else (the file closed or damaged)
        // leaves the walks on SQL, which reports the problem itself.
        if (!(error instanceof BuildAbandoned)) return;
        if (error.retry) this.schedule(QUIET_MS);
        else this.unbuildable = error.version;
      }
    };
    step();
  }
}
