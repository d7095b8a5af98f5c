// Formulas in the simulated Excel: Excel's limits on a formula (8,192 characters, 255 arguments
// per function), and a small calculator for what this product writes (numbers, cell and range
// references on any sheet, + - * /, ROUND, SUM, SUBTOTAL with 9/109 and Table[Column]) and for an
// add-in's custom functions (custom-functions.ts), whose array results spill. A formula it cannot
// calculate keeps the result it was given, or shows #NAME?.
import { columnIndex } from "../workbook/address";
import type { CustomFunctionDefinition, CustomResult } from "./custom-functions";
import { invalidArgument } from "./errors";
import type { Rect } from "./geometry";

/** Excel's limits: characters in a formula, arguments to one function. */
export const MAX_FORMULA_CHARS = 8192;
export const MAX_FUNCTION_ARGUMENTS = 255;

/** Refuses a formula beyond Excel's limits, as Excel refuses it (InvalidArgument). */
export function checkFormulaLimits(formula: string): void {
  if (formula.length > MAX_FORMULA_CHARS) {
    throw invalidArgument(`the formula has ${formula.length} characters; Excel allows ${MAX_FORMULA_CHARS}`);
  }
  const commas: number[] = [];
  let quoted: string | undefined;
  for (const ch of formula) {
    if (quoted) {
      if (ch === quoted) quoted = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === "(") commas.push(0);
    else if (ch === ")") commas.pop();
    else if (ch === "," && commas.length > 0) {
      commas[commas.length - 1]++;
      if (commas[commas.length - 1] + 1 > MAX_FUNCTION_ARGUMENTS) {
        throw invalidArgument(`a function in the formula has more than ${MAX_FUNCTION_ARGUMENTS} arguments`);
      }
    }
  }
}

/** A cell's value; an error may carry a message (a custom function's CustomFunctions.Error). */
export type Scalar = number | string | boolean | { err: string; msg?: string };

/** What the calculator needs of the workbook. */
export interface FormulaContext {
  /** The value of a cell (a formula cell's calculated result); undefined when empty. */
  cell(sheet: string, row: number, col: number): Scalar | undefined;
  rowHidden(sheet: string, row: number): boolean;
  /** The data rows of a table column, or undefined when there is no such table or column. */
  tableColumn(table: string, column: string): { sheet: string; rect: Rect } | undefined;
  /** An add-in's custom function by a name in a formula; undefined when there is none. */
  customFunction?(name: string): CustomFunctionDefinition | undefined;
  /** Calls it (its `call`-th call in the formula being calculated, from 0) with Excel's arguments. */
  invoke?(def: CustomFunctionDefinition, args: unknown[], call: number): CustomResult;
}

/** An argument left out (`f(a,,b)`), a range, or an array a custom function returned. */
type Value = Scalar | null | { sheet: string; rect: Rect } | { matrix: Scalar[][] };

class CannotCalculate extends Error {}

function isRange(v: Value): v is { sheet: string; rect: Rect } {
  return typeof v === "object" && v !== null && "rect" in v;
}

function isMatrix(v: Value): v is { matrix: Scalar[][] } {
  return typeof v === "object" && v !== null && "matrix" in v;
}

function isError(v: unknown): v is { err: string } {
  return typeof v === "object" && v !== null && "err" in v;
}

/**
 * Calculates `formula` (with "=") on `sheet`: a value, an array of rows (a custom function's,
 * to spill), or undefined when it is beyond this calculator.
 */
export function calculate(formula: string, sheet: string, cx: FormulaContext): Scalar | Scalar[][] | undefined {
  const src = formula.replace(/^=/, "");
  let pos = 0;
  let calls = 0;
  const peek = (): string => src[pos] ?? "";
  const skip = (): void => {
    while (peek() === " ") pos++;
  };
  const expect = (ch: string): void => {
    skip();
    if (peek() !== ch) throw new CannotCalculate();
    pos++;
  };

  const scalar = (v: Value): Scalar => {
    if (v === null) return 0;
    if (isMatrix(v)) return { err: "#VALUE!" };
    if (!isRange(v)) return v;
    if (v.rect.top !== v.rect.bottom || v.rect.left !== v.rect.right) return { err: "#VALUE!" };
    return cx.cell(v.sheet, v.rect.top, v.rect.left) ?? 0;
  };
  const number = (v: Value): number | { err: string } => {
    const s = scalar(v);
    if (isError(s)) return s;
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    const n = Number(s);
    return s.trim() !== "" && Number.isFinite(n) ? n : { err: "#VALUE!" };
  };

  const reference = (): Value | undefined => {
    const start = pos;
    let sheetName = sheet;
    const quoted = /^'((?:[^']|'')+)'!/.exec(src.slice(pos));
    const plain = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(src.slice(pos));
    if (quoted) {
      sheetName = quoted[1].replace(/''/g, "'");
      pos += quoted[0].length;
    } else if (plain) {
      sheetName = plain[1];
      pos += plain[0].length;
    }
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/.exec(src.slice(pos));
    if (!m || /^[A-Za-z0-9_(]/.test(src.slice(pos + m[0].length))) {
      pos = start;
      return undefined;
    }
    pos += m[0].length;
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
    const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
    return { sheet: sheetName, rect: { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) } };
  };

  const args = (): Value[] => {
    const out: Value[] = [];
    skip();
    if (peek() === ")") {
      pos++;
      return out;
    }
    for (;;) {
      skip();
      out.push(peek() === "," || peek() === ")" ? null : expression());
      skip();
      if (peek() === ",") pos++;
      else break;
    }
    expect(")");
    return out;
  };

  const sum = (values: Value[], visibleOnly: boolean): number | { err: string } => {
    let total = 0;
    for (const v of values) {
      if (isRange(v)) {
        for (let row = v.rect.top; row <= v.rect.bottom; row++) {
          if (visibleOnly && cx.rowHidden(v.sheet, row)) continue;
          for (let col = v.rect.left; col <= v.rect.right; col++) {
            const c = cx.cell(v.sheet, row, col);
            if (isError(c)) return c;
            if (typeof c === "number") total += c;
          }
        }
      } else if (isMatrix(v)) {
        for (const c of v.matrix.flat()) {
          if (isError(c)) return c;
          if (typeof c === "number") total += c;
        }
      } else {
        const n = number(v);
        if (isError(n)) return n;
        total += n;
      }
    }
    return total;
  };

  const call = (name: string): Value => {
    const custom = cx.customFunction?.(name);
    const a = args();
    if (custom) return callCustom(custom, a);
    switch (name) {
      case "SUM":
        return sum(a, false);
      case "SUBTOTAL": {
        const kind = number(a[0] ?? 0);
        if (isError(kind)) return kind;
        if (kind !== 9 && kind !== 109) throw new CannotCalculate();
        return sum(a.slice(1), kind === 109);
      }
      case "ROUND": {
        const x = number(a[0] ?? 0);
        const d = number(a[1] ?? 0);
        if (isError(x)) return x;
        if (isError(d)) return d;
        // Excel rounds half away from zero on the decimal digits it shows (15 significant).
        const f = 10 ** Math.trunc(d);
        const scaled = Number((Math.abs(x) * f).toPrecision(15));
        return (Math.sign(x) * Math.round(scaled)) / f;
      }
      default:
        throw new CannotCalculate();
    }
  };

  /** A range's cells as a custom function gets them: an array of rows, "" for an empty cell. */
  const rows = (v: { sheet: string; rect: Rect }): Scalar[][] => {
    const out: Scalar[][] = [];
    for (let row = v.rect.top; row <= v.rect.bottom; row++) {
      const line: Scalar[] = [];
      for (let col = v.rect.left; col <= v.rect.right; col++) line.push(cx.cell(v.sheet, row, col) ?? "");
      out.push(line);
    }
    return out;
  };

  /**
   * Excel's call of a custom function: each argument as its parameter wants it (a range or a
   * value as an array of rows for a matrix parameter; one cell's value for a scalar one), null
   * for one left out. An error in an argument is the result, without a call (as in Excel).
   */
  const callCustom = (def: CustomFunctionDefinition, a: Value[]): Value => {
    if (a.length > def.parameters.length || def.parameters.some((p, i) => !p.optional && (a[i] === undefined || a[i] === null))) {
      return { err: "#VALUE!" };
    }
    const values: unknown[] = [];
    for (const [i, p] of def.parameters.entries()) {
      const v = a[i];
      if (v === undefined || v === null) {
        values.push(null);
        continue;
      }
      let arg: Scalar | Scalar[][];
      if (p.dimensionality === "matrix") arg = isRange(v) ? rows(v) : isMatrix(v) ? v.matrix : [[v]];
      else if (isRange(v) && (v.rect.top !== v.rect.bottom || v.rect.left !== v.rect.right)) return { err: "#VALUE!" };
      else arg = isRange(v) ? (cx.cell(v.sheet, v.rect.top, v.rect.left) ?? "") : scalar(v);
      const error = (Array.isArray(arg) ? arg.flat() : [arg]).find(isError);
      if (error) return error;
      values.push(arg);
    }
    if (!cx.invoke) throw new CannotCalculate();
    const result = cx.invoke(def, values, calls++);
    return Array.isArray(result) ? { matrix: result } : result;
  };

  const primary = (): Value => {
    skip();
    const ch = peek();
    if (ch === "(") {
      pos++;
      const v = expression();
      expect(")");
      return v;
    }
    if (ch === '"') {
      const end = src.indexOf('"', pos + 1);
      if (end < 0) throw new CannotCalculate();
      const s = src.slice(pos + 1, end);
      pos = end + 1;
      return s;
    }
    const num = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(pos));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    const ref = reference();
    if (ref) return ref;
    const structured = /^([A-Za-z_][A-Za-z0-9_.]*)\[([^\][]+)\]/.exec(src.slice(pos));
    if (structured) {
      pos += structured[0].length;
      const found = cx.tableColumn(structured[1], structured[2]);
      return found ?? { err: "#REF!" };
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(src.slice(pos));
    if (fn) {
      pos += fn[0].length;
      return call(fn[1].toUpperCase());
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(src.slice(pos));
    if (bool) {
      pos += bool[0].length;
      return bool[1].toUpperCase() === "TRUE";
    }
    throw new CannotCalculate();
  };

  const unary = (): Value => {
    skip();
    if (peek() === "-" || peek() === "+") {
      const negative = src[pos++] === "-";
      const n = number(unary());
      if (isError(n)) return n;
      return negative ? -n : n;
    }
    return primary();
  };

  const binary = (operand: () => Value, ops: string, apply: (op: string, a: number, b: number) => number | { err: string }): (() => Value) => {
    return () => {
      let left = operand();
      for (;;) {
        skip();
        const op = peek();
        if (!ops.includes(op) || op === "") return left;
        pos++;
        const right = operand();
        const a = number(left);
        const b = number(right);
        left = isError(a) ? a : isError(b) ? b : apply(op, a, b);
      }
    };
  };
  const term = binary(unary, "*/", (op, a, b) => (op === "*" ? a * b : b === 0 ? { err: "#DIV/0!" } : a / b));
  const expression: () => Value = binary(term, "+-", (op, a, b) => (op === "+" ? a + b : a - b));

  try {
    const v = expression();
    skip();
    if (pos < src.length) return undefined;
    if (isMatrix(v)) return v.matrix;
    const out = scalar(v);
    // Excel keeps 15 significant digits of a result (0,08 - 0,01 is 0,07, not 0,06999…).
    return typeof out === "number" ? Number(out.toPrecision(15)) : out;
  } catch (e) {
    if (e instanceof CannotCalculate || e instanceof RangeError) return undefined;
    throw e;
  }
}
