// Runs work after the browser has painted the current frame: what the clerk is typing shows first, and
// views that summarise the whole report (findings, step badges, save state) follow in a task of their own.
export function afterPaint(run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    run();
  };
  // A frame, then a task: the task runs after that frame is painted. A hidden tab has no frames: the
  // fallback runs the work anyway.
  const frame = requestAnimationFrame(() => setTimeout(once, 0));
  const fallback = setTimeout(once, 200);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
