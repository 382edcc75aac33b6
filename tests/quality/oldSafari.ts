/**
 * The built site works in the oldest browser it supports, Safari (and iPadOS) 15.4 (docs/features.md,
 * "Browsers"), read from the files without a browser: no CSS that Safari 15.4 drops or reads
 * differently, and no script feature it lacks. The CSS minifier and the script bundler follow
 * the targets in astro.config.mjs; these checks catch a target changed, or a feature written by
 * hand that no target can lower.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A CSS feature Safari 15.4 lacks, and how to find it. */
interface Feature {
  name: string;
  /** Where to look: an at-rule's prelude, a style rule's selector, or a declaration. */
  in: 'at-rule' | 'selector' | 'declaration';
  pattern: RegExp;
  /** The word an enclosing `@supports` condition names when the rule is a guarded enhancement. */
  supportsWord?: string;
}

const CSS_FEATURES: Feature[] = [
  // Safari 16.4; older Safari ignores the whole query, so rules for one layout apply to none.
  { name: 'media query range syntax (use min-width / max-width)', in: 'at-rule', pattern: /^@(media|import|custom-media)\b.*\([^()]*[<>=][^()]*\)/s },
  { name: '@container (Safari 16)', in: 'at-rule', pattern: /^@container\b/ },
  { name: '@scope (Safari 17.4)', in: 'at-rule', pattern: /^@scope\b/ },
  { name: '@starting-style (Safari 17.5)', in: 'at-rule', pattern: /^@starting-style\b/ },
  { name: '@property (Safari 16.4)', in: 'at-rule', pattern: /^@property\b/ },
  // A var() inside makes the declaration valid when read, so a plain fallback written before it
  // is overridden, and the value is dropped when used: only an @supports block guards it.
  { name: 'color-mix() (Safari 16.2) outside @supports', in: 'declaration', pattern: /\bcolor-mix\(/i, supportsWord: 'color-mix' },
  { name: 'light-dark() (Safari 17.5) outside @supports', in: 'declaration', pattern: /\blight-dark\(/i, supportsWord: 'light-dark' },
  { name: 'container query units (Safari 16)', in: 'declaration', pattern: /\d(cqw|cqh|cqi|cqb|cqmin|cqmax)\b/i, supportsWord: 'cq' },
  { name: 'line-height units lh / rlh (Safari 16.4)', in: 'declaration', pattern: /\d(r?lh)\b/i, supportsWord: 'lh' },
];

/**
 * Pseudo-classes Safari 15.4 does not know: it drops every rule whose selector list names one, so
 * such a selector must stand alone (the rule is then an enhancement the old browser goes without).
 */
const UNKNOWN_PSEUDO = /:(popover-open|user-valid|user-invalid|state\(|open\b|closed\b|has-slotted|target-current)/;

interface CssRule {
  prelude: string;
  /** Enclosing preludes, outermost first. */
  ancestors: string[];
  declarations: string[];
}

/** Splits CSS into rules with their enclosing at-rules, without a full parser (comments and strings aside). */
export function cssRules(css: string): CssRule[] {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: CssRule[] = [];
  let text = '';
  let quote: string | null = null;
  for (const char of source) {
    if (quote) {
      text += char;
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      text += char;
    } else if (char === '{') {
      const rule: CssRule = { prelude: text.trim(), ancestors: stack.map((open) => open.prelude), declarations: [] };
      rules.push(rule);
      stack.push(rule);
      text = '';
    } else if (char === ';' || char === '}') {
      if (text.trim() && stack.length > 0) stack[stack.length - 1]!.declarations.push(text.trim());
      text = '';
      if (char === '}') stack.pop();
    } else {
      text += char;
    }
  }
  return rules;
}

const isAtRule = (prelude: string) => prelude.startsWith('@');
const isKeyframe = (ancestors: string[]) => ancestors.some((prelude) => /^@(-webkit-)?keyframes\b/.test(prelude));

/** Everything in a stylesheet that Safari 15.4 would drop or misread, one line each. */
export function oldSafariCssProblems(css: string): string[] {
  const problems: string[] = [];
  for (const { prelude, ancestors, declarations } of cssRules(css)) {
    const guardedBy = (word: string) => ancestors.some((outer) => outer.startsWith('@supports') && outer.includes(word));
    for (const feature of CSS_FEATURES) {
      if (feature.in === 'at-rule' && isAtRule(prelude) && feature.pattern.test(prelude)) problems.push(`${feature.name}: ${prelude}`);
      if (feature.in !== 'declaration' || isAtRule(prelude)) continue;
      for (const declaration of declarations) {
        if (feature.pattern.test(declaration) && !(feature.supportsWord && guardedBy(feature.supportsWord))) problems.push(`${feature.name}: ${prelude} { ${declaration} }`);
      }
    }
    if (isAtRule(prelude) || isKeyframe(ancestors)) continue;
    // Nesting arrived in Safari 16.5: a style rule inside a style rule is lost.
    if (ancestors.some((outer) => !isAtRule(outer))) problems.push(`nested style rule (Safari 16.5): ${prelude}`);
    const selectors = prelude.split(',');
    if (selectors.length > 1 && selectors.some((selector) => UNKNOWN_PSEUDO.test(selector))) {
      problems.push(`a selector Safari 15.4 does not know drops the others in its list: ${prelude}`);
    }
  }
  return problems;
}

/**
 * Script features newer than Safari 15.4 that a bundle could pick up from a dependency or a
 * hand-written line, with the version that brought them. (Array.prototype.at, Object.hasOwn and
 * structuredClone arrived in 15.4; a feature used only behind a check, as requestIdleCallback
 * and the scrollend event are, is not listed.)
 */
const SCRIPT_FEATURES: [name: string, pattern: RegExp][] = [
  ['class static block (Safari 16.4)', /\bstatic\s*\{/],
  ['regular expression lookbehind (Safari 16.4)', /\(\?<[=!]/],
  ['Array.prototype.toSorted / toReversed / toSpliced / with (Safari 16)', /\.(toSorted|toReversed|toSpliced)\(/],
  ['Object.groupBy / Map.groupBy (Safari 17.4)', /\b(Object|Map)\.groupBy\b/],
  ['Promise.withResolvers (Safari 17.4)', /\bPromise\.withResolvers\b/],
  ['Array.fromAsync (Safari 16.4)', /\bArray\.fromAsync\b/],
  ['AbortSignal.timeout / any (Safari 16 / 17.4)', /\bAbortSignal\.(timeout|any)\b/],
  ['Element.checkVisibility (Safari 17.4)', /\.checkVisibility\(/],
  ['popover methods (Safari 17)', /\.(showPopover|hidePopover|togglePopover)\(/],
  ['Set methods (Safari 17)', /\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/],
  ['document.startViewTransition (Safari 18)', /\.startViewTransition\(/],
  ['import.meta.resolve (Safari 16.4)', /\bimport\.meta\.resolve\b/],
];

/** The script features in a bundle that Safari 15.4 lacks, one line each. */
export function oldSafariScriptProblems(script: string): string[] {
  return SCRIPT_FEATURES.filter(([, pattern]) => pattern.test(script)).map(([name]) => name);
}

/** The built stylesheets and scripts: each page's inline styles (deduplicated) and every file. */
export function builtAssets(distDir: string): { css: Map<string, string>; scripts: Map<string, string> } {
  const css = new Map<string, string>();
  const scripts = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.css')) css.set(path, readFileSync(path, 'utf8'));
      else if (name.endsWith('.js')) scripts.set(path, readFileSync(path, 'utf8'));
      else if (name.endsWith('.html')) {
        for (const [, style] of readFileSync(path, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
          if (![...css.values()].includes(style!)) css.set(`${path} <style>`, style!);
        }
      }
    }
  };
  walk(distDir);
  return { css, scripts };
}
