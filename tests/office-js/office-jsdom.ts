// Microsoft's office.js, unmodified from node_modules/@microsoft/office-js, running in a jsdom
// window behind the simulated Excel (src/simulated-excel): the host tests and the task pane's
// tests run the production Office host on it. The window emulates Excel for Windows at
// `window.external`; office.js's files are served from node_modules for its CDN address and
// nothing else is fetched. One window per display language and set of requirement sets is
// booted per test file (about half a second) and serves every workbook of that file in turn.
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from "jsdom";
import { installExcelBridge, readMemberTables, type BridgeTarget, type ExcelHostInfo, type MemberTables } from "../../src/simulated-excel";

const DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Serves office.js's own files for its CDN address; refuses everything else. */
class OfficeJsLoader extends ResourceLoader {
  override fetch(url: string, options: FetchOptions): ReturnType<ResourceLoader["fetch"]> {
    void options;
    if (!url.startsWith(CDN)) return Promise.reject(new Error(`office-jsdom: refused ${url}`)) as ReturnType<ResourceLoader["fetch"]>;
    const file = path.resolve(DIST, url.slice(CDN.length).split("?")[0]);
    if (!file.startsWith(DIST + path.sep)) return Promise.reject(new Error(`office-jsdom: refused ${url}`)) as ReturnType<ResourceLoader["fetch"]>;
    return Promise.resolve(readFileSync(file)) as ReturnType<ResourceLoader["fetch"]>;
  }
}

/** A booted office.js: its `Excel` and `Office` globals and the simulated Excel it talks to. */
export interface OfficeJs {
  Excel: typeof Excel;
  Office: typeof Office;
  members: MemberTables;
  host: ExcelHostInfo;
  /** Which simulated Excel answers from now on. */
  use(target: BridgeTarget): void;
}

/** Until a test uses a simulated Excel: a document without settings that answers no request. */
const NO_WORKBOOK: BridgeTarget = {
  answer: () => {
    throw new Error("office-jsdom: no simulated Excel in use");
  },
  readSettings: () => ({}),
  writeSettings: () => {
    throw new Error("office-jsdom: no simulated Excel in use");
  },
};

const booted = new Map<string, Promise<OfficeJs>>();
const windows: { close(): void }[] = [];

// The windows go with the test file that booted them (office.js keeps timers running).
if (typeof afterAll === "function") {
  afterAll(() => {
    for (const w of windows.splice(0)) w.close();
    booted.clear();
  });
}

/** `host` undefined: office.js in a plain page, outside Office (no emulated Excel). */
function boot(host: ExcelHostInfo | undefined): Promise<OfficeJs> {
  let target: BridgeTarget | undefined;
  const virtualConsole = new VirtualConsole();
  // Resources refused on purpose (office.js outside Office reaches for a telemetry page) are not
  // errors of the test; any other error in the window fails loudly.
  virtualConsole.on("jsdomError", (e) => {
    const detail = (e as Error & { type?: string; detail?: unknown }).detail;
    if ((e as Error & { type?: string }).type === "resource loading" && String(detail).includes("office-jsdom: refused")) return;
    throw e;
  });
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    url: "https://localhost/taskpane.html",
    runScripts: "dangerously",
    resources: new OfficeJsLoader(),
    virtualConsole,
    beforeParse(window) {
      if (host) installExcelBridge(window as unknown as Window, host, () => target ?? NO_WORKBOOK);
      // Nothing leaves the machine.
      const refuse = function (): never {
        throw new Error("office-jsdom: network access refused");
      };
      Object.defineProperty(window, "XMLHttpRequest", { value: refuse, configurable: true });
      Object.defineProperty(window, "fetch", { value: refuse, configurable: true });
    },
  });
  windows.push(dom.window);
  const win = dom.window as unknown as Window & { Office?: typeof Office; Excel?: typeof Excel };
  const script = win.document.createElement("script");
  script.src = `${CDN}office.debug.js`;
  win.document.head.appendChild(script);
  return new Promise<OfficeJs>((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      if (win.Office?.onReady) {
        win.Office.onReady().then(() => {
          const excel = win.Excel as typeof Excel;
          resolve({
            Excel: excel,
            Office: win.Office as typeof Office,
            members: host ? readMemberTables(excel as unknown as Record<string, unknown>) : new Map(),
            host: host ?? { displayLanguage: "", apiSets: {} },
            use: (t) => {
              target = t;
            },
          });
        }, reject);
      } else if (Date.now() - started > 20_000) reject(new Error("office-jsdom: office.js did not load"));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/**
 * office.js for this display language and these requirement sets (booted once per test file);
 * without a host: office.js in a page opened outside Office.
 */
export function officeJs(host?: ExcelHostInfo): Promise<OfficeJs> {
  const key = host ? JSON.stringify([host.displayLanguage, Object.entries(host.apiSets).sort()]) : "outside Office";
  let found = booted.get(key);
  if (!found) {
    found = boot(host);
    booted.set(key, found);
  }
  return found;
}
