// ESLint flat config: TypeScript everywhere; Office add-in rules join when the host code exists.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pure layers import no host: no Node, Office, React or exceljs.
    files: ["src/allocation/**", "src/workbook/**", "src/schedules/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process", "util"], message: "Pure layer: no Node APIs." },
            { group: ["exceljs", "react", "react-dom", "@fluentui/*", "office-*", "@microsoft/*"], message: "Pure layer: no host." },
            { group: ["**/cli/**", "**/excel/**", "**/taskpane/**"], message: "Imports point down only." },
          ],
        },
      ],
    },
  },
);
