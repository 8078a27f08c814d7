import { describe, expect, it } from "vitest";
import {
  JOB_DECLARATIONS,
  JOBS,
  createCalendar,
  dutiesOfMonth,
  label,
  type DutyItem,
} from "../../core/index";
import { demoBook, demoSheets } from "../../core/demo/index";
import { FakeHost } from "./fakeHost.testkit";
import { fakeLoader } from "./jobLoader.testkit";
import { PaneController } from "./paneController";
import { TODO_DAYS, TODO_SHOWN, todoDate, todoView, upcomingTodo } from "./todoView";

/** Thursday 2026-10-08: the first working day after the National Day week (10-01..10-07 off, Saturday 10-10 worked). */
const TODAY = "2026-10-08";
const NBSP = "\u00a0";

describe("upcomingTodo", () => {
  it("lists the items due from today through the next 13 days, by the built-in calendar, in date order", () => {
    const items = upcomingTodo(TODAY);
    expect(items.map((i) => i.date)).toEqual(
      dutiesOfMonth("2026-10", createCalendar())
        .map((i) => i.date)
        .filter((d) => d >= TODAY && d <= "2026-10-21"),
    );
    expect(items[0]).toMatchObject({ date: TODAY, duty: "cashier-handover", jobId: "weekly-collection" });
    // The purchase plan of the 4th and 5th was due before the holiday (09-30): not listed as coming.
    expect(items.some((i) => i.jobId === "purchase-plan")).toBe(false);
  });

  it("looks across a month's end", () => {
    const items = upcomingTodo("2026-12-28");
    expect(items[0]).toMatchObject({ date: "2026-12-28", duty: "attendance" });
    expect(items.at(-1)!.date <= "2027-01-10").toBe(true);
    expect(items.some((i) => i.date.startsWith("2027-01"))).toBe(true);
  });
});

describe("todoView", () => {
  it("on 2026-10-08 shows today's handover highlighted, then the Saturday make-up day's first items, each with its job's button", () => {
    const view = todoView(upcomingTodo(TODAY), TODAY, "zh-CN", JOB_DECLARATIONS);
    expect(view.heading).toBe("本月待办");
    expect(view.count).toBe(`${TODO_DAYS} 天内 15 项`);
    expect(view.days.map((d) => [d.date, d.dateText, d.when, d.whenText, d.makeup])).toEqual([
      ["2026-10-08", "10月8日 周四", "today", "今天", null],
      ["2026-10-10", "10月10日 周六", "later", null, "调休上班"],
    ]);
    expect(view.days.flatMap((d) => d.items)).toHaveLength(TODO_SHOWN);
    expect(view.days[0]!.items).toEqual([
      {
        duty: "cashier-handover",
        title: "与出纳交接收费明细",
        to: `→${NBSP}财务部出纳`,
        time: null,
        detail: null,
        job: {
          id: "weekly-collection",
          label: "运行",
          hint: "按默认设置运行“每周收费明细”（2026-10-07）",
        },
      },
    ]);
    expect(view.days[1]!.items.map((i) => [i.title, i.job?.id, i.job?.hint])).toEqual([
      ["物业费、水电费等费用统计表", "fee-statistics", "按默认设置运行“费用统计”（2026-09）"],
      ["上月应收未收费用明细表", "collection", "按默认设置运行“收缴率与应收未收”（2026-09）"],
    ]);
    expect(view.more).toBe(15 - TODO_SHOWN);
    expect(view.toggle).toBe(`再显示 ${15 - TODO_SHOWN} 项`);
    expect(view.empty).toBeNull();
  });

  it("shows the whole fortnight on request: times, rule days of moved items, no button without a job", () => {
    const view = todoView(upcomingTodo(TODAY), TODAY, "zh-CN", JOB_DECLARATIONS, true);
    const items = view.days.flatMap((d) => d.items);
    expect(items).toHaveLength(15);
    expect(view.days.at(-1)!.date).toBe("2026-10-21");
    expect(view.more).toBe(0);
    expect(view.toggle).toBe("收起");
    const byDuty = (duty: string) => items.find((i) => i.duty === duty);
    expect(byDuty("quarter-summary")?.job).toBeNull();
    expect(byDuty("weekly-meeting")?.job).toBeNull();
    expect(byDuty("weekly-collection")).toMatchObject({ time: "15:00", job: { id: "weekly-collection" } });
    // An item's detail: the rule's note (the core's words), then its rule day when it was moved off a day off.
    const note = (duty: string) => upcomingTodo(TODAY).find((i) => i.duty === duty)?.note?.["zh-CN"];
    expect(byDuty("ledger-entry")?.detail).toBe(
      `${note("ledger-entry")}；按规定为 10月11日 周日，遇休息日调整`,
    );
    expect(byDuty("electricity-bill")?.detail).toBe(
      `${note("electricity-bill")}；按规定为 10月11日 周日，遇休息日调整`,
    );
    expect(byDuty("fee-statistics")?.detail).toBeNull();
  });

  it("offers no button for a job this build does not register", () => {
    const jobs = JOB_DECLARATIONS.filter((j) => j.id !== "fee-statistics");
    const items = todoView(upcomingTodo(TODAY), TODAY, "zh-CN", jobs).days.flatMap((d) => d.items);
    expect(items.find((i) => i.duty === "fee-statistics")?.job).toBeNull();
    expect(items.find((i) => i.duty === "receivables")?.job?.id).toBe("collection");
  });

  it("marks tomorrow", () => {
    const view = todoView(upcomingTodo("2026-10-09"), "2026-10-09", "zh-CN", JOB_DECLARATIONS);
    expect(view.days[0]).toMatchObject({ date: "2026-10-10", when: "tomorrow", whenText: "明天" });
  });

  it("follows the pane's language", () => {
    const en = todoView(upcomingTodo(TODAY), TODAY, "en", JOB_DECLARATIONS);
    expect(en.heading).toBe("To do this month");
    expect(en.count).toBe("15 items in 14 days");
    expect(en.toggle).toBe("Show 12 more items");
    expect(en.days.map((d) => [d.dateText, d.whenText, d.makeup])).toEqual([
      ["Thu Oct 8", "Today", null],
      ["Sat Oct 10", null, "make-up workday"],
    ]);
    expect(en.days[0]!.items[0]).toMatchObject({
      title: "Collection handover to the cashier",
      to: `→${NBSP}Finance cashier`,
      job: { label: "Run", hint: "Run Weekly collection detail with its defaults (2026-10-07)" },
    });
    const tw = todoView(upcomingTodo(TODAY), TODAY, "zh-TW", JOB_DECLARATIONS);
    expect(tw.heading).toBe("本月待辦");
    expect(tw.days[0]).toMatchObject({ dateText: "10月8日 週四", whenText: "今天" });
    expect(tw.days[0]!.items[0]).toMatchObject({ title: "與出納交接收費明細", job: { label: "執行" } });
  });

  it("says when nothing is due, and leaves out an empty addressee", () => {
    const empty = todoView([], TODAY, "en", JOB_DECLARATIONS);
    expect(empty).toMatchObject({
      days: [],
      more: 0,
      toggle: null,
      empty: "Nothing due in the next 14 days",
    });
    const own: DutyItem = {
      date: TODAY,
      nominal: TODAY,
      title: label("<b>消防检查</b>", "<b>消防檢查</b>", "<b>Fire check</b>"),
      to: label("", "", ""),
      duty: "own-1",
      source: "workbook",
    };
    expect(todoView([own], TODAY, "zh-CN", JOB_DECLARATIONS).days[0]!.items).toEqual([
      { duty: "own-1", title: "<b>消防检查</b>", to: "", time: null, detail: null, job: null },
    ]);
  });

  it("writes dates with their weekday", () => {
    expect(todoDate("2026-12-31", "zh-CN")).toBe("12月31日 周四");
    expect(todoDate("2027-01-03", "zh-TW")).toBe("1月3日 週日");
    expect(todoDate("2027-01-03", "en")).toBe("Sun Jan 3");
  });
});

describe("a 本月待办 button", () => {
  it("runs its job with the defaults, as the ribbon does: the form shows the job, the result is a normal run", async () => {
    const host = new FakeHost(demoBook(demoSheets(TODAY)));
    const load = fakeLoader(JOBS);
    const controller = new PaneController({ host, jobs: JOBS, load, lang: "zh-CN", today: TODAY });
    const view = todoView(upcomingTodo(TODAY), TODAY, "zh-CN", controller.jobs);
    const fee = view.days[1]!.items[0]!.job!;
    expect(fee.id).toBe("fee-statistics");
    const run = await controller.runWithDefaults(fee.id);
    expect(run).not.toBeNull();
    expect(load.loads).toEqual(["fee-statistics"]);
    expect(controller.state).toMatchObject({
      jobId: "fee-statistics",
      periodText: "2026-09",
      run: { phase: "done", jobId: "fee-statistics" },
    });
    expect(host.reads).toEqual([1]);
    expect(host.writes).toHaveLength(1);
    expect(run!.written.map((w) => w.name)).toContain("费用统计 2026-09");
  });
});
