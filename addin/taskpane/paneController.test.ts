import { describe, expect, it } from "vitest";
import { JOBS, findJob, type JobDefinition, type JobParams } from "../../core/index";
import { AddinError } from "../excel/addinError";
import type { RunStep } from "../runJob";
import { PaneController } from "./paneController";
import type { PaneState } from "./paneState";
import { FakeHost } from "./fakeHost.testkit";
import { fakeLoader } from "./jobLoader.testkit";
import { CodeLoadError } from "../jobLoader";

const plan = findJob("purchase-plan") as JobDefinition;

/** A second job that records the params it got, to check what the pane passes. */
function recordingJob(id: string, seen: JobParams[]): JobDefinition {
  return {
    ...plan,
    id,
    period: "as-of",
    defaultPeriod: (today) => today,
    run: (book, params) => {
      seen.push(params);
      return plan.run(book, { ...params, month: "2027-01" });
    },
  };
}

function setup(options: { host?: FakeHost; jobs?: readonly JobDefinition[] } = {}) {
  const host = options.host ?? new FakeHost();
  const jobs = options.jobs ?? JOBS;
  const load = fakeLoader(jobs);
  const controller = new PaneController({ host, jobs, load, lang: "zh-CN", today: "2026-12-15" });
  const states: PaneState[] = [];
  controller.subscribe((state) => states.push(state));
  const steps = () =>
    states
      .flatMap((s) => (s.run.phase === "running" ? [s.run.step] : []))
      .filter((s, i, all) => s !== all[i - 1]);
  return { host, controller, states, steps, load };
}

describe("PaneController", () => {
  it("starts on the first job with its default period, nothing read and nothing run", () => {
    const { controller, host } = setup();
    expect(controller.state).toMatchObject({
      lang: "zh-CN",
      jobId: "purchase-plan",
      periodText: "2027-01",
      book: { status: "idle" },
      run: { phase: "idle" },
    });
    expect(host.reads).toEqual([]);
  });

  it.each([
    ["purchase-plan", "2027-01"],
    ["collection", "2026-11"],
    ["inventory", "2026-12"],
    ["attendance", "2026-12"],
    ["weekly-collection", "2026-12-09"],
    ["fee-statistics", "2026-11"],
    ["cash-plan", "2027-01"],
    ["advances", "2026-12-15"],
  ])("offers %s for the period it is handed in for on 2026-12-15: %s", (jobId, period) => {
    const { controller } = setup();
    controller.selectJob(jobId);
    expect(controller.state.periodText).toBe(period);
  });

  it("refuses to start without jobs", () => {
    expect(
      () =>
        new PaneController({
          host: new FakeHost(),
          jobs: [],
          load: fakeLoader(),
          lang: "en",
          today: "2026-12-15",
        }),
    ).toThrow(RangeError);
  });

  it("finds input sheets by reading the workbook once", async () => {
    const { controller, host, states } = setup();
    await controller.detectSheets();
    expect(states.map((s) => s.book.status)).toEqual(["loading", "ready"]);
    expect(host.reads).toHaveLength(1);
  });

  it("keeps a failed read as the book's state", async () => {
    const host = new FakeHost();
    host.read = () => Promise.reject(new AddinError("cell-editing", "busy"));
    const { controller } = setup({ host });
    await controller.detectSheets();
    expect(controller.state.book).toMatchObject({ status: "failed", error: { code: "cell-editing" } });
  });

  it("runs the selected job through reading, computing and writing, and keeps the run", async () => {
    const { controller, host, steps } = setup();
    const run = await controller.run();
    expect(steps()).toEqual<RunStep[]>(["reading", "computing", "writing", "done"]);
    expect(run?.period).toBe("2027-01");
    expect(controller.state.run).toMatchObject({ phase: "done", jobId: "purchase-plan", run });
    expect(controller.state.book.status).toBe("ready");
    expect(host.reads).toHaveLength(1);
    expect(host.writes[0]!.map((s) => s.key)).toEqual([
      "purchase-plan/plan/2027-01",
      "purchase-plan/detail/2027-01",
      "purchase-plan/2027-01/issues",
    ]);
  });

  it("passes the typed period, the pane's language and only the sheets a person chose", async () => {
    const seen: JobParams[] = [];
    const { controller } = setup({ jobs: [recordingJob("ageing", seen)] });
    controller.setPeriod("2026年12月31日");
    controller.setLanguage("zh-TW");
    await controller.run();
    expect(seen[0]).toEqual({ today: "2026-12-15", lang: "zh-TW", asOf: "2026-12-31" });
    await controller.detectSheets();
    controller.toggleSheet("purchase-requests", "保洁部", false);
    await controller.run();
    expect(seen[1]).toEqual({
      today: "2026-12-15",
      lang: "zh-TW",
      asOf: "2026-12-31",
      inputSheets: { "purchase-requests": ["工程部"] },
    });
    controller.resetRole("purchase-requests");
    await controller.run();
    expect(seen[2]?.inputSheets).toBeUndefined();
  });

  it("passes a count date typed for the inventory, none when blank, and forgets it on another job", async () => {
    const seen: JobParams[] = [];
    const inventory = findJob("inventory") as JobDefinition;
    const counting: JobDefinition = {
      ...inventory,
      run: (book, params) => {
        seen.push(params);
        return inventory.run(book, params);
      },
    };
    const { controller, host } = setup({ jobs: [plan, counting] });
    controller.selectJob("inventory");
    controller.setPeriod("2026-11");
    await controller.run();
    expect(seen[0]?.countDate).toBeUndefined();
    controller.setOption("2026年11月24日");
    await controller.run();
    expect(seen[1]).toMatchObject({ month: "2026-11", countDate: "2026-11-24" });
    controller.setOption("2026-12-01");
    expect(await controller.run()).toBeNull();
    expect(host.reads).toHaveLength(2);
    controller.selectJob("purchase-plan");
    controller.selectJob("inventory");
    expect(controller.state.optionText).toBe("");
  });

  it("does not run with a period that names no month", async () => {
    const { controller, host } = setup();
    controller.setPeriod("2027-13");
    expect(await controller.run()).toBeNull();
    expect(host.reads).toEqual([]);
    expect(controller.state.run.phase).toBe("idle");
  });

  it("keeps a failed run with its error, the workbook untouched", async () => {
    const host = new FakeHost();
    host.failWrite = new AddinError("sheet-protected", "protected");
    const { controller } = setup({ host });
    expect(await controller.run()).toBeNull();
    expect(controller.state.run).toMatchObject({
      phase: "failed",
      jobId: "purchase-plan",
      error: { code: "sheet-protected" },
    });
    expect(host.writes).toEqual([]);
  });

  it("runs one job at a time, in the order asked", async () => {
    const seen: JobParams[] = [];
    const { controller, host } = setup({ jobs: [plan, recordingJob("ageing", seen)] });
    const order: string[] = [];
    const first = controller.run().then(() => order.push("pane"));
    const second = controller.runWithDefaults("ageing").then(() => order.push("ribbon"));
    await Promise.all([first, second]);
    expect(order).toEqual(["pane", "ribbon"]);
    expect(host.log).toEqual(["read", "write", "read", "write"]);
    expect(controller.state.jobId).toBe("ageing");
  });

  it("a ribbon run uses the job's defaults and shows them in the form", async () => {
    const seen: JobParams[] = [];
    const { controller } = setup({ jobs: [plan, recordingJob("ageing", seen)] });
    await controller.detectSheets();
    controller.selectJob("ageing");
    controller.setPeriod("2026-06-30");
    controller.toggleSheet("purchase-requests", "保洁部", false);
    await controller.runWithDefaults("ageing");
    expect(seen[0]).toEqual({ today: "2026-12-15", lang: "zh-CN", asOf: "2026-12-15" });
    expect(controller.state).toMatchObject({
      jobId: "ageing",
      periodText: "2026-12-15",
      chosen: { ageing: {} },
    });
  });

  it("selecting another job resets the period and clears the last result", async () => {
    const { controller } = setup({ jobs: [plan, recordingJob("ageing", [])] });
    await controller.run();
    controller.selectJob("ageing");
    expect(controller.state).toMatchObject({
      jobId: "ageing",
      periodText: "2026-12-15",
      run: { phase: "idle" },
    });
    expect(() => controller.selectJob("nope")).toThrow(RangeError);
  });

  it("goes to a sheet or a cell, and turns a failure into a notice", async () => {
    const { controller, host } = setup();
    await controller.goTo({ sheet: "工程部", cell: "E4" }, "工程部!E4");
    await controller.goTo({ sheet: "采购计划 2027-01" }, "采购计划 2027-01");
    expect(host.selected).toEqual(["工程部!E4"]);
    expect(host.activated).toEqual(["采购计划 2027-01"]);
    host.failNavigation = new Error("ItemNotFound");
    await controller.goTo({ sheet: "已删除" }, "已删除");
    expect(controller.state.notice).toMatchObject({ location: "已删除" });
    controller.dismissNotice();
    expect(controller.state.notice).toBeNull();
  });

  it("waits for the pane to paint between reading and computing", async () => {
    const events: string[] = [];
    const host = new FakeHost();
    const controller = new PaneController({
      host,
      jobs: JOBS,
      load: fakeLoader(),
      lang: "en",
      today: "2026-12-15",
      beforeCompute: async () => {
        events.push(
          `paint while ${controller.state.run.phase === "running" ? controller.state.run.step : "?"}`,
        );
      },
    });
    await controller.run();
    expect(events).toEqual(["paint while computing"]);
  });

  it("loads a job's code once: ahead of a run when asked, when a job is selected, and not again to run it", async () => {
    const { controller, load } = setup();
    controller.preload();
    controller.preload();
    controller.selectJob("collection");
    expect(load.loads).toEqual(["purchase-plan", "collection"]);
    await controller.runWithDefaults("collection");
    await controller.runWithDefaults("purchase-plan");
    expect(load.loads).toEqual(["purchase-plan", "collection"]);
  });

  it("shows the reading step while the job's code loads, and reads the workbook once it has", async () => {
    const { controller, host, load } = setup();
    let open: () => void = () => undefined;
    load.gate = new Promise((resolve) => (open = resolve));
    const running = controller.run();
    await Promise.resolve();
    expect(controller.state.run).toEqual({ phase: "running", jobId: "purchase-plan", step: "reading" });
    expect(host.reads).toEqual([]);
    open();
    expect((await running)?.period).toBe("2027-01");
    expect(controller.state.run).toMatchObject({ phase: "done", job: { id: "purchase-plan" } });
  });

  it("says a run failed when the job's code cannot load, the workbook untouched, and loads again on the next run", async () => {
    const { controller, host, load } = setup();
    load.offline = true;
    controller.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await controller.run()).toBeNull();
    expect(controller.state.run).toMatchObject({ phase: "failed", jobId: "purchase-plan" });
    expect((controller.state.run as { error: unknown }).error).toBeInstanceOf(CodeLoadError);
    expect(host.log).toEqual([]);
    load.offline = false;
    expect(await controller.run()).not.toBeNull();
    expect(load.loads).toEqual(["purchase-plan", "purchase-plan", "purchase-plan"]);
    expect(host.log).toEqual(["read", "write"]);
  });
});
