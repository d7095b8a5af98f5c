import { columnIndex, columnLetters, fromA1, rectToA1, rectsIntersect, toA1 } from "../../src/workbook/address";

describe("A1 addresses", () => {
  it("converts column indexes to letters and back", () => {
    const cases: [number, string][] = [
      [0, "A"],
      [1, "B"],
      [25, "Z"],
      [26, "AA"],
      [27, "AB"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    for (const [i, l] of cases) {
      expect(columnLetters(i)).toBe(l);
      expect(columnIndex(l)).toBe(i);
    }
    expect(columnIndex("xfd")).toBe(16383);
  });

  it("round-trips every column up to XFD", () => {
    for (let i = 0; i <= 16383; i++) expect(columnIndex(columnLetters(i))).toBe(i);
  });

  it("rejects invalid input", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
    expect(() => columnIndex("A1")).toThrow(RangeError);
    expect(() => columnIndex("")).toThrow(RangeError);
    expect(() => toA1(-1, 0)).toThrow(RangeError);
    expect(() => fromA1("5C")).toThrow(RangeError);
    expect(() => fromA1("C0")).toThrow(RangeError);
  });

  it("writes cells and ranges", () => {
    expect(toA1(4, 2)).toBe("C5");
    expect(toA1(0, 0)).toBe("A1");
    expect(fromA1("C5")).toEqual({ row: 4, col: 2 });
    expect(fromA1("$AA$10")).toEqual({ row: 9, col: 26 });
    expect(rectToA1({ top: 1, left: 4, bottom: 15, right: 4 })).toBe("E2:E16");
    expect(rectToA1({ top: 4, left: 2, bottom: 4, right: 2 })).toBe("C5");
    expect(rectToA1({ top: 0, left: 0, bottom: 0, right: 3 })).toBe("A1:D1");
  });

  it("tells whether rectangles meet", () => {
    const a = { top: 0, left: 0, bottom: 4, right: 2 };
    expect(rectsIntersect(a, { top: 4, left: 2, bottom: 6, right: 3 })).toBe(true);
    expect(rectsIntersect(a, { top: 5, left: 0, bottom: 6, right: 2 })).toBe(false);
    expect(rectsIntersect(a, { top: 0, left: 3, bottom: 0, right: 5 })).toBe(false);
  });
});
