// What Fluent UI needs from a browser that jsdom does not have. Import it first in every jsdom
// test file of the task pane.
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoResizeObserver;
// The jsdom library itself (tests/office-js boots office.js in a window of its own) needs these,
// which Jest's jsdom environment leaves out.
if (typeof g.TextEncoder === "undefined") g.TextEncoder = TextEncoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = TextDecoder;

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
// give a test, and each findBy/waitFor in it, room on a busy machine. Guards against a hang, not
// speed limits: a pane test of 3-4 CPU seconds took over 30 s of wall with two workers at load 15.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

export {};
