/** A small DOM view of built HTML (parse5), for the static checks. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type Element = DefaultTreeAdapterMap['element'];
export type Document = DefaultTreeAdapterMap['document'];

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

/** An element's text as a reader gets it read out: whitespace collapsed and trimmed (Playwright's toHaveText does the same). */
export function readText(element: Element): string {
  return textOf(element).replace(/\s+/g, ' ').trim();
}

export const parseDocument = (html: string): Document => parse(html);

/**
 * The elements under `root` that match a selector, in document order, as the page shows them (a
 * <template>'s content is not in the page). Selectors are what the tests need of CSS: tag, .class,
 * #id and [attr], [attr="v"], [attr^="v"], [attr$="v"], [attr*="v"], joined by spaces (descendant)
 * or " > " (child). As in the DOM, the first parts may match above `root`.
 */
export function querySelectorAll(root: ParentNode, selector: string): Element[] {
  const steps = parseSelector(selector);
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (matchesFrom(child, steps, steps.length - 1)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

export function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

interface Compound {
  tag?: string;
  test: ((element: Element) => boolean)[];
  /** How this compound relates to the one before it. */
  combinator: ' ' | '>';
}

const TOKEN = /^(?:([a-z][a-z0-9-]*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:([\^$*]?=)"([^"]*)")?\])/i;

function parseSelector(selector: string): Compound[] {
  const compounds: Compound[] = [];
  let combinator: Compound['combinator'] = ' ';
  for (const part of selector.trim().split(/\s+/)) {
    if (part === '>') {
      combinator = '>';
      continue;
    }
    const compound: Compound = { test: [], combinator };
    let rest = part;
    while (rest) {
      const match = TOKEN.exec(rest);
      if (!match) throw new Error(`unsupported selector: ${selector}`);
      const [whole, tag, className, id, name, operator, value] = match;
      if (tag) compound.tag = tag.toLowerCase();
      else if (className) compound.test.push((element) => hasClass(element, className));
      else if (id) compound.test.push((element) => attr(element, 'id') === id);
      else compound.test.push(attributeTest(name!, operator, value));
      rest = rest.slice(whole.length);
    }
    compounds.push(compound);
    combinator = ' ';
  }
  return compounds;
}

function attributeTest(name: string, operator: string | undefined, value: string | undefined): (element: Element) => boolean {
  return (element) => {
    const actual = attr(element, name);
    if (actual === undefined) return false;
    if (operator === '=') return actual === value;
    if (operator === '^=') return actual.startsWith(value!);
    if (operator === '$=') return actual.endsWith(value!);
    if (operator === '*=') return actual.includes(value!);
    return true;
  };
}

const matchesCompound = (element: Element, compound: Compound) =>
  (compound.tag === undefined || element.tagName === compound.tag) && compound.test.every((test) => test(element));

const parentElement = (element: Element): Element | undefined => {
  const parent = element.parentNode;
  return parent && 'tagName' in parent ? parent : undefined;
};

function matchesFrom(element: Element, steps: Compound[], index: number): boolean {
  if (!matchesCompound(element, steps[index]!)) return false;
  if (index === 0) return true;
  if (steps[index]!.combinator === '>') {
    const parent = parentElement(element);
    return parent !== undefined && matchesFrom(parent, steps, index - 1);
  }
  for (let ancestor = parentElement(element); ancestor; ancestor = parentElement(ancestor)) if (matchesFrom(ancestor, steps, index - 1)) return true;
  return false;
}


/** The element itself or its nearest ancestor that matches a selector. */
export function closest(element: Element, selector: string): Element | undefined {
  const steps = parseSelector(selector);
  for (let node: Element | undefined = element; node; node = parentElement(node)) if (matchesFrom(node, steps, steps.length - 1)) return node;
  return undefined;
}
