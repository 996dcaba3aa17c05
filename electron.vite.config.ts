import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * renderer/src/main.tsx asks the core its first questions and only then imports the unlock
 * screen's scripts (React, the schemas, the screen), so that the answers travel while those are
 * evaluated (issue #11, item 6). Listed here in index.html as modulepreload, the browser fetches
 * and compiles them alongside main.tsx instead of after it. Only the entry's own import() targets
 * and what they import: the screens behind the unlock screen still load on demand. English's words
 * are not preloaded: Bahasa Indonesia is the default, and an English notebook fetches its catalog
 * from the local host once the settings answer (a round trip of a millisecond, not kilobytes parsed
 * by every start in Bahasa). Nor are the workspace's words, which the unlock screen does not show:
 * it fetches them once it is up (renderer/src/i18n/catalogs.ts).
 */
const NOT_PRELOADED = [/shared\/i18n\/start\/en\.ts$/, /shared\/i18n\/workspace\/(id|en)\.ts$/];

function preloadEntryImports(): Plugin {
  return {
    name: 'pendamping:preload-entry-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const seen = new Set<string>([chunk.fileName]);
        const files: string[] = [];
        const visit = (fileName: string, listed: boolean): void => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          const imported = bundle[fileName];
          if (imported?.type !== 'chunk') return;
          const facade = imported.facadeModuleId?.replaceAll('\\', '/') ?? '';
          if (NOT_PRELOADED.some((pattern) => pattern.test(facade))) return;
          if (listed) files.push(fileName);
          for (const next of imported.imports) visit(next, listed);
        };
        // The entry's static imports are preloaded by Vite already.
        for (const fileName of chunk.imports) visit(fileName, false);
        for (const fileName of chunk.dynamicImports) visit(fileName, true);
        return files.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Three builds: the main process (with the core's utility-process entry beside it), the preload
 * (CommonJS: sandboxed preloads cannot be ES modules), and the renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          core: resolve('electron/core/hosts/utility-process.ts'),
        },
        external: ['better-sqlite3', 'libsodium-wrappers-sumo'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; on an old laptop every megabyte of script
      // costs parse time before the unlock screen (issue #11, item 6; npm run bench -- webhost).
      minify: true,
      // Chromium (Electron's and the browsers the web host serves) preloads modules itself.
      modulePreload: { polyfill: false },
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react(), preloadEntryImports()],
  },
});
