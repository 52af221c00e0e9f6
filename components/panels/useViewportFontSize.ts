'use client';

import { useEffect, useState } from 'react';

/** A chart font size that reads from across the room: a fortieth of the screen's height (18 px at 720p, 54 px at 4K). */
export function useViewportFontSize(): number {
  const [size, setSize] = useState(() => (typeof window === 'undefined' ? 18 : fontSizeFor(window.innerHeight)));
  useEffect(() => {
    const onResize = () => setSize(fontSizeFor(window.innerHeight));
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

function fontSizeFor(height: number): number {
  return Math.min(64, Math.max(12, Math.round(height / 40)));
}
