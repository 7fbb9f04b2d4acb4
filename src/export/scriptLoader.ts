// Loads a classic script of the bundle and returns the global it defines. Classic <script> elements are
// what a page opened from disk (file://) may load: module scripts, import() and fetch() of file:// URLs
// are refused by Chromium. The scripts sit beside the app's own, in assets/, under any path.
//
// A script built apart defines a factory (build/classicScripts.ts): it reads the modules it shares from the
// scripts it uses, so those are loaded and run first; then its factory is run once, and its global kept.
// Data scripts (the PDF's faces) define their global directly.

/** What the build wrote of each script: its file and the scripts it reads modules from (vite.config.ts). */
declare const __XXGK_SCRIPTS__: Record<string, { file: string; uses: string[] }>;
const SCRIPTS: Record<string, { file: string; uses: string[] }> =
  typeof __XXGK_SCRIPTS__ === 'undefined' ? {} : __XXGK_SCRIPTS__;

type Factory = () => unknown;
const scope = () => self as unknown as Record<string, unknown> & { XxgkFactories?: Record<string, Factory> };

const files = new Map<string, Promise<void>>();
const globals = new Map<string, Promise<unknown>>();

/** Adds the script's element once; resolves when it has run. */
function loadFile(file: string, charset?: string): Promise<void> {
  let loading = files.get(file);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(`assets/${file}`, document.baseURI).href;
      script.async = true;
      if (charset) script.charset = charset;
      script.onload = () => resolve();
      script.onerror = () => {
        script.remove();
        reject(new Error(`无法加载组件 ${file}（文件缺失或被拦截）`));
      };
      document.head.append(script);
    });
    loading.catch(() => files.delete(file));
    files.set(file, loading);
  }
  return loading;
}

/** Loads the files of a script and of every script it uses, without running anything. */
function loadFiles(name: string, file: string): Promise<void> {
  if (scope().XxgkFactories?.[name]) return Promise.resolve();
  const uses = (SCRIPTS[name]?.uses ?? []).filter((u) => SCRIPTS[u]);
  return Promise.all([loadFile(file), ...uses.map((u) => loadFiles(u, SCRIPTS[u].file))]).then(() => undefined);
}

/** `charset`: how the script's bytes are read (x-user-defined for the faces: see byteText below); the page's UTF-8 otherwise. */
export function loadScriptGlobal<T>(globalName: string, file: string, charset?: string): Promise<T> {
  const here = scope();
  if (here[globalName] !== undefined) return Promise.resolve(here[globalName] as T);
  let loading = globals.get(globalName);
  if (!loading) {
    const uses = (SCRIPTS[globalName]?.uses ?? []).filter((u) => SCRIPTS[u]);
    loading = Promise.all([loadFile(file, charset), ...uses.map((u) => loadScriptGlobal(u, SCRIPTS[u].file))]).then(
      () => {
        const factory = here.XxgkFactories?.[globalName];
        if (here[globalName] === undefined && factory) here[globalName] = factory();
        if (here[globalName] === undefined) throw new Error(`组件 ${file} 未能初始化`);
        return here[globalName];
      },
    );
    loading.catch(() => globals.delete(globalName));
    globals.set(globalName, loading);
  }
  return loading as Promise<T>;
}

/**
 * The text of a reader thread that runs `main` after the scripts it uses, each from its factory's own source:
 * the thread shares the code the page loaded, none of it is built twice. Nothing is run on the page.
 */
export async function threadSource(main: string): Promise<string> {
  await loadFiles(main, SCRIPTS[main].file);
  const factories = scope().XxgkFactories ?? {};
  const order: string[] = [];
  const visit = (name: string) => {
    for (const u of SCRIPTS[name]?.uses ?? []) visit(u);
    if (!order.includes(name)) order.push(name);
  };
  visit(main);
  return order
    .map((name) => {
      const factory = factories[name];
      if (!factory) throw new Error(`组件 ${name} 未能初始化`);
      return name === main ? `(${String(factory)})();` : `self.${name} = (${String(factory)})();`;
    })
    .join('\n');
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

/**
 * The bytes of a script read as x-user-defined (build/pdfFonts.ts byteScript): ASCII stays, bytes 0x80–0xff are
 * U+F780–U+F7FF. (The charset attribute of a classic script is honoured from file:// too, Chromium 78 included.)
 */
export function byteText(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
