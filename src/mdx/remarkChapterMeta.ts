/**
 * A remark plugin for chapters, and the only reader of what a chapter's MDX says about its story.
 * In one pass over the tree, in reading order, it
 *   - numbers citations: each <Cite id="source-id" /> gets `n` (the note number; a source keeps
 *     its number when cited again) and `first` on its first appearance, for the back-link anchor;
 *   - reads each <Scrolly> and its <Step>s (id, description, the literal `state`), gives every
 *     <Step> a `sequence` attribute naming its Scrolly and takes its `state` away: the Step draws
 *     its figure from the built sequence (src/story), so MDX never evaluates the state again;
 *   - lists the glossary terms (<Term>), claim markers ({/* claim C07 *\/}), <Value>s and <DateOf>s, which the
 *     story checks once (src/story/validateStory.ts);
 *   - counts the words of the prose for the reading time.
 * Results go to the frontmatter Astro returns as `remarkPluginFrontmatter` (typed in src/story/meta.ts).
 */
import type { ChapterMeta, SequenceDefinition, ValueUse } from '../story/meta';

export type { ChapterMeta, SequenceDefinition };

interface Attribute {
  type: string;
  name: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Attribute[];
  children?: Node[];
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/**
 * The value of a literal written in MDX (`state={{ chips: ['a', 'b'], year: 2024 }}`), read from
 * its parsed form without running any code. Anything but literals is refused.
 */
export function literalValue(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ArrayExpression':
      return (node.elements as EstreeNode[]).map(literalValue);
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties as EstreeNode[]).map((property) => {
          if (property.type !== 'Property' || property.computed) throw new Error('only plain "key: value" properties are allowed in a step state');
          const key = property.key as EstreeNode;
          const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
          return [name, literalValue(property.value as EstreeNode)];
        }),
      );
    case 'UnaryExpression':
      if (node.operator === '-' && (node.argument as EstreeNode).type === 'Literal') return -(literalValue(node.argument as EstreeNode) as number);
      break;
    case 'TemplateLiteral':
      if ((node.expressions as unknown[]).length === 0) return ((node.quasis as { value: { cooked: string } }[])[0]!).value.cooked;
      break;
  }
  throw new Error(`a step state may only hold literals (strings, numbers, booleans, arrays, objects), not ${node.type}`);
}

function findAttribute(node: Node, name: string): Attribute | undefined {
  return node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
}

function expressionAttribute(node: Node, name: string): unknown {
  const value = findAttribute(node, name)?.value as { type?: string; data?: { estree?: { body: { expression: EstreeNode }[] } } } | undefined;
  if (!value || value.type !== 'mdxJsxAttributeValueExpression') return undefined;
  const expression = value.data?.estree?.body[0]?.expression;
  return expression ? literalValue(expression) : undefined;
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const WORDS_PER_MINUTE = 220;
const CLAIM_MARKER = /^\s*\/\*\s*claim\s+(C\d\d)\s*\*\/\s*$/;

function attribute(node: Node, name: string): string | undefined {
  const value = findAttribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

function setAttribute(node: Node, name: string, value: string): void {
  removeAttribute(node, name);
  node.attributes!.push({ type: 'mdxJsxAttribute', name, value });
}

function removeAttribute(node: Node, name: string): void {
  node.attributes = (node.attributes ?? []).filter((attr) => attr.name !== name);
}

function isElement(node: Node, name: string): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** A <Value>'s attributes as quoteValue takes them: `bare` is a flag, `digits={1}` a number. */
function valueUse(node: Node): ValueUse {
  const use: ValueUse = {};
  for (const key of ['series', 'at', 'group', 'record', 'field'] as const) {
    const value = attribute(node, key);
    if (value !== undefined) use[key] = value;
  }
  const bare = findAttribute(node, 'bare');
  if (bare) use.bare = bare.value === null || bare.value === undefined ? true : expressionAttribute(node, 'bare') === true || bare.value === 'true';
  const digits = expressionAttribute(node, 'digits') ?? attribute(node, 'digits');
  if (digits !== undefined) use.digits = Number(digits);
  return use;
}

export function collectChapterMeta(tree: Node): ChapterMeta {
  const citations: string[] = [];
  const charts: string[] = [];
  const sequences: SequenceDefinition[] = [];
  const terms: string[] = [];
  const claimMarkers: string[] = [];
  const values: ValueUse[] = [];
  const dates: string[] = [];
  let words = 0;

  const walk = (node: Node) => {
    if (node.type === 'text' && node.value) words += node.value.split(/\s+/).filter(Boolean).length;
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.value) {
      const claim = CLAIM_MARKER.exec(node.value)?.[1];
      if (claim) claimMarkers.push(claim);
    }
    if (isElement(node, 'Cite')) {
      const id = attribute(node, 'id');
      if (!id) throw new Error('<Cite> needs an id="source-id"');
      let number = citations.indexOf(id) + 1;
      if (number === 0) {
        number = citations.push(id);
        setAttribute(node, 'first', 'true');
      }
      setAttribute(node, 'n', String(number));
    }
    if (isElement(node, 'Term')) terms.push(attribute(node, 'id') ?? '');
    if (isElement(node, 'Value')) values.push(valueUse(node));
    if (isElement(node, 'DateOf')) dates.push(attribute(node, 'record') ?? '');
    if (isElement(node, 'Scrolly')) {
      const chart = attribute(node, 'chart');
      if (chart && !charts.includes(chart)) charts.push(chart);
      sequences.push({ id: attribute(node, 'id') ?? '', chart: chart ?? '', caption: attribute(node, 'caption') ?? '', steps: [] });
    }
    if (isElement(node, 'Step')) {
      const description = attribute(node, 'description');
      if (description) words += description.split(/\s+/).filter(Boolean).length;
      const sequence = sequences.at(-1);
      const id = attribute(node, 'id') ?? '';
      if (!sequence) throw new Error(`<Step id="${id}"> must be inside a <Scrolly>`);
      try {
        sequence.steps.push({ id, description: description ?? '', state: expressionAttribute(node, 'state') });
      } catch (error) {
        throw new Error(`<Step id="${id}"> in <Scrolly id="${sequence.id}">: ${error instanceof Error ? error.message : String(error)}`);
      }
      removeAttribute(node, 'state');
      setAttribute(node, 'sequence', sequence.id);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { citations, charts, sequences, terms, claimMarkers, values, dates, words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

export function remarkChapterMeta() {
  return (tree: Node, file: VFileLike) => {
    const meta = collectChapterMeta(tree);
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    Object.assign(file.data.astro.frontmatter, meta);
  };
}
