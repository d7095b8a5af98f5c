// The command line on its own: commands, options, repeated flags and usage errors.
import { parseCommandLine, usage } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";
import { langFromEnv } from "../../src/cli/lang";

function usageError(argv: string[]): CliError {
  try {
    parseCommandLine(argv, "nl");
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

test("apply with every option, repeated --rate and --budget-line", () => {
  const a = parseCommandLine(
    [
      "apply",
      "boek.xlsx",
      "--schedule",
      "nml-2023",
      "--sheet",
      "Blad 1",
      "--name-column",
      "Naam",
      "--population-column",
      "Inwoners 2023",
      "--rate",
      "uitbreiding=0,09",
      "--rate",
      "basis=0.08",
      "--budget-line",
      "uitbreiding=56814/44320",
      "--out",
      "uit.xlsx",
      "--force",
      "--json",
    ],
    "nl",
  );
  expect(a).toMatchObject({
    command: "apply",
    book: "boek.xlsx",
    schedule: "nml-2023",
    sheet: "Blad 1",
    nameColumn: "Naam",
    populationColumn: "Inwoners 2023",
    rates: [
      { component: "uitbreiding", value: "0,09" },
      { component: "basis", value: "0.08" },
    ],
    budgetLines: [{ component: "uitbreiding", value: "56814/44320" }],
    out: "uit.xlsx",
    force: true,
    json: true,
  });
});

test("verify with several --check, with and without COMPONENT=, and --tolerance", () => {
  const a = parseCommandLine(
    ["verify", "boek.xlsx", "--schedule", "x.json", "--check", "basis=Bijdrage basis", "--check", "Totaal", "--tolerance", "0,01"],
    "nl",
  );
  expect(a.checks).toEqual(["basis=Bijdrage basis", "Totaal"]);
  expect(a.tolerance).toBe("0,01");
  expect(a.command).toBe("verify");
});

test("--measure-column MEASURE=HEADER, repeated, for apply and verify; a header may hold spaces and '='", () => {
  const a = parseCommandLine(["apply", "b.xlsx", "--schedule", "s.json", "--measure-column", "clienten=Aantal cliënten", "--measure-column", "woningen=Woningen = 1 jan"], "nl");
  expect(a.measureColumns).toEqual([
    { component: "clienten", value: "Aantal cliënten" },
    { component: "woningen", value: "Woningen = 1 jan" },
  ]);
  const v = parseCommandLine(["verify", "b.xlsx", "--schedule", "s.json", "--check", "T", "--measure-column=woningen=Woningen"], "nl");
  expect(v.measureColumns).toEqual([{ component: "woningen", value: "Woningen" }]);
  expect(parseCommandLine(["apply", "b.xlsx", "--schedule", "s.json"], "nl").measureColumns).toEqual([]);
  expect(usage("nl")).toContain("[--measure-column MAATSTAF=KOLOMKOP]...");
  expect(usage("en")).toContain("[--measure-column MEASURE=HEADER]...");
});

test("--opt=value form works too", () => {
  const a = parseCommandLine(["apply", "b.xlsx", "--schedule=limburg-2020", "--rate=basis=0,09"], "nl");
  expect(a.schedule).toBe("limburg-2020");
  expect(a.rates).toEqual([{ component: "basis", value: "0,09" }]);
});

test("help and version", () => {
  expect(parseCommandLine(["--help"], "nl").command).toBe("help");
  expect(parseCommandLine(["help"], "nl").command).toBe("help");
  expect(parseCommandLine(["help", "verify"], "nl")).toMatchObject({ command: "help", helpTopic: "verify" });
  expect(parseCommandLine(["apply", "--help"], "nl")).toMatchObject({ command: "help", helpTopic: "apply" });
  expect(parseCommandLine(["--version"], "nl").command).toBe("version");
  // Placeholders in the reader's language.
  expect(usage("nl")).toContain("verdeel apply WERKMAP.xlsx --schedule ID|SCHEMA.json");
  expect(usage("nl")).toContain("--rate ONDERDEEL=BEDRAG");
  expect(usage("nl")).not.toMatch(/BOOK|COMPONENT|HEADER|DECIMAL|REPORT/);
  expect(usage("en")).toContain("verdeel apply BOOK.xlsx --schedule ID|FILE.json");
  expect(usage("en")).toContain("--rate COMPONENT=DECIMAL");
  expect(usage("nl")).toContain("Afsluitcodes");
  expect(usage("en")).toContain("Exit codes");
});

test.each([
  [[], /Geen opdracht/],
  [["bereken"], /Onbekende opdracht "bereken"/],
  [["--schedule", "x"], /Eerst een opdracht/],
  [["apply", "--schedule", "x"], /verwacht een werkmap/],
  [["apply", "a.xlsx", "b.xlsx", "--schedule", "x"], /te veel: "b.xlsx"/],
  [["apply", "a.xlsx"], /verwacht --schedule/],
  [["apply", "a.xlsx", "--schedule"], /--schedule verwacht een waarde/],
  [["apply", "a.xlsx", "--schedule", "x", "--check", "Totaal"], /Onbekende optie --check/],
  [["apply", "a.xlsx", "--schedule", "x", "--rate", "0,09"], /--rate verwacht ONDERDEEL=BEDRAG/],
  [["apply", "a.xlsx", "--schedule", "x", "--budget-line", "basis="], /--budget-line verwacht ONDERDEEL=CODE/],
  [["apply", "a.xlsx", "--schedule", "x", "--measure-column", "=Woningen"], /--measure-column verwacht MAATSTAF=KOLOMKOP, bijvoorbeeld --measure-column clienten="Aantal cliënten"/],
  [["verify", "a.xlsx", "--schedule", "x"], /ten minste één --check/],
  [["verify", "a.xlsx", "--schedule", "x", "--check", "T", "--rate", "a=1"], /Onbekende optie --rate/],
  [["schedules", "extra"], /neemt geen bestand/],
  [["help", "bereken"], /Onbekende opdracht "bereken"/],
] as [string[], RegExp][])("usage error: %j", (argv, message) => {
  const e = usageError(argv);
  expect(e.exitCode).toBe(2);
  expect(e.showUsage).toBe(true);
  expect(e.message).toMatch(message);
});

test("VERDEEL_LANG=en switches to English", () => {
  expect(langFromEnv({ VERDEEL_LANG: "en" })).toBe("en");
  expect(langFromEnv({ VERDEEL_LANG: "EN_gb" })).toBe("en");
  expect(langFromEnv({})).toBe("nl");
  expect(langFromEnv({ VERDEEL_LANG: "nl" })).toBe("nl");
  try {
    parseCommandLine(["apply"], "en");
  } catch (e) {
    expect((e as CliError).message).toMatch(/expects a workbook/);
  }
  expect.assertions(5);
});
