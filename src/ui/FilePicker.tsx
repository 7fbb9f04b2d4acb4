// A button that opens the browser's file chooser: the input itself is hidden (its look cannot be styled) but
// keeps an accessible name, so that tests and assistive technology can still reach it.
import { useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  accept: string;
  /** The hidden input's accessible name (`选择草稿文件`…). */
  inputLabel: string;
  onFiles(files: File[]): void;
  multiple?: boolean;
  disabled?: boolean;
  className?: string;
}

export function FilePicker({ children, accept, inputLabel, onFiles, multiple, disabled, className }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={inputLabel}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // cleared, so that choosing the same file again is a change too
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
