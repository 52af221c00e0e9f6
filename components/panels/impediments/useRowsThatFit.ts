'use client';

import { useLayoutEffect, useRef, useState } from 'react';

/**
 * How many rows of a list fit in its box without being cut off at the bottom (a long title takes two lines, so
 * it is measured, not assumed): every row is drawn first, then the ones that do not fit are dropped before the
 * frame is painted. New rows, a box or a row that changes size (the web font arriving) are measured again. Give
 * the box `position: relative`.
 *   const { box, shown } = useRowsThatFit(rows);  <ol ref={box}>{rows.slice(0, shown).map(...)}</ol>
 */
export function useRowsThatFit<Row>(rows: Row[]) {
  const box = useRef<HTMLOListElement>(null);
  const [fit, setFit] = useState<{ rows: Row[]; count: number } | null>(null);
  const shown = fit !== null && fit.rows === rows ? fit.count : rows.length;

  useLayoutEffect(() => {
    const list = box.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    // The first notice comes as observing starts; later ones mean the box or a row changed size.
    let first = true;
    const observer = new ResizeObserver(() => {
      if (!first) return setFit(null);
      first = false;
      const items = [...list.children] as HTMLElement[];
      // Measured already: only some rows are drawn.
      if (items.length !== rows.length) return;
      const over = items.findIndex((item) => item.offsetTop + item.offsetHeight > list.clientHeight + 0.5);
      const count = over === -1 ? rows.length : over;
      setFit((current) => (current?.rows === rows && current.count === count ? current : { rows, count }));
    });
    observer.observe(list);
    for (const item of list.children) observer.observe(item);
    return () => observer.disconnect();
  }, [rows, fit]);

  return { box, shown };
}
