// The seed graph is evidence, not decoration. Only the report was read, so every relationship cites it with a place
// and its exact words; a footnoted source is cited beside it without words the report wrote; nothing public points at
// the person at risk; inferences say so; and every seeded record's history says where it came from.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../../server/src/app/seed.ts';
import { graphBundleSchema, type GraphBundle } from '../../../server/src/domain/schemas.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import { relationshipRule } from '../../../server/src/domain/shared/vocabulary.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../../server/src/stores/sqlite/index.ts';

const SEED = path.resolve('seeds/kazakhstan-2024.json');
/** The submission the seed is built from, as received. */
const REPORT = path.resolve('seeds/kazakhstan-2024-report.txt');
const REPORT_ID = 'src-report';

/** Where in the report a citation points: a paragraph of the introduction, a section (or its heading) or a footnote. */
const REPORT_LOCATOR = /^(introduction, para \d+|section '[^']+'(, .+)?|footnote \d+)$/;
/** A mention of the person at risk, or of R.'s gender. */
const POINTS_AT_R = /\bR\.|\b(he|him|his|himself)\b/i;
const KAZAKH_ONLY_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[\u0400-\u04FF]/;

let bundle: GraphBundle;
let report: string;
let store: GraphStore;
let dir: string;

beforeAll(async () => {
  bundle = parseInput(graphBundleSchema, JSON.parse(await readFile(SEED, 'utf8')), ['seed']);
  // Quotes are verbatim once the footnote markers the export left in the text are removed.
  report = (await readFile(REPORT, 'utf8')).replaceAll(/\[footnoteRef:\d+\]/g, '');
});

const entityById = () => new Map(bundle.entities.map((e) => [e.id, e]));
const restrictedIds = () => new Set(bundle.entities.filter((e) => e.sensitivity === 'restricted').map((e) => e.id));

describe('the Kazakhstan 2024 seed graph', () => {
  it('cites an existing source on every relationship and cites every source', () => {
    const sourceIds = new Set(bundle.sources.map((s) => s.id));
    const cited = new Set<string>();
    for (const edge of bundle.edges) {
      expect(edge.citations.length, edge.id).toBeGreaterThan(0);
      for (const c of edge.citations) {
        expect(sourceIds.has(c.sourceId), `${edge.id} cites ${c.sourceId}`).toBe(true);
        cited.add(c.sourceId);
      }
    }
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('cites the report on every relationship, with a section, paragraph or footnote and a quote', () => {
    for (const edge of bundle.edges) {
      const fromReport = edge.citations.filter((c) => c.sourceId === REPORT_ID);
      expect(fromReport.length, `${edge.id} cites the report`).toBeGreaterThan(0);
      for (const c of fromReport) {
        expect(c.locator ?? '', `${edge.id} locator`).toMatch(REPORT_LOCATOR);
        expect(c.quote, `${edge.id} quotes the report`).toBeTruthy();
      }
    }
  });

  it('quotes the report verbatim, every time', () => {
    const quoted = bundle.edges.flatMap((e) => e.citations.filter((c) => c.sourceId === REPORT_ID).map((c) => ({ edge: e.id, quote: c.quote ?? '' })));
    expect(quoted.filter((q) => !report.includes(q.quote))).toEqual([]);
  });

  it('never puts the report’s words or places in the mouth of a footnoted source', () => {
    for (const edge of bundle.edges) {
      for (const c of edge.citations.filter((x) => x.sourceId !== REPORT_ID)) {
        expect(c.quote, `${edge.id} quotes ${c.sourceId}, which was not read`).toBeNull();
        // A locator inside that source (a page, an article) is fine; "footnote 12" is a place in the report.
        expect(c.locator ?? '', `${edge.id} locator on ${c.sourceId}`).not.toMatch(/footnote|para|section|introduction/i);
      }
    }
    const locators = (sourceId: string) => new Set(bundle.edges.flatMap((e) => e.citations.filter((c) => c.sourceId === sourceId).map((c) => c.locator)));
    expect(locators('src-fn2-feminita-cedaw-2019')).toEqual(new Set(['p. 6']));
    expect(locators('src-fn3-constitution-kz')).toEqual(new Set(['Article 7']));
    expect(locators('src-criminal-code-2014')).toEqual(new Set(['Article 120', 'Article 121', 'Article 122', 'Article 123']));
  });

  it('keeps every footnoted source part of the report, with a title the report prints or one marked as derived', () => {
    for (const source of bundle.sources) {
      if (source.id === REPORT_ID) {
        expect(source.partOf).toBeNull();
        expect(source.publishedAt, 'the report prints no date of its own').toBeNull();
      } else {
        expect(source.partOf, source.id).toBe(REPORT_ID);
      }
      const printed = report.includes(source.title);
      const marked = /\[(title derived from the URL|descriptive title)[^\]]*\]|\[the report prints no title\]/.test(source.title);
      expect(printed || marked, `${source.id}: ${source.title}`).toBe(true);
    }
  });

  it('keeps the activist known as "R." restricted, with no other name, and every public text free of R.', () => {
    const r = bundle.entities.filter((e) => e.name === 'R.');
    expect(r).toHaveLength(1);
    expect(r[0]?.sensitivity).toBe('restricted');
    expect(r[0]?.aliases).toEqual([]);

    const leaks: string[] = [];
    const check = (where: string, text: string | null | undefined) => {
      if (text && POINTS_AT_R.test(text)) leaks.push(`${where}: ${text}`);
    };
    for (const e of bundle.entities.filter((x) => x.sensitivity === 'public')) {
      check(e.id, e.name);
      check(e.id, e.description);
      for (const a of e.aliases) check(e.id, a.value);
    }
    for (const s of bundle.sources.filter((x) => x.sensitivity === 'public')) {
      for (const text of [s.title, s.author, s.publisher]) check(s.id, text);
    }
    // Only relationships touching a restricted entity, which the server redacts, may name R.
    const restricted = restrictedIds();
    for (const edge of bundle.edges.filter((e) => !restricted.has(e.from) && !restricted.has(e.to))) {
      check(edge.id, edge.note);
      for (const c of edge.citations) {
        check(edge.id, c.quote);
        check(edge.id, c.locator);
      }
    }
    expect(leaks).toEqual([]);
  });


  it('gives no record an id that spells a restricted name, since ids reach every viewer unredacted', () => {
    // "R." as an id word is "r": "person-r" or "e-puk-sued-r" would name the person behind "[restricted]".
    const namesAsIdWords = bundle.entities
      .filter((e) => e.sensitivity === 'restricted')
      .map((e) => e.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, ''));
    const spells = (id: string) => namesAsIdWords.some((name) => `-${id}-`.includes(`-${name}-`));
    const ids = [...bundle.entities, ...bundle.sources, ...bundle.edges].map((record) => record.id);
    expect(ids.filter(spells)).toEqual([]);
  });
  it('says so where a relationship is inferred, and then does not call it confirmed', () => {
    const inferred = bundle.edges.filter((e) => e.note?.includes('Inferred:'));
    expect(inferred.length).toBeGreaterThan(0);
    for (const edge of inferred) expect(edge.confidence, edge.id).not.toBe('confirmed');
    // Factcheck.kz's URLs sit under /false/, but the report never says it refuted anything; nor does it name who
    // approved the rally.
    expect(bundle.edges.filter((e) => e.type === 'REFUTED' && !e.note?.startsWith('Inferred:')).map((e) => e.id)).toEqual([]);
    expect(bundle.edges.filter((e) => e.type === 'AUTHORIZED').map((e) => e.id)).toEqual([]);
  });

  it('records the 2020 penalty law as amending Articles 120 to 123, which it did not enact', () => {
    const fromPenaltyLaw = bundle.edges.filter((e) => e.from === 'law-penalty-law-2020');
    expect(fromPenaltyLaw.map((e) => `${e.type} ${e.to}`).sort()).toEqual(
      [120, 121, 122, 123].map((n) => `AMENDED law-criminal-code-art-${n}`),
    );
  });

  it('joins only the kinds of entity each relationship type allows', () => {
    const entities = entityById();
    const wrong: string[] = [];
    for (const edge of bundle.edges) {
      const rule = relationshipRule(edge.type);
      const from = entities.get(edge.from)?.kind;
      const to = entities.get(edge.to)?.kind;
      if (!rule || !from || !rule.from.includes(from)) wrong.push(`${edge.id}: ${edge.type} from ${from}`);
      if (!rule || !to || !rule.to.includes(to)) wrong.push(`${edge.id}: ${edge.type} to ${to}`);
    }
    expect(wrong).toEqual([]);
  });

  it('records no relationship twice', () => {
    const keys = bundle.edges.map((e) => `${e.type} ${e.from} ${e.to}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('names the actors and relationships the report names', () => {
    const entities = entityById();
    const has = (type: string, from: string, to: string) => bundle.edges.some((e) => e.type === type && e.from === from && e.to === to);
    expect(entities.get('event-equality-march')?.kind).toBe('event');
    expect(has('SUPPORTED', 'org-elc', 'event-equality-march')).toBe(true);
    expect(has('SUPPORTED', 'org-elc', 'org-lbtiq-women')).toBe(true);
    expect(has('SUPPORTED', 'org-elc', 'org-lesbian-orgs-eca')).toBe(true);
    expect(has('ALLIED_WITH', 'org-russia-aligned-movements', 'org-russian-federation')).toBe(true);
    expect(has('AFFILIATED_WITH', 'org-puk-activists', 'org-puk')).toBe(true);
    expect(has('OPPOSED', 'org-anti-gender-movement-kz', 'org-intl-childrens-rights-orgs')).toBe(true);
    expect(has('ASSERTED', 'org-feminita', 'claim-anti-gender-rise')).toBe(true);
  });

  it('spells Cyrillic aliases as the press does, in the script their language uses', () => {
    const aliases = (id: string) => entityById().get(id)?.aliases ?? [];
    expect(aliases('person-bagilya-baltabayeva')).toEqual(
      expect.arrayContaining([
        { value: 'Багила Балтабаева', lang: 'ru' },
        { value: 'Бағила Балтабаева', lang: 'kk' },
      ]),
    );
    expect(aliases('person-bagilya-baltabayeva').map((a) => a.value)).not.toContain('Багиля Балтабаева');
    expect(aliases('org-narodnye-sovety')).toEqual(expect.arrayContaining([{ value: 'народный совет', lang: 'ru' }]));
    for (const entity of bundle.entities) {
      for (const alias of entity.aliases) {
        const where = `${entity.id}: ${alias.value} (${alias.lang})`;
        if (CYRILLIC.test(alias.value)) expect(['ru', 'kk'], where).toContain(alias.lang);
        if (alias.lang === 'ru' || alias.lang === 'kk') expect(alias.value, where).toMatch(CYRILLIC);
        if (alias.lang === 'ru') expect(alias.value, where).not.toMatch(KAZAKH_ONLY_LETTERS);
      }
    }
  });

  describe('loaded through the seeding path into a store', () => {
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-seed-'));
      store = await openSqliteStore(path.join(dir, 'seed.db'));
      await store.init();
      await seedIfEmpty(store, SEED);
    });

    afterAll(async () => {
      await store?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('holds at least 40 entities, 60 relationships and 12 sources, all loaded', async () => {
      expect(bundle.entities.length).toBeGreaterThanOrEqual(40);
      expect(bundle.edges.length).toBeGreaterThanOrEqual(60);
      expect(bundle.sources.length).toBeGreaterThanOrEqual(12);
      const citations = bundle.edges.reduce((n, e) => n + e.citations.length, 0);
      expect(await store.stats()).toEqual({
        entities: bundle.entities.length,
        edges: bundle.edges.length,
        sources: bundle.sources.length,
        citations,
      });
    });

    it('gives every seeded record one history event naming the seed file', async () => {
      const records = [...bundle.sources, ...bundle.entities, ...bundle.edges];
      for (const record of records) {
        const history = await store.history(record.id);
        expect(history, record.id).toHaveLength(1);
        expect(history[0], record.id).toMatchObject({ action: 'seed.import', actor: 'seed', targetId: record.id, after: { file: 'kazakhstan-2024.json' } });
      }
      expect(await store.history('graph')).toEqual([]);
      expect((await store.auditEvents(null, records.length + 10)).length).toBe(records.length);
    });

    it('loads the PUK - Narodnye Sovety affiliation as alleged and contested', async () => {
      const affiliation = bundle.edges.find((e) => e.type === 'AFFILIATED_WITH' && e.from === 'org-puk' && e.to === 'org-narodnye-sovety');
      expect(affiliation).toBeDefined();
      const stored = await store.getEdge(affiliation!.id);
      expect(stored?.confidence).toBe('alleged');
      expect(stored?.status).toBe('contested');
      expect(new Set(stored?.citations.map((c) => c.stance))).toEqual(new Set(['supports', 'disputes']));
    });

    it('finds the PUK, Narodnye Sovety and the rally leader from Cyrillic and Latin spellings', async () => {
      const ids = async (q: string) => (await store.search(q, { first: 10, includeRestricted: true })).map((e) => e.id);
      expect(await ids('Народные Советы')).toContain('org-narodnye-sovety');
      expect(await ids('народный совет')).toContain('org-narodnye-sovety');
      expect(await ids('narodnye sovety')).toContain('org-narodnye-sovety');
      expect(await ids('Казахстанский союз родителей')).toContain('org-puk');
      expect(await ids('Baltabaeva')).toContain('person-bagilya-baltabayeva');
      expect(await ids('Балтабаева')).toContain('person-bagilya-baltabayeva');
      expect(await ids('Бағила')).toContain('person-bagilya-baltabayeva');
    });
  });
});
