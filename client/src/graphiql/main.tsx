// The API explorer at /explorer: GraphiQL (docs explorer, autocompletion, history) bundled with the client build, so
// it loads nothing from any other host. Its editor's workers are bundled too, as same-origin worker files.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graphiqlFetcher } from './fetcher.ts';
import './graphiql.css';

const DEFAULT_QUERY = `# Ctrl+Space completes, Ctrl+Enter runs; Docs (top left) lists every type.
query Search($query: String!) {
  search(query: $query, first: 5) {
    id
    kind
    name
    aliases {
      value
      lang
    }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('explorer.html has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={graphiqlFetcher} defaultQuery={DEFAULT_QUERY} initialVariables={'{ "query": "Народные Советы" }'} />
  </StrictMode>,
);
