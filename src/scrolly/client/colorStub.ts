/**
 * Stands in for d3-color in the browser bundle only (see astro.config.mjs). d3-transition asks
 * d3-color whether an attribute's new value is a colour, to blend it as one. Chart colours here
 * come from CSS classes, never from animated attributes, so no value ever is one; the real
 * parser and its table of named colours would add about 2 KB (gzipped) to every chapter.
 * The build (d3-scale and friends) still uses the real d3-color.
 */
export function color(): null {
  return null;
}

function noColourInterpolation(): never {
  throw new Error('Colour interpolation is not used by the chart client: colours come from CSS classes.');
}

export const rgb = noColourInterpolation;
export const hsl = noColourInterpolation;
export const lab = noColourInterpolation;
export const hcl = noColourInterpolation;
export const cubehelix = noColourInterpolation;
