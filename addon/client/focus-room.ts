// Keeps the focused control clear of the sticky Simpan bar, however small the sidebar.

const GAP = 8;

/** The page leaves room for the bar when scrolling to a control, and scrolls again if one still ends under it. */
export function keepFocusAboveBar(bar: HTMLElement): void {
  const room = () => {
    document.documentElement.style.scrollPaddingBottom = `${bar.offsetHeight + GAP}px`;
  };
  room();
  new ResizeObserver(room).observe(bar);
  document.addEventListener("focusin", (e) => {
    const el = e.target as HTMLElement;
    // A page that renders one form after another (the phone app) leaves earlier bars detached.
    if (!bar.isConnected || bar.contains(el)) return;
    const box = el.getBoundingClientRect();
    const top = bar.getBoundingClientRect().top;
    // Something taller than the room above the bar (the error summary) shows its beginning.
    if (box.height > top - 2 * GAP) window.scrollBy(0, box.top - GAP);
    else if (box.bottom > top - GAP) window.scrollBy(0, box.bottom - top + GAP);
    else if (box.top < 0) window.scrollBy(0, box.top - GAP);
  });
}
