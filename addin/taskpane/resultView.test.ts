import { describe, expect, it } from "vitest";
import { findJob, type JobDefinition, type JobParams, type Lang } from "../../core/index";
import { AddinError } from "../excel/addinError";
import { runJob } from "../runJob";
import { failureView, readingEntry, resultView } from "./resultView";
import { FakeHost, officeBook, sheet } from "./fakeHost.testkit";

const job = findJob("purchase-plan") as JobDefinition;
const params: JobParams = { today: "2026-12-01", lang: "zh-CN", month: "2027-01" };

describe("resultView", () => {
  it("lists the sheets written, the job's key figures and the issues, errors first", async () => {
    const run = await runJob(new FakeHost(), job, params);
    const view = resultView(job, run, "zh-CN");
    expect(view.tone).toBe("warning");
    expect(view.headline).toMatch(/^物资采购申请计划（2027-01）已完成：错误 1 个，警告 \d+ 个$/);
    expect(view.written.map((w) => w.name)).toEqual(run.written.map((w) => w.name));
    expect(view.written[0]!.note).toBe("已替换旧版");
    expect(view.written.at(-1)!.note).toBe("新建");
    expect(view.figures).toEqual(job.summarize(run.result.report, "zh-CN"));
    expect(view.groups[0]!.severity).toBe("error");
    expect(view.groups[0]!.items[0]).toMatchObject({
      location: "工程部!E4",
      target: { sheet: "工程部", cell: "E4" },
    });
  });

  it("follows the language it is asked for, whatever language the run wrote in", async () => {
    const run = await runJob(new FakeHost(), job, params);
    const view = resultView(job, run, "en");
    expect(view.headline).toMatch(/^Purchase plan \(2027-01\) is done: 1 error, \d+ warnings?$/);
    expect(view.figures).toEqual(job.summarize(run.result.report, "en"));
    expect(view.groups[0]!.heading).toBe("Errors (1)");
  });

  it("says its English counts in the right number: 1 error, 1 warning; 2 errors, 0 warnings", async () => {
    const run = await runJob(new FakeHost(), job, params);
    const [error] = run.issues.filter((i) => i.severity === "error");
    const [warning] = run.issues.filter((i) => i.severity === "warning");
    if (!error || !warning) throw new Error("the office book gives an error and a warning");
    const headline = (issues: typeof run.issues) => resultView(job, { ...run, issues }, "en").headline;
    expect(headline([error, warning])).toBe("Purchase plan (2027-01) is done: 1 error, 1 warning");
    expect(headline([error, error])).toBe("Purchase plan (2027-01) is done: 2 errors, 0 warnings");
    expect(headline([warning, warning, warning])).toBe(
      "Purchase plan (2027-01) is done: 0 errors, 3 warnings",
    );
  });

  it("is a success with no issues", async () => {
    const clean = new FakeHost({
      date1904: false,
      sheets: [
        sheet("工程部", [
          ["类别", "物资名称", "规格", "单位", "数量", "单价"],
          ["工程物资", "LED灯管", "T8", "支", 20, 28],
        ]),
      ],
    });
    const run = await runJob(clean, job, params);
    const view = resultView(job, run, "zh-TW");
    expect(run.issues).toEqual([]);
    expect(view.tone).toBe("success");
    expect(view.headline).toBe("物資採購申請計劃（2027-01）已完成，沒有發現問題");
    expect(view.groups).toEqual([]);
  });

  it("an unusable workbook shows the no_input_sheet message and what to do, and nothing written", async () => {
    const host = new FakeHost({ date1904: false, sheets: [officeBook().sheets[3]!] });
    const run = await runJob(host, job, params);
    expect(run.unusable).toBe(true);
    const view = resultView(job, run, "zh-CN");
    expect(view.tone).toBe("error");
    expect(view.headline).toBe("物资采购申请计划（2027-01）未能运行，工作簿未作更改");
    expect(view.details).toEqual([
      "工作簿中找不到物资采购申请单。最接近的工作表：会议记录（几乎是空的）。" +
        "应有的表头：物资名称（名称、品名、物品名称）；单位（计量单位）；数量（申请数量、申购数量）",
      "请在“输入工作表”中勾选要读取的工作表，然后再运行。",
    ]);
    expect(view.written).toEqual([]);
    expect(view.figures).toEqual([]);
    expect(view.groups.flatMap((g) => g.items.map((i) => i.code))).not.toContain("no_input_sheet");
  });
});

describe("resultView: how the sheets were read", () => {
  it.each<[Lang, string, string, string]>([
    [
      "zh-CN",
      "物资采购申请单，表头第 2 行",
      "列：A 类别，B 物资名称，C 规格，D 单位，E 数量，F 单价",
      "读入 1 行，出错未计入 1 行；跳过：空行 0，小计/合计 0，分节标题 0，备注/签字 0",
    ],
    [
      "zh-TW",
      "物資採購申請單，表頭第 2 列",
      "欄：A 類別，B 物資名稱，C 規格，D 單位，E 數量，F 單價",
      "讀入 1 列，出錯未計入 1 列；略過：空列 0，小計/合計 0，分節標題 0，備註/簽字 0",
    ],
    [
      "en",
      "purchase request sheet, header in row 2",
      "Columns: A Category, B Item, C Spec, D Unit, E Quantity, F Unit price",
      "read 1 row, 1 left out (errors); skipped: 0 blank, 0 subtotal/total, 0 section, 0 notes/signature",
    ],
  ])(
    "lists each sheet read, its header, columns and counts, in %s",
    async (lang, header, columns, counts) => {
      const run = await runJob(new FakeHost(), job, params);
      const view = resultView(job, run, lang);
      expect(view.readings.map((r) => r.sheet)).toEqual(run.result.readings.map((r) => r.sheet));
      expect(view.readings.length).toBeGreaterThan(0);
      const first = view.readings[0]!;
      expect(first).toEqual({
        sheet: run.result.readings[0]!.sheet,
        target: { sheet: run.result.readings[0]!.sheet, cell: "A2" },
        header,
        columns,
        counts,
      });
    },
  );

  it("keeps a sheet's name as it is (the view sets it as text)", () => {
    const entry = readingEntry(
      {
        sheet: "<img src=x onerror=alert(1)>",
        role: "purchase-requests",
        table: job.inputs[0]!.label,
        headerRows: [],
        columns: [],
        counts: { read: 0, rejected: 0, skipped: { blank: 0, header: 0, total: 0, section: 0, notes: 0 } },
      },
      "en",
    );
    expect(entry).toMatchObject({
      sheet: "<img src=x onerror=alert(1)>",
      target: { sheet: "<img src=x onerror=alert(1)>" },
      header: "purchase request sheet, no header row found",
    });
  });

  it("lists none for an unusable workbook or a failed run", async () => {
    const host = new FakeHost({ date1904: false, sheets: [officeBook().sheets[3]!] });
    expect(resultView(job, await runJob(host, job, params), "zh-CN").readings).toEqual([]);
    expect(failureView(job, new Error("x"), "en").readings).toEqual([]);
  });
});

describe("failureView", () => {
  it("names the job and explains the error", () => {
    const view = failureView(job, new AddinError("sheet-protected", "x"), "en");
    expect(view).toMatchObject({ tone: "error", headline: "Purchase plan failed", written: [], groups: [] });
    expect(view.details[0]).toMatch(/^A sheet is protected/);
  });
});
