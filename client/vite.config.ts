import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: clientRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(clientRoot, 'dist'),
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large; it is only loaded by the /explorer page.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // Two pages: the graph explorer at / and GraphiQL at /explorer.
      input: { main: path.join(clientRoot, 'index.html'), explorer: path.join(clientRoot, 'explorer.html') },
      // GraphiQL's modules carry React Compiler directives ("use no memo") that a bundle cannot keep; harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
