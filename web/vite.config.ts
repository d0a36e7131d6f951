import { defineConfig } from 'vite';

// Built into web/dist, which `platewise serve` serves; the API stays under /api/.
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
