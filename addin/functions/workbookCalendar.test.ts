import { describe, expect, it, vi } from "vitest";
import type { CellValue } from "../../core/light";
import { ExcelSimulator } from "../excel-sim/index";
import type { ExcelRunner } from "../excel/excelSubset";
import { createInvoker } from "./functionsRuntime";
import { WorkbookCalendar } from "./workbookCalendar";

const COMPANY_DAY: CellValue[][] = [
  ["2026年节假日调整", null, null],
  ["日期", "类型", "名称"],
  ["2026-11-30", "休", "公司周年庆"],
];

/** A workbook with an ordinary sheet and, when given, a holiday sheet. */
function workbook(holidays: CellValue[][] | null, date1904 = false): ExcelSimulator {
  const sim = new ExcelSimulator({ date1904 });
  sim.addSheet("收费台账", {
    values: [
      ["房号", "金额"],
      ["1-101", 300],
    ],
  });
  if (holidays !== null) sim.addSheet("节假日", { values: holidays });
  return sim;
}

/** The simulator's runner with what it lacks of Office.js: the sheet events and `Application.calculate`. */
function withEvents(sim: ExcelSimulator) {
  type Handler = (args: { worksheetId: string }) => Promise<unknown>;
  const handlers: Record<"changed" | "added" | "deleted" | "renamed", Handler[]> = {
    changed: [],
    added: [],
    deleted: [],
    renamed: [],
  };
  const source = (list: Handler[]) => ({ add: (handler: Handler) => list.push(handler) });
  let calculations = 0;
  const run: ExcelRunner = (batch) =>
    sim.run((context) => {
      Object.assign(context.workbook.worksheets, {
        onChanged: source(handlers.changed),
        onAdded: source(handlers.added),
        onDeleted: source(handlers.deleted),
        onNameChanged: source(handlers.renamed),
      });
      Object.assign(context.workbook.application, { calculate: () => calculations++ });
      return batch(context);
    });
  const fire = async (kind: keyof typeof handlers, worksheetId = "") => {
    for (const handler of handlers[kind]) await handler({ worksheetId });
  };
  return { run, handlers, fire, calculations: () => calculations };
}

const ALL_SETS = { isSetSupported: () => true };
const settle = () => new Promise((done) => setTimeout(done, 0));

describe("WorkbookCalendar", () => {
  it("reads the workbook's 节假日 sheet once, in two syncs, then keeps it", async () => {
    const sim = workbook(COMPANY_DAY);
    const calendar = new WorkbookCalendar({ run: sim.run, isSetSupported: (_n, v) => v !== "1.9" });
    expect(calendar.current()).toBeNull();
    const context = await calendar.load();
    expect(context.calendar.isWorkingDay("2026-11-30")).toBe(false);
    expect(context.calendar.holidayName("2026-11-30")).toBe("公司周年庆");
    expect(context.date1904).toBe(false);
    expect(sim.syncCount).toBe(2);
    expect(await calendar.load()).toBe(context);
    expect(calendar.current()).toBe(context);
    expect(sim.syncCount).toBe(2);
  });

  it("uses the built-in calendar in one sync when the workbook has no holiday sheet", async () => {
    const sim = workbook(null);
    const calendar = new WorkbookCalendar({ run: sim.run, isSetSupported: (_n, v) => v !== "1.9" });
    const context = await calendar.load();
    expect(context.calendar.isWorkingDay("2026-11-30")).toBe(true);
    expect(context.calendar.isWorkingDay("2026-10-10")).toBe(true);
    expect(sim.syncCount).toBe(1);
  });

  it("learns the 1904 date system from Excel", async () => {
    const context = await new WorkbookCalendar({ run: workbook(null, true).run, ...ALL_SETS }).load();
    expect(context.date1904).toBe(true);
  });

  it("reads the sheet again when it changes and has Excel recalculate when the calendar changed", async () => {
    const sim = workbook(COMPANY_DAY);
    const events = withEvents(sim);
    const calendar = new WorkbookCalendar({ run: events.run, ...ALL_SETS });
    await calendar.load();
    await settle();
    expect(events.handlers.changed).toHaveLength(1);
    expect(events.handlers.renamed).toHaveLength(1);
    const holidays = sim.sheet("节假日");
    const other = sim.sheet("收费台账");

    sim.resetSyncs();
    await events.fire("changed", other.id);
    expect(sim.syncCount).toBe(0); // another sheet: nothing read

    await events.fire("changed", holidays.id);
    expect(sim.syncCount).toBe(2); // read again, unchanged: no recalculation
    expect(events.calculations()).toBe(0);

    sim.workbook.enterCell(holidays, 3, 2, "班");
    await events.fire("changed", holidays.id);
    expect(calendar.current()?.calendar.isWorkingDay("2026-11-30")).toBe(true);
    expect(events.calculations()).toBe(1);
  });

  it("takes a holiday sheet added later, and forgets one deleted", async () => {
    const sim = workbook(null);
    const events = withEvents(sim);
    const calendar = new WorkbookCalendar({ run: events.run, ...ALL_SETS });
    await calendar.load();
    await settle();
    sim.addSheet("Holidays", {
      values: [
        ["Date", "Type"],
        ["2026-10-12", "holiday"],
      ],
    });
    await events.fire("added");
    expect(calendar.current()?.calendar.isWorkingDay("2026-10-12")).toBe(false);
    sim.workbook.deleteSheet(sim.sheet("Holidays"));
    await events.fire("deleted");
    expect(calendar.current()?.calendar.isWorkingDay("2026-10-12")).toBe(true);
    expect(events.calculations()).toBe(2);
  });

  it("watches nothing where Excel has no sheet events (ExcelApi 1.9)", async () => {
    const sim = workbook(COMPANY_DAY);
    const events = withEvents(sim);
    await new WorkbookCalendar({ run: events.run, isSetSupported: (_n, v) => v !== "1.9" }).load();
    await settle();
    expect(events.handlers.changed).toHaveLength(0);
  });

  it("gives the built-in calendar when the workbook cannot be read, and reads it on the next call", async () => {
    const sim = workbook(COMPANY_DAY);
    sim.cellEditMode = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const calendar = new WorkbookCalendar({ run: sim.run, ...ALL_SETS });
    expect((await calendar.load()).calendar.isWorkingDay("2026-11-30")).toBe(true);
    expect(calendar.current()).toBeNull();
    expect(warn).toHaveBeenCalled();
    sim.cellEditMode = false;
    expect((await calendar.load()).calendar.isWorkingDay("2026-11-30")).toBe(false);
    warn.mockRestore();
  });
});

describe("createInvoker", () => {
  it("computes with the workbook's calendar: a promise until it is read, then at once", async () => {
    const sim = workbook(COMPANY_DAY);
    const invoke = createInvoker({ run: sim.run, ...ALL_SETS });
    const first = invoke("ISWORKDAY", ["2026-11-30"]);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe(false);
    expect(invoke("HOLIDAYCLASS", ["2026-11-30"])).toBe("restday");
    expect(invoke("DEADLINE", ["2026-11-30"])).toBe(46353); // Friday 2026-11-27
    expect(invoke("NOSUCH", [])).toEqual({ error: "#VALUE!" });
  });
});
