import { describe, expect, it } from "vitest";
import { progressView } from "./progressView";

describe("progressView", () => {
  it("moves through reading, computing and writing", () => {
    expect(progressView("reading", "en")).toEqual({
      value: 0.5,
      max: 3,
      label: "Reading the workbook…",
      count: "Step 1 of 3",
    });
    expect(progressView("computing", "zh-CN")).toMatchObject({
      value: 1.5,
      label: "正在计算…",
      count: "第 2/3 步",
    });
    expect(progressView("writing", "zh-TW")).toMatchObject({ value: 2.5, label: "正在寫入工作表…" });
    expect(progressView("done", "en")).toMatchObject({ value: 3, label: "Done" });
  });
});
