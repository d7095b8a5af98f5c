// axe-core (the npm package, pinned) run inside the preview page. Every rule runs on the whole page;
// the one thing set aside is documented here, where it is made:
//
//   aria-hidden-focus on Tabster's focus helpers. Fluent UI's focus manager (Tabster) puts
//   `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` elements around focus groups and
//   modals; a keyboard never stops on them (Tabster moves the focus on at once) and they hold no
//   content. axe flags them as focusable content hidden from screen readers: a known false
//   positive of Fluent v9. Only those nodes, for only that rule, are set aside; a hit on any other
//   node, or any other rule, fails the test.
import axe from "axe-core";
import type { Page } from "playwright-core";

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

/** The rule that Tabster's helpers trip, and the attribute that tells those helpers apart. */
const TABSTER_RULE = "aria-hidden-focus";
const TABSTER_HELPER = "data-tabster-dummy";

/**
 * axe's violations on the page once it has settled (no finite CSS transition or animation running:
 * colours caught halfway through a fade are not the page's colours), less the documented exclusion.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!injected) await page.addScriptTag({ content: axe.source });
  return page.evaluate(
    async ({ rule, helper }) => {
      const run = (window as unknown as { axe: typeof axe }).axe.run;
      const result = await run(document, { resultTypes: ["violations"], elementRef: true });
      return result.violations
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes
            .filter((n) => !(v.id === rule && (n.element as Element | undefined)?.hasAttribute(helper)))
            .map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`.replace(/\s+/g, " ")),
        }))
        .filter((v) => v.nodes.length > 0);
    },
    { rule: TABSTER_RULE, helper: TABSTER_HELPER },
  );
}
