import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "demo/", "coverage/", ".tmp/", "test-artifacts/"] },
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
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "os", "child_process", "exceljs", "**/cli/**", "**/addin/**"] },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel"],
    },
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
