/** The built CSS and scripts against the oldest browser the site supports (tests/quality/oldSafari.ts says why). */
import { expect, it } from 'vitest';
import { builtAssets, oldSafariCssProblems, oldSafariScriptProblems } from '../quality/oldSafari';
import { DIST } from './built';

it('the built CSS and scripts hold nothing Safari 15.4 cannot read (media range syntax, color-mix() unguarded, nesting, newer script features)', () => {
  const { css, scripts } = builtAssets(DIST);
  expect(css.size).toBeGreaterThan(0);
  expect(scripts.size).toBeGreaterThan(0);
  const problems = [
    ...[...css].flatMap(([file, text]) => oldSafariCssProblems(text).map((problem) => `${file}: ${problem}`)),
    ...[...scripts].flatMap(([file, text]) => oldSafariScriptProblems(text).map((problem) => `${file}: ${problem}`)),
  ];
  expect(problems).toEqual([]);
});
