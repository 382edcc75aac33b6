/**
 * What a step of a sequence must draw, said in the words of the marks (key, class, attribute, text),
 * and the check of one built scene against it. The build fixes every step's marks, so the check
 * reads the scene the build writes (no browser); the browser walks only sample a mark or two of it
 * (tests/e2e/sequenceSteps.ts). Classes and attributes are read as the SVG carries them
 * (src/charts/marks.ts), so a pattern means the same here as on the page.
 */
import type { Mark, Scene } from '../../../src/charts/contract';
import { roundMark } from '../../../src/charts/compactStates';
import { geometryAttributes, staticAttributes, textPieces } from '../../../src/charts/marks';

export interface StepExpectation {
  /** Marks drawn once each. */
  present?: string[];
  absent?: string[];
  /** Mark key -> a pattern its class attribute must match. */
  classes?: Record<string, RegExp>;
  /** Mark key -> a pattern its class attribute must not match. */
  notClasses?: Record<string, RegExp>;
  /** Mark key -> attribute -> value. */
  attributes?: Record<string, Record<string, string>>;
  /** Mark key -> text it must contain (a string), or match whole (a pattern). */
  texts?: Record<string, string | RegExp>;
  /** Mark key -> the part of its text drawn raised (an exponent, src/i18n/exponents.ts). */
  raised?: Record<string, string>;
  /** Text the callout above the chart must contain (its lines joined, as they wrap differently on a phone). */
  callout?: string;
  /** Classes at least one mark carries. */
  someWith?: string[];
  /** Classes no mark carries. */
  noneWith?: string[];
}

export interface SequenceExpectation {
  id: string;
  steps: Record<string, StepExpectation>;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A text mark's words as the page holds them: raised runs are tspans whose text joins the rest. */
const drawnText = (mark: Mark) => (mark.kind === 'text' ? textPieces(mark.text).map((piece) => piece.text).join('') : '');
const svgAttributes = (mark: Mark) => {
  const rounded = roundMark(mark);
  return { ...staticAttributes(rounded), ...geometryAttributes(rounded) };
};
const classList = (mark: Mark) => String(staticAttributes(mark).class).split(' ');

/** What in `scene` differs from `expected`: one line per broken expectation, empty when it holds. */
export function sceneProblems(scene: Scene, expected: StepExpectation): string[] {
  const marks = scene.layers.flatMap((layer) => layer.marks);
  const problems: string[] = [];
  const byKey = (key: string) => marks.filter((mark) => mark.key === key);
  /** The one mark with `key`, or a problem said and undefined. */
  const one = (key: string, why: string) => {
    const found = byKey(key);
    if (found.length === 1) return found[0];
    problems.push(`${key} (${why}): drawn ${found.length} times, not once`);
    return undefined;
  };

  for (const key of expected.present ?? []) one(key, 'present');
  for (const key of expected.absent ?? []) if (byKey(key).length > 0) problems.push(`${key}: drawn, should be absent`);
  for (const [key, pattern] of Object.entries(expected.classes ?? {})) {
    const mark = one(key, `class ${pattern}`);
    if (mark && !pattern.test(String(staticAttributes(mark).class))) problems.push(`${key}: class "${staticAttributes(mark).class}" does not match ${pattern}`);
  }
  for (const [key, pattern] of Object.entries(expected.notClasses ?? {})) {
    const mark = one(key, `no class ${pattern}`);
    if (mark && pattern.test(String(staticAttributes(mark).class))) problems.push(`${key}: class "${staticAttributes(mark).class}" matches ${pattern}`);
  }
  for (const [key, attributes] of Object.entries(expected.attributes ?? {})) {
    const mark = one(key, 'attributes');
    if (!mark) continue;
    const actual = svgAttributes(mark) as Record<string, string | number | undefined>;
    for (const [name, value] of Object.entries(attributes)) if (String(actual[name]) !== value) problems.push(`${key}: ${name}="${actual[name]}", not "${value}"`);
  }
  for (const [key, text] of Object.entries(expected.texts ?? {})) {
    const mark = one(key, 'text');
    if (!mark) continue;
    const actual = normal(drawnText(mark));
    const holds = typeof text === 'string' ? actual.includes(normal(text)) : text.test(actual);
    if (!holds) problems.push(`${key}: text "${actual}" does not ${typeof text === 'string' ? 'contain' : 'match'} ${typeof text === 'string' ? `"${text}"` : text}`);
  }
  for (const [key, text] of Object.entries(expected.raised ?? {})) {
    const mark = one(key, 'raised text');
    if (!mark || mark.kind !== 'text') continue;
    const raised = textPieces(mark.text).find((piece) => piece.tspan?.['font-size'] === '70%');
    if (raised?.text !== text) problems.push(`${key}: raised text "${raised?.text ?? ''}", not "${text}"`);
  }
  if (expected.callout) {
    const callout = normal(scene.layers.filter((layer) => layer.id === 'callout').flatMap((layer) => layer.marks.map(drawnText)).join(' '));
    if (!callout.includes(expected.callout)) problems.push(`callout "${callout}" does not contain "${expected.callout}"`);
  }
  for (const name of expected.someWith ?? []) if (!marks.some((mark) => classList(mark).includes(name))) problems.push(`no mark has the class ${name}`);
  for (const name of expected.noneWith ?? []) {
    const carriers = marks.filter((mark) => classList(mark).includes(name)).map((mark) => mark.key);
    if (carriers.length > 0) problems.push(`marks with the class ${name}: ${carriers.slice(0, 4).join(', ')}`);
  }
  return problems;
}
