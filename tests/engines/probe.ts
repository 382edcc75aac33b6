/**
 * The probe: a script the runner's server puts first in every page (server.ts). It records what
 * the e2e suite's watchPage records in Chromium, in a form every engine gives: uncaught errors and
 * rejections, console errors and warnings, resources that failed to load, and Content-Security-
 * Policy violations. The run reads them back with `readProblems`.
 */
export const PROBE_PATH = '/__engines/probe.js';

declare global {
  interface Window {
    __engineProblems?: string[];
  }
}

/** Runs in the page, before any of its own scripts. */
function probe(): void {
  const problems: string[] = [];
  window.__engineProblems = problems;
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        // Not a script's error: every engine (Chromium too) reports that some ResizeObserver
        // notifications wait for the next frame (the chart's height, handed to the phone layout's
        // CSS, changes as its caption and key are drawn). Nothing failed.
        if (/^ResizeObserver loop/.test(event.message)) return;
        problems.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
        return;
      }
      const target = event.target as (Element & { src?: string; href?: string }) | null;
      if (target && target !== (window as unknown)) problems.push(`failed to load: ${target.src || target.href || target.tagName}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => problems.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      problems.push(`console ${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
}

export function probeSource(): string {
  return `(${probe.toString()})();\n`;
}

/** Runs in the page: what the probe has recorded so far. */
export function readProblems(): string[] {
  return window.__engineProblems ?? ['the probe did not run: the page was not served by the engine run'];
}
