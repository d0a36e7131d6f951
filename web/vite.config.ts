import { defineConfig } from 'vite';
import { pwa } from './pwa/pwa_plugin.mjs';

// Built into web/dist, which `platewise serve` serves; the API stays under /api/.
// pwa(): the manifest, icons and service worker (pwa/pwa_plugin.mjs).
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  plugins: [pwa()],
});
