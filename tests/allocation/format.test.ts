import { Decimal } from "../../src/allocation/decimal";
import { formatEuro, formatEuroDifference, localize, parseUserDecimal } from "../../src/allocation/format";

describe("formatEuro", () => {
  it.each([
    ["1078.24", "cent", "€ 1.078,24", "€1,078.24"],
    ["673.9", "cent", "€ 673,90", "€673.90"],
    ["7503", "euro", "€ 7.503", "€7,503"],
    ["90000", "cent", "€ 90.000,00", "€90,000.00"],
    ["-3", "cent", "€ -3,00", "-€3.00"],
    ["-1234567", "euro", "€ -1.234.567", "-€1,234,567"],
    ["0", "euro", "€ 0", "€0"],
    ["999", "euro", "€ 999", "€999"],
    ["1000", "euro", "€ 1.000", "€1,000"],
  ] as const)("%s (%s) → %s / %s", (amount, unit, nl, en) => {
    expect(formatEuro(amount, "nl", unit)).toBe(nl);
    expect(formatEuro(new Decimal(amount), "en", unit)).toBe(en);
  });

  it("without a unit shows at least two decimals and never hides any", () => {
    expect(formatEuro("1078.24", "nl")).toBe("€ 1.078,24");
    expect(formatEuro("3501", "nl")).toBe("€ 3.501,00");
    expect(formatEuro("0.005", "en")).toBe("€0.005");
  });

  it("a difference always shows its sign, in each language's place: € +270 / € -14, +€270 / -€14", () => {
    const cases: [string, "cent" | "euro", string, string][] = [
      ["270", "euro", "€ +270", "+€270"],
      ["-14", "euro", "€ -14", "-€14"],
      ["0", "euro", "€ 0", "€0"],
      ["1001", "euro", "€ +1.001", "+€1,001"],
      ["-0.4", "cent", "€ -0,40", "-€0.40"],
      ["-0.004", "cent", "€ 0,00", "€0.00"],
    ];
    for (const [amount, unit, nl, en] of cases) {
      expect(formatEuroDifference(amount, "nl", unit)).toBe(nl);
      expect(formatEuroDifference(new Decimal(amount), "en", unit)).toBe(en);
    }
  });

  it("rounds half away from zero for display with a unit, and never shows -0", () => {
    expect(formatEuro("3501.5", "nl", "euro")).toBe("€ 3.502");
    expect(formatEuro("-0.004", "nl", "cent")).toBe("€ 0,00");
  });

  it("refuses text that is not a plain decimal", () => {
    expect(() => formatEuro("1.078,24", "nl")).toThrow(/geen decimaal getal/);
  });
});

describe("parseUserDecimal", () => {
  it.each([
    ["0,07", "0.07"],
    ["0.07", "0.07"],
    [" 0,075 ", "0.075"],
    ["90000", "90000"],
    ["007", "7"],
    ["-1,5", "-1.5"],
    ["-0,00", "0.00"],
    ["1234,567", "1234.567"],
    ["1,5", "1.5"],
  ])("reads %p as %p", (input, expected) => {
    expect(parseUserDecimal(input)).toBe(expected);
  });

  it.each(["1.078,24", "1,078.24", "90.000", "1,078", "", "abc", ",5", "5,", "1 000", "€ 5", "+5", "1e3"])("refuses %p", (input) => {
    expect(parseUserDecimal(input)).toBeNull();
  });
});

describe("localize", () => {
  it("picks the language and falls back to Dutch", () => {
    expect(localize("Basis", "en")).toBe("Basis");
    expect(localize({ nl: "Uitbreiding", en: "Extension" }, "en")).toBe("Extension");
    expect(localize({ nl: "Uitbreiding", en: "Extension" }, "nl")).toBe("Uitbreiding");
    expect(localize({ nl: "Uitbreiding" }, "en")).toBe("Uitbreiding");
  });
});
