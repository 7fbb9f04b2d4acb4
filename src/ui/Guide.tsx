/**
 * What the official format expects at this step, beside the editor. Above a table it folds
 * (one line until opened), so the table keeps the height of a 768-pixel screen.
 */
export function Guide({ title = '格式要求', text, folded }: { title?: string; text: string; folded?: boolean }) {
  if (folded)
    return (
      <details className="guide guide-folded">
        <summary>{title}（点击展开）</summary>
        <p>{text}</p>
      </details>
    );
  return (
    <aside className="guide" aria-label={title}>
      <h3>{title}</h3>
      <p>{text}</p>
    </aside>
  );
}
