// The faithful fake on its own: it must fail where real Excel fails, or the host tests prove
// nothing. These are the behaviours office-addin-mock lacks.
import { createFakeExcel, isFakeError, type FakeExcel } from "../fakes/excel-fake";

/* The tests drive the fake through the same globals as the host does. */
let fake: FakeExcel;

beforeEach(() => {
  fake = createFakeExcel({ apiVersion: "1.9" });
  fake.addSheet("Blad1", [
    ["Naam", "Getal"],
    ["a", 1],
  ]);
  fake.install();
});
afterEach(() => fake.uninstall());

describe("the fake Excel: load and sync", () => {
  test("reading a property before load() and sync() throws PropertyNotLoaded", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(range.values).toEqual([
        ["Naam", "Getal"],
        ["a", 1],
      ]);
      // A property that was not loaded stays unavailable.
      expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
    });
  });

  test("isNullObject is known only after a sync", async () => {
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Blad1");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("writes are queued and applied only at sync, in order", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("C1:C2");
      range.values = [["x"], [2]];
      range.numberFormat = [["@"], ["0.00"]];
      expect(fake.cell("Blad1", "C1")).toEqual({});
      await ctx.sync();
    });
    // "x" was written before C1 became a text cell: a plain text either way.
    expect(fake.cell("Blad1", "C1")).toEqual({ v: "x", nf: "@" });
    expect(fake.cell("Blad1", "C2")).toEqual({ v: 2, nf: "0.00" });
  });

  test("counts syncs and records the options of each Excel.run", async () => {
    fake.resetStats();
    await Excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.runs).toEqual([{ options: undefined, syncs: 2 }]);
  });
});

describe("the fake Excel: what it refuses", () => {
  test("an unknown (misspelled) method throws at once", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => (range.getSurroundRegion as () => void)()).toThrow(/Range\.getSurroundRegion does not exist/);
      expect(() => (ctx.workbook.worksheets as unknown as Record<string, () => void>).getActiveSheet()).toThrow(/does not exist/);
    });
  });

  test("setting an unknown or read-only property throws; loading an unknown one throws", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => {
        range.value = [["x"]];
      }).toThrow(/cannot be set/);
      expect(() => {
        range.valueTypes = [["String"]];
      }).toThrow(/cannot be set/);
      expect(() => (range as unknown as Excel.Range).load("valuez")).toThrow(/no loadable property 'valuez'/);
    });
  });

  test("Office globals reject unknown members too", () => {
    const settings = Office.context.document.settings as unknown as Record<string, unknown>;
    expect(() => settings.saveAsyc).toThrow(/does not exist/);
  });

  test("a sync carrying more cells than the payload limit fails and applies nothing", async () => {
    fake.setLimits({ payloadCells: 4 });
    await expect(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Blad1");
        sheet.getRange("D1").values = [["first"]];
        sheet.getRange("E1:E5").values = [[1], [2], [3], [4], [5]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Blad1", "D1")).toEqual({});
    expect(fake.stats.payloadRejections).toBe(1);
  });

  test("a method newer than the supported ExcelApi fails at sync with ApiNotFound", async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    // …and mergeUndoGroup needs ExcelApi 1.20.
    await expect(Excel.run({ mergeUndoGroup: true }, async () => undefined)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("operations queued but never synced, and objects used after Excel.run, are errors", async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["lost"]];
      }),
    ).rejects.toThrow(/never synced/);
    let leaked: Excel.Range | undefined;
    await Excel.run(async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem("Blad1").getRange("A1");
      await ctx.sync();
    });
    expect(() => leaked!.load("values")).toThrow(/outside its Excel.run/);
  });

  test("a missing item fails the sync with ItemNotFound", async () => {
    const err = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(isFakeError(err, "ItemNotFound")).toBe(true);
  });

  test("filter criteria with null properties are refused, as Excel does (office-js#1226)", async () => {
    fake.setAutoFilter("Blad1", "A1:B2", { 1: { filterOn: "Custom", criterion1: ">0" } });
    await expect(
      Excel.run(async (ctx) => {
        const af = ctx.workbook.worksheets.getItem("Blad1").autoFilter.load("criteria");
        await ctx.sync();
        expect(af.criteria[1]).toMatchObject({ filterOn: "Custom", criterion1: ">0", criterion2: null });
        af.apply("A1:B2", 1, af.criteria[1]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the fake Excel: how typed input becomes a value", () => {
  async function write(values: unknown[][], formats?: string[][]): Promise<void> {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange(`D1:D${values.length}`);
      if (formats) range.numberFormat = formats;
      range.values = values as string[][];
      await ctx.sync();
    });
  }

  test("in a General cell, '=x' is a formula, '-x' too, '007' a number, '1-2' a date", async () => {
    await write([["=SUM(B2)"], ["-x"], ["007"], ["1-2"], ["'=y"], ["#N/A"], ["gewoon"]]);
    expect(fake.cell("Blad1", "D1").f).toBe("=SUM(B2)");
    expect(fake.cell("Blad1", "D2").f).toBe("=-x");
    expect(fake.cell("Blad1", "D3")).toEqual({ v: 7 });
    expect(typeof fake.cell("Blad1", "D4").v).toBe("number");
    expect(fake.cell("Blad1", "D5")).toEqual({ v: "=y" });
    expect(fake.cell("Blad1", "D6")).toEqual({ err: "#N/A" });
    expect(fake.cell("Blad1", "D7")).toEqual({ v: "gewoon" });
  });

  test("in a cell formatted as text (@) every string stays text", async () => {
    const texts = [["=SUM(B2)"], ["-x"], ["007"], ["1-2"]];
    await write(
      texts,
      texts.map(() => ["@"]),
    );
    expect([1, 2, 3, 4].map((r) => fake.cell("Blad1", `D${r}`))).toEqual(texts.map(([t]) => ({ v: t, nf: "@" })));
  });

  test("null leaves a cell as it is; an empty string clears it", async () => {
    await write([["een"], ["twee"]]);
    await write([[null], [""]]);
    expect(fake.cell("Blad1", "D1")).toEqual({ v: "een" });
    expect(fake.cell("Blad1", "D2")).toEqual({});
  });
});

describe("the fake Excel: fills", () => {
  test("RangeFill properties need load + sync; pattern, patternColor and tints need ExcelApi 1.9", async () => {
    fake.setCells("Blad1", "D1", [[{ fill: { color: "#ffc000", pattern: "LightDown", patternColor: "#0000FF", tintAndShade: 0.4 } }], [{ fill: { color: "#FFC000" } }]]);
    await Excel.run(async (ctx) => {
      const fill = ctx.workbook.worksheets.getItem("Blad1").getRange("D1").format.fill;
      expect(() => fill.color).toThrow(/PropertyNotLoaded/);
      fill.load("color,pattern,patternColor,tintAndShade,patternTintAndShade");
      expect(() => fill.pattern).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect([fill.color, fill.pattern, fill.patternColor, fill.tintAndShade, fill.patternTintAndShade]).toEqual(["#FFC000", "LightDown", "#0000FF", 0.4, 0]);
      // Over cells that differ, a property is null; where they agree, its value.
      const both = ctx.workbook.worksheets.getItem("Blad1").getRange("D1:D2").format.fill.load("color,pattern");
      const none = ctx.workbook.worksheets.getItem("Blad1").getRange("A1").format.fill.load("color,pattern,tintAndShade");
      await ctx.sync();
      expect([both.color, both.pattern]).toEqual(["#FFC000", null]);
      expect([none.color, none.pattern, none.tintAndShade]).toEqual(["#FFFFFF", "None", 0]);
    });
    fake.apiVersion = "1.8";
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("D1").format.fill.load("pattern");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("D1").format.fill.tintAndShade = 0;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("a colour makes a solid fill, clear() removes the fill, values and number formats stay", async () => {
    fake.setCells("Blad1", "D1", [[{ v: 5, nf: "0.00" }]]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("D1:D2");
      range.format.fill.color = "#ffc7ce";
      expect(fake.cell("Blad1", "D1").fill).toBeUndefined();
      await ctx.sync();
    });
    expect(fake.cell("Blad1", "D1")).toEqual({ v: 5, nf: "0.00", fill: { pattern: "Solid", color: "#FFC7CE", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 } });
    expect(fake.cell("Blad1", "D2").fill?.color).toBe("#FFC7CE");
    // Typing a value keeps the fill; a bad colour or pattern is refused.
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("D1");
      range.values = [[6]];
      await ctx.sync();
      range.format.fill.color = "rood";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      (range.format.fill as unknown as { pattern: string }).pattern = "LinearGradient";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ctx.workbook.worksheets.getItem("Blad1").getRange("D1:D2").format.fill.clear();
      await ctx.sync();
    });
    expect(fake.cell("Blad1", "D1")).toEqual({ v: 6, nf: "0.00" });
    expect(fake.cell("Blad1", "D2")).toEqual({});
  });

  test("getCellProperties: a ClientResult whose value exists only after the sync; setCellProperties per cell", async () => {
    fake.setCells("Blad1", "D1", [[{ fill: { color: "#00B050" } }], [null]]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("D1:D2");
      const props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(() => props.value).toThrow(/ValueNotLoaded/);
      expect(() => (props as unknown as Record<string, unknown>).valu).toThrow(/does not exist/);
      await ctx.sync();
      expect(props.value).toEqual([[{ format: { fill: { color: "#00B050", pattern: "Solid" } } }], [{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }]]);
      range.setCellProperties([[{}], [{ format: { fill: { pattern: "Checker", color: "#FFFF00", patternColor: "#FF0000", patternTintAndShade: -0.5 } } }]]);
      await ctx.sync();
      range.getCellProperties({ format: { font: { bold: true } } });
      await expect(ctx.sync()).rejects.toMatchObject({ code: "NotImplemented" });
      range.setCellProperties([[{}]]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.cell("Blad1", "D1").fill?.color).toBe("#00B050");
    expect(fake.cell("Blad1", "D2").fill).toEqual({ pattern: "Checker", color: "#FFFF00", patternColor: "#FF0000", tintAndShade: 0, patternTintAndShade: -0.5 });
    fake.apiVersion = "1.8";
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("D1").getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("the fake Excel: adding sheets", () => {
  test("a taken name (any case) fails with ItemAlreadyExists, a bad one with InvalidArgument", async () => {
    for (const [name, code] of [
      ["blad1", "ItemAlreadyExists"],
      ["a/b", "InvalidArgument"],
      ["x".repeat(32), "InvalidArgument"],
      ["'quote", "InvalidArgument"],
    ]) {
      const err = await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }).catch((e: unknown) => e);
      expect(isFakeError(err, code)).toBe(true);
    }
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("x".repeat(31));
      ws.getRange("A1").values = [["in the same batch"]];
      await ctx.sync();
    });
    expect(fake.cell("x".repeat(31), "A1")).toEqual({ v: "in the same batch" });
  });
});
