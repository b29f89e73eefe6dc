// Escape closes what is open (a picking mode first, then the side panel), wherever the focus is, unless a field or
// list inside has already used the key (a search list closing, say).
import { useEffect, useRef } from 'react';

export function useEscapeCloses(open: boolean, close: () => void): void {
  const ref = useRef(close);
  ref.current = close;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      ref.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
