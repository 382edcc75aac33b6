import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './browser';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath = resolveChromium({ headlessShell: true });

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // On CI, a test that fails is run once more and reported as flaky if it then passes: two CI
  // runs (stop 25) each lost one timing-sensitive scroll test under load that 60 repeats here
  // could not reproduce. A test that fails twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    // Behaviour, in the two layouts.
    { name: 'desktop', testIgnore: /quality|checkers|screens/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    // Only what the narrow layout can change (the scroll engine, the chapter walks, narrow drawings, print, no-JS): pages, links,
    // previews, downloads, the corrections log and every test tagged @desktop-only (tests/e2e/helpers.ts) the desktop run covers.
    {
      name: 'phone',
      testIgnore: /quality|checkers|screens|site\.spec|sharing\.spec|corrections\.spec/,
      grepInvert: /@desktop-only/,
      use: { ...devices['Pixel 7'], browserName: 'chromium' },
    },
    // Quality gates: each test sets its own viewports and colour schemes.
    { name: 'quality', testMatch: /(quality|checkers|screens)\.spec\.ts$/, use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    // The production build, served as a static host would serve it (npm test builds first).
    command: `npm run preview -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
