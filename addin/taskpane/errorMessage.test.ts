import { describe, expect, it } from "vitest";
import { AddinError, type AddinErrorCode } from "../excel/addinError";
import { CodeLoadError } from "../jobLoader";
import { errorMessage } from "./errorMessage";

/** The host's error with `code`. */
function hostError(code: AddinErrorCode, message = "Excel said no"): AddinError {
  return new AddinError(code, message);
}

describe("errorMessage", () => {
  it("explains Excel's known refusals in the pane's language", () => {
    expect(errorMessage(hostError("sheet-protected"), "zh-CN")).toContain("工作表受保护");
    expect(errorMessage(hostError("sheet-protected"), "zh-TW")).toContain("工作表受保護");
    expect(errorMessage(hostError("cell-editing"), "en")).toBe(
      "Excel is editing a cell. Press Enter or Esc to finish editing, then run again.",
    );
    expect(errorMessage(hostError("cell-editing"), "zh-TW")).toContain("儲存格");
    expect(errorMessage(hostError("payload-too-large"), "zh-CN")).toContain("单次请求的上限");
    expect(errorMessage(new AddinError("sheet-protected", "Sheet1 is protected"), "en")).toMatch(
      /^A sheet is protected/,
    );
  });

  it.each<[string, string]>([
    ["zh-CN", "工作表「收费台账」要读取的单元格太多（一次最多读取 5,000,000 个）"],
    ["zh-TW", "工作表「收费台账」要讀取的儲存格太多（一次最多讀取 5,000,000 個）"],
    ["en", 'The sheet "收费台账" has more cells to read than PropDesk takes at once (5,000,000).'],
  ])("names the sheet too large to read (%s)", (lang, text) => {
    const error = new AddinError("sheet-too-large", "too many cells", { sheet: "收费台账" });
    expect(errorMessage(error, lang as "zh-CN" | "zh-TW" | "en")).toContain(text);
  });

  it("says a job's code could not load and what to do, whatever the browser's own words", () => {
    const offline = new CodeLoadError("inventory", new Error("Loading chunk 151 failed."));
    expect(errorMessage(offline, "en")).toMatch(/could not load the code .* network .* press Run again\.$/);
    expect(errorMessage(offline, "zh-CN")).toContain("网络");
    expect(errorMessage(offline, "zh-TW")).toContain("「執行」");
  });

  it("shows the message of anything else", () => {
    expect(errorMessage(hostError("unknown", "GeneralException"), "en")).toBe(
      "Something went wrong: GeneralException",
    );
    // Excel's own error (OfficeExtension.Error) reaches the pane only through the host, as an AddinError;
    // a bare `code` is not one of the host's codes.
    expect(errorMessage(Object.assign(new Error("Excel said no"), { code: "AccessDenied" }), "en")).toBe(
      "Something went wrong: Excel said no",
    );
    expect(errorMessage(new TypeError("x is undefined"), "zh-CN")).toBe("出现意外错误：x is undefined");
    expect(errorMessage({ message: "plain object" }, "en")).toBe("Something went wrong: plain object");
    expect(errorMessage("a string", "en")).toBe("Something went wrong: a string");
  });
});
