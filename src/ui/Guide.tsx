/** What the official format expects at this step, beside the editor. */
export function Guide({ title = '格式要求', text }: { title?: string; text: string }) {
  return (
    <aside className="guide" aria-label={title}>
      <h3>{title}</h3>
      <p>{text}</p>
    </aside>
  );
}
