/**
 * A remark plugin for chapters. In one pass over the MDX tree, in reading order, it
 *   - numbers citations: each <Cite id="source-id" /> gets `n` (the note number; a source keeps
 *     its number when cited again) and `first` on its first appearance, for the back-link anchor;
 *   - records the charts used by <Scrolly chart="..."> so the page can list their sources;
 *   - counts the words of the prose for the reading time.
 * Results go to the frontmatter Astro returns as `remarkPluginFrontmatter`.
 */

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: Node[];
}

/** A scrolly sequence as authored: used by embeds, data downloads and teacher guides. */
export interface SequenceDefinition {
  id: string;
  chart: string;
  caption: string;
  steps: { id: string; description: string; state: unknown }[];
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

function expressionAttribute(node: Node, name: string): unknown {
  const found = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  const value = found?.value as { type?: string; data?: { estree?: { body: { expression: EstreeNode }[] } } } | undefined;
  if (!value || value.type !== 'mdxJsxAttributeValueExpression') return undefined;
  const expression = value.data?.estree?.body[0]?.expression;
  return expression ? literalValue(expression) : undefined;
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface ChapterMeta {
  citations: string[];
  charts: string[];
  sequences: SequenceDefinition[];
  words: number;
  readingMinutes: number;
}

const WORDS_PER_MINUTE = 220;

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttribute(node: Node, name: string, value: string): void {
  node.attributes = (node.attributes ?? []).filter((attr) => attr.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export function collectChapterMeta(tree: Node): ChapterMeta {
  const citations: string[] = [];
  const charts: string[] = [];
  const sequences: SequenceDefinition[] = [];
  let words = 0;

  const walk = (node: Node) => {
    if (node.type === 'text' && node.value) words += node.value.split(/\s+/).filter(Boolean).length;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
      const id = attribute(node, 'id');
      if (!id) throw new Error('<Cite> needs an id="source-id"');
      let number = citations.indexOf(id) + 1;
      if (number === 0) {
        number = citations.push(id);
        setAttribute(node, 'first', 'true');
      }
      setAttribute(node, 'n', String(number));
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Scrolly') {
      const chart = attribute(node, 'chart');
      if (chart && !charts.includes(chart)) charts.push(chart);
      sequences.push({ id: attribute(node, 'id') ?? '', chart: chart ?? '', caption: attribute(node, 'caption') ?? '', steps: [] });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step') {
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
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { citations, charts, sequences, words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

export function remarkChapterMeta() {
  return (tree: Node, file: VFileLike) => {
    const meta = collectChapterMeta(tree);
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    Object.assign(file.data.astro.frontmatter, meta);
  };
}
