// ESLint flat config: TypeScript everywhere; React and Office add-in rules on the add-in's code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import { layerConfig } from "./eslint-layers.mjs";

// Microsoft's eslint-plugin-office-addins (configs.react) brings its own copy of typescript-eslint
// and Prettier formatting, and applies to every file. Take what it is for, scoped to the add-in:
// its Office rules (reading before load + sync, sync in loops, null objects) and React's
// recommended rules; leave its parser and @typescript-eslint copy (this project's are newer),
// and Prettier (this project does not format with Prettier).
const reactRecommended = officeAddins.configs.react.find((c) => c.plugins?.react && c.rules);
const officeRecommended = officeAddins.configs.recommended.find((c) => c.plugins?.["office-addins"] && c.rules);
// All of them errors (the plugin warns on some, e.g. a sync in a loop): a warning does not fail
// `npm test`. A deliberate exception (row blocks under the 5 MB request limit) says so with an
// eslint-disable comment and its reason.
const officeRules = Object.fromEntries(
  Object.keys(officeRecommended.rules)
    .filter((name) => name.startsWith("office-addins/"))
    .map((name) => [name, "error"]),
);
const coreRules = Object.fromEntries(
  Object.entries(officeRecommended.rules).filter(([name]) => !name.includes("/") && name !== "no-unused-vars"),
);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "bench/out/", "tmp/"] },
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
    // The add-in's browser code: the task pane, the preview page, the Office.js host.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}", "src/excel/**/*.{ts,tsx}"],
    plugins: { react: reactRecommended.plugins.react },
    languageOptions: {
      globals: { ...globals.browser, ...globals.jest },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...reactRecommended.rules,
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope;
      // TypeScript checks props, so no prop-types.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "react/prop-types": "off",
    },
  },
  {
    // Office.js: every host file and the task pane (which reaches Excel only through src/excel).
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: { ...coreRules, ...officeRules },
  },
  // The layers: imports point down only, each layer with its own packages (eslint-layers.mjs).
  layerConfig(),
);
