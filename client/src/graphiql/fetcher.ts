// GraphiQL's fetcher: a JSON POST to this server's own /graphql. Errors come back in the response body for GraphiQL to
// show, as the server sent them.
import type { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

export const graphiqlFetcher: ComponentProps<typeof GraphiQL>['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};
