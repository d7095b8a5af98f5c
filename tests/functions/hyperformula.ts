// A spreadsheet engine evaluating real formulas with the VERDEEL functions: HyperFormula (an
// independent engine) with a function plugin built from the generated metadata (ids, names in
// both languages, parameters, optional ones, spill), calling the functions as Excel's runtime
// holds them, with the values Excel passes: numbers, text, null for an omitted argument or an
// empty cell, a range as an array of rows, a streaming invocation's first result.
//
// HyperFormula computes synchronously and cannot wait for a promise: VERDEEL.AANDEEL, which Excel
// holds as a function returning one (its code is loaded on the first call), is called here through
// the function that promise gives the result of (bodies.ts's shareCell, loaded by then).
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type RawCellContent,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { FunctionsMetadata } from "../../scripts/functions-build";
import { shareCell } from "../../src/functions/bodies";
import { setFunctionsLanguage } from "../../src/functions/i18n";
import { excelRuntime, generatedMetadata, registeredFunctions } from "./excel-runtime";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nlNL } = require("hyperformula/i18n/languages") as { nlNL: Parameters<typeof HyperFormula.registerLanguage>[1] };

type ExcelFunction = (...args: unknown[]) => unknown;
type Metadata = FunctionsMetadata["functions"][number];

const ERROR_TYPES: Record<string, ErrorType> = { "#VALUE!": ErrorType.VALUE, "#NUM!": ErrorType.NUM, "#N/A": ErrorType.NA };

/** A value as Excel passes it to a custom function. */
function excelValue(v: unknown): unknown {
  if (typeof v === "symbol" || v === undefined) return null; // HyperFormula's empty value, an omitted argument
  return v;
}

/** Excel does not call a function whose range argument holds an error: the error is the result. */
function firstError(rows: unknown[][]): CellError | undefined {
  for (const row of rows) for (const v of row) if (v instanceof CellError) return v;
  return undefined;
}

function cellResult(value: unknown): unknown {
  const cf = excelRuntime();
  if (value instanceof cf.Error) return new CellError(ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message);
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value as number[][]);
  return value;
}

/** Calls a function as Excel would: a streaming one gets an invocation; its first result counts. */
function callLikeExcel(meta: Metadata, fn: ExcelFunction, args: unknown[]): unknown {
  const values: unknown[] = [];
  for (const [i, p] of meta.parameters.entries()) {
    const arg = args[i];
    if (arg instanceof SimpleRangeValue) {
      const rows = arg.rawData() as unknown[][];
      const error = firstError(rows);
      if (error) return error;
      values.push(rows.map((row) => row.map(excelValue)));
    } else values.push(p.dimensionality === "matrix" && arg !== undefined && typeof arg !== "symbol" ? [[arg]] : excelValue(arg));
  }
  try {
    if (!meta.options?.stream) return cellResult(fn(...values));
    let first: unknown;
    let got = false;
    const invocation: CustomFunctions.StreamingInvocation<unknown> = {
      setResult: (v) => {
        if (!got) [first, got] = [v, true];
      },
    };
    fn(...values, invocation);
    invocation.onCanceled?.(); // one evaluation per formula here: Excel cancels when the formula goes
    if (!got) throw new Error(`${meta.id} set no result`);
    return cellResult(first);
  } catch (error) {
    if (error instanceof excelRuntime().Error) return cellResult(error);
    throw error;
  }
}

/**
 * The size of a spilled result from the size of the function's first argument (a range):
 * HyperFormula must know it before it computes, Excel need not. AANDEEL keeps the shape of its
 * populations; SLEUTEL gives a column, one row per row of the table under its header row.
 */
const SPILL: Record<string, (range: ArraySize) => ArraySize> = {
  SHARE: (range) => new ArraySize(range.width, range.height),
  KEY: (range) => new ArraySize(1, Math.max(1, range.height - 1)),
};

/** The plugin class for the metadata. */
function pluginFor(metadata: FunctionsMetadata, registered: Record<string, ExcelFunction>): FunctionPluginDefinition {
  class VerdeelPlugin extends FunctionPlugin {}
  const prototype = VerdeelPlugin.prototype as unknown as Record<string, unknown>;
  const implemented: Record<string, object> = {};
  for (const meta of metadata.functions) {
    const fn = registered[meta.id];
    if (!fn) throw new Error(`${meta.id} is not associated`);
    const spills = meta.result.dimensionality === "matrix";
    implemented[meta.id] = {
      method: `run${meta.id}`,
      parameters: meta.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
        optionalArg: p.optional === true,
      })),
      vectorizationForbidden: true,
      ...(spills ? { sizeOfResultArrayMethod: `size${meta.id}` } : {}),
    };
    prototype[`run${meta.id}`] = function (this: FunctionPlugin & Record<string, unknown>, ast: ProcedureAst, state: InterpreterState) {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      return run(ast.args, state, (this as unknown as { metadata: (id: string) => unknown }).metadata(meta.id), (...args: unknown[]) =>
        callLikeExcel(meta, fn, args),
      );
    };
    if (spills) {
      const spill = SPILL[meta.id];
      if (!spill) throw new Error(`${meta.id} spills, and this engine does not know how far`);
      prototype[`size${meta.id}`] = function (this: unknown, ast: ProcedureAst, state: InterpreterState) {
        return spill((this as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize }).arraySizeForAst(ast.args[0], state));
      };
    }
  }
  (VerdeelPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
  return VerdeelPlugin as unknown as FunctionPluginDefinition;
}

let registration: Promise<void> | undefined;

/** Registers the plugin once: Dutch names (nlNL) and English ones (enGB), both VERDEEL.*. */
export function registerVerdeel(): Promise<void> {
  registration ??= (async () => {
    const { nl, en } = await generatedMetadata();
    const registered = { ...(await registeredFunctions()), SHARE: shareCell as ExcelFunction };
    const names = (m: FunctionsMetadata) => Object.fromEntries(m.functions.map((f) => [f.id, `VERDEEL.${f.name}`]));
    if (!HyperFormula.getRegisteredLanguagesCodes().includes("nlNL")) HyperFormula.registerLanguage("nlNL", nlNL);
    HyperFormula.registerFunctionPlugin(pluginFor(nl, registered), { nlNL: names(nl), enGB: names(en) });
  })();
  return registration;
}

/**
 * A sheet as Dutch Excel has it: Dutch function names, ";" between arguments, decimal comma; the
 * functions' texts and messages in Dutch, as in a Dutch Office.
 */
export async function dutchSheet(rows: RawCellContent[][]): Promise<HyperFormula> {
  await registerVerdeel();
  setFunctionsLanguage("nl");
  return HyperFormula.buildFromArray(rows, {
    licenseKey: "gpl-v3",
    language: "nlNL",
    functionArgSeparator: ";",
    decimalSeparator: ",",
    thousandSeparator: ".",
    // Array constants {1.2} are not used here; their separators only must differ from the others.
    arrayColumnSeparator: ";",
    arrayRowSeparator: "|",
  });
}

/** A sheet as English Excel has it: English names, "," between arguments, decimal point, English texts. */
export async function englishSheet(rows: RawCellContent[][]): Promise<HyperFormula> {
  await registerVerdeel();
  setFunctionsLanguage("en");
  return HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", language: "enGB" });
}
