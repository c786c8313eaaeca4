import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves web/dist at `/`; in development run the API (npm run dev) and `vite` proxies /api to it.
export default defineConfig({
  plugins: [react()],
  // `asset-manifest.json` lists the built files for the service worker (web/public/sw.js) to cache.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    manifest: 'asset-manifest.json',
    // Fonts stay files: the Content-Security-Policy allows fonts from the server only (no data:).
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
