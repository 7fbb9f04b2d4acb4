// The few calls the build makes into two untyped packages.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' },
  ): Promise<Buffer>;
}
declare module 'fontkit' {
  export function create(buffer: Uint8Array): unknown;
}
