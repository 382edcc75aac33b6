/** A small DOM view of built HTML (parse5), for the static checks. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element[] {
  const document = parse(html);
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
  };
  walk(document as unknown as Node);
  return elements;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function textOf(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(element as unknown as Node);
  return text;
}
