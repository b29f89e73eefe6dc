// The layout worker: computes a layout off the main thread (compute-layout.ts) and posts the positions back.
import { computeLayout } from './compute-layout.ts';
import type { LayoutRequest } from './layout-protocol.ts';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const result = computeLayout(event.data);
  self.postMessage(result, { transfer: [result.positions.buffer] });
};
