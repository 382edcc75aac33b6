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

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface ChapterMeta {
  citations: string[];
  charts: string[];
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
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step') {
      const description = attribute(node, 'description');
      if (description) words += description.split(/\s+/).filter(Boolean).length;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { citations, charts, words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

export function remarkChapterMeta() {
  return (tree: Node, file: VFileLike) => {
    const meta = collectChapterMeta(tree);
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    Object.assign(file.data.astro.frontmatter, meta);
  };
}
