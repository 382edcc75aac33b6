/**
 * A chart draws its first state from the page and fetches the others (data-states, see
 * src/pages/states/). Every such file must be in the build and hold the steps its page shows, in
 * the page's order, each laid out in both shapes; an embed's file must start with the state the
 * embed is drawn in. Otherwise the chart would silently stop changing at some step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, parseHtml, type Element } from './html.ts';
import { builtPages, readPage } from './dist.ts';

interface StatesFile {
  steps?: { id: string }[];
  states?: Record<string, Record<string, unknown>>;
}

function isInside(element: Element, ancestor: Element): boolean {
  for (let node = element.parentNode; node; node = 'parentNode' in node ? node.parentNode : null) if (node === ancestor) return true;
  return false;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function checkChartStates(distDir: string): string[] {
  const problems: string[] = [];
  for (const page of builtPages(distDir)) {
    const elements = parseHtml(readPage(distDir, page));
    for (const holder of elements.filter((element) => attr(element, 'data-states') !== undefined)) {
      const href = attr(holder, 'data-states')!;
      const file = join(distDir, href);
      if (!existsSync(file)) {
        problems.push(`${page}: ${href} is not in the build`);
        continue;
      }
      const states = JSON.parse(readFileSync(file, 'utf8')) as StatesFile;
      const fileSteps = (states.steps ?? []).map((step) => step.id);
      const pageSteps = elements.filter((element) => attr(element, 'data-step') !== undefined && isInside(element, holder)).map((element) => attr(element, 'data-step')!);
      if (pageSteps.length > 0 && !same(fileSteps, pageSteps)) problems.push(`${page}: ${href} has steps ${fileSteps.join(', ')}; the page has ${pageSteps.join(', ')}`);
      if (pageSteps.length === 0 && fileSteps[0] !== attr(holder, 'data-shown-step')) problems.push(`${page}: ${href} starts at ${fileSteps[0]}; the page is drawn at ${attr(holder, 'data-shown-step')}`);
      for (const variant of ['wide', 'narrow']) {
        const laidOut = Object.keys(states.states?.[variant] ?? {});
        if (!same(laidOut, fileSteps)) problems.push(`${page}: ${href} lays out ${laidOut.join(', ') || 'no step'} in the ${variant} shape`);
      }
    }
  }
  return problems;
}
