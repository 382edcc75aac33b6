import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Three projects. `unit` and `unit-isolated` need no build (npm run test:unit); `dist` reads the
 * built site in dist/ (npm run test:dist, after npm run build). Most unit files are pure functions
 * over the same modules (zod, d3, the dataset): run without per-file isolation, a worker imports them
 * once instead of once per file. A file that replaces globals or resets the module registry keeps
 * its own isolated worker.
 */
const ISOLATED = ['tests/unit/frameBudget.test.ts'];

const shared = { environment: 'node', pool: 'threads' } as const;

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      // Only the unit folder: Playwright's *.spec.ts files under tests/e2e are not Vitest's.
      { extends: true, test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { ...shared, name: 'unit-isolated', include: ISOLATED } },
      // Parsed pages are shared by the dist files (tests/dist/built.ts); a second worker runs the HTML
      // checker (a Java process, the longest file) beside them.
      {
        extends: true,
        test: { ...shared, name: 'dist', include: ['tests/dist/**/*.test.ts'], isolate: false, maxWorkers: 2, sequence: { groupOrder: 1 }, testTimeout: 120_000 },
      },
    ],
  },
});
