/**
 * Which Chromium the tests drive: CHROMIUM_PATH if set, else the system's, else Playwright's own
 * download (on machines that have one). If none exists, stop and say how to get one.
 *
 * The end-to-end suite prefers Chromium's headless shell (Debian's `chromium-headless-shell`, what
 * Playwright itself runs headless): the same engine without the browser around it, it ran the suite
 * in 3.3 minutes where the full browser took 6 on two cores. The bench measures what readers get,
 * so it takes the full browser. To watch a test (`--headed`), point CHROMIUM_PATH at the full one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

export function resolveChromium({ headlessShell = false }: { headlessShell?: boolean } = {}): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  const system = [...(headlessShell ? HEADLESS_SHELLS : []), ...SYSTEM_BROWSERS].find((path) => existsSync(path));
  if (system) return system;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own browser
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`), ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, or run `npx playwright install chromium` where downloads are allowed.',
  );
}

/** Flags that keep Chromium from reaching out to the network on a closed machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
