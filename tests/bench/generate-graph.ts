// Generates a realistic synthetic actor network for benchmarks, deterministic from a seed: power-law degrees with a
// few large hubs, relationship types that fit the kinds they connect, parallel, contested and alleged relationships,
// Cyrillic and Latin names with aliases in the other script, partial dates over 2000-2025, some restricted people.
import { isOrderedRange } from '../../server/src/domain/shared/dates.ts';
import type { GraphBundleData as GraphBundle } from '../../server/src/domain/schemas.ts';
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType, type SourceKind } from '../../server/src/domain/shared/vocabulary.ts';
import * as names from './names.ts';
import { Random, WeightedChoice, ZipfSampler } from './random.ts';

export type BundleEntity = GraphBundle['entities'][number];
export type BundleSource = GraphBundle['sources'][number];
export type BundleEdge = GraphBundle['edges'][number];

export const BENCH_SIZES = {
  S: { entities: 10_000, edges: 50_000 },
  M: { entities: 200_000, edges: 1_000_000 },
  L: { entities: 1_000_000, edges: 3_000_000 },
} as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export interface GenerateOptions {
  entities: number;
  edges: number;
  /** Size of the shared pool of sources; defaults to one source per 40 relationships. */
  sources?: number;
  seed?: number;
}

export interface GeneratedGraph {
  meta: NonNullable<GraphBundle['meta']>;
  sources: BundleSource[];
  entities: BundleEntity[];
  edgeCount: number;
  /** Relationships in order, in batches; each call starts over and yields the same relationships. */
  edgeBatches(batchSize: number): Generator<BundleEdge[]>;
}

const KIND_SHARES: Record<EntityKind, number> = {
  person: 0.52,
  organization: 0.3,
  event: 0.07,
  claim: 0.05,
  law: 0.03,
  place: 0.03,
};

type KindSet = readonly EntityKind[];
const ACTORS: KindSet = ['person', 'organization'];

/**
 * How common each relationship type is and, where the vocabulary allows any kind at an end, the kinds it typically
 * joins in real data. Where the vocabulary restricts an end (ASSERTED -> claim, ABOUT from a claim, -> law, -> place),
 * the generator takes the vocabulary's own kinds, so the benchmark graph obeys the rules the server enforces.
 */
const TYPE_SHAPES: Record<RelationshipType, { weight: number; typical?: { from?: KindSet; to?: KindSet } }> = {
  MEMBER_OF: { weight: 14, typical: { from: ACTORS, to: ['organization'] } },
  AFFILIATED_WITH: { weight: 10, typical: { from: ACTORS, to: ['organization'] } },
  SUPPORTED: { weight: 9, typical: { from: ACTORS, to: ['person', 'organization', 'event', 'claim', 'law'] } },
  PARTICIPATED_IN: { weight: 9, typical: { from: ACTORS, to: ['event'] } },
  OPPOSED: { weight: 6, typical: { from: ACTORS, to: ['person', 'organization', 'event', 'claim', 'law'] } },
  LEADS: { weight: 5, typical: { from: ['person'], to: ['organization', 'event'] } },
  FUNDED: { weight: 5, typical: { from: ACTORS, to: ['organization', 'event'] } },
  TARGETED: { weight: 5, typical: { from: ACTORS, to: ACTORS } },
  ALLIED_WITH: { weight: 4, typical: { from: ['organization'], to: ['organization'] } },
  SPOKE_AT: { weight: 4, typical: { from: ['person'], to: ['event'] } },
  ORGANIZED: { weight: 4, typical: { from: ACTORS, to: ['event'] } },
  SPREAD: { weight: 4 },
  ABOUT: { weight: 4, typical: { to: ['person', 'organization', 'event', 'law', 'place'] } },
  ASSERTED: { weight: 3 },
  LOCATED_IN: { weight: 3, typical: { from: ['organization', 'event'] } },
  FOUNDED: { weight: 2, typical: { from: ACTORS, to: ['organization'] } },
  SUED: { weight: 2, typical: { from: ACTORS, to: ACTORS } },
  DENIED: { weight: 1.5, typical: { from: ['organization'], to: ['organization', 'event'] } },
  REFUTED: { weight: 1.5 },
  APPLIED: { weight: 1.5, typical: { from: ['organization'] } },
  AUTHORIZED: { weight: 1, typical: { from: ['organization'], to: ['event'] } },
  ENACTED: { weight: 1, typical: { from: ['organization'] } },
  AMENDED: { weight: 0.5, typical: { from: ['law'] } },
};

/** Which kinds each relationship type connects, and how common it is: always inside the vocabulary's endpoint rules. */
export const TYPE_RULES = {} as Record<RelationshipType, { from: KindSet; to: KindSet; weight: number }>;
for (const type of RELATIONSHIP_TYPE_NAMES) {
  const shape = TYPE_SHAPES[type];
  const rule = RELATIONSHIP_TYPES[type];
  const within = (typical: KindSet | undefined, allowed: KindSet) => (typical ?? allowed).filter((k) => allowed.includes(k));
  TYPE_RULES[type] = { from: within(shape.typical?.from, rule.from), to: within(shape.typical?.to, rule.to), weight: shape.weight };
}
const TYPE_CHOICE = new WeightedChoice(
  Object.fromEntries(Object.entries(TYPE_RULES).map(([t, r]) => [t, r.weight])) as Record<RelationshipType, number>,
);
/** For each kind set on one side of a rule, a choice weighted by how common each kind is. */
const kindChoices = new Map<KindSet, WeightedChoice<EntityKind>>();
for (const rule of Object.values(TYPE_RULES)) {
  for (const side of [rule.from, rule.to]) {
    kindChoices.set(side, new WeightedChoice(Object.fromEntries(side.map((k) => [k, KIND_SHARES[k]])) as Record<EntityKind, number>));
  }
}
const KIND_CHOICE = new WeightedChoice(KIND_SHARES);

/** Degree skew: rank r of a kind is drawn with weight r^-0.75, which gives hubs of a few thousand edges at 1M. */
const ENTITY_ZIPF = 0.75;
const SOURCE_ZIPF = 0.8;
const SHARES = {
  restrictedPerson: 0.03,
  restrictedSource: 0.01,
  latinPrimaryPerson: 0.2,
  latinPrimaryOrganization: 0.3,
  parallel: 0.05,
  contested: 0.06,
  note: 0.08,
  quote: 0.15,
} as const;
const CONFIDENCE_CHOICE = new WeightedChoice({ confirmed: 55, reported: 30, alleged: 15 } as const);
const CITATION_COUNT_CHOICE = new WeightedChoice({ 1: 60, 2: 30, 3: 10 });
const SOURCE_KIND_CHOICE = new WeightedChoice<SourceKind>({
  news: 40,
  report: 15,
  court_record: 10,
  official_document: 10,
  social_media_post: 15,
  interview: 7,
  other: 3,
});
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

const QUOTES = [
  'the association was denied registration for the third time',
  'funds were transferred through an affiliated foundation',
  'the speaker called for a ban on so-called propaganda',
  'participants were detained after the rally',
  'the organization denies any affiliation',
  'the lawsuit was filed for defamation',
];
const NOTES = [
  'Reported by several outlets; dates approximate.',
  'The court record names the parties only by initials.',
  'Relationship inferred from shared officers in the registry.',
  'Disputed by the organization in a public statement.',
];

/** A year-month-day in 2000-2025 at year, month or day precision. */
function partialDate(random: Random, minYear = 2000): string {
  const year = random.between(minYear, 2025);
  const precision = random.float();
  if (precision < 0.3) return String(year);
  const month = random.between(1, 12);
  const mm = String(month).padStart(2, '0');
  if (precision < 0.6) return `${year}-${mm}`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${mm}-${String(random.between(1, lastDay)).padStart(2, '0')}`;
}

/** An end date not before `start`. */
function laterDate(random: Random, start: string): string {
  const end = partialDate(random, Number(start.slice(0, 4)));
  return isOrderedRange(start, end) ? end : start.slice(0, 4);
}

function scriptLang(cyrillic: string): string {
  return KAZAKH_LETTER.test(cyrillic) ? 'kk' : 'ru';
}

function join(parts: readonly names.Pair[], separator = ''): names.Pair {
  return [parts.map((p) => p[0]).join(separator), parts.map((p) => p[1]).join(separator)];
}

function properName(random: Random): names.Pair {
  return join([random.pick(names.ROOT_HEADS), random.pick(names.ROOT_TAILS)]);
}

function placeName(random: Random): names.Pair {
  return join([random.pick(names.PLACE_HEADS), random.pick(names.PLACE_TAILS)]);
}

function personName(random: Random): { name: names.Pair; latinPrimary: boolean } {
  if (random.chance(SHARES.latinPrimaryPerson)) {
    const first = random.pick(names.FOREIGN_FIRST_NAMES);
    const last = random.chance(0.5) ? random.pick(names.FOREIGN_SURNAMES) : properName(random);
    return { name: join([first, last], ' '), latinPrimary: true };
  }
  const female = random.chance(0.5);
  const first = random.pick(female ? names.FIRST_NAMES_FEMALE : names.FIRST_NAMES_MALE);
  const ending = random.pick(female ? names.SURNAME_ENDINGS_FEMALE : names.SURNAME_ENDINGS_MALE);
  const surname = join([properName(random), ending]);
  return { name: join([first, surname], ' '), latinPrimary: false };
}

function organizationName(random: Random): { name: names.Pair; latinPrimary: boolean } {
  const [typeRu, typeEn] = random.pick(names.ORGANIZATION_TYPES);
  const [nameCyr, nameLat] = properName(random);
  const [placeCyr, placeLat] = random.chance(0.25) ? placeName(random) : ['', ''];
  const cyrillic = `${typeRu} «${nameCyr}»${placeCyr ? ` ${placeCyr}` : ''}`;
  const latin = `${nameLat} ${typeEn}${placeLat ? ` ${placeLat}` : ''}`;
  return { name: [cyrillic, latin], latinPrimary: random.chance(SHARES.latinPrimaryOrganization) };
}

function templated(template: names.Pair, filler: names.Pair): names.Pair {
  return [template[0].replace('%', filler[0]), template[1].replace('%', filler[1])];
}

function makeEntity(random: Random, index: number, kind: EntityKind): BundleEntity {
  let pair: names.Pair;
  let latinPrimary = false;
  let startDate: string | null = null;
  let endDate: string | null = null;
  let description: string | null = null;
  switch (kind) {
    case 'person': {
      ({ name: pair, latinPrimary } = personName(random));
      if (random.chance(0.2)) description = 'Named in court records and news reports.';
      break;
    }
    case 'organization': {
      ({ name: pair, latinPrimary } = organizationName(random));
      if (random.chance(0.4)) startDate = partialDate(random);
      if (random.chance(0.3)) description = `Registered in ${placeName(random)[1]}.`;
      break;
    }
    case 'event': {
      const [typeRu, typeEn] = random.pick(names.EVENT_TYPES);
      const [placeCyr, placeLat] = placeName(random);
      startDate = partialDate(random);
      if (random.chance(0.3)) endDate = laterDate(random, startDate);
      pair = [`${typeRu}, ${placeCyr}, ${startDate}`, `${typeEn}, ${placeLat}, ${startDate}`];
      latinPrimary = random.chance(0.3);
      break;
    }
    case 'claim': {
      pair = templated(random.pick(names.CLAIM_TEMPLATES), properName(random));
      if (random.chance(0.5)) startDate = partialDate(random);
      latinPrimary = random.chance(0.3);
      break;
    }
    case 'law': {
      const article = String(random.between(1, 500)) + (random.chance(0.3) ? `-${random.between(1, 9)}` : '');
      pair = templated(random.pick(names.LAW_TEMPLATES), [article, article]);
      if (random.chance(0.7)) startDate = partialDate(random);
      latinPrimary = random.chance(0.3);
      break;
    }
    case 'place': {
      pair = placeName(random);
      latinPrimary = random.chance(0.2);
      break;
    }
  }
  const [cyrillic, latin] = pair;
  const latinLang = kind === 'person' && !latinPrimary ? `${scriptLang(cyrillic)}-Latn` : 'en';
  const aliases = latinPrimary
    ? [{ value: cyrillic, lang: 'ru' }]
    : [{ value: latin, lang: kind === 'person' || kind === 'place' ? latinLang : 'en' }];
  return {
    id: `e-${index}`,
    kind,
    name: latinPrimary ? latin : cyrillic,
    aliases,
    description,
    startDate,
    endDate,
    sensitivity: kind === 'person' && random.chance(SHARES.restrictedPerson) ? 'restricted' : 'public',
  };
}

function makeSource(random: Random, index: number, reports: number[]): BundleSource {
  const kind = SOURCE_KIND_CHOICE.pick(random);
  const publisher = random.pick(names.PUBLISHERS);
  const [topicRu, topicEn] = random.pick(names.SOURCE_TOPICS);
  const publishedAt = partialDate(random);
  const language = random.weighted({ ru: 50, kk: 20, en: 30 });
  const partOf = kind !== 'report' && reports.length > 0 && random.chance(0.05) ? `s-${random.pick(reports)}` : null;
  if (kind === 'report') reports.push(index);
  return {
    id: `s-${index}`,
    kind,
    title: `${language === 'en' ? topicEn : topicRu}: ${publisher} #${index}`,
    author: random.chance(0.4) ? personName(random).name[1] : null,
    publisher,
    url: random.chance(0.8) ? `https://archive.example/${kind}/${index}` : null,
    publishedAt,
    retrievedAt: random.chance(0.5) ? laterDate(random, publishedAt) : null,
    language,
    sensitivity: random.chance(SHARES.restrictedSource) ? 'restricted' : 'public',
    partOf,
  };
}

function locator(random: Random): string | null {
  const r = random.float();
  if (r < 0.3) return `p. ${random.between(1, 120)}`;
  if (r < 0.5) return `fn. ${random.between(1, 200)}`;
  if (r < 0.6) return `para. ${random.between(1, 80)}`;
  if (r < 0.7) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(random.between(0, 2))}:${two(random.between(0, 59))}:${two(random.between(0, 59))}`;
  }
  return null;
}

export function generateGraph(options: GenerateOptions): GeneratedGraph {
  const seed = options.seed ?? 1;
  const entityCount = options.entities;
  const edgeCount = options.edges;
  const sourceCount = options.sources ?? Math.max(20, Math.round(edgeCount / 40));
  if (entityCount < 10 || edgeCount < 1 || sourceCount < 1) throw new Error('a generated graph needs at least 10 entities, 1 edge and 1 source');

  // Separate streams, so changing one part (say, source titles) does not reshuffle the others.
  const entityRandom = new Random(seed * 7919 + 1);
  const sourceRandom = new Random(seed * 7919 + 2);
  const samplerRandom = new Random(seed * 7919 + 3);

  const entities: BundleEntity[] = new Array(entityCount);
  const kindOf: EntityKind[] = new Array(entityCount);
  const pools: Record<EntityKind, number[]> = { person: [], organization: [], event: [], claim: [], law: [], place: [] };
  for (let i = 0; i < entityCount; i++) {
    // Every kind gets at least one member, so every relationship type has endpoints even in tiny graphs.
    const kind = i < 6 ? (Object.keys(pools)[i] as EntityKind) : KIND_CHOICE.pick(entityRandom);
    const entity = makeEntity(entityRandom, i, kind);
    entities[i] = entity;
    kindOf[i] = kind;
    pools[kind].push(i);
  }

  const reports: number[] = [];
  const sources: BundleSource[] = new Array(sourceCount);
  for (let i = 0; i < sourceCount; i++) sources[i] = makeSource(sourceRandom, i, reports);

  const samplers = Object.fromEntries(
    (Object.keys(pools) as EntityKind[]).map((k) => [k, new ZipfSampler(pools[k], ENTITY_ZIPF, samplerRandom)]),
  ) as Record<EntityKind, ZipfSampler>;
  const sourceSampler = new ZipfSampler(
    Array.from({ length: sourceCount }, (_, i) => i),
    SOURCE_ZIPF,
    samplerRandom,
  );
  const typesFor = new Map<string, RelationshipType[]>();
  for (const [type, rule] of Object.entries(TYPE_RULES) as [RelationshipType, (typeof TYPE_RULES)[RelationshipType]][]) {
    for (const f of rule.from) {
      for (const t of rule.to) {
        const key = `${f}>${t}`;
        typesFor.set(key, [...(typesFor.get(key) ?? []), type]);
      }
    }
  }

  function pickKind(random: Random, kinds: KindSet): EntityKind {
    if (kinds.length === 1) return kinds[0] as EntityKind;
    return (kindChoices.get(kinds) as WeightedChoice<EntityKind>).pick(random);
  }

  function* edgeBatches(batchSize: number): Generator<BundleEdge[]> {
    const random = new Random(seed * 7919 + 4);
    // Recent relationships, for drawing parallel ones between the same pair.
    const recent: [number, number][] = [];
    let batch: BundleEdge[] = [];
    for (let i = 0; i < edgeCount; i++) {
      let type: RelationshipType;
      let from: number;
      let to: number;
      const parallelOf = recent.length > 0 && random.chance(SHARES.parallel) ? random.pick(recent) : null;
      if (parallelOf) {
        [from, to] = parallelOf;
        type = random.pick(typesFor.get(`${kindOf[from]}>${kindOf[to]}`) ?? []);
      } else {
        type = TYPE_CHOICE.pick(random);
        const rule = TYPE_RULES[type];
        const fromKind = pickKind(random, rule.from);
        const toKind = pickKind(random, rule.to);
        from = samplers[fromKind].sample(random);
        to = samplers[toKind].sample(random);
        for (let attempt = 0; from === to && attempt < 20; attempt++) to = samplers[toKind].sample(random);
        if (from === to) {
          // A kind with a single member cannot avoid a self-loop; fall back to a membership in any organization.
          type = 'MEMBER_OF';
          from = samplers.person.sample(random);
          to = samplers.organization.sample(random);
        }
        if (recent.length < 4096) recent.push([from, to]);
        else recent[random.int(4096)] = [from, to];
      }

      const contested = random.chance(SHARES.contested);
      const citationCount = Math.max(contested ? 2 : 1, Number(CITATION_COUNT_CHOICE.pick(random)));
      const used: number[] = [];
      const citations: BundleEdge['citations'] = [];
      for (let c = 0; c < citationCount; c++) {
        let s = sourceSampler.sample(random);
        for (let attempt = 0; used.includes(s) && attempt < 10; attempt++) s = sourceSampler.sample(random);
        if (used.includes(s)) continue;
        used.push(s);
        citations.push({
          sourceId: `s-${s}`,
          locator: locator(random),
          quote: random.chance(SHARES.quote) ? random.pick(QUOTES) : null,
          stance: 'supports',
        });
      }
      const last = citations[citations.length - 1];
      if (contested && last && citations.length > 1) last.stance = 'disputes';

      const validFrom = random.chance(0.6) ? partialDate(random) : null;
      const validTo = validFrom && random.chance(0.25) ? laterDate(random, validFrom) : null;
      batch.push({
        id: `r-${i}`,
        type,
        from: `e-${from}`,
        to: `e-${to}`,
        validFrom,
        validTo,
        confidence: CONFIDENCE_CHOICE.pick(random),
        note: random.chance(SHARES.note) ? random.pick(NOTES) : null,
        citations,
      });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  return {
    meta: { name: `Generated benchmark graph (seed ${seed})`, version: 1 },
    sources,
    entities,
    edgeCount,
    edgeBatches,
  };
}

/** The whole generated graph as one bundle, relationships included. */
export function generateBundle(options: GenerateOptions): GraphBundle {
  const graph = generateGraph(options);
  const edges: BundleEdge[] = [];
  for (const batch of graph.edgeBatches(100_000)) for (const edge of batch) edges.push(edge);
  return { meta: graph.meta, sources: graph.sources, entities: graph.entities, edges };
}
