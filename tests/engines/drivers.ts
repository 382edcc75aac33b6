/**
 * The engines the cross-engine run drives, from Debian's packages (Playwright cannot download its
 * own browsers here), behind one small interface:
 * - Firefox ESR (`firefox-esr`) over WebDriver BiDi, with puppeteer-core;
 * - WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver and its MiniBrowser) over classic WebDriver,
 *   with selenium-webdriver, in a virtual display (`xvfb`: xvfb-run).
 * A missing engine stops the run with how to install it, unless ENGINES says to skip it (README).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, By, Key as WebDriverKey, type WebDriver } from 'selenium-webdriver';

export type EngineName = 'firefox' | 'webkit';
export const ENGINE_NAMES: readonly EngineName[] = ['firefox', 'webkit'];

/** The keys the run presses, by their KeyboardEvent.key names. */
export type Key = 'PageDown' | 'Escape' | 'Enter';

export interface Viewport {
  width: number;
  height: number;
}

export interface EnginePage {
  readonly engine: EngineName;
  /** Sets the viewport, then loads the URL (a new document: its path or query must differ from the last). */
  open(url: string, viewport: Viewport): Promise<void>;
  /** Runs a self-contained function in the page with one JSON argument, and awaits its answer. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  press(key: Key): Promise<void>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

const INSTALL_HINT =
  'Install the engines (Debian/Ubuntu: `sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb`), or skip this run with ENGINES=chromium-only (see README).';

/** Which engines to run: all of them unless ENGINES names some, or says `chromium-only`. */
export function enginesToRun(setting = process.env.ENGINES): EngineName[] {
  if (!setting?.trim()) return [...ENGINE_NAMES];
  if (setting.trim() === 'chromium-only') return [];
  const named = setting.split(',').map((name) => name.trim());
  const unknown = named.filter((name) => !ENGINE_NAMES.includes(name as EngineName));
  if (unknown.length) throw new Error(`ENGINES="${setting}": unknown engine ${unknown.join(', ')}. Use a list of ${ENGINE_NAMES.join(', ')}, or chromium-only.`);
  return named as EngineName[];
}

function onPath(command: string): string | undefined {
  return (process.env.PATH ?? '').split(delimiter).map((folder) => join(folder, command)).find((path) => existsSync(path));
}

function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  const found = onPath('firefox-esr') ?? onPath('firefox');
  if (!found) throw new Error(`Firefox ESR was not found (firefox-esr or firefox on PATH, or FIREFOX_PATH). ${INSTALL_HINT}`);
  return found;
}

/** Fails before anything starts if an engine asked for is missing. */
export function checkInstalled(engines: EngineName[]): void {
  if (engines.includes('firefox')) firefoxPath();
  if (engines.includes('webkit')) {
    for (const command of ['WebKitWebDriver', 'xvfb-run']) {
      if (!onPath(command)) throw new Error(`WebKit: ${command} was not found on PATH. ${INSTALL_HINT}`);
    }
  }
}

export function launch(engine: EngineName, driverPort: number): Promise<EnginePage> {
  return engine === 'firefox' ? launchFirefox() : launchWebKit(driverPort);
}

async function launchFirefox(): Promise<EnginePage> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  // A page of our own: the tab Firefox starts with never gets the window's focus here, so in it
  // nothing would match :focus, and focus rings could not be seen.
  const page = await browser.newPage();
  return {
    engine: 'firefox',
    async open(url, viewport) {
      await setFirefoxViewport(page, viewport);
      await page.goto(url, { waitUntil: 'load' });
    },
    run: async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => (await page.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`)) as R,
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    close: () => browser.close(),
  };
}

/**
 * Puppeteer sets a viewport over WebDriver BiDi with two commands sent together, the size and the
 * screen's orientation; Firefox ESR 140 knows only the first ("unknown command
 * emulation.setScreenOrientationOverride"), so the size is set and the orientation is refused. The
 * refusal is let go, and the size checked: the run needs the size, not the orientation.
 */
async function setFirefoxViewport(page: PuppeteerPage, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    const refusedOrientation = error instanceof Error && error.message.includes('setScreenOrientationOverride') && error.message.includes('unknown command');
    if (!refusedOrientation) throw error;
  }
  // The refused command can come back before the size has been applied: the size is waited for.
  let size: number[] = [];
  for (const started = Date.now(); Date.now() - started < 5000; await new Promise((resolve) => setTimeout(resolve, 50))) {
    size = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
    if (size[0] === viewport.width && size[1] === viewport.height) return;
  }
  throw new Error(`Firefox's viewport is ${size.join('x')}, not ${viewport.width}x${viewport.height}, 5 s after asking (the size command itself may have failed: its error is not reported when the orientation is refused)`);
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, wider than a phone. A GTK style
 * sheet, read from this folder's gtk-3.0/gtk.css, shrinks the toolbar to nothing; the page is
 * untouched.
 */
function gtkConfigHome(): string {
  const folder = mkdtempSync(join(tmpdir(), 'engines-gtk-'));
  mkdirSync(join(folder, 'gtk-3.0'));
  writeFileSync(join(folder, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n');
  return folder;
}

/** WebKitWebDriver in its own virtual display; the whole process group ends with the run. */
async function startWebKitDriver(port: number, configHome: string): Promise<ChildProcess> {
  const driver = spawn('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
  });
  running.add(driver);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return driver;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopGroup(driver);
  throw new Error(`WebKitWebDriver did not start on port ${port} (under xvfb-run). ${INSTALL_HINT}`);
}

/** Driver process groups still running: ended when this process exits, however it exits. */
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach(stopGroup));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));

function stopGroup(child: ChildProcess): void {
  running.delete(child);
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const WEBDRIVER_KEYS: Record<Key, string> = { PageDown: WebDriverKey.PAGE_DOWN, Escape: WebDriverKey.ESCAPE, Enter: WebDriverKey.ENTER };

async function launchWebKit(port: number): Promise<EnginePage> {
  const configHome = gtkConfigHome();
  const stop = (server?: ChildProcess) => {
    if (server) stopGroup(server);
    rmSync(configHome, { recursive: true, force: true });
  };
  let server: ChildProcess | undefined;
  let driver: WebDriver;
  try {
    server = await startWebKitDriver(port, configHome);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({ browserName: 'MiniBrowser' }).build();
  } catch (error) {
    stop(server);
    throw error;
  }
  /** The window's frame around the page, measured once: the viewport is the window less this. */
  let frame: Viewport | undefined;
  const run = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await driver.executeScript(`return (${fn.toString()})(${JSON.stringify(arg)});`)) as R;
  return {
    engine: 'webkit',
    async open(url, viewport) {
      if (!frame) {
        await driver.manage().window().setRect({ width: 800, height: 600 });
        const inner = await run(() => ({ width: window.innerWidth, height: window.innerHeight }), null);
        frame = { width: 800 - inner.width, height: 600 - inner.height };
      }
      await driver.manage().window().setRect({ width: viewport.width + frame.width, height: viewport.height + frame.height });
      await driver.get(url);
      const inner = await run(() => ({ width: window.innerWidth, height: window.innerHeight }), null);
      if (inner.width !== viewport.width || inner.height !== viewport.height) {
        throw new Error(`WebKit's viewport is ${inner.width}x${inner.height}, not the ${viewport.width}x${viewport.height} asked for`);
      }
    },
    run,
    press: async (key) => driver.actions().sendKeys(WEBDRIVER_KEYS[key]).perform(),
    click: async (selector) => driver.findElement(By.css(selector)).click(),
    async close() {
      try {
        await driver.quit();
      } finally {
        stop(server);
      }
    },
  };
}
