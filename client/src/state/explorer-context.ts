// What feature components may read and do, provided once by App.
import { createContext, useContext } from 'react';
import type { ApiPath, RelationshipTypeInfo } from '../api/types.ts';
import type { GraphHandle } from '../graph/graph-handle.ts';
import type { NamedCommunity } from '../features/analysis/analysis-view.ts';
import type { CommandRunner } from '../features/history/command-runner.ts';
import type { Filters } from './filters.ts';
import type { PlainUiAction, UiState } from './ui-state.ts';

export interface Explorer {
  state: UiState;
  /** UI changes outside the undo history; canvas operations go through `run`. */
  dispatch(action: PlainUiAction): void;
  relationshipTypes: RelationshipTypeInfo[];
  typeLabels: ReadonlyMap<string, string>;
  graph(): GraphHandle | null;
  notify(message: string): void;
  addToCanvas(id: string): Promise<void>;
  expand(id: string): Promise<void>;
  /** Runs a canvas command (features/history/canvas-commands.ts) as one undoable step. */
  run: CommandRunner['run'];
  undo(): void;
  redo(): void;
  setFilters(filters: Filters): void;
  findPaths(from: string, to: string, options?: { maxHops: number; first: number }): Promise<ApiPath[]>;
  /** The communities named in the analysis column, which a saved map keeps. */
  namedCommunities(): NamedCommunity[];
  setNamedCommunities(named: NamedCommunity[]): void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const ex = useContext(ExplorerContext);
  if (!ex) throw new Error('useExplorer must be used inside ExplorerContext');
  return ex;
}
