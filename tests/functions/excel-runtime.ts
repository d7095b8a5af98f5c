// The worksheet functions as Excel's runtime holds them: Microsoft's own custom-functions runtime
// (custom-functions-runtime.js of @microsoft/office-js, unmodified) gives CustomFunctions.Error,
// ErrorCode and associate; the functions are associated by the list that Microsoft's metadata
// tool makes from functions.ts, which is what its webpack loader appends to the file.
import * as fs from "node:fs";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { JSDOM } from "jsdom";
import * as functions from "../../src/functions/functions";
import { englishMetadata, type FunctionsMetadata } from "../../scripts/functions-build";

const ROOT = path.resolve(__dirname, "../..");
export const FUNCTIONS_TS = path.join(ROOT, "src/functions/functions.ts");
const RUNTIME = path.join(ROOT, "node_modules/@microsoft/office-js/dist/custom-functions-runtime.js");

export type CustomFunctionsNamespace = typeof CustomFunctions & {
  _association: { mappings: Record<string, (...args: unknown[]) => unknown> };
};

let runtime: CustomFunctionsNamespace | undefined;

/**
 * Microsoft's runtime, loaded once into a jsdom window (it looks for its own <script> tag) and
 * made the global `CustomFunctions` the functions use. The window is closed at once: the
 * classes stay usable, and its start-up (which would fetch MicrosoftAjax.js) never runs.
 */
export function excelRuntime(): CustomFunctionsNamespace {
  if (runtime) return runtime;
  const dom = new JSDOM("<!doctype html><html><head><script src='https://localhost/custom-functions-runtime.js'></script></head></html>", {
    url: "https://localhost/",
    runScripts: "outside-only",
  });
  dom.window.eval(fs.readFileSync(RUNTIME, "utf8"));
  runtime = (dom.window as unknown as { CustomFunctions: CustomFunctionsNamespace }).CustomFunctions;
  dom.window.close();
  (globalThis as unknown as { CustomFunctions: CustomFunctionsNamespace }).CustomFunctions = runtime;
  return runtime;
}

export interface Generated {
  /** functions.json as the build writes it (Dutch). */
  nl: FunctionsMetadata;
  /** functions.en.json. */
  en: FunctionsMetadata;
  associate: { id: string; functionName: string }[];
}

let generated: Promise<Generated> | undefined;

/** The metadata Microsoft's tool makes from the JSDoc, and the English copy of the build. */
export function generatedMetadata(): Promise<Generated> {
  generated ??= (async () => {
    const result = await generateCustomFunctionsMetadata([FUNCTIONS_TS]);
    if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
    const nl = JSON.parse(result.metadataJson) as FunctionsMetadata;
    const texts = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/metadata-en.json"), "utf8"));
    return { nl, en: englishMetadata(nl, texts), associate: result.associate };
  })();
  return generated;
}

let association: Promise<Record<string, (...args: unknown[]) => unknown>> | undefined;

/** Every function associated with Excel's runtime by id, once, as the built functions.js does. */
export function associatedFunctions(): Promise<Record<string, (...args: unknown[]) => unknown>> {
  association ??= (async () => {
    const cf = excelRuntime();
    const { associate } = await generatedMetadata();
    const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const { id, functionName } of associate) cf.associate(id, exported[functionName]);
    return cf._association.mappings;
  })();
  return association;
}

/**
 * The associated functions after their first call, which loads what they compute (functions.ts
 * loads bodies.ts on demand): from then on a streaming function sets its result during the call
 * and VERDEEL.AANDEEL's promise settles at once, as for every call after Excel's first
 * recalculation. The first call itself is tested in lazy-load.test.ts.
 */
export async function registeredFunctions(): Promise<Record<string, (...args: unknown[]) => unknown>> {
  const fns = await associatedFunctions();
  await fns.SHARE([[1]], 1, null, null);
  return fns;
}

/** A streaming invocation as the runtime makes it: every setResult is kept. */
export function streamingInvocation<T>(): CustomFunctions.StreamingInvocation<T> & { results: (T | CustomFunctions.Error)[] } {
  const results: (T | CustomFunctions.Error)[] = [];
  return { results, setResult: (value) => results.push(value) };
}
