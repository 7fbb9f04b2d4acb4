// The dev server's virtual modules of the PDF's faces (base64) and their coverage (vite.config.ts).
declare module 'virtual:xxgk-pdf-face/*' {
  const base64: string;
  export default base64;
}
declare module 'virtual:xxgk-font-coverage' {
  const ranges: string;
  export default ranges;
}
