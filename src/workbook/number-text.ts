// JS numbers read from a sheet -> exact decimal strings, by their shortest representation.

/**
 * The shortest decimal representation of a number as a plain decimal string: 3501.4 ->
 * "3501.4", 1e21 -> "1000000000000000000000", 1.5e-7 -> "0.00000015". Digits are moved,
 * never computed, so no binary-float noise is added. Not finite -> null.
 */
export function numberToDecimalString(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n);
  if (!s.includes("e")) return s;
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return null;
  const digits = m[2] + (m[3] ?? "");
  const point = 1 + Number(m[4]);
  let body: string;
  if (point <= 0) body = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) body = digits + "0".repeat(point - digits.length);
  else body = digits.slice(0, point) + "." + digits.slice(point);
  return m[1] + body;
}

/**
 * A cell's number as Excel shows and compares it: rounded to 15 significant digits, then
 * written out as above. A sum of cents such as 1078.24 + 943.46 is 2021.7000000000003 in binary
 * floating point; Excel (and a controller) sees 2021.7. Typed figures never have more than 15
 * digits, so they are read unchanged. Not finite -> null.
 */
export function cellNumberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return numberToDecimalString(Number(n.toPrecision(15)));
}
