// The exporters on the dev server: plain dynamic imports (the built bundle uses loaders.build.ts).
export const loadDocxWriter = () => import('./docx');
export const loadPdfWriter = () => import('./pdf');

export async function loadPdfFont(): Promise<Uint8Array> {
  const { default: url } = await import('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`字体文件加载失败（${response.status}）`);
  return new Uint8Array(await response.arrayBuffer());
}
