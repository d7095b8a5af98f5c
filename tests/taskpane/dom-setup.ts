// What Fluent UI needs from a browser that jsdom does not have. Import it first in every jsdom
// test file of the task pane.
import { configure } from "@testing-library/react";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoResizeObserver;

if (typeof window !== "undefined") {
  if (typeof window.matchMedia !== "function") {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (typeof Element.prototype.scrollIntoView !== "function") {
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  }
}

// Fluent in jsdom is slow next to a browser, and CI runs the suites in parallel on 2 cores:
// give a test, and each findBy/waitFor in it, room on a busy machine.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

export {};
