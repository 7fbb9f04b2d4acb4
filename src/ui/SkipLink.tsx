// A link that moves the keyboard focus past a long stretch (the header, a number grid) to `target`: hidden
// until it has the focus. Handled here, not by the browser's fragment navigation, so that the address stays
// as it is and the focus surely lands on the target (which has tabIndex -1).
import type { ReactNode } from 'react';

export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        const el = document.getElementById(target);
        if (!el) return;
        e.preventDefault();
        el.focus();
        el.scrollIntoView({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
