import { describe, expect, it } from "vitest";
import { paneLanguage } from "./paneLanguage";

describe("paneLanguage", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant", "zh-TW"],
    ["zh-Hant-HK", "zh-TW"],
    ["zh-Hans-HK", "zh-CN"],
    ["ZH-tw", "zh-TW"],
    ["zh_HK", "zh-TW"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ja-JP", "en"],
    ["", "en"],
  ])("maps %s to %s", (displayLanguage, lang) => {
    expect(paneLanguage(displayLanguage)).toBe(lang);
  });
});
