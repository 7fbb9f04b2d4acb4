import type { Direction } from './navigation';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  /** Caret (or selection) at the start / end of the cell's text: left and right arrows leave the cell only then. */
  atStart: boolean;
  atEnd: boolean;
  /** An IME is composing (`isComposing`, or Chromium's keyCode 229): Enter and arrows pick a candidate there. */
  composing?: boolean;
}

export type GridCommand = { move: Direction; editableOnly: boolean };

/** Spreadsheet keys: arrows move between cells, Enter moves down (Shift+Enter up) to the next cell to fill. Tab is the browser's. */
export function keyToCommand(k: KeyInput): GridCommand | null {
  if (k.composing) return null;
  switch (k.key) {
    case 'ArrowUp':
      return { move: 'up', editableOnly: false };
    case 'ArrowDown':
      return { move: 'down', editableOnly: false };
    case 'ArrowLeft':
      return k.atStart ? { move: 'left', editableOnly: false } : null;
    case 'ArrowRight':
      return k.atEnd ? { move: 'right', editableOnly: false } : null;
    case 'Enter':
      return { move: k.shiftKey ? 'up' : 'down', editableOnly: true };
    default:
      return null;
  }
}
