/*
 * The browser guard: the first script of the page, a classic script in plain ES5 so that it runs in every browser,
 * IE and the IE "兼容模式" of 360 / QQ / 搜狗 included. It checks what the app needs; where that is there it loads
 * the app's scripts (named, in order, by its data-app attribute), otherwise it says in Chinese which browser this is and what
 * to do, and the app's script is never loaded — a sentence, not a blank page. The floor is Chromium 78
 * (package.json "browserslist"). It is an external file because the page's CSP (script-src 'self') refuses inline
 * scripts. Keep it ES5: eslint.config.js parses it as ES5.
 */
(function (window, document) {
  'use strict';

  var FLOOR = 78;

  /** The features the built app calls at once (the newest first); the bundle's syntax (ES2019, class fields) comes with them. */
  function missingFeatures(w) {
    var missing = [];
    function need(name, present) {
      if (!present) missing.push(name);
    }
    var P = w.Promise;
    need('Promise.allSettled', !!P && typeof P.allSettled === 'function');
    need('Blob.prototype.arrayBuffer', !!w.Blob && typeof w.Blob.prototype.arrayBuffer === 'function');
    need('Object.fromEntries', typeof Object.fromEntries === 'function');
    need('globalThis', typeof w.globalThis === 'object');
    need('queueMicrotask', typeof w.queueMicrotask === 'function');
    need('Array.prototype.flatMap', typeof Array.prototype.flatMap === 'function');
    need('Symbol', typeof w.Symbol === 'function');
    need(
      'Map, Set, WeakMap',
      typeof w.Map === 'function' && typeof w.Set === 'function' && typeof w.WeakMap === 'function',
    );
    need('TextEncoder', typeof w.TextEncoder === 'function');
    need('URL.createObjectURL', !!w.URL && typeof w.URL.createObjectURL === 'function');
    return missing;
  }

  /** The Chromium version the user agent claims, or null. */
  function chromiumVersion(ua) {
    var m = /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua);
    return m ? parseInt(m[1], 10) : null;
  }

  /** The brand a Chinese browser puts in its user agent, if any. */
  function brandOf(ua) {
    if (/QQBrowser|QBCore|\bQQ\//.test(ua)) return 'QQ 浏览器';
    if (/MetaSr|SE 2\.X|Sogou/i.test(ua)) return '搜狗浏览器';
    if (/360SE|360EE|QIHU|360Browser/i.test(ua)) return '360 浏览器';
    if (/Edg(e|A|iOS)?\//.test(ua)) return 'Edge';
    return null;
  }

  /** Which browser this is, as far as its user agent tells, in one phrase. */
  function describeBrowser(ua) {
    var brand = brandOf(ua);
    if (/MSIE |Trident\//.test(ua)) {
      return brand
        ? brand + '的兼容模式（IE 内核）'
        : 'Internet Explorer，或 360、QQ、搜狗等浏览器的兼容模式（IE 内核）';
    }
    var v = chromiumVersion(ua);
    if (v !== null) return (brand ? brand + '，' : '') + 'Chromium ' + v + ' 内核（较旧）';
    return brand || '一款较旧的浏览器';
  }

  /** Null where the app can run; otherwise the sentences to show. */
  function verdict(w, ua) {
    var missing = missingFeatures(w);
    var v = chromiumVersion(ua);
    var isIE = /MSIE |Trident\//.test(ua);
    if (missing.length === 0 && !isIE && (v === null || v >= FLOOR)) return null;
    return {
      title: '年报助手无法在这个浏览器中运行',
      browser: '这个浏览器是：' + describeBrowser(ua) + '。年报助手需要 Chromium ' + FLOOR + ' 或更新的内核。',
      advice:
        '请这样做：如果用的是 360、QQ 或搜狗浏览器，点地址栏右侧的内核图标（闪电或“e”），切换到“极速模式”后刷新本页；' +
        '或者改用新版的 Chrome、Edge 或 360 安全浏览器打开本页。',
      missing: missing,
    };
  }

  function text(tag, content, style) {
    var el = document.createElement(tag);
    el.appendChild(document.createTextNode(content));
    if (style) el.style.cssText = style;
    return el;
  }

  function showVerdict(v) {
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.id = 'browser-guard';
    box.style.cssText =
      'max-width:40em;margin:3em auto;padding:1.5em 2em;border:2px solid #b42318;font-size:16px;line-height:1.7;font-family:sans-serif;';
    box.appendChild(text('h1', v.title, 'font-size:22px;margin:0 0 .5em;color:#b42318;'));
    box.appendChild(text('p', v.browser));
    box.appendChild(text('p', v.advice));
    if (v.missing.length)
      box.appendChild(text('p', '（缺少：' + v.missing.join('、') + '）', 'color:#666;font-size:13px;'));
    document.body.appendChild(box);
  }

  /** This script's own element: while a classic script runs synchronously, it is the last one in the page. */
  function ownScript() {
    var scripts = document.getElementsByTagName('script');
    return scripts[scripts.length - 1];
  }

  function run() {
    var self = ownScript();
    var app = self && self.getAttribute('data-app');
    var v = verdict(window, String(window.navigator.userAgent || ''));
    if (v) return showVerdict(v);
    if (!app) return;
    var scripts = app.split(' ');
    for (var i = 0; i < scripts.length; i++) load(scripts[i]);
  }

  /** Appends one of the app's scripts; added by a script, they run in the order added (async = false). */
  function load(src) {
    var script = document.createElement('script');
    script.src = src;
    script.async = false;
    script.onerror = function () {
      showVerdict({
        title: '年报助手的文件不完整',
        browser: '无法加载 ' + src + '。',
        advice: '请把整个文件夹（包括其中的 assets 文件夹）重新解压或复制后，再打开 index.html。',
        missing: [],
      });
    };
    document.body.appendChild(script);
  }

  // For the unit test (build/browserGuard.test.ts), which runs this file in Node.
  window.XxgkBrowserGuard = { missingFeatures: missingFeatures, describeBrowser: describeBrowser, verdict: verdict };
  if (document) run();
})(window, typeof document === 'undefined' ? null : document);
