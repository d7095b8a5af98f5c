// Excel for Windows as office.js sees it: the `window.external` bridge. office.js asks it for the
// host (GetHostInfo: Excel, Win32, 16.01, its language), the context (about fifteen getters: the
// supported requirement sets, the display language, the document settings, …), and sends every
// context.sync() through Execute(93, …) as a RichApi request, answered here by the simulated
// Excel in use. Install it before office.js runs; it works in jsdom and in a browser.

export interface ExcelHostInfo {
  /** Office's display language, e.g. "nl-NL" (Office.context.displayLanguage). */
  displayLanguage: string;
  /** Requirement sets, name -> highest version (Office.context.requirements.isSetSupported). */
  apiSets: Record<string, string>;
}

/** What the bridge needs of the simulated Excel in use. */
export interface BridgeTarget {
  /** Answers a RichApi request body: status 0 with a response body, or 5103 / 5104. */
  answer(body: string): { status: number; body: string };
  /** The document settings, as office.js stores them (values are JSON texts). */
  readSettings(): Record<string, string>;
  writeSettings(values: Record<string, string>): void;
}

/** Excel's answer to Execute: a SafeArray-like object office.js reads with toArray(). */
function safeArray(values: unknown[]): { toArray(): unknown[] } {
  return { toArray: () => values };
}

const RICH_API_DISPATCH = 93;

/**
 * Installs the emulated host on `win`. `target()` is the simulated Excel that answers (looked up
 * on every request, so one loaded office.js can serve several workbooks in turn).
 */
export function installExcelBridge(win: Window, host: ExcelHostInfo, target: () => BridgeTarget): void {
  const settings = {
    Read(keys: string[], values: string[]): void {
      for (const [k, v] of Object.entries(target().readSettings())) {
        keys.push(k);
        values.push(v);
      }
    },
    Write(keys: string[], values: string[]): void {
      const out: Record<string, string> = {};
      keys.forEach((k, i) => (out[k] = values[i]));
      target().writeSettings(out);
    },
  };
  const context = {
    GetAppType: () => 1,
    GetSolutionRef: () => "verdeelsleutel-preview",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => host.displayLanguage,
    GetAppDataLocale: () => host.displayLanguage,
    GetDocUrl: () => "",
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetCorrelationId: () => "",
    GetInstanceId: () => "",
    GetSupportedMatrix: () => JSON.stringify(host.apiSets),
    GetHostFullVersion: () => "16.0.19000.20000",
    GetSettings: () => settings,
  };
  const external = {
    GetHostInfo: () => `Excel$Win32$16.01$${host.displayLanguage}$$$$0`,
    GetContext: () => context,
    Execute(dispatchId: number, args: unknown[][], callback: (result: { toArray(): unknown[] }) => void): void {
      if (dispatchId !== RICH_API_DISPATCH) throw new Error(`simulated Excel: Execute(${dispatchId}) is not modelled`);
      const message = args[0];
      const body = typeof message[4] === "string" ? message[4] : "";
      const answer = target().answer(body);
      // Excel answers asynchronously.
      win.setTimeout(() => callback(answer.status === 0 ? safeArray([0, [200, [], answer.body]]) : safeArray([answer.status])), 0);
    },
    RegisterEvent(): void {},
    UnregisterEvent(): void {},
  };
  Object.defineProperty(win, "external", { value: external, configurable: true, writable: true });
}
