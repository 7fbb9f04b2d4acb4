// brotli.js's decoder (the one fontkit brings for WOFF2, already inside the PDF writer's script): it unpacks the faces.
declare module 'brotli/decompress.js' {
  export default function decompress(bytes: Uint8Array, outputSize?: number): Uint8Array;
}
