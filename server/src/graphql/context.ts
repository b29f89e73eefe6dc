// What every resolver receives. The viewer is decided here and only here: roles and sign-in will plug in by
// deriving it from the request instead of using the local user.
import type { GraphService } from '../domain/graph-service.ts';
import type { Viewer } from '../domain/visibility.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  viewer: Viewer;
  service: GraphService;
  loaders: Loaders;
}

export function createContext(service: GraphService, viewer: Viewer): Context {
  return { viewer, service, loaders: createLoaders(service, viewer) };
}
