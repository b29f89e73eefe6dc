/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    aliases {\n      value\n      lang\n    }\n    description\n    startDate\n    endDate\n    sensitivity\n    degree\n    redacted\n  }\n": typeof types.EntityFieldsFragmentDoc,
    "\n  fragment SourceFields on Source {\n    id\n    kind\n    title\n    url\n    publisher\n    author\n    publishedAt\n    language\n    sensitivity\n    redacted\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    type\n    from {\n      ...EntityFields\n    }\n    to {\n      ...EntityFields\n    }\n    validFrom\n    validTo\n    confidence\n    status\n    note\n    retractedReason\n    citations {\n      id\n      locator\n      quote\n      stance\n      retracted\n      retractedReason\n      retractedAt\n      retractedBy\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.EdgeFieldsFragmentDoc,
    "\n  fragment LeanEdgeFields on Edge {\n    id\n    type\n    from {\n      id\n    }\n    to {\n      id\n    }\n    validFrom\n    validTo\n    confidence\n    status\n    note\n    retractedReason\n    citations {\n      id\n      stance\n      source {\n        id\n      }\n    }\n  }\n": typeof types.LeanEdgeFieldsFragmentDoc,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      ...EntityFields\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($ids: [ID!]!, $depth: Int, $filter: EdgeFilter) {\n    neighborhood(ids: $ids, depth: $depth, filter: $filter) {\n      truncated\n      canvas\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter, $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter, first: $first) {\n      nodes {\n        ...EntityFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query RelationshipTypes {\n    relationshipTypes {\n      name\n      label\n      from\n      to\n    }\n  }\n": typeof types.RelationshipTypesDocument,
    "\n  query Sources($query: String, $first: Int) {\n    sources(query: $query, first: $first) {\n      ...SourceFields\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityFields\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Edge($id: ID!) {\n    edge(id: $id) {\n      ...EdgeFields\n    }\n  }\n": typeof types.EdgeDocument,
    "\n  query Edges($ids: [ID!]!) {\n    edges(ids: $ids) {\n      ...EdgeFields\n    }\n  }\n": typeof types.EdgesDocument,
    "\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      ...EntityFields\n    }\n  }\n": typeof types.CreateEntityDocument,
    "\n  mutation CreateSource($input: SourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.CreateSourceDocument,
    "\n  mutation AddEdge($input: EdgeInput!) {\n    addEdge(input: $input) {\n      ...EdgeFields\n    }\n  }\n": typeof types.AddEdgeDocument,
    "\n  mutation AddCitation($edgeId: ID!, $citation: CitationInput!) {\n    addCitation(edgeId: $edgeId, citation: $citation) {\n      ...EdgeFields\n    }\n  }\n": typeof types.AddCitationDocument,
    "\n  mutation RetractEdge($id: ID!, $reason: String!) {\n    retractEdge(id: $id, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n": typeof types.RetractEdgeDocument,
    "\n  query Ranking($metric: Metric!, $first: Int) {\n    ranking(metric: $metric, first: $first) {\n      score\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  fragment AccountFields on Account {\n    name\n    role\n    restrictedAccess\n    disabled\n    hasToken\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      name\n      role\n      restrictedAccess\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: AccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($name: String!, $input: AccountPatch!) {\n    updateAccount(name: $name, input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccountPassword($name: String!, $password: String!) {\n    setAccountPassword(name: $name, password: $password) {\n      ...AccountFields\n    }\n  }\n": typeof types.SetAccountPasswordDocument,
    "\n  mutation IssueToken($name: String!) {\n    issueToken(name: $name) {\n      token\n    }\n  }\n": typeof types.IssueTokenDocument,
    "\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name) {\n      ...AccountFields\n    }\n  }\n": typeof types.RevokeTokenDocument,
    "\n  query EdgesAmong($ids: [ID!]!, $filter: EdgeFilter) {\n    edgesAmong(ids: $ids, filter: $filter) {\n      ...LeanEdgeFields\n    }\n  }\n": typeof types.EdgesAmongDocument,
    "\n  mutation UpdateEdge($id: ID!, $input: EdgePatch!) {\n    updateEdge(id: $id, input: $input) {\n      ...EdgeFields\n    }\n  }\n": typeof types.UpdateEdgeDocument,
    "\n  mutation RetractCitation($edgeId: ID!, $citationId: ID!, $reason: String!) {\n    retractCitation(edgeId: $edgeId, citationId: $citationId, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n": typeof types.RetractCitationDocument,
    "\n  mutation ReinstateEdge($id: ID!, $reason: String!) {\n    reinstateEdge(id: $id, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n": typeof types.ReinstateEdgeDocument,
    "\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityFields\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  mutation MergeEntities($keepId: ID!, $mergeId: ID!) {\n    mergeEntities(keepId: $keepId, mergeId: $mergeId) {\n      ...EntityFields\n    }\n  }\n": typeof types.MergeEntitiesDocument,
    "\n  query DuplicatesOf($id: ID!) {\n    duplicatesOf(id: $id) {\n      ...EntityFields\n    }\n  }\n": typeof types.DuplicatesOfDocument,
    "\n  query SimilarEntities($name: String!, $aliases: [String!], $kind: EntityKind) {\n    similarEntities(name: $name, aliases: $aliases, kind: $kind) {\n      ...EntityFields\n    }\n  }\n": typeof types.SimilarEntitiesDocument,
    "\n  query DuplicateEdges($input: EdgeDraft!) {\n    duplicateEdges(input: $input) {\n      ...EdgeFields\n    }\n  }\n": typeof types.DuplicateEdgesDocument,
    "\n  query RelationshipsOf($ids: [ID!]!) {\n    neighborhood(ids: $ids, depth: 1, limit: 2000, filter: { includeRetracted: true }) {\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.RelationshipsOfDocument,
    "\n  query History($id: ID!) {\n    history(id: $id) {\n      id\n      at\n      actor\n      action\n      targetId\n      beforeJson\n      afterJson\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query ExportEntities($ids: [ID!]!) {\n    entities(ids: $ids) {\n      ...EntityFields\n    }\n  }\n": typeof types.ExportEntitiesDocument,
    "\n  fragment MapFields on Map {\n    id\n    title\n    caption\n    layout\n    owner\n    updatedAt\n    deletedAt\n    redacted\n    entities {\n      id\n      x\n      y\n      pinned\n      hidden\n      entity {\n        ...EntityFields\n      }\n    }\n    filters {\n      kinds\n      types\n      confidence\n      includeContested\n      includeRetracted\n      from\n      to\n    }\n    annotations {\n      id\n      text\n      target\n      targetId\n      x\n      y\n    }\n    communities {\n      name\n      members\n    }\n  }\n": typeof types.MapFieldsFragmentDoc,
    "\n  query Maps($includeDeleted: Boolean) {\n    maps(includeDeleted: $includeDeleted) {\n      ...MapFields\n    }\n  }\n": typeof types.MapsDocument,
    "\n  query Map($id: ID!) {\n    map(id: $id) {\n      ...MapFields\n    }\n  }\n": typeof types.MapDocument,
    "\n  mutation SaveMap($input: MapInput!) {\n    saveMap(input: $input) {\n      ...MapFields\n    }\n  }\n": typeof types.SaveMapDocument,
    "\n  mutation UpdateMap($id: ID!, $input: MapInput!) {\n    updateMap(id: $id, input: $input) {\n      ...MapFields\n    }\n  }\n": typeof types.UpdateMapDocument,
    "\n  mutation DeleteMap($id: ID!) {\n    deleteMap(id: $id) {\n      ...MapFields\n    }\n  }\n": typeof types.DeleteMapDocument,
    "\n  mutation RestoreMap($id: ID!) {\n    restoreMap(id: $id) {\n      ...MapFields\n    }\n  }\n": typeof types.RestoreMapDocument,
    "\n  query MapEdges($ids: [ID!]!, $filter: EdgeFilter) {\n    neighborhood(ids: $ids, depth: 1, filter: $filter, limit: 2000) {\n      edges {\n        ...LeanEdgeFields\n      }\n    }\n  }\n": typeof types.MapEdgesDocument,
};
const documents: Documents = {
    "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    aliases {\n      value\n      lang\n    }\n    description\n    startDate\n    endDate\n    sensitivity\n    degree\n    redacted\n  }\n": types.EntityFieldsFragmentDoc,
    "\n  fragment SourceFields on Source {\n    id\n    kind\n    title\n    url\n    publisher\n    author\n    publishedAt\n    language\n    sensitivity\n    redacted\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    type\n    from {\n      ...EntityFields\n    }\n    to {\n      ...EntityFields\n    }\n    validFrom\n    validTo\n    confidence\n    status\n    note\n    retractedReason\n    citations {\n      id\n      locator\n      quote\n      stance\n      retracted\n      retractedReason\n      retractedAt\n      retractedBy\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  fragment LeanEdgeFields on Edge {\n    id\n    type\n    from {\n      id\n    }\n    to {\n      id\n    }\n    validFrom\n    validTo\n    confidence\n    status\n    note\n    retractedReason\n    citations {\n      id\n      stance\n      source {\n        id\n      }\n    }\n  }\n": types.LeanEdgeFieldsFragmentDoc,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      ...EntityFields\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($ids: [ID!]!, $depth: Int, $filter: EdgeFilter) {\n    neighborhood(ids: $ids, depth: $depth, filter: $filter) {\n      truncated\n      canvas\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter, $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter, first: $first) {\n      nodes {\n        ...EntityFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query RelationshipTypes {\n    relationshipTypes {\n      name\n      label\n      from\n      to\n    }\n  }\n": types.RelationshipTypesDocument,
    "\n  query Sources($query: String, $first: Int) {\n    sources(query: $query, first: $first) {\n      ...SourceFields\n    }\n  }\n": types.SourcesDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityFields\n    }\n  }\n": types.EntityDocument,
    "\n  query Edge($id: ID!) {\n    edge(id: $id) {\n      ...EdgeFields\n    }\n  }\n": types.EdgeDocument,
    "\n  query Edges($ids: [ID!]!) {\n    edges(ids: $ids) {\n      ...EdgeFields\n    }\n  }\n": types.EdgesDocument,
    "\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      ...EntityFields\n    }\n  }\n": types.CreateEntityDocument,
    "\n  mutation CreateSource($input: SourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.CreateSourceDocument,
    "\n  mutation AddEdge($input: EdgeInput!) {\n    addEdge(input: $input) {\n      ...EdgeFields\n    }\n  }\n": types.AddEdgeDocument,
    "\n  mutation AddCitation($edgeId: ID!, $citation: CitationInput!) {\n    addCitation(edgeId: $edgeId, citation: $citation) {\n      ...EdgeFields\n    }\n  }\n": types.AddCitationDocument,
    "\n  mutation RetractEdge($id: ID!, $reason: String!) {\n    retractEdge(id: $id, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n": types.RetractEdgeDocument,
    "\n  query Ranking($metric: Metric!, $first: Int) {\n    ranking(metric: $metric, first: $first) {\n      score\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": types.RankingDocument,
    "\n  fragment AccountFields on Account {\n    name\n    role\n    restrictedAccess\n    disabled\n    hasToken\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      name\n      role\n      restrictedAccess\n    }\n  }\n": types.MeDocument,
    "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: AccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($name: String!, $input: AccountPatch!) {\n    updateAccount(name: $name, input: $input) {\n      ...AccountFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccountPassword($name: String!, $password: String!) {\n    setAccountPassword(name: $name, password: $password) {\n      ...AccountFields\n    }\n  }\n": types.SetAccountPasswordDocument,
    "\n  mutation IssueToken($name: String!) {\n    issueToken(name: $name) {\n      token\n    }\n  }\n": types.IssueTokenDocument,
    "\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name) {\n      ...AccountFields\n    }\n  }\n": types.RevokeTokenDocument,
    "\n  query EdgesAmong($ids: [ID!]!, $filter: EdgeFilter) {\n    edgesAmong(ids: $ids, filter: $filter) {\n      ...LeanEdgeFields\n    }\n  }\n": types.EdgesAmongDocument,
    "\n  mutation UpdateEdge($id: ID!, $input: EdgePatch!) {\n    updateEdge(id: $id, input: $input) {\n      ...EdgeFields\n    }\n  }\n": types.UpdateEdgeDocument,
    "\n  mutation RetractCitation($edgeId: ID!, $citationId: ID!, $reason: String!) {\n    retractCitation(edgeId: $edgeId, citationId: $citationId, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n": types.RetractCitationDocument,
    "\n  mutation ReinstateEdge($id: ID!, $reason: String!) {\n    reinstateEdge(id: $id, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n": types.ReinstateEdgeDocument,
    "\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityFields\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  mutation MergeEntities($keepId: ID!, $mergeId: ID!) {\n    mergeEntities(keepId: $keepId, mergeId: $mergeId) {\n      ...EntityFields\n    }\n  }\n": types.MergeEntitiesDocument,
    "\n  query DuplicatesOf($id: ID!) {\n    duplicatesOf(id: $id) {\n      ...EntityFields\n    }\n  }\n": types.DuplicatesOfDocument,
    "\n  query SimilarEntities($name: String!, $aliases: [String!], $kind: EntityKind) {\n    similarEntities(name: $name, aliases: $aliases, kind: $kind) {\n      ...EntityFields\n    }\n  }\n": types.SimilarEntitiesDocument,
    "\n  query DuplicateEdges($input: EdgeDraft!) {\n    duplicateEdges(input: $input) {\n      ...EdgeFields\n    }\n  }\n": types.DuplicateEdgesDocument,
    "\n  query RelationshipsOf($ids: [ID!]!) {\n    neighborhood(ids: $ids, depth: 1, limit: 2000, filter: { includeRetracted: true }) {\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.RelationshipsOfDocument,
    "\n  query History($id: ID!) {\n    history(id: $id) {\n      id\n      at\n      actor\n      action\n      targetId\n      beforeJson\n      afterJson\n    }\n  }\n": types.HistoryDocument,
    "\n  query ExportEntities($ids: [ID!]!) {\n    entities(ids: $ids) {\n      ...EntityFields\n    }\n  }\n": types.ExportEntitiesDocument,
    "\n  fragment MapFields on Map {\n    id\n    title\n    caption\n    layout\n    owner\n    updatedAt\n    deletedAt\n    redacted\n    entities {\n      id\n      x\n      y\n      pinned\n      hidden\n      entity {\n        ...EntityFields\n      }\n    }\n    filters {\n      kinds\n      types\n      confidence\n      includeContested\n      includeRetracted\n      from\n      to\n    }\n    annotations {\n      id\n      text\n      target\n      targetId\n      x\n      y\n    }\n    communities {\n      name\n      members\n    }\n  }\n": types.MapFieldsFragmentDoc,
    "\n  query Maps($includeDeleted: Boolean) {\n    maps(includeDeleted: $includeDeleted) {\n      ...MapFields\n    }\n  }\n": types.MapsDocument,
    "\n  query Map($id: ID!) {\n    map(id: $id) {\n      ...MapFields\n    }\n  }\n": types.MapDocument,
    "\n  mutation SaveMap($input: MapInput!) {\n    saveMap(input: $input) {\n      ...MapFields\n    }\n  }\n": types.SaveMapDocument,
    "\n  mutation UpdateMap($id: ID!, $input: MapInput!) {\n    updateMap(id: $id, input: $input) {\n      ...MapFields\n    }\n  }\n": types.UpdateMapDocument,
    "\n  mutation DeleteMap($id: ID!) {\n    deleteMap(id: $id) {\n      ...MapFields\n    }\n  }\n": types.DeleteMapDocument,
    "\n  mutation RestoreMap($id: ID!) {\n    restoreMap(id: $id) {\n      ...MapFields\n    }\n  }\n": types.RestoreMapDocument,
    "\n  query MapEdges($ids: [ID!]!, $filter: EdgeFilter) {\n    neighborhood(ids: $ids, depth: 1, filter: $filter, limit: 2000) {\n      edges {\n        ...LeanEdgeFields\n      }\n    }\n  }\n": types.MapEdgesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    aliases {\n      value\n      lang\n    }\n    description\n    startDate\n    endDate\n    sensitivity\n    degree\n    redacted\n  }\n"): typeof import('./graphql').EntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    id\n    kind\n    title\n    url\n    publisher\n    author\n    publishedAt\n    language\n    sensitivity\n    redacted\n  }\n"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeFields on Edge {\n    id\n    type\n    from {\n      ...EntityFields\n    }\n    to {\n      ...EntityFields\n    }\n    validFrom\n    validTo\n    confidence\n    status\n    note\n    retractedReason\n    citations {\n      id\n      locator\n      quote\n      stance\n      retracted\n      retractedReason\n      retractedAt\n      retractedBy\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"): typeof import('./graphql').EdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeanEdgeFields on Edge {\n    id\n    type\n    from {\n      id\n    }\n    to {\n      id\n    }\n    validFrom\n    validTo\n    confidence\n    status\n    note\n    retractedReason\n    citations {\n      id\n      stance\n      source {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LeanEdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($ids: [ID!]!, $depth: Int, $filter: EdgeFilter) {\n    neighborhood(ids: $ids, depth: $depth, filter: $filter) {\n      truncated\n      canvas\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter, $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter, first: $first) {\n      nodes {\n        ...EntityFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipTypes {\n    relationshipTypes {\n      name\n      label\n      from\n      to\n    }\n  }\n"): typeof import('./graphql').RelationshipTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources($query: String, $first: Int) {\n    sources(query: $query, first: $first) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').SourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Edge($id: ID!) {\n    edge(id: $id) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').EdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Edges($ids: [ID!]!) {\n    edges(ids: $ids) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').EdgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').CreateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSource($input: SourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').CreateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEdge($input: EdgeInput!) {\n    addEdge(input: $input) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').AddEdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCitation($edgeId: ID!, $citation: CitationInput!) {\n    addCitation(edgeId: $edgeId, citation: $citation) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').AddCitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractEdge($id: ID!, $reason: String!) {\n    retractEdge(id: $id, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').RetractEdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($metric: Metric!, $first: Int) {\n    ranking(metric: $metric, first: $first) {\n      score\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n"): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    name\n    role\n    restrictedAccess\n    disabled\n    hasToken\n  }\n"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      role\n      restrictedAccess\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: AccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($name: String!, $input: AccountPatch!) {\n    updateAccount(name: $name, input: $input) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').UpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountPassword($name: String!, $password: String!) {\n    setAccountPassword(name: $name, password: $password) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').SetAccountPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueToken($name: String!) {\n    issueToken(name: $name) {\n      token\n    }\n  }\n"): typeof import('./graphql').IssueTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').RevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesAmong($ids: [ID!]!, $filter: EdgeFilter) {\n    edgesAmong(ids: $ids, filter: $filter) {\n      ...LeanEdgeFields\n    }\n  }\n"): typeof import('./graphql').EdgesAmongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEdge($id: ID!, $input: EdgePatch!) {\n    updateEdge(id: $id, input: $input) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').UpdateEdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractCitation($edgeId: ID!, $citationId: ID!, $reason: String!) {\n    retractCitation(edgeId: $edgeId, citationId: $citationId, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').RetractCitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateEdge($id: ID!, $reason: String!) {\n    reinstateEdge(id: $id, reason: $reason) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').ReinstateEdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').UpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeEntities($keepId: ID!, $mergeId: ID!) {\n    mergeEntities(keepId: $keepId, mergeId: $mergeId) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').MergeEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesOf($id: ID!) {\n    duplicatesOf(id: $id) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').DuplicatesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarEntities($name: String!, $aliases: [String!], $kind: EntityKind) {\n    similarEntities(name: $name, aliases: $aliases, kind: $kind) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').SimilarEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateEdges($input: EdgeDraft!) {\n    duplicateEdges(input: $input) {\n      ...EdgeFields\n    }\n  }\n"): typeof import('./graphql').DuplicateEdgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipsOf($ids: [ID!]!) {\n    neighborhood(ids: $ids, depth: 1, limit: 2000, filter: { includeRetracted: true }) {\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').RelationshipsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($id: ID!) {\n    history(id: $id) {\n      id\n      at\n      actor\n      action\n      targetId\n      beforeJson\n      afterJson\n    }\n  }\n"): typeof import('./graphql').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportEntities($ids: [ID!]!) {\n    entities(ids: $ids) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').ExportEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapFields on Map {\n    id\n    title\n    caption\n    layout\n    owner\n    updatedAt\n    deletedAt\n    redacted\n    entities {\n      id\n      x\n      y\n      pinned\n      hidden\n      entity {\n        ...EntityFields\n      }\n    }\n    filters {\n      kinds\n      types\n      confidence\n      includeContested\n      includeRetracted\n      from\n      to\n    }\n    annotations {\n      id\n      text\n      target\n      targetId\n      x\n      y\n    }\n    communities {\n      name\n      members\n    }\n  }\n"): typeof import('./graphql').MapFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Maps($includeDeleted: Boolean) {\n    maps(includeDeleted: $includeDeleted) {\n      ...MapFields\n    }\n  }\n"): typeof import('./graphql').MapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Map($id: ID!) {\n    map(id: $id) {\n      ...MapFields\n    }\n  }\n"): typeof import('./graphql').MapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMap($input: MapInput!) {\n    saveMap(input: $input) {\n      ...MapFields\n    }\n  }\n"): typeof import('./graphql').SaveMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMap($id: ID!, $input: MapInput!) {\n    updateMap(id: $id, input: $input) {\n      ...MapFields\n    }\n  }\n"): typeof import('./graphql').UpdateMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMap($id: ID!) {\n    deleteMap(id: $id) {\n      ...MapFields\n    }\n  }\n"): typeof import('./graphql').DeleteMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreMap($id: ID!) {\n    restoreMap(id: $id) {\n      ...MapFields\n    }\n  }\n"): typeof import('./graphql').RestoreMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapEdges($ids: [ID!]!, $filter: EdgeFilter) {\n    neighborhood(ids: $ids, depth: 1, filter: $filter, limit: 2000) {\n      edges {\n        ...LeanEdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').MapEdgesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
