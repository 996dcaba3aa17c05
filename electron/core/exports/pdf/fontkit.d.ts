/** The little of fontkit (pdfkit's own font engine) that choosing a font per character needs. */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
