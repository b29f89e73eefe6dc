// The FollowTheMoney export speaks real FtM: every schema it writes exists, every property it gives an entity is one
// that schema has (its own or inherited), the properties FtM requires are there, and every entity reference points at
// an entity of the output whose schema is in the property's range. Checked on a graph with every kind and every
// mapped relationship, and on the whole seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportGraph } from '../../../server/src/domain/export-service.ts';
import { newEdgeRecord, newEntityRecord, newSourceRecord } from '../../../server/src/domain/records.ts';
import { graphBundleSchema } from '../../../server/src/domain/schemas.ts';
import { writeFtm } from '../../../server/src/io/ftm.ts';

// The properties of each schema the export may write, read from the FtM schema files (opensanctions/followthemoney,
// followthemoney/schema/*.yaml; the same names in alephdata/followthemoney): Thing.yaml, Interval.yaml,
// LegalEntity.yaml, Person.yaml, Event.yaml, Address.yaml, and in alephdata/followthemoney Interest.yaml,
// Membership.yaml, Directorship.yaml, Payment.yaml, UnknownLink.yaml, Note.yaml, Document.yaml. Each list holds the
// schema's own properties and those it inherits (Person <- LegalEntity <- Thing; Membership <- Interest <- Interval).
const THING = ['name', 'alias', 'previousName', 'weakAlias', 'country', 'summary', 'notes', 'description', 'sourceUrl', 'publisher', 'publisherUrl', 'wikipediaUrl', 'wikidataId', 'keywords', 'topics', 'address', 'addressEntity', 'program', 'proof', 'createdAt', 'modifiedAt', 'retrievedAt'];
const INTERVAL = ['startDate', 'endDate', 'date', 'summary', 'description', 'recordId', 'sourceUrl', 'proof', 'publisher', 'publisherUrl', 'modifiedAt', 'retrievedAt'];
const INTEREST = [...INTERVAL, 'role', 'status'];
const LEGAL_ENTITY = [...THING, 'email', 'phone', 'website', 'legalForm', 'incorporationDate', 'dissolutionDate', 'taxStatus', 'status', 'sector', 'classification', 'registrationNumber', 'jurisdiction', 'mainCountry'];
const FTM_PROPERTIES: Record<string, readonly string[]> = {
  Person: [...LEGAL_ENTITY, 'title', 'firstName', 'lastName', 'birthDate', 'birthPlace', 'deathDate', 'position', 'nationality', 'citizenship', 'gender'],
  Organization: LEGAL_ENTITY,
  Event: [...INTERVAL, ...THING, 'location', 'important', 'organizer', 'involved'],
  Note: [...THING, 'entity'],
  Document: [...THING, 'title', 'author', 'fileName', 'mimeType', 'language', 'date', 'authoredAt', 'publishedAt'],
  Address: [...THING, 'full', 'remarks', 'postOfficeBox', 'street', 'street2', 'city', 'postalCode', 'region', 'state', 'latitude', 'longitude'],
  Membership: [...INTEREST, 'member', 'organization'],
  Directorship: [...INTEREST, 'director', 'organization', 'secretary'],
  Payment: [...INTERVAL, 'amount', 'currency', 'sequenceNumber', 'transactionNumber', 'purpose', 'programme', 'payer', 'payerAccount', 'beneficiary', 'beneficiaryAccount'],
  UnknownLink: [...INTEREST, 'subject', 'object'],
};
/** Properties FtM requires of a schema (`required:` in its file; Thing's `name` for every Thing). */
const REQUIRED: Record<string, readonly string[]> = {
  Person: ['name'],
  Organization: ['name'],
  Event: ['name'],
  Note: ['name'],
  Document: ['name'],
  Address: ['name'],
  Membership: ['member', 'organization'],
  Directorship: ['director', 'organization'],
  Payment: [],
  UnknownLink: [],
};
/** Entity-typed properties and the schemata their `range` (or `schema`) admits among those the export writes. */
const LEGAL = ['Person', 'Organization'];
const THINGS = ['Person', 'Organization', 'Event', 'Note', 'Document', 'Address'];
const RANGES: Record<string, Record<string, readonly string[]>> = {
  Membership: { member: LEGAL, organization: ['Organization'] },
  Directorship: { director: LEGAL, organization: ['Organization'] },
  Payment: { payer: LEGAL, beneficiary: LEGAL },
  UnknownLink: { subject: THINGS, object: THINGS },
  Note: { entity: THINGS },
};

interface Line {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function checkFtm(lines: Line[]): void {
  const schemaOf = new Map(lines.map((l) => [l.id, l.schema]));
  for (const line of lines) {
    const allowed = FTM_PROPERTIES[line.schema];
    expect(allowed, `${line.id}: schema ${line.schema}`).toBeDefined();
    for (const [property, values] of Object.entries(line.properties)) {
      expect(allowed, `${line.id}: ${line.schema} has no property ${property}`).toContain(property);
      expect(values.length, `${line.id}.${property}`).toBeGreaterThan(0);
      for (const v of values) expect(typeof v).toBe('string');
      const range = RANGES[line.schema]?.[property];
      if (range) for (const id of values) expect(range, `${line.id}.${property} -> ${id} (${schemaOf.get(id)})`).toContain(schemaOf.get(id));
    }
    for (const property of REQUIRED[line.schema] ?? []) expect(line.properties[property], `${line.id}: ${line.schema} requires ${property}`).toBeDefined();
  }
}

const parse = (text: string): Line[] => text.trim().split('\n').map((l) => JSON.parse(l) as Line);

function graphOf(data: unknown): ExportGraph {
  const bundle = graphBundleSchema.parse(data);
  const at = '2024-01-01T00:00:00.000Z';
  return {
    audience: 'full',
    exportedAt: at,
    map: null,
    entities: bundle.entities.map((e) => newEntityRecord(e, 'test', at)),
    sources: bundle.sources.map((s) => newSourceRecord(s, 'test', at)),
    edges: bundle.edges.map((e) => newEdgeRecord(e, 'test', at)),
  };
}

describe('FollowTheMoney export', () => {
  const cite = [{ sourceId: 'src', stance: 'supports' }];
  const every = graphOf({
    sources: [{ id: 'src', kind: 'report', title: 'Report', publisher: 'Feminita', url: 'https://example.org/r' }],
    entities: [
      { id: 'p', kind: 'person', name: 'A. Person', aliases: [{ value: 'А. Персона', lang: 'ru' }], startDate: '1980', endDate: '2020' },
      { id: 'o', kind: 'organization', name: 'Union', startDate: '2019-03', endDate: '2023' },
      { id: 'o2', kind: 'organization', name: 'Fund' },
      { id: 'ev', kind: 'event', name: 'Rally', startDate: '2022-03-12', endDate: '2022-03-13' },
      { id: 'cl', kind: 'claim', name: 'A claim', description: 'What was said' },
      { id: 'law', kind: 'law', name: 'Criminal Code' },
      { id: 'pl', kind: 'place', name: 'Almaty' },
    ],
    edges: [
      { id: 'm', type: 'MEMBER_OF', from: 'p', to: 'o', confidence: 'reported', validFrom: '2020', validTo: '2022', note: 'Chair', citations: cite },
      { id: 'd', type: 'LEADS', from: 'p', to: 'o', confidence: 'confirmed', citations: cite },
      { id: 'f', type: 'FUNDED', from: 'o2', to: 'o', confidence: 'alleged', note: 'Grants', citations: cite },
      { id: 'u1', type: 'ASSERTED', from: 'o', to: 'cl', confidence: 'reported', citations: cite },
      { id: 'u2', type: 'ABOUT', from: 'cl', to: 'law', confidence: 'reported', citations: cite },
      { id: 'u3', type: 'LOCATED_IN', from: 'ev', to: 'pl', confidence: 'reported', citations: cite },
      { id: 'u4', type: 'PARTICIPATED_IN', from: 'p', to: 'ev', confidence: 'reported', citations: cite },
      { id: 'u5', type: 'MEMBER_OF', from: 'ev', to: 'o', confidence: 'reported', citations: cite },
    ],
  });

  it('writes only schemata and properties FtM defines, with required properties and references in range', () => {
    const lines = parse(writeFtm(every));
    expect(new Set(lines.map((l) => l.schema))).toEqual(new Set(['Person', 'Organization', 'Event', 'Note', 'Document', 'Address', 'Membership', 'Directorship', 'Payment', 'UnknownLink']));
    checkFtm(lines);
    const by = new Map(lines.map((l) => [l.id, l]));
    expect(by.get('m')).toMatchObject({ schema: 'Membership', properties: { member: ['p'], organization: ['o'], startDate: ['2020'], endDate: ['2022'], sourceUrl: ['https://example.org/r'], publisher: ['Feminita'] } });
    expect(by.get('d')).toMatchObject({ schema: 'Directorship', properties: { director: ['p'], organization: ['o'] } });
    expect(by.get('f')).toMatchObject({ schema: 'Payment', properties: { payer: ['o2'], beneficiary: ['o'], purpose: ['Grants'] } });
    // A membership whose member is not a legal entity is not a Membership in FtM: it stays a link.
    expect(by.get('u5')).toMatchObject({ schema: 'UnknownLink', properties: { subject: ['ev'], object: ['o'], role: ['member of'] } });
    expect(by.get('p')?.properties).toMatchObject({ birthDate: ['1980'], deathDate: ['2020'], alias: ['А. Персона'] });
    expect(by.get('o')?.properties).toMatchObject({ incorporationDate: ['2019-03'], dissolutionDate: ['2023'] });
    expect(by.get('ev')?.properties).toMatchObject({ startDate: ['2022-03-12'], endDate: ['2022-03-13'] });
  });

  it('writes the whole seed in valid FtM', () => {
    const lines = parse(writeFtm(graphOf(JSON.parse(readFileSync('seeds/kazakhstan-2024.json', 'utf8')))));
    expect(lines.length).toBeGreaterThan(200);
    checkFtm(lines);
  });
});
