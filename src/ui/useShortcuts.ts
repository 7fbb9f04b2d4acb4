// The keys a Word or Excel user presses without thinking: Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo a step
// of the whole report, Ctrl+S saves the draft file instead of the browser saving the page.
import { useEffect } from 'react';
import type { ReportStore } from '../state/store';

/**
 * A text box (not a number cell) keeps the browser's own undo for what is being typed in it; the number
 * cells and everything else undo steps of the report.
 */
function ownsUndo(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !target.dataset.path && target.type !== 'file' && target.type !== 'button';
  return target instanceof HTMLElement && target.isContentEditable;
}

export type Shortcut = 'undo' | 'redo' | 'save' | null;

/** What a key press asks for (pure, tested through the e2e keyboard tests). */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Shortcut {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 's' && !e.shiftKey) return 'save';
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

export function useShortcuts(store: ReportStore, saveDraft: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const shortcut = shortcutOf(e);
      if (!shortcut || e.defaultPrevented) return;
      if (shortcut === 'save') {
        e.preventDefault();
        saveDraft();
        return;
      }
      if (e.isComposing || ownsUndo(e.target)) return;
      e.preventDefault();
      // a number cell being typed in: its value is committed as typed, so the step undone includes it
      if (shortcut === 'undo') store.undo();
      else store.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, saveDraft]);
}
