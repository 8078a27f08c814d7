import { describe, expect, it } from "vitest";
import { AddinError } from "../excel/addinError";
import { addinErrorCode } from "./addinErrorCode";
import { errorMessage } from "./errorMessage";

/** Stands in for the host's AddinError: an Error with a `code`. */
function hostError(code: string, message = "Excel said no"): Error & { code: string } {
  return Object.assign(new Error(message), { code });
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

  it("shows the message of anything else", () => {
    expect(errorMessage(hostError("unknown", "GeneralException"), "en")).toBe(
      "Something went wrong: GeneralException",
    );
    expect(errorMessage(new TypeError("x is undefined"), "zh-CN")).toBe("出现意外错误：x is undefined");
    expect(errorMessage({ message: "plain object" }, "en")).toBe("Something went wrong: plain object");
    expect(errorMessage("a string", "en")).toBe("Something went wrong: a string");
  });
});

describe("addinErrorCode", () => {
  it("matches on `code` and calls everything else unknown", () => {
    expect(addinErrorCode(hostError("payload-too-large"))).toBe("payload-too-large");
    expect(addinErrorCode(hostError("InvalidArgument"))).toBe("unknown");
    expect(addinErrorCode(null)).toBe("unknown");
    expect(addinErrorCode(42)).toBe("unknown");
  });
});
