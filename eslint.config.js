import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import { propdeskPlugin } from "./eslint/layers.js";

/**
 * Imports of the repository's test/ folder, written from any depth: `../test/x`, `../../../test/helpers/y`,
 * `./test/x` at the root, `../../test`. Gitignore-style, so any path segment named `test` matches; no product
 * folder is named that.
 */
const TEST_FOLDER = {
  group: ["**/test", "**/test/**"],
  message: "Only test code may import from test/; move what product code needs into a product folder.",
};

/** Test code that lives beside the product code it tests; it may use test/'s fixtures and helpers. */
const COLOCATED_TESTS = ["**/*.test.ts", "**/*.testkit.ts"];

/** What core/ may not import: Node, ExcelJS, the hosts. */
const CORE_FORBIDDEN = {
  group: ["node:*", "fs", "path", "os", "child_process", "exceljs", "**/cli/**", "**/addin/**"],
  message: "core/ is pure TypeScript: no Node APIs, no ExcelJS, no host code.",
};

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-cli/", "demo/", "coverage/", ".tmp/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["cli/**/*.{ts,mjs}", "bench/**/*.ts", "test/**/*.ts", "*.js"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["addin/**/*.ts"],
    languageOptions: { globals: globals.browser },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-office-initialize": "warn",
    },
  },
  {
    // The simulator's own tests break these rules on purpose, to show it refuses what Excel refuses.
    files: ["addin/excel-sim/**/*.test.ts"],
    rules: {
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
  {
    // Product code (everything outside test/ but the colocated tests) never imports test code.
    files: ["**/*.{ts,mts,js,mjs,cjs}"],
    ignores: ["test/**", ...COLOCATED_TESTS],
    rules: { "no-restricted-imports": ["error", { patterns: [TEST_FOLDER] }] },
  },
  {
    // A later block's options replace an earlier one's, so core's product code lists both restrictions.
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [CORE_FORBIDDEN, TEST_FOLDER] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel"],
    },
  },
  {
    files: COLOCATED_TESTS.map((glob) => `core/${glob}`),
    rules: { "no-restricted-imports": ["error", { patterns: [CORE_FORBIDDEN] }] },
  },
  {
    // core's layers run one way, and no job imports another job's folder (eslint/layers.js).
    files: ["core/**/*.ts"],
    plugins: { propdesk: propdeskPlugin },
    rules: { "propdesk/layers": "error" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
