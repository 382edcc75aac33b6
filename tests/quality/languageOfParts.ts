/**
 * Language of parts (WCAG 3.1.2): Chinese text on a page sits in an element whose `lang` says so,
 * so that a screen reader reads it with a Chinese voice rather than spelling it out in English.
 * Chinese is the one script here the page's language cannot be (source titles carry it; Italian
 * titles are marked from the data, src/i18n/languages.ts). Text in attributes (an aria-label) is
 * not checked: an attribute cannot mark part of itself.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const HAN = /\p{Script=Han}/u;

/** Each stretch of Chinese text whose nearest `lang` is not Chinese, with that language. */
export function unmarkedChinese(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: Node, lang: string) => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (HAN.test(node.value) && !/^zh\b/i.test(lang)) problems.push(`"${node.value.trim().slice(0, 60)}" is marked as ${lang || 'no language'}`);
      return;
    }
    if (node.nodeName === 'script' || node.nodeName === 'style') return;
    const own = 'attrs' in node ? node.attrs.find((attribute) => attribute.name === 'lang')?.value : undefined;
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child, own ?? lang);
    if ('content' in node && node.content) walk(node.content as unknown as Node, own ?? lang);
  };
  walk(parse(html) as unknown as Node, '');
  return problems;
}
