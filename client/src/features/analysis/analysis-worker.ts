// The analysis worker: metrics and communities for the canvas, computed off the main thread.
import { computeAnalysis } from './compute-analysis.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  self.postMessage(computeAnalysis(event.data));
};
