import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/**/*.test.ts", "cli/**/*.test.ts", "addin/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The command line speaks the system locale's language when no --lang is given (LC_ALL, LC_MESSAGES, LANG):
    // tests run as a reader with no locale set, who is spoken to in zh-CN, whatever the machine's own locale.
    env: { LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" },
  },
});
