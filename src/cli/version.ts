// The tool version, read from package.json at run time (dist/cli and src/cli are both two
// folders below the package root).
import { readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function toolVersion(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
      cached = typeof pkg.version === "string" ? pkg.version : "0.0.0";
    } catch {
      cached = "0.0.0";
    }
  }
  return cached;
}
