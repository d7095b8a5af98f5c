// An add-in's custom functions in the simulated Excel: what Excel knows of each (from the
// add-in's functions.json: names, parameters, streaming) and the JavaScript function the add-in
// associated with it; the simulation calls that function as Excel's runtime does (the arguments
// in order, null for an omitted one, a range as an array of rows, then an invocation object) and
// keeps one live invocation per formula call, so a streaming function's later setResult reaches
// the cell. Which functions exist is given by whoever builds the simulation (the preview page).
import type { Scalar } from "./formulas";

export interface CustomFunctionParameter {
  /** "matrix": the argument is passed as an array of rows; "scalar": one value. */
  dimensionality: "scalar" | "matrix";
  optional: boolean;
}

export interface CustomFunctionDefinition {
  /** The function's id (CustomFunctions.associate's name). */
  id: string;
  /** Every name a formula may call it by, with the namespace (VERDEEL.AANDEEL, VERDEEL.SHARE). */
  names: readonly string[];
  /** The name a stored formula (Range.formulas) uses: the English one. */
  formulaName: string;
  parameters: readonly CustomFunctionParameter[];
  /** A streaming function gets setResult and may set a new result later. */
  stream: boolean;
  fn: (...args: unknown[]) => unknown;
}

/** The custom functions an Excel knows, found by a name in a formula (any case). */
export interface CustomFunctionCatalog {
  find(name: string): CustomFunctionDefinition | undefined;
}

export function catalogOf(definitions: readonly CustomFunctionDefinition[]): CustomFunctionCatalog {
  const byName = new Map<string, CustomFunctionDefinition>();
  for (const d of definitions) for (const n of d.names) byName.set(n.toUpperCase(), d);
  return { find: (name) => byName.get(name.toUpperCase()) };
}

/** A custom function's result in a cell: a value, or a matrix that spills. */
export type CustomResult = Scalar | Scalar[][];

/** What the cell shows while a promise is pending, as Excel does. */
const BUSY: Scalar = { err: "#BUSY!" };

/** The error codes whose message Excel shows; Microsoft's runtime drops it for the others (CustomFunctionError._getMessage). */
const CODES_WITH_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/** CustomFunctions.Error (an error code such as "#VALUE!" and a message), told apart without its class. */
function asCellError(v: unknown): { err: string; msg?: string } | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const { code, message } = v as { code?: unknown; message?: unknown };
  if (typeof code !== "string" || !code.startsWith("#")) return undefined;
  return typeof message === "string" && message !== "" && CODES_WITH_MESSAGE.has(code) ? { err: code, msg: message } : { err: code };
}

function toScalar(v: unknown): Scalar {
  const error = asCellError(v);
  if (error) return error;
  if (typeof v === "number") return Number.isFinite(v) ? v : { err: "#NUM!" };
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v === null || v === undefined) return 0;
  return { err: "#VALUE!" };
}

/** A returned value as a cell result: a 1×1 array is a value; a ragged or empty one is #VALUE!. */
export function toCustomResult(v: unknown): CustomResult {
  if (!Array.isArray(v)) return toScalar(v);
  const rows = v as unknown[];
  if (rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.length === (rows[0] as unknown[]).length && r.length > 0)) return { err: "#VALUE!" };
  const matrix = (rows as unknown[][]).map((r) => r.map(toScalar));
  return matrix.length === 1 && matrix[0].length === 1 ? matrix[0][0] : matrix;
}

/** A thrown value as a cell result: CustomFunctions.Error keeps its code and message; anything else is #VALUE!. */
function thrownResult(e: unknown): CustomResult {
  return asCellError(e) ?? { err: "#VALUE!" };
}

interface Live {
  signature: string;
  result: CustomResult;
  cancel(): void;
}

/**
 * The live calls of custom functions, one per formula cell and call in it. A call whose function
 * and arguments are unchanged keeps its result (Excel does not call it again); a changed one is
 * cancelled (onCanceled) and called anew; `sweep` cancels the calls no formula made any more.
 */
export class LiveInvocations {
  private readonly live = new Map<string, Live>();
  private used = new Set<string>();

  /** `changed` is called when a streaming function sets a new result after its call returned. */
  constructor(private readonly changed: () => void) {}

  result(key: string, def: CustomFunctionDefinition, args: unknown[]): CustomResult {
    this.used.add(key);
    const signature = `${def.id}\u0000${JSON.stringify(args)}`;
    const old = this.live.get(key);
    if (old?.signature === signature) return old.result;
    old?.cancel();
    const entry: Live = { signature, result: BUSY, cancel: () => undefined };
    this.live.set(key, entry);
    const padded = [...args, ...Array<null>(Math.max(0, def.parameters.length - args.length)).fill(null)];
    let calling = true;
    const set = (v: unknown): void => {
      if (this.live.get(key) !== entry) return; // cancelled
      entry.result = toCustomResult(v);
      if (!calling) this.changed();
    };
    const invocation: { setResult(v: unknown): void; onCanceled?: () => void } = { setResult: set };
    entry.cancel = () => invocation.onCanceled?.();
    try {
      const out = def.fn(...padded, def.stream ? invocation : {});
      if (!def.stream) {
        if (out !== null && typeof out === "object" && typeof (out as { then?: unknown }).then === "function") {
          (out as Promise<unknown>).then(set, (e: unknown) => {
            if (this.live.get(key) !== entry) return;
            entry.result = thrownResult(e);
            this.changed();
          });
        } else entry.result = toCustomResult(out);
      }
    } catch (e) {
      entry.result = thrownResult(e);
    }
    calling = false;
    return entry.result;
  }

  /** Starts a recalculation: no call is in use yet. */
  begin(): void {
    this.used = new Set();
  }

  /** Ends one: every call no formula made this time is cancelled, as Excel cancels a deleted formula. */
  sweep(): void {
    for (const [key, entry] of [...this.live]) {
      if (this.used.has(key)) continue;
      this.live.delete(key);
      entry.cancel();
    }
  }

  get size(): number {
    return this.live.size;
  }
}
