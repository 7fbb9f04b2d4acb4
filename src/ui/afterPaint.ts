// Runs work after the browser has painted the current frame: what the clerk is typing shows first, and
// views that summarise the whole report (findings, step badges, save state) follow in a task of their own.
// All work asked for before one frame shares one frame callback and one task: a keystroke wakes a dozen
// summaries, and a timer call each would cost more than their reading.
const queue = new Set<() => void>();
let scheduled = false;
let frame = 0;
let fallback: ReturnType<typeof setTimeout> | undefined;

function runQueued() {
  if (!scheduled) return;
  scheduled = false;
  cancelAnimationFrame(frame);
  clearTimeout(fallback);
  const jobs = [...queue];
  queue.clear();
  for (const job of jobs) job();
}

export function afterPaint(run: () => void): () => void {
  const job = () => run();
  queue.add(job);
  if (!scheduled) {
    scheduled = true;
    // A frame, then a task: the task runs after that frame is painted. A hidden tab has no frames: the
    // fallback runs the work anyway.
    frame = requestAnimationFrame(() => setTimeout(runQueued, 0));
    fallback = setTimeout(runQueued, 200);
  }
  return () => {
    queue.delete(job);
  };
}
