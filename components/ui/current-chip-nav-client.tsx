"use client";
import { useEffect, useRef } from "react";

/**
 * A row of chips that scrolls sideways (kinds of promotion, flash-sale slots). On a phone the
 * current one (`aria-current`) may sit past the edge: on load it is scrolled to the middle of the
 * row — the row only, never the page.
 */
export function CurrentChipNav({ label, className, children }: { label: string; className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = ref.current;
    const current = nav?.querySelector<HTMLElement>("[aria-current]");
    if (nav && current) nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }, []);
  return (
    <nav ref={ref} aria-label={label} className={`relative ${className}`}>
      {children}
    </nav>
  );
}
