/**
 * The built drawing of every step, pinned in a file per sequence (tests/unit/scenes/), as Observable
 * Plot pins its SVG: a change to a chart's layout shows there, step by step, for review. Each mark is
 * one line (layer, key, tag, then the attributes and text the SVG carries, rounded as the page
 * rounds them); a sequence's first step lists every mark, each later step only what it takes away
 * (-), adds (+) and changes (~), so a mark that stays put is written once (the order of the marks
 * within a layer is pinned at the first step only). After a deliberate change:
 * `npx vitest run --config tests/vitest.config.ts tests/unit/sceneSnapshots.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { VARIANTS, type Mark, type Scene } from '../../src/charts/contract';
import { roundMark } from '../../src/charts/compactStates';
import { MARK_TAGS, geometryAttributes, staticAttributes, textPieces } from '../../src/charts/marks';
import { builtStorySequences } from './builtStory';

interface MarkEntry {
  /** Layer and key: unique in a scene (stepScenes.test.ts holds that). */
  id: string;
  tag: string;
  /** Attribute or text name -> value, as the SVG carries them. */
  fields: Map<string, string>;
}

function markEntry(layer: string, unrounded: Mark): MarkEntry {
  const mark = roundMark(unrounded);
  const { 'data-key': key, class: className, ...rest } = { ...staticAttributes(mark), ...geometryAttributes(mark) };
  const fields = new Map(Object.entries(rest).map(([name, value]) => [name, String(value)]));
  // The class without the "mark mark--<kind>" every mark of a kind carries.
  fields.set('class', String(className).split(' ').slice(2).join(' '));
  if (mark.kind === 'text') fields.set('text', textPieces(mark.text).map((piece) => (piece.tspan?.['font-size'] ? `^${piece.text}` : piece.text)).join(''));
  return { id: `${layer} ${String(key)}`, tag: MARK_TAGS[mark.kind], fields };
}

const fieldText = (fields: Iterable<[string, string]>) => [...fields].map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(' ');
const entryLine = (entry: MarkEntry) => `${entry.id} ${entry.tag} ${fieldText(entry.fields)}`;
const sceneEntries = (scene: Scene) => new Map(scene.layers.flatMap((layer) => layer.marks.map((mark) => markEntry(layer.id, mark))).map((entry) => [entry.id, entry]));
const heading = (scene: Scene) => [`title ${JSON.stringify(scene.title)}`, `desc ${JSON.stringify(scene.description)}`];

/** A step as changes from the one before: marks taken away (-), added (+), and changed (~, only the fields that differ). */
function changes(before: Scene, after: Scene): string[] {
  const [was, is] = [sceneEntries(before), sceneEntries(after)];
  const lines = heading(after).filter((line, index) => line !== heading(before)[index]).map((line) => `~ ${line}`);
  for (const id of was.keys()) if (!is.has(id)) lines.push(`- ${id}`);
  for (const [id, entry] of is) {
    const old = was.get(id);
    if (!old) lines.push(`+ ${entryLine(entry)}`);
    else if (old.tag !== entry.tag) lines.push(`- ${id}`, `+ ${entryLine(entry)}`);
    else {
      const differ = [...entry.fields].filter(([name, value]) => old.fields.get(name) !== value);
      const gone = [...old.fields.keys()].filter((name) => !entry.fields.has(name)).map((name): [string, string] => [name, '']);
      if (differ.length + gone.length > 0) lines.push(`~ ${id} ${fieldText([...differ, ...gone])}`);
    }
  }
  return lines;
}

const sequences = await builtStorySequences();

describe('the built drawing of every step', () => {
  for (const sequence of sequences) {
    it(`${sequence.id} (${sequence.chart}) is as pinned in scenes/${sequence.id}.txt`, async () => {
      const text: string[] = [`# ${sequence.id} (${sequence.chart})`];
      for (const variant of VARIANTS) {
        let previous: Scene | undefined;
        for (const stepId of sequence.stepIds) {
          const scene = sequence.scenes[variant][stepId]!;
          const lines = previous ? changes(previous, scene) : [...heading(scene), ...[...sceneEntries(scene).values()].map(entryLine)];
          text.push('', `## ${variant} #${stepId}${previous ? ' (changes from the step before)' : ''}`, ...lines);
          previous = scene;
        }
      }
      await expect(`${text.join('\n')}\n`).toMatchFileSnapshot(`./scenes/${sequence.id}.txt`);
    });
  }
});
