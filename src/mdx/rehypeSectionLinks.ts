/**
 * Gives every section heading of a chapter (h2, h3) a visible "link to this section" anchor,
 * shown on hover and on keyboard focus, so readers can share a section. Runs after Astro's
 * heading ids; the markup follows Starlight's accessible anchor headings, and, like Starlight's, its
 * label comes from the dictionary (one language until the Chinese edition gives chapters theirs).
 */
import { t } from '../i18n/strings';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

const LINKABLE = new Set(['h2', 'h3']);

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

export function rehypeSectionLinks() {
  return (tree: HastNode) => {
    const visit = (parent: HastNode) => {
      const children = parent.children ?? [];
      for (let index = 0; index < children.length; index++) {
        const node = children[index]!;
        if (node.type === 'element' && LINKABLE.has(node.tagName!) && typeof node.properties?.id === 'string') {
          const id = node.properties.id;
          const title = textOf(node).trim();
          children[index] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['section-heading', `section-heading--${node.tagName}`] },
            children: [
              node,
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['section-heading__link'], href: `#${id}` },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: t('chapter.sectionLink', { title }) }] },
                ],
              },
            ],
          };
        } else if (node.children) {
          visit(node);
        }
      }
    };
    visit(tree);
  };
}
