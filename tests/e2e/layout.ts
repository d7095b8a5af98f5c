// What a person would see go wrong in a narrow task pane, measured in Chromium's real layout:
// the pane scrolling sideways, anything sticking out past its right edge, text cut off by a box
// too small for it, and text drawn over other text.
import type { Page } from "playwright-core";

/** The layout problems inside `selector` (the preview page's task pane: its <aside>), as readable lines. */
export async function layoutProblems(page: Page, selector = "aside"): Promise<string[]> {
  return page.locator(selector).evaluate((pane) => {
    const problems: string[] = [];
    const describe = (el: Element): string => `${el.tagName.toLowerCase()} «${(el.textContent ?? "").trim().slice(0, 40)}»`;
    const paneBox = pane.getBoundingClientRect();
    if (pane.scrollWidth > pane.clientWidth) problems.push(`the pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth} px`);
    // Whole texts the pane shows (an input's value or a select's choice cut short is fine when it
    // is also shown in full); a select's options are not shown until its list opens.
    const shownTexts = new Set<string>();
    for (const el of Array.from(pane.querySelectorAll("*"))) {
      if (el.children.length === 0 && el.textContent && !el.closest("select")) shownTexts.add(el.textContent.replace(/\s+/g, " ").trim());
    }
    const measure = document.createElement("canvas").getContext("2d");
    const helper = (el: Element): boolean => el.closest("[data-tabster-dummy]") !== null;
    for (const el of Array.from(pane.querySelectorAll("*"))) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || helper(el)) continue;
      // Inside a box that scrolls sideways on purpose (a table that cannot fit), the box is judged, not its content.
      const scroller = el.parentElement?.closest('[role="region"][tabindex="0"]');
      if (box.right > paneBox.right + 0.5 && !(scroller && pane.contains(scroller))) {
        problems.push(`sticks out ${(box.right - paneBox.right).toFixed(1)} px past the pane: ${describe(el)}`);
      }
      // A closed select draws its chosen option's text in its box, cut at the padding (the chevron's room).
      if (el instanceof HTMLSelectElement && measure) {
        const text = (el.selectedOptions[0]?.textContent ?? "").replace(/\s+/g, " ").trim();
        measure.font = style.font;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (measure.measureText(text).width > room + 1 && !shownTexts.has(text)) {
          problems.push(`cuts off its choice (${Math.round(measure.measureText(text).width)} > ${Math.round(room)} px) and shows it nowhere else: ${describe(el)} «${text}»`);
        }
      }
      const clips = style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1;
      if (!clips) continue;
      if (el instanceof HTMLInputElement && shownTexts.has(el.value.replace(/\s+/g, " ").trim())) continue;
      if (el.getAttribute("role") === "region" && el.getAttribute("tabindex") === "0") continue;
      problems.push(`cuts off its text (${el.scrollWidth} > ${el.clientWidth} px): ${describe(el)}${el instanceof HTMLInputElement ? ` value «${el.value}»` : ""}`);
    }
    // Text drawn over other text: every line box of every text node against every other.
    const lines: { box: DOMRect; text: string }[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || helper(parent)) continue;
      // Fluent's Tab keeps a hidden bold copy of its text to reserve its width.
      if (getComputedStyle(parent).visibility === "hidden" || parent.closest(".fui-Tab__content--reserved-space")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of Array.from(range.getClientRects())) if (box.width > 0) lines.push({ box, text: node.textContent.trim().slice(0, 30) });
    }
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i].box;
        const b = lines[j].box;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) problems.push(`text over text: «${lines[i].text}» and «${lines[j].text}»`);
      }
    }
    return problems;
  });
}
