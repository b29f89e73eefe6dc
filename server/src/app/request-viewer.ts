// The viewer a request reads as. `X-Actornet-Audience: public` asks to read as a viewer without restricted access
// (the explorer's publication exports and "preview as public"); it can only take rights away, never add them.
import type { Viewer } from '../domain/visibility.ts';

export const AUDIENCE_HEADER = 'x-actornet-audience';

export function requestViewer(base: Viewer, headers: Record<string, string | string[] | undefined>): Viewer {
  return headers[AUDIENCE_HEADER] === 'public' ? { ...base, canSeeRestricted: false } : base;
}
