/** The Nu HTML Checker (npm vnu-jar, needs Java) over built pages: errors only. */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface HtmlError {
  file: string;
  line?: number | undefined;
  message: string;
  extract?: string | undefined;
}

/**
 * Messages from the checker that are wrong about valid code, each with the reason. Keep this
 * list short: anything else the checker reports fails the build's HTML gate.
 */
const KNOWN_FALSE_POSITIVES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
    reason: 'paint-order is SVG 2 / CSS Fill and Stroke (text halos on charts), supported by every current browser; the checker\'s CSS profile predates it.',
  },
];

const require = createRequire(import.meta.url);
const vnuJar = require('vnu-jar') as string;

export function validateHtml(files: string[]): HtmlError[] {
  if (files.length === 0) return [];
  let output = '';
  try {
    execFileSync('java', ['-Xss8m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes the report to stderr.
    const failure = error as { stderr?: string; status?: number };
    output = failure.stderr ?? '';
    if (!output.trim().startsWith('{')) throw new Error(`The HTML checker could not run (is Java installed?): ${output.slice(0, 500)}`);
  }
  if (!output.trim()) return [];
  const report = JSON.parse(output) as { messages: { type: string; url: string; lastLine?: number; message: string; extract?: string }[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .filter((message) => !KNOWN_FALSE_POSITIVES.some((known) => known.pattern.test(message.message)))
    .map((message) => ({ file: decodeURIComponent(message.url.replace(/^file:/, '')), line: message.lastLine, message: message.message, extract: message.extract }));
}
