import { describe, expect, it } from "vitest";
import { findJob, type JobDefinition } from "../../core/index";
import { AddinError } from "../excel/addinError";
import { foldsAway, formView, roleHeading, roleHeadingParts } from "./formView";
import type { PaneState } from "./paneState";
import { officeBook } from "./fakeHost.testkit";

const job = findJob("purchase-plan") as JobDefinition;
const asOfJob: JobDefinition = { ...job, id: "ageing", period: "as-of", defaultPeriod: (today) => today };

function state(patch: Partial<PaneState> = {}): PaneState {
  return {
    lang: "zh-CN",
    today: "2026-12-15",
    jobId: job.id,
    periodText: "2027-01",
    optionText: "",
    book: { status: "ready", book: officeBook() },
    chosen: {},
    run: { phase: "idle" },
    notice: null,
    ...patch,
  };
}

describe("formView", () => {
  it("labels the period by the job's kind and offers its default as the example", () => {
    const view = formView(state(), job);
    expect(view).toMatchObject({
      description: job.description["zh-CN"],
      period: { label: "月份", placeholder: "2027-01", hint: null, error: null },
      option: null,
      running: false,
      canRun: true,
    });
    expect(formView(state({ lang: "en", periodText: "2026-12-15" }), asOfJob)).toMatchObject({
      period: { label: "As of", placeholder: "2026-12-15", error: null },
    });
  });

  it("says what to type when the period is no month or date, and Run waits for it", () => {
    expect(formView(state({ periodText: "2027-13" }), job)).toMatchObject({
      period: { error: "请输入年月，例如 2027-01" },
      canRun: false,
    });
    expect(formView(state({ lang: "en", periodText: "2026-02-30" }), asOfJob).period.error).toBe(
      "Enter a date like 2026-12-15",
    );
  });

  it("offers the inventory's count date, blank by default, and Run waits for a usable one", () => {
    const inventory = findJob("inventory") as JobDefinition;
    const at = (optionText: string, lang: PaneState["lang"] = "zh-CN") =>
      formView(state({ jobId: inventory.id, periodText: "2026-11", optionText, lang }), inventory);
    expect(at("")).toMatchObject({
      option: {
        label: "盘点日期",
        placeholder: "2026-11-25",
        hint: "留空：取盘点表上的日期，没有则取 25 日（遇节假日提前），未到则取今天",
        error: null,
      },
      canRun: true,
    });
    expect(at("2026/11/24")).toMatchObject({ option: { error: null }, canRun: true });
    expect(at("11月24日")).toMatchObject({
      option: { error: "请输入盘点日期，例如 2026-11-25" },
      canRun: false,
    });
    expect(at("2026-12-01", "en")).toMatchObject({
      option: { error: "Count date must fall in 2026-11" },
      canRun: false,
    });
  });

  it("disables Run during a run", () => {
    const view = formView(state({ run: { phase: "running", jobId: job.id, step: "computing" } }), job);
    expect(view).toMatchObject({ running: true, canRun: false });
  });

  it("shows the input sheets as they are being found, unreadable, empty or found", () => {
    expect(formView(state({ book: { status: "loading" } }), job).inputs).toEqual({
      status: "loading",
      text: "正在查找输入工作表…",
    });
    expect(
      formView(state({ book: { status: "failed", error: new AddinError("cell-editing", "busy") } }), job)
        .inputs,
    ).toMatchObject({
      status: "failed",
      text: expect.stringMatching(/^无法读取工作簿：Excel 正在编辑单元格/),
    });
    expect(
      formView(state({ book: { status: "ready", book: { date1904: false, sheets: [] } } }), job).inputs,
    ).toMatchObject({
      status: "ready",
      empty: "工作簿中没有可读取的工作表",
    });
    const ready = formView(state({ chosen: { [job.id]: { holidays: ["会议记录"] } } }), job).inputs;
    expect(ready.status === "ready" && ready.roles.map((r) => [r.role, r.selected])).toEqual([
      ["purchase-requests", ["工程部", "保洁部"]],
      ["holidays", ["会议记录"]],
    ]);
  });
});

describe("roleHeading", () => {
  it("names the role, whether it is optional, how many sheets are ticked and how they were found", () => {
    const view = formView(state({ lang: "en", chosen: { [job.id]: { holidays: ["节假日"] } } }), job);
    const roles = view.inputs.status === "ready" ? view.inputs.roles : [];
    expect(roles.map((r) => roleHeading(r, "en"))).toEqual([
      "Purchase request sheet · 2 selected · found by their headers",
      "Holiday sheet (optional) · 1 selected · chosen by you",
    ]);
    const none = { ...roles[0]!, selected: [] };
    expect(roleHeading(none, "zh-TW")).toBe("Purchase request sheet · 未找到 · 依標題列自動識別");
  });
});

describe("roleHeadingParts", () => {
  it("gives the name, the count and how they were found apart, so each short label stays on one line", () => {
    const view = formView(state({ chosen: { [job.id]: { holidays: ["节假日"] } } }), job);
    const roles = view.inputs.status === "ready" ? view.inputs.roles : [];
    expect(roles.map((r) => roleHeadingParts(r, "zh-CN"))).toEqual([
      { name: "物资采购申请单", count: "已选 2 张", how: "按表头自动识别" },
      { name: "节假日表（可选）", count: "已选 1 张", how: "手动选择" },
    ]);
    expect(roleHeadingParts({ ...roles[0]!, selected: [] }, "en")).toEqual({
      name: "物资采购申请单", // the role's label is in the language the choices were made in
      count: "none found",
      how: "found by their headers",
    });
  });
});

describe("foldsAway", () => {
  const roles = () => {
    const inputs = formView(state(), job).inputs;
    return inputs.status === "ready" ? inputs.roles : [];
  };

  it("folds away an optional input no sheet was found for, and nothing else", () => {
    const [requests, holidays] = roles();
    expect(requests!.optional).toBe(false);
    expect(holidays!.optional).toBe(true);
    // Found: shown.
    expect(foldsAway(holidays!)).toBe(false);
    // Optional and not found: folded away.
    expect(foldsAway({ ...holidays!, selected: [] })).toBe(true);
    // Required and not found: stays in view.
    expect(foldsAway({ ...requests!, selected: [] })).toBe(false);
    // Chosen by the person: stays in view.
    expect(foldsAway({ ...holidays!, selected: [], chosenByUser: true })).toBe(false);
  });

  it("folds the holiday sheet away when the workbook has none", () => {
    const book = officeBook();
    const without = { ...book, sheets: book.sheets.filter((s) => s.name !== "节假日") };
    const inputs = formView(state({ book: { status: "ready", book: without } }), job).inputs;
    const ready = inputs.status === "ready" ? inputs.roles : [];
    expect(ready.filter(foldsAway).map((r) => r.role)).toEqual(["holidays"]);
  });
});
