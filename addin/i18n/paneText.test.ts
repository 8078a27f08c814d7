import { describe, expect, it } from "vitest";
import { LANGS } from "../../core/index";
import { PANE_TEXT, paneText } from "./paneText";
import type { PaneTextKey } from "./paneTextKeys";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane strings", () => {
  const keys = Object.keys(PANE_TEXT.en) as PaneTextKey[];

  it("every language has every key, none empty", () => {
    for (const lang of LANGS) {
      expect(Object.keys(PANE_TEXT[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(PANE_TEXT[lang][key].trim(), `${lang} ${key}`).not.toBe("");
    }
  });

  it("every language uses the same placeholders for a key", () => {
    for (const key of keys) {
      for (const lang of LANGS)
        expect(placeholders(PANE_TEXT[lang][key]), `${lang} ${key}`).toEqual(placeholders(PANE_TEXT.en[key]));
    }
  });

  it("Traditional Chinese strings use no Simplified forms", () => {
    const all = Object.values(PANE_TEXT["zh-TW"]).join("");
    expect(all).not.toMatch(/工作簿|这|请|运行|读取/);
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(paneText("en", "errorsHeading", { count: 2 })).toBe("Errors (2)");
    expect(paneText("zh-CN", "stepCount", { step: 1, total: 3 })).toBe("第 1/3 步");
    expect(paneText("en", "errorUnknown")).toBe("Something went wrong: {message}");
  });
});
