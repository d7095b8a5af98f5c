// The simulated Excel behind office.js, on its own: it must refuse what real Excel refuses, or the
// host tests prove nothing. office.js itself (unmodified, from node_modules) does what it does in
// Excel: proxy objects, load and sync, PropertyNotLoaded, null objects, request batching.
import { MAX_FORMULA_CHARS, MAX_FUNCTION_ARGUMENTS, type SimulatedExcel, type WireExchange } from "../../src/simulated-excel";
import { startExcel, stopExcel } from "../office-js/harness";

let excel: SimulatedExcel;

async function start(options: Parameters<typeof startExcel>[0] = {}): Promise<SimulatedExcel> {
  excel = (await startExcel(options)).excel;
  excel.addSheet("Blad1", [
    ["Naam", "Getal"],
    ["a", 1],
  ]);
  excel.addSheet("Blad2", [["ander blad"]]);
  excel.select("Blad1", "A1");
  return excel;
}

beforeEach(async () => {
  await start();
});
afterEach(stopExcel);

/** Every request office.js sends from now on, parsed. */
function recordWire(): { actions: { ActionType: number; Name: string }[]; status: number }[] {
  const seen: { actions: { ActionType: number; Name: string }[]; status: number }[] = [];
  excel.onWire = (x: WireExchange) => seen.push({ actions: (JSON.parse(x.request) as { Actions: { ActionType: number; Name: string }[] }).Actions, status: x.status });
  return seen;
}

describe("office.js in front of the simulated Excel", () => {
  test("reading before load() and sync() throws office.js's PropertyNotLoaded; after the sync the values are there", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
      expect(() => range.values).toThrow(/PropertyNotLoaded|niet beschikbaar|not available/);
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([
        ["Naam", "Getal"],
        ["a", 1],
      ]);
      expect(() => range.formulas).toThrow();
    });
  });

  test("isNullObject after a sync; writes are applied only at the sync, in order", async () => {
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Blad1");
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("C1:C2");
      range.values = [["x"], [2]];
      range.numberFormat = [["@"], ["0.00"]];
      expect(excel.cell("Blad1", "C1")).toEqual({});
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    expect(excel.cell("Blad1", "C1")).toEqual({ v: "x", nf: "@" });
    expect(excel.cell("Blad1", "C2")).toEqual({ v: 2, nf: "0.00" });
  });

  test("counts the add-in's syncs apart from office.js's clean-up request after a run", async () => {
    excel.resetStats();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Blad1").getRange("A2").load("values");
      await ctx.sync();
    });
    expect(excel.stats.syncs).toBe(2);
    // The ranges were kept by reference: one more request releases them.
    expect(excel.stats.cleanups).toBe(1);
    expect(excel.stats.requests).toBe(3);
    expect(excel.backend.liveReferences).toBe(0);
  });

  test("office.js splits a write of more than 1,500 cells itself, within one request", async () => {
    const wire = recordWire();
    const values = Array.from({ length: 2000 }, (_, i) => [i, `r${i}`]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad2").getRange("A1:B2000").values = values;
      await ctx.sync();
    });
    const sets = wire[0].actions.filter((a) => a.ActionType === 4 && a.Name === "Values");
    expect(sets.length).toBe(Math.ceil(4000 / 1500));
    expect(wire[0].actions.some((a) => a.Name === "_ValidateArraySize")).toBe(true);
    expect(excel.cell("Blad2", "B2000")).toEqual({ v: "r1999" });
    expect(excel.cell("Blad2", "A1501")).toEqual({ v: 1500 });
  });
});

describe("what the simulated Excel refuses", () => {
  test("a misspelled load() is sent by office.js and refused by Excel", async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1").load("valuez");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a misspelled method or a read-only property fails in office.js and never reaches Excel", async () => {
    const wire = recordWire();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => (range.getSurroundRegion as () => void)()).toThrow(TypeError);
      expect(() => {
        range.valueTypes = [["String"]];
      }).toThrow(TypeError);
    });
    // office.js sends what was queued before (the paths) when the run ends; neither mistake is in it.
    const names = wire.flatMap((r) => r.actions.map((a) => a.Name));
    expect(names).not.toContain("GetSurroundRegion");
    expect(names).not.toContain("ValueTypes");
  });

  test("a member newer than the emulated ExcelApi: ApiNotFound (1.13 on a 1.9 Excel; fill patterns on 1.8)", async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    stopExcel();
    await start({ apiVersion: "1.8" });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1").format.fill.load("pattern");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1").getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("what office.js lists but the simulation does not model fails loudly (NotImplemented), never silently", async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").getRange("A1").load("text");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });

  test("a request over the size limit: RequestPayloadSizeLimitExceeded, nothing applied; a response over it: ResponsePayloadSizeLimitExceeded", async () => {
    stopExcel();
    await start({ requestLimit: 4_000, responseLimit: 4_000 });
    await expect(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Blad1");
        sheet.getRange("D1").values = [["first"]];
        sheet.getRange("E1:E500").values = Array.from({ length: 500 }, (_, i) => [i]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.cell("Blad1", "D1")).toEqual({});
    expect(excel.stats.payloadRejections).toBe(1);
    excel.setCells(
      "Blad2",
      "A1",
      Array.from({ length: 500 }, (_, i) => [`waarde ${i}`]),
    );
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad2").getRange("A1:A500").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a missing item fails the sync with ItemNotFound", async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("filter criteria with null properties are refused, as Excel does (office-js#1226)", async () => {
    excel.setAutoFilter("Blad1", "A1:B2", { 1: { filterOn: "Custom", criterion1: ">0" } });
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

  test(`formulas beyond Excel's limits (${MAX_FORMULA_CHARS} characters, ${MAX_FUNCTION_ARGUMENTS} arguments) are refused`, async () => {
    const write = (formula: string): Promise<void> =>
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad2").getRange("C1").formulas = [[formula]];
        await ctx.sync();
      });
    const args = (n: number): string => Array.from({ length: n }, (_, i) => `A${i + 1}`).join(",");
    await write(`=SUM(${args(MAX_FUNCTION_ARGUMENTS)})`);
    expect(excel.cell("Blad2", "C1").f).toBe(`=SUM(${args(MAX_FUNCTION_ARGUMENTS)})`);
    await expect(write(`=SUM(${args(MAX_FUNCTION_ARGUMENTS + 1)})`)).rejects.toMatchObject({ code: "InvalidArgument" });
    // Nested: each SUM within its limit is fine.
    await write(`=SUM(SUM(${args(200)}),SUM(${args(200)}))`);
    await expect(write(`=SUM(${"A1+".repeat(3000)}A1)`)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a failure chosen at a write: the writes before it stay, as in Excel", async () => {
    excel.failRequest(1, 1, "GeneralException");
    await expect(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Blad1");
        sheet.getRange("D1").values = [["first"]];
        sheet.getRange("D2").values = [["second"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.cell("Blad1", "D1")).toEqual({ v: "first" });
    expect(excel.cell("Blad1", "D2")).toEqual({});
  });
});

describe("object ids", () => {
  async function readActiveTwice(): Promise<{ name: string; values: unknown[][] }> {
    return Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      // Between the two requests the user clicks another tab.
      excel.select("Blad2", "A1");
      const range = sheet.getRange("A1").load("values");
      await ctx.sync();
      return { name: sheet.name, values: range.values };
    });
  }

  test("with ids office.js addresses the sheet it found by its id in later requests", async () => {
    expect(await readActiveTwice()).toEqual({ name: "Blad1", values: [["Naam"]] });
  });

  test("without ids office.js re-sends getActiveWorksheet(): a later request reads the sheet active then", async () => {
    stopExcel();
    await start({ returnIds: false });
    // The hazard the host guards against (tests/excel/pinning.test.ts): the name of one sheet,
    // the cells of another.
    expect(await readActiveTwice()).toEqual({ name: "Blad1", values: [["ander blad"]] });
  });
});

describe("how typed input becomes a value", () => {
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
    expect(excel.cell("Blad1", "D1")).toEqual({ f: "=SUM(B2)", v: 1 });
    expect(excel.cell("Blad1", "D2").f).toBe("=-x");
    expect(excel.cell("Blad1", "D3")).toEqual({ v: 7 });
    expect(typeof excel.cell("Blad1", "D4").v).toBe("number");
    expect(excel.cell("Blad1", "D5")).toEqual({ v: "=y" });
    expect(excel.cell("Blad1", "D6")).toEqual({ err: "#N/A" });
    expect(excel.cell("Blad1", "D7")).toEqual({ v: "gewoon" });
  });

  test("in a cell formatted as text (@) every string stays text", async () => {
    const texts = [["=SUM(B2)"], ["-x"], ["007"], ["1-2"]];
    await write(
      texts,
      texts.map(() => ["@"]),
    );
    expect([1, 2, 3, 4].map((r) => excel.cell("Blad1", `D${r}`))).toEqual(texts.map(([t]) => ({ v: t, nf: "@" })));
  });

  test("null leaves a cell as it is; an empty string clears it", async () => {
    await write([["een"], ["twee"]]);
    await write([[null], [""]]);
    expect(excel.cell("Blad1", "D1")).toEqual({ v: "een" });
    expect(excel.cell("Blad1", "D2")).toEqual({});
  });

  test("formulas are calculated: ROUND, SUM and SUBTOTAL over a table column, on other sheets too", async () => {
    excel.setCells("Blad2", "A1", [[0.07], [13478]]);
    excel.addSheet("Tabel", [["Bedrag"], [1], [2], [3]]);
    excel.addTable("Tabel", "Bedragen", "A1:A4");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").getRange("E1:E3").formulas = [["=ROUND(ROUND(Blad2!A2*Blad2!$A$1,6),0)"], ["=SUBTOTAL(109,Bedragen[Bedrag])"], ["=E1+E2/0"]];
      await ctx.sync();
    });
    // 13.478 × 0,07 = 943,46 → 943.
    expect(excel.cell("Blad1", "E1").v).toBe(943);
    expect(excel.cell("Blad1", "E2").v).toBe(6);
    expect(excel.cell("Blad1", "E3").err).toBe("#DIV/0!");
  });
});

describe("fills", () => {
  test("RangeFill properties: over cells that differ a property is null; a colour makes a solid fill; clear() removes it", async () => {
    excel.setCells("Blad1", "D1", [[{ fill: { color: "#ffc000", pattern: "LightDown", patternColor: "#0000FF", tintAndShade: 0.4 } }], [{ fill: { color: "#FFC000" } }]]);
    await Excel.run(async (ctx) => {
      const fill = ctx.workbook.worksheets.getItem("Blad1").getRange("D1").format.fill.load("color,pattern,patternColor,tintAndShade,patternTintAndShade");
      const both = ctx.workbook.worksheets.getItem("Blad1").getRange("D1:D2").format.fill.load("color,pattern");
      const none = ctx.workbook.worksheets.getItem("Blad1").getRange("A1").format.fill.load("color,pattern,tintAndShade");
      await ctx.sync();
      expect([fill.color, fill.pattern, fill.patternColor, fill.tintAndShade, fill.patternTintAndShade]).toEqual(["#FFC000", "LightDown", "#0000FF", 0.4, 0]);
      expect([both.color, both.pattern]).toEqual(["#FFC000", null]);
      expect([none.color, none.pattern, none.tintAndShade]).toEqual(["#FFFFFF", "None", 0]);
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("B2:B3");
      range.format.fill.color = "#ffc7ce";
      await ctx.sync();
      expect(excel.cell("Blad1", "B2")).toEqual({ v: 1, fill: { pattern: "Solid", color: "#FFC7CE", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 } });
      range.format.fill.color = "rood";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.format.fill.clear();
      await ctx.sync();
    });
    expect(excel.cell("Blad1", "B2")).toEqual({ v: 1 });
  });

  test("getCellProperties: a value only after the sync; setCellProperties per cell; an array of the wrong size is refused", async () => {
    excel.setCells("Blad1", "D1", [[{ fill: { color: "#00B050" } }], [null]]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("D1:D2");
      const props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(() => props.value).toThrow();
      await ctx.sync();
      expect(props.value).toEqual([[{ format: { fill: { color: "#00B050", pattern: "Solid" } } }], [{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }]]);
      range.setCellProperties([[{}], [{ format: { fill: { pattern: "Checker", color: "#FFFF00", patternColor: "#FF0000", patternTintAndShade: -0.5 } } }]]);
      await ctx.sync();
      range.setCellProperties([[{}]]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.cell("Blad1", "D2").fill).toEqual({ pattern: "Checker", color: "#FFFF00", patternColor: "#FF0000", tintAndShade: 0, patternTintAndShade: -0.5 });
  });
});

describe("adding sheets", () => {
  test("a taken name (any case) fails with ItemAlreadyExists, a bad one with InvalidArgument; the new sheet is usable in the same batch", async () => {
    for (const [name, code] of [
      ["blad1", "ItemAlreadyExists"],
      ["a/b", "InvalidArgument"],
      ["x".repeat(32), "InvalidArgument"],
      ["'quote", "InvalidArgument"],
    ]) {
      await expect(
        Excel.run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code });
    }
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("x".repeat(31));
      ws.getRange("A1").values = [["in the same batch"]];
      await ctx.sync();
    });
    expect(excel.cell("x".repeat(31), "A1")).toEqual({ v: "in the same batch" });
  });
});
