// A dependency-free GraphQL explorer: nothing is loaded from any other host.
/* global document, fetch, performance, Option */
const examples = {
  'Search (any script)': {
    query: `query Search($q: String!) {
  search(query: $q, first: 10) { id kind name aliases { value lang } degree }
}`,
    variables: { q: 'Народные Советы' },
  },
  Neighborhood: {
    query: `query Around($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 1, limit: 200) {
    truncated
    nodes { id kind name }
    edges {
      id type status confidence from { name } to { name }
      citations { locator quote stance source { title publisher url } }
    }
  }
}`,
    variables: { ids: ['PUT-AN-ENTITY-ID-HERE'] },
  },
  Paths: {
    query: `query Chain($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    nodes { id name }
    edges { type from { name } to { name } citations { locator source { title } } }
  }
}`,
    variables: { from: 'FROM-ID', to: 'TO-ID' },
  },
  Stats: { query: '{ stats { entities edges sources citations } }', variables: {} },
  Vocabulary: { query: '{ relationshipTypes { name label } sourceKinds limits { maxHops neighborhoodLimit } }', variables: {} },
};

const $ = (id) => document.getElementById(id);
const select = $('examples');
for (const name of Object.keys(examples)) select.add(new Option(name, name));

function show(name) {
  const example = examples[name];
  $('query').value = example.query;
  $('variables').value = JSON.stringify(example.variables, null, 2);
}

async function run() {
  let variables;
  try {
    variables = JSON.parse($('variables').value || '{}');
  } catch (error) {
    $('status').textContent = `Variables are not valid JSON: ${error.message}`;
    return;
  }
  $('status').textContent = 'Running…';
  const started = performance.now();
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: $('query').value, variables }),
    });
    const text = await response.text();
    let pretty = text;
    try {
      pretty = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not JSON (e.g. a proxy error page): show it as it came.
    }
    $('result').textContent = pretty;
    $('status').textContent = `HTTP ${response.status} in ${Math.round(performance.now() - started)} ms`;
  } catch (error) {
    $('status').textContent = `Request failed: ${error.message}`;
  }
}

select.addEventListener('change', () => show(select.value));
$('run').addEventListener('click', run);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run();
});
show(select.value);
