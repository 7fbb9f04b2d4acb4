import { useCallback, useState } from 'react';
import { useServices } from '../context';

const AUTHOR_KEY = 'xxgk-nianbao:author';

/** The name remarks are signed with: asked once, remembered in this browser. */
export function useAuthor(): [string, (name: string) => void] {
  const { storage } = useServices();
  const [author, setAuthor] = useState(() => {
    try {
      return storage?.getItem(AUTHOR_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const remember = useCallback(
    (name: string) => {
      setAuthor(name);
      try {
        storage?.setItem(AUTHOR_KEY, name);
      } catch {
        // not remembered: asked again next time, nothing else is lost
      }
    },
    [storage],
  );
  return [author, remember];
}
