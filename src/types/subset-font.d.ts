/** Types for subset-font (the package ships none): harfbuzz's subsetter over a font buffer. */
declare module 'subset-font' {
  /** Options of subsetFont. */
  interface SubsetFontOptions {
    /** Output format; the input format is detected. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Keep these variation axes, or pin them to a value. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** Keep the font's name table entries. */
    preserveNameIds?: number[];
  }
  /** The font `font` cut down to the glyphs of `text`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
