import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The dashboard (index.html) and the GraphQL explorer (explorer.html), built into web/dist with
 * content-hashed names under assets/. No module-preload polyfill: it would be the only inline code.
 */
export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  // The pages are built for production whoever builds them: under vitest NODE_ENV is 'test', and Vite
  // would then keep the libraries' development code (ECharts' checks and warnings, React's dev build).
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  css: {
    postcss: {
      // GraphiQL's stylesheet embeds Roboto and Fira Code: the pages use the desktop's own fonts only.
      plugins: [{ postcssPlugin: 'system-fonts-only', AtRule: { 'font-face': (rule) => { rule.remove(); } } }],
    },
  },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2_000,
    rollupOptions: {
      input: { index: path.join(root, 'index.html'), explorer: path.join(root, 'explorer.html') },
      // React libraries mark modules "use client", which means nothing outside a server-rendering framework.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
