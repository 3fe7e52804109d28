import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs as a separate process in development; CXLENS_API_URL points elsewhere when needed.
const apiTarget = process.env.CXLENS_API_URL ?? 'http://localhost:3000';
const proxy = Object.fromEntries(
  ['/graphql', '/api', '/healthz'].map((path) => [path, { target: apiTarget, changeOrigin: true }]),
);

export default defineConfig({
  plugins: [react()],
  resolve: {
    // TypeScript before JavaScript: shared/src may hold stray compiled .js files beside the .ts sources.
    extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.jsx', '.json'],
    // Use the shared TypeScript source directly: no build step for shared in the client loop.
    alias: [
      { find: /^@cxlens\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
