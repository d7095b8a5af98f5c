// A formula as a Dutch Excel user types it (`=AFRONDEN(C2*0,08;2)`, `=VERDEEL.AANDEEL(C2:C16;90000)`)
// into the form Excel stores and Range.formulas returns (`=ROUND(C2*0.08,2)`,
// `=VERDEEL.SHARE(C2:C16,90000)`): ";" separates arguments and "," is the decimal comma; function
// names are Dutch. Text in quotes and quoted sheet names stay as typed. Only the names the
// calculator knows (formulas.ts) and the custom functions are translated.
import type { CustomFunctionCatalog } from "./custom-functions";

/** Dutch Excel's names of the functions and constants the calculator knows. */
const DUTCH_NAMES: ReadonlyMap<string, string> = new Map([
  ["SOM", "SUM"],
  ["AFRONDEN", "ROUND"],
  ["SUBTOTAAL", "SUBTOTAL"],
  ["WAAR", "TRUE"],
  ["ONWAAR", "FALSE"],
]);

/**
 * The stored form of a formula typed in Dutch; anything that is not a formula is returned as is.
 * A custom function keeps the name formulas store it by (`formulaName`).
 */
export function formulaFromDutch(typed: string, customFunctions?: CustomFunctionCatalog): string {
  if (!typed.startsWith("=")) return typed;
  let out = "";
  for (let i = 0; i < typed.length; ) {
    const ch = typed[i];
    if (ch === '"' || ch === "'") {
      // Up to the closing quote; a doubled quote is one quote inside.
      let j = i + 1;
      while (j < typed.length && !(typed[j] === ch && typed[j + 1] !== ch)) j += typed[j] === ch ? 2 : 1;
      out += typed.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(typed.slice(i));
    if (word) {
      const upper = word[0].toUpperCase();
      const custom = typed[i + word[0].length] === "(" ? customFunctions?.find(upper) : undefined;
      out += custom ? custom.formulaName : (DUTCH_NAMES.get(upper) ?? word[0]);
      i += word[0].length;
      continue;
    }
    out += ch === ";" ? "," : ch === "," ? "." : ch;
    i++;
  }
  return out;
}
