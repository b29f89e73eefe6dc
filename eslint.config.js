// Lint rules, including the architecture fence: only a store adapter may import its database driver, and the
// client never imports server code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const driverFence = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [
        ...(allowed === 'neo4j' ? [] : [{ name: 'neo4j-driver', message: 'Only server/src/stores/neo4j/ may import neo4j-driver.' }]),
        ...(allowed === 'sqlite' ? [] : [{ name: 'better-sqlite3', message: 'Only server/src/stores/sqlite/ may import better-sqlite3.' }]),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'client/dist/', 'data/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...driverFence(null),
    },
  },
  { files: ['server/src/stores/neo4j/**/*.ts'], rules: driverFence('neo4j') },
  { files: ['server/src/stores/sqlite/**/*.ts'], rules: driverFence('sqlite') },
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'The client talks only GraphQL to its own server.' },
            { name: 'better-sqlite3', message: 'The client talks only GraphQL to its own server.' },
          ],
          patterns: [{ group: ['**/server/src/stores/**', '**/server/src/graphql/**'], message: 'The client never imports server code.' }],
        },
      ],
    },
  },
);
