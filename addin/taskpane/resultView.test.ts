import { describe, expect, it } from "vitest";
import { findJob, type JobDefinition, type JobParams } from "../../core/index";
import { AddinError } from "../excel/addinError";
import { runJob } from "../runJob";
import { failureView, resultView } from "./resultView";
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
    expect(view.headline).toMatch(/^Purchase plan \(2027-01\) is done: 1 errors, \d+ warnings$/);
    expect(view.figures).toEqual(job.summarize(run.result.report, "en"));
    expect(view.groups[0]!.heading).toBe("Errors (1)");
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
      "工作簿中找不到物资采购申请单",
      "请在“输入工作表”中勾选要读取的工作表，然后再运行。",
    ]);
    expect(view.written).toEqual([]);
    expect(view.figures).toEqual([]);
    expect(view.groups.flatMap((g) => g.items.map((i) => i.code))).not.toContain("no_input_sheet");
  });
});

describe("failureView", () => {
  it("names the job and explains the error", () => {
    const view = failureView(job, new AddinError("sheet-protected", "x"), "en");
    expect(view).toMatchObject({ tone: "error", headline: "Purchase plan failed", written: [], groups: [] });
    expect(view.details[0]).toMatch(/^A sheet is protected/);
  });
});
