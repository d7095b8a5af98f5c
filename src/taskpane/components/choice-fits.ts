// Whether a closed select shows its chosen text whole. A <select> cannot wrap: in a narrow pane
// (320 px, 200 % zoom) a long choice is cut at the chevron, and the field then repeats it in full
// as its hint. Measured with the select's own font (canvas), again whenever the select's width
// changes; outside a browser (jsdom: no canvas) the choice counts as fitting.
import { useLayoutEffect, useState } from "react";

/** A ref for the select, and whether `text` fits between its paddings. */
export function useChoiceFits(text: string): [(el: HTMLSelectElement | null) => void, boolean] {
  const [select, setSelect] = useState<HTMLSelectElement | null>(null);
  const [fits, setFits] = useState(true);
  useLayoutEffect(() => {
    if (!select || !text || typeof OffscreenCanvas === "undefined" || typeof ResizeObserver === "undefined") {
      setFits(true);
      return;
    }
    const ctx = new OffscreenCanvas(1, 1).getContext("2d");
    if (!ctx) return;
    const check = (): void => {
      // Not laid out (a hidden tab): nothing to judge yet.
      if (select.clientWidth === 0) return;
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setFits(ctx.measureText(text).width <= room);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(select);
    return () => observer.disconnect();
  }, [select, text]);
  return [setSelect, fits];
}
