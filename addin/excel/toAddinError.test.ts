import { describe, expect, it } from "vitest";
import { AddinError } from "./addinError";
import { toAddinError } from "./toAddinError";

const excelError = (code: string, message = "") => Object.assign(new Error(message), { code });

describe("toAddinError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "", "cell-editing"],
    ["RequestPayloadSizeLimitExceeded", "", "payload-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "", "payload-too-large"],
    ["AccessDenied", "", "sheet-protected"],
    ["InvalidOperation", "The cell is on a protected sheet.", "sheet-protected"],
    ["InvalidOperation", "Something else.", "unknown"],
    ["ItemNotFound", "The requested resource doesn't exist.", "unknown"],
  ])("maps Excel's %s (%j) to %s", (code, message, expected) => {
    const error = excelError(code, message);
    const mapped = toAddinError(error);
    expect(mapped.code).toBe(expected);
    expect(mapped.cause).toBe(error);
  });

  it("keeps Excel's code and message for unknown errors, and passes AddinErrors through", () => {
    expect(toAddinError(excelError("ItemNotFound", "gone")).message).toBe("ItemNotFound: gone");
    expect(toAddinError("plain").message).toBe("plain");
    const own = new AddinError("sheet-protected", "x", { sheet: "Plan" });
    expect(toAddinError(own)).toBe(own);
  });
});
