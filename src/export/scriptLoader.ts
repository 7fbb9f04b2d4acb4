// Loads a classic script of the bundle and returns the global it defines. Classic <script> elements are
// what a page opened from disk (file://) may load: module scripts, import() and fetch() of file:// URLs
// are refused by Chromium. The scripts sit beside the app's own, in assets/, under any path.
const pending = new Map<string, Promise<unknown>>();

export function loadScriptGlobal<T>(globalName: string, file: string): Promise<T> {
  const scope = window as unknown as Record<string, unknown>;
  if (scope[globalName] !== undefined) return Promise.resolve(scope[globalName] as T);
  let loading = pending.get(globalName);
  if (!loading) {
    loading = new Promise<unknown>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(`assets/${file}`, document.baseURI).href;
      script.async = true;
      script.onload = () =>
        scope[globalName] !== undefined ? resolve(scope[globalName]) : reject(new Error(`组件 ${file} 未能初始化`));
      script.onerror = () => {
        script.remove();
        reject(new Error(`无法加载组件 ${file}（文件缺失或被拦截）`));
      };
      document.head.append(script);
    });
    loading.catch(() => pending.delete(globalName));
    pending.set(globalName, loading);
  }
  return loading as Promise<T>;
}

/** base64 → bytes, with the built-in decoder where the browser has one. */
export function decodeBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
