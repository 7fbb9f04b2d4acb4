// The Chinese font the PDF embeds (subset to the glyphs used): Noto Serif SC Regular, SIL Open Font
// License 1.1, shipped inside the bundle as a file of its own and fetched only when a PDF is made.
import fontUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url';

let loading: Promise<Uint8Array> | null = null;

/** The font's bytes, fetched once per page load; a failed fetch is tried again next time. */
export function loadPdfFont(): Promise<Uint8Array> {
  loading ??= fetch(fontUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`字体文件加载失败（${response.status}）`);
      return response.arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
