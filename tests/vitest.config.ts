import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Only the unit folder: Playwright's *.spec.ts files under tests/e2e are not Vitest's.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
