// The canvas analysis rules without a browser: the worker's computation on awkward canvases, the evidence weights,
// the timeline's bins and window, focus, interlocks, and what the overlay hides, dims and styles.
import { describe, expect, it } from 'vitest';
import { citation, edge, source } from '../../test-fixtures.ts';
import type { ApiEdge, EntityKindName } from '../../api/types.ts';
import { analysisReducer, DEFAULT_ANALYSIS_VIEW, nameOf, type AnalysisView } from './analysis-view.ts';
import { styleOverlay, visibleGraph } from './canvas-overlay.ts';
import { computeAnalysis } from './compute-analysis.ts';
import { evidencePasses, independentSources, singleSourceShare, widthForSources } from './evidence.ts';
import { interlocks, withinSteps } from './focus.ts';
import { histogram, timelinePasses } from './timeline.ts';

const [s1, s2] = [source('s1'), source('s2')];
const cited = (id: string, from: string, to: string, sources: string[], patch: Partial<ApiEdge> = {}) =>
  edge(id, from, to, { citations: sources.map((s, i) => citation(`${id}-c${i}`, s === 's1' ? s1 : s === 's2' ? s2 : source(s))), ...patch });
const view = (patch: Partial<AnalysisView> = {}): AnalysisView => ({ ...DEFAULT_ANALYSIS_VIEW, ...patch });
const req = (nodes: string[], pairs: string) => ({ seq: 1, nodes, edges: pairs ? pairs.split(' ').map((p) => ({ from: p[0]!, to: p[1]! })) : [] });

describe('computeAnalysis', () => {
  it('answers an empty canvas with empty scores and no communities', () => {
    const r = computeAnalysis(req([], ''));
    expect(r.nodes).toEqual([]);
    expect(r.scores.pagerank).toHaveLength(0);
    expect(r.partitions.louvain.members).toEqual([]);
    expect(r.partitions.components.members).toEqual([]);
  });

  it('puts a single entity in a community of its own with zero scores', () => {
    const r = computeAnalysis(req(['a'], ''));
    expect(r.partitions.louvain.members).toEqual([['a']]);
    expect(r.partitions.components.members).toEqual([['a']]);
    expect([...r.scores.degree, ...r.scores.betweenness, ...r.scores.closeness]).toEqual([0, 0, 0]);
  });

  it('measures disconnected parts apart, counts parallel relationships in degree, and survives loops', () => {
    // A claim about itself (a loop), parallel a-b relationships, and two parts.
    const r = computeAnalysis(req(['a', 'b', 'c', 'x', 'y', 'k'], 'ab ab bc xy kk'));
    expect(r.partitions.components.members).toEqual([['a', 'b', 'c'], ['x', 'y'], ['k']]);
    expect([...r.partitions.components.of]).toEqual([0, 0, 0, 1, 1, 2]);
    expect(r.scores.degree[0]).toBe(2);
    expect(r.scores.degree[5]).toBe(1);
    expect(r.scores.outDegree[5]).toBe(1);
    expect(r.scores.inDegree[1]).toBe(2);
    expect(r.scores.betweenness[1]).toBeGreaterThan(0);
    expect(r.scores.closeness[5]).toBe(0);
    const louvainTotal = r.partitions.louvain.members.reduce((n, m) => n + m.length, 0);
    expect(louvainTotal).toBe(6);
    expect(r.samples).toBe(6);
  });

  it('splits two dense groups joined by one tie into two Louvain communities, the same way every time', () => {
    const r = computeAnalysis(req(['a', 'b', 'c', 'd', 'e', 'f'], 'ab bc ca de ef fd cd'));
    const groups = r.partitions.louvain.members.map((m) => [...m].sort().join(''));
    expect(groups.sort()).toEqual(['abc', 'def']);
    expect(computeAnalysis(req(['a', 'b', 'c', 'd', 'e', 'f'], 'ab bc ca de ef fd cd')).partitions).toEqual(r.partitions);
  });
});

describe('weight of evidence', () => {
  it('counts distinct supporting sources; a second citation of one source and a disputing one add nothing', () => {
    const e = cited('e', 'a', 'b', ['s1', 's1', 's2']);
    expect(independentSources(e)).toBe(2);
    const disputed = edge('d', 'a', 'b', { status: 'CONTESTED', citations: [citation('c1', s1), citation('c2', s2, { stance: 'DISPUTES' })] });
    expect(independentSources(disputed)).toBe(1);
    expect(widthForSources(1)).toBeLessThan(widthForSources(2));
    expect(widthForSources(9)).toBe(widthForSources(5));
  });

  it('filters by at least N sources, single-source only and disputed only', () => {
    const one = cited('one', 'a', 'b', ['s1']);
    const two = cited('two', 'a', 'c', ['s1', 's2']);
    const disputed = edge('d', 'a', 'd', { status: 'CONTESTED', citations: [citation('c', s1), citation('x', s2, { stance: 'DISPUTES' })] });
    const f = DEFAULT_ANALYSIS_VIEW.evidence;
    const pass = (patch: Partial<typeof f>) => [one, two, disputed].filter((e) => evidencePasses(e, { ...f, ...patch })).map((e) => e.id);
    expect(pass({})).toEqual(['one', 'two', 'd']);
    expect(pass({ minSources: 2 })).toEqual(['two']);
    expect(pass({ singleSourceOnly: true })).toEqual(['one', 'd']);
    expect(pass({ disputedOnly: true })).toEqual(['d']);
    expect(singleSourceShare('a', [one, two, disputed])).toEqual({ single: 2, total: 3 });
    expect(singleSourceShare('z', [one])).toEqual({ single: 0, total: 0 });
  });
});

describe('timeline', () => {
  const dated = (id: string, validFrom: string | null, validTo: string | null = null) => edge(id, 'a', 'b', { validFrom, validTo });
  const edges = [dated('y', '2019'), dated('m', '2020-01-11', '2020-01-11'), dated('r', '2022-03-12'), dated('t', '2022'), dated('u', null)];

  it('bins by year from the first dated relationship to the last, gaps included', () => {
    expect(histogram(edges, 'year').map((b) => [b.key, b.count])).toEqual([
      ['2019', 1],
      ['2020', 1],
      ['2021', 0],
      ['2022', 2],
    ]);
    expect(histogram([dated('u', null)], 'year')).toEqual([]);
  });

  it('bins by month at the precision entered: a year-only date gets its own bin', () => {
    const bins = histogram(edges, 'month');
    expect(bins[0]).toMatchObject({ key: '2019-?', count: 1, label: '2019 (year only)' });
    expect(bins.find((b) => b.key === '2020-01')?.count).toBe(1);
    expect(bins.find((b) => b.key === '2022-03')?.count).toBe(1);
    expect(bins.find((b) => b.key === '2022-?')?.count).toBe(1);
    expect(bins.at(-1)?.key).toBe('2022-03');
  });

  it('keeps what a window holds: a relationship entered as 2019 is not in a 2022 window; undated ones as chosen', () => {
    const t = DEFAULT_ANALYSIS_VIEW.timeline;
    const kept = (patch: Partial<typeof t>) => edges.filter((e) => timelinePasses(e, { ...t, ...patch })).map((e) => e.id);
    expect(kept({})).toEqual(['y', 'm', 'r', 't', 'u']);
    expect(kept({ from: '2022', to: '2022' })).toEqual(['r', 't', 'u']);
    expect(kept({ from: '2022', to: '2022', showUndated: false })).toEqual(['r', 't']);
    expect(kept({ from: '2022-03', to: '2022-03', unit: 'month' })).toEqual(['r', 't', 'u']);
    expect(kept({ from: '2019-?', to: '2020-01', unit: 'month' })).toEqual(['y', 'm', 'u']);
  });
});

describe('focus and interlocks', () => {
  const ties = [
    { from: 'p', to: 'org' },
    { from: 'q', to: 'org' },
    { from: 'p', to: 'ev' },
    { from: 'q', to: 'ev' },
    { from: 'p', to: 'person' },
    { from: 'q', to: 'person' },
    { from: 'org', to: 'far' },
  ];
  const kinds: Record<string, EntityKindName> = { org: 'ORGANIZATION', ev: 'EVENT', person: 'PERSON', far: 'CLAIM', p: 'PERSON', q: 'PERSON' };

  it('keeps the picked entities and those within N steps', () => {
    expect([...withinSteps(['p'], ties, 1)].sort()).toEqual(['ev', 'org', 'p', 'person']);
    expect(withinSteps(['p'], ties, 2).has('far')).toBe(true);
    expect([...withinSteps(['lonely'], ties, 3)]).toEqual(['lonely']);
  });

  it('finds the organizations, events and claims every picked entity is related to', () => {
    expect(interlocks(['p', 'q'], ties, (id) => kinds[id]).sort()).toEqual(['ev', 'org']);
    expect(interlocks(['p'], ties, (id) => kinds[id])).toEqual([]);
    expect(interlocks(['p', 'far'], ties, (id) => kinds[id])).toEqual(['org']);
    expect(interlocks(['ev', 'far'], ties, (id) => kinds[id])).toEqual([]);
  });
});

describe('canvas overlay', () => {
  const edges = [
    cited('ab', 'a', 'b', ['s1'], { validFrom: '2019' }),
    cited('bc', 'b', 'c', ['s1', 's2'], { validFrom: '2022' }),
    cited('cd', 'c', 'd', ['s2']),
  ];
  const nodes = ['a', 'b', 'c', 'd', 'e'];

  it('hides relationships out of the window or below the evidence bar, counts them, and dims entities left without one', () => {
    const g = visibleGraph(nodes, edges, view({ timeline: { ...DEFAULT_ANALYSIS_VIEW.timeline, from: '2022', to: '2022', showUndated: false } }));
    expect(g.edges.map((e) => e.id)).toEqual(['bc']);
    expect(g.hidden).toEqual(['ab', 'cd']);
    expect(g.hiddenEdges).toBe(2);
    expect(g.stranded).toEqual(['a', 'd', 'e']);
    expect(visibleGraph(nodes, edges, view()).stranded).toEqual([]);
  });

  it('focus hides entities further than N steps and their relationships, not counting them as filtered relationships', () => {
    const g = visibleGraph(nodes, edges, view({ picked: ['a'], focusSteps: 1 }));
    expect(g.nodes).toEqual(['a', 'b']);
    expect(g.edges.map((e) => e.id)).toEqual(['ab']);
    expect(g.hidden.sort()).toEqual(['c', 'd', 'e']);
    expect(g.hiddenEdges).toBe(0);
  });

  it('sizes and colours by a metric, colours communities and dims all but the selected one, widens lines by sources', () => {
    const g = visibleGraph(nodes, edges, view());
    const result = computeAnalysis({ seq: 1, nodes: g.nodes, edges: g.edges });
    const sized = styleOverlay(g, result, view({ sizeBy: 'degree', colorBy: 'pagerank' }));
    expect(sized.data.get('b')?.analysisSize).toBeGreaterThan(sized.data.get('a')?.analysisSize as number);
    expect(sized.data.get('e')?.analysisColor).toBeDefined();
    expect(sized.data.get('bc')?.evidenceWidth).toBeGreaterThan(sized.data.get('ab')?.evidenceWidth as number);
    const communities = styleOverlay(g, result, view({ colorBy: 'components', selectedCommunity: 1 }));
    expect(communities.outside.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(styleOverlay(g, null, view({ sizeBy: 'degree', evidence: { ...DEFAULT_ANALYSIS_VIEW.evidence, widthBySources: false } })).data.size).toBe(0);
  });
});

describe('analysis view', () => {
  it('names a community, keeps the name when it shifts a little, and forgets an emptied name', () => {
    let v = analysisReducer(DEFAULT_ANALYSIS_VIEW, { type: 'name-community', name: ' Core ', members: ['a', 'b', 'c'] });
    expect(v.named).toEqual([{ name: 'Core', members: ['a', 'b', 'c'] }]);
    expect(nameOf(['a', 'b', 'c', 'd'], v.named)).toBe('Core');
    expect(nameOf(['a', 'x', 'y', 'z'], v.named)).toBeNull();
    v = analysisReducer(v, { type: 'name-community', name: '', members: ['c', 'b', 'a'] });
    expect(v.named).toEqual([]);
  });

  it('clamps the source threshold to a whole number of at least 1 and ends focus when nothing is picked', () => {
    expect(analysisReducer(DEFAULT_ANALYSIS_VIEW, { type: 'evidence', patch: { minSources: 0 } }).evidence.minSources).toBe(1);
    expect(analysisReducer(DEFAULT_ANALYSIS_VIEW, { type: 'evidence', patch: { minSources: Number.NaN } }).evidence.minSources).toBe(1);
    let v = analysisReducer(DEFAULT_ANALYSIS_VIEW, { type: 'pick', ids: ['a'] });
    v = analysisReducer(v, { type: 'focus', steps: 2 });
    expect(analysisReducer(v, { type: 'unpick', id: 'a' }).focusSteps).toBeNull();
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});
