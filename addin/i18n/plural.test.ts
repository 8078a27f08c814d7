import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it.each([
    [0, "0 errors"],
    [1, "1 error"],
    [2, "2 errors"],
    [1.5, "1.5 errors"],
    [21, "21 errors"],
  ])("%d -> %s", (count, text) => {
    expect(plural(count, "error", "errors")).toBe(text);
  });

  it("takes nouns of more than one word", () => {
    expect(plural(1, "more issue", "more issues")).toBe("1 more issue");
    expect(plural(3, "sheet written", "sheets written")).toBe("3 sheets written");
  });
});
