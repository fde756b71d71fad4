import { defineConfig } from 'vite';

// JSX is compiled by Vite's own transformer (no React plugin needed for a production build).
// The build is served by nginx under a strict CSP (script-src 'self'; style-src 'self'): no inline
// scripts or styles, every asset hashed under /assets/.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev` against a running staging stack (backend on host port 8001).
    proxy: {
      '/api': 'http://127.0.0.1:8001',
      '/ws': { target: 'ws://127.0.0.1:8001', ws: true },
    },
  },
});
