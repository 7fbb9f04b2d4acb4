// Puts HTML (with a plain-text twin) on the clipboard through the page's own copy event: it needs no
// permission and works on file:// and in Chromium 78, where the async clipboard API may not.
export function copyHtml(html: string, text: string): boolean {
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return done;
}
