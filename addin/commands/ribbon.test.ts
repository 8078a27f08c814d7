import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { JOBS, type JobDefinition } from "../../core/index";
import type { PaneBridge } from "../taskpane/paneBridge";
import { commandName } from "./commandName";
import {
  commandHandlers,
  registerCommands,
  runFromRibbon,
  type AddinCommandEvent,
  type CommandContext,
  type OfficeForCommands,
} from "./ribbon";

function fakeOffice(): OfficeForCommands & { associated: Map<string, unknown>; ready: () => void } {
  let ready: () => void = () => undefined;
  const associated = new Map<string, unknown>();
  return {
    associated,
    ready: () => ready(),
    onReady: (callback) => {
      ready = () => callback?.();
      return Promise.resolve();
    },
    actions: { associate: (name, handler) => associated.set(name, handler) },
    addin: { showAsTaskpane: vi.fn(() => Promise.resolve()) },
  };
}

function event() {
  const completed = vi.fn<() => void>();
  return { completed } satisfies AddinCommandEvent;
}

function context(pane: PaneBridge | null, office = fakeOffice()): CommandContext {
  return { office, pane: () => Promise.resolve(pane) };
}

describe("commandName", () => {
  it("is run + the job id in PascalCase", () => {
    expect(commandName("purchase-plan")).toBe("runPurchasePlan");
    expect(commandName("receivables-ageing")).toBe("runReceivablesAgeing");
    expect(commandName("inventory")).toBe("runInventory");
    expect(commandName("finance_summary-2")).toBe("runFinanceSummary2");
  });
});

describe("runFromRibbon", () => {
  it("shows the pane, runs the job there with its defaults, then completes the event", async () => {
    const order: string[] = [];
    const office = fakeOffice();
    office.addin.showAsTaskpane = async () => {
      order.push("show");
    };
    const pane: PaneBridge = {
      runWithDefaults: async (jobId) => {
        order.push(`run ${jobId}`);
      },
    };
    const done = event();
    done.completed.mockImplementation(() => order.push("completed"));
    await runFromRibbon("purchase-plan", context(pane, office), done);
    expect(order).toEqual(["show", "run purchase-plan", "completed"]);
  });

  it("completes the event exactly once when anything fails", async () => {
    const failingPane: PaneBridge = { runWithDefaults: () => Promise.reject(new Error("boom")) };
    const failingOffice = fakeOffice();
    failingOffice.addin.showAsTaskpane = () => Promise.reject(new Error("no shared runtime"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const ctx of [context(failingPane), context(null), context(failingPane, failingOffice)]) {
      const done = event();
      await runFromRibbon("purchase-plan", ctx, done);
      expect(done.completed).toHaveBeenCalledTimes(1);
    }
    expect(errors).toHaveBeenCalledTimes(3);
    errors.mockRestore();
  });
});

describe("ribbon handlers", () => {
  it("has one handler per job, named from its id", () => {
    const handlers = commandHandlers(JOBS, context(null));
    expect([...handlers.keys()]).toEqual(JOBS.map((job) => commandName(job.id)));
    expect(handlers.has("runPurchasePlan")).toBe(true);
  });

  it("a job declared later gets its handler without code here", async () => {
    const later: JobDefinition = { ...JOBS[0]!, id: "collection-rate" };
    const runs: string[] = [];
    const handlers = commandHandlers(
      [...JOBS, later],
      context({ runWithDefaults: async (id) => void runs.push(id) }),
    );
    await handlers.get("runCollectionRate")?.(event());
    expect(runs).toEqual(["collection-rate"]);
  });

  it("registers the handlers with Office once it is ready", () => {
    const office = fakeOffice();
    registerCommands(office);
    expect(office.associated.size).toBe(0);
    office.ready();
    expect([...office.associated.keys()]).toEqual(JOBS.map((job) => commandName(job.id)));
  });

  it("covers every ExecuteFunction in manifest.xml", () => {
    const manifest = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    const handlers = commandHandlers(JOBS, context(null));
    for (const name of names) expect(handlers.has(name!), `handler for ${name}`).toBe(true);
  });
});
