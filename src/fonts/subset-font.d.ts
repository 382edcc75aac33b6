/** subset-font 2.9 (its own README): the options this project uses. It ships no types. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** Name IDs to keep beyond HarfBuzz's default few. */
    preserveNameIds?: number[];
    /** OpenType feature tags to keep; all by default. */
    keepFeatures?: string[];
    /** Full or partial instancing of variation axes. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
