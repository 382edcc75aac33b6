/**
 * The scrolly's layouts are decided twice: by the CSS (what is drawn where) and by the client
 * (which drawing it paints, where the trigger line is, whether the key starts folded). Both must
 * use the same media queries, or a phone would paint a hidden drawing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEY_FOLDED_QUERY, NARROW_QUERY, SHORT_QUERY, STACKED_QUERY } from '../../src/scrolly/client/layoutQueries';

const css = readFileSync(new URL('../../src/styles/scrolly.css', import.meta.url), 'utf8');
const normalise = (query: string) => query.replace(/\s+/g, ' ').trim();
const mediaQueries = [...css.matchAll(/@media ([^{]+)\{/g)].map((match) => normalise(match[1]!));

describe('the scrolly layout queries', () => {
  it.each([
    ['STACKED_QUERY', STACKED_QUERY],
    ['NARROW_QUERY', NARROW_QUERY],
    ['SHORT_QUERY', SHORT_QUERY],
    ['KEY_FOLDED_QUERY', KEY_FOLDED_QUERY],
  ])('%s is a media query of scrolly.css, word for word', (_name, query) => {
    expect(mediaQueries).toContain(normalise(query));
  });

});
