// Whether a box is narrower than what it holds (a wide table at 200% zoom): such a box gets a tab stop, so a
// keyboard user can scroll it with the arrow keys. Measured when its size changes, never on a keystroke.
import { useEffect, useState, type RefObject } from 'react';

export function useScrollsSideways(box: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [box]);
  return scrolls;
}
