// Keeps the latest analysis of the visible canvas: each change is sent to one long-lived worker after a short pause,
// and only the answer to the newest request is kept, so dragging a brush never queues stale work on the page.
import { useEffect, useRef, useState } from 'react';
import type { AnalysisRequest, AnalysisResult } from './analysis-protocol.ts';
import { startAnalysisWorker } from './analysis-worker-client.ts';
import { computeAnalysis } from './compute-analysis.ts';

const SETTLE_MS = 120;

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function useAnalysisWorker(nodes: readonly string[], edges: readonly { from: string; to: string }[]): AnalysisResult | null {
  const [result, setResult] = useState<AnalysisResult | null>(null);
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = startAnalysisWorker();
    w.onmessage = (event: MessageEvent<AnalysisResult>) => {
      if (event.data.seq === seq.current) setResult(event.data);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const last = useRef<{ nodes: readonly string[]; edges: readonly { from: string; to: string }[] } | null>(null);
  useEffect(() => {
    // A change of styling rebuilds these lists without changing them; the graph itself is what matters.
    if (last.current && sameItems(last.current.nodes, nodes) && sameItems(last.current.edges, edges)) return;
    const timer = setTimeout(() => {
      last.current = { nodes, edges };
      const request: AnalysisRequest = { seq: ++seq.current, nodes: [...nodes], edges: edges.map((e) => ({ from: e.from, to: e.to })) };
      // Without workers (an old browser) the analysis still runs, on the page.
      if (worker.current) worker.current.postMessage(request);
      else setResult(computeAnalysis(request));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [nodes, edges]);

  return result;
}
