import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  a1,
  isDateCell,
  isFormulaCell,
  isLinkCell,
  isoToExcelSerial,
  runJob as runCoreJob,
  type BookData,
  type CellValue,
  type JobParams,
  type SheetSpec,
} from "../core/index";
import { PURCHASE_PLAN_JOB } from "../core/jobs/purchase-plan/job";
import { makeRequestBook } from "../bench/data/purchaseRequests";
import { readXlsxFile } from "../cli/xlsx/readBook";
import { saveXlsx } from "../cli/xlsx/saveBook";
import { writeSheets } from "../cli/xlsx/writeSheets";
import { AddinError } from "../addin/excel/addinError";
import { OfficeWorkbookHost, type OfficeHostOptions } from "../addin/excel/officeHost";
import { runJob } from "../addin/runJob";
import { EXCEL_WEB_PAYLOAD_LIMIT, type ExcelSimulator } from "../addin/excel-sim/excelSimulator";
import { simFromBook } from "../addin/excel-sim/simFromBook";
import { loadSimFromXlsx, saveSimToXlsx } from "./helpers/simXlsx";

const FIXTURE = resolve(import.meta.dirname, "fixtures/purchase-plan/requests.xlsx");
const PARAMS: JobParams = { today: "2026-12-01", lang: "zh-CN", month: "2027-01" };
const PLAN = "采购计划 2027-01";
const DETAIL = "采购计划明细 2027-01";
const ISSUES = "问题清单 2027-01 采购计划";

let dir: string;
let fixture: BookData;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-officehost-"));
  fixture = (await readXlsxFile(FIXTURE)).book;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function hostFor(sim: ExcelSimulator, options: Partial<OfficeHostOptions> = {}): OfficeWorkbookHost {
  let n = 0;
  return new OfficeWorkbookHost(sim.run, {
    isSetSupported: () => true,
    newTempName: () => `~PropDesk ${(n++).toString(36).padStart(8, "0")}`,
    ...options,
  });
}

/** The specs runJob writes for the purchase plan on a book (the job's sheets and its issues sheet). */
function planSpecs(book: BookData): SheetSpec[] {
  return runCoreJob(PURCHASE_PLAN_JOB, book, PARAMS).sheets;
}

/** What `Range.values` must show for each cell of a spec: links as text, dates as serials, formulas as the core's value. */
function expectedCell(spec: SheetSpec, row: number, column: number, date1904: boolean): CellValue {
  if (
    spec.merges.some(
      (m) =>
        row >= m.top &&
        row <= m.bottom &&
        column >= m.left &&
        column <= m.right &&
        (row !== m.top || column !== m.left),
    )
  )
    return null;
  const cell = spec.cells[row - 1]?.[column - 1] ?? null;
  if (cell === null || cell === "") return null;
  if (isFormulaCell(cell)) return cell.value;
  if (isLinkCell(cell)) return cell.text;
  if (isDateCell(cell)) return isoToExcelSerial(cell.date, date1904);
  return cell;
}

/** Numbers as Excel shows them (15 significant digits), so float sums compare with the core's exact decimals. */
function shown(value: CellValue): CellValue {
  return typeof value === "number" ? Number(value.toPrecision(15)) : value;
}

function expectSheetShowsSpec(sim: ExcelSimulator, name: string, spec: SheetSpec): void {
  const width = spec.cells.reduce((most, row) => Math.max(most, row.length), 0);
  const actual: CellValue[][] = [];
  const expected: CellValue[][] = [];
  for (let row = 1; row <= spec.cells.length; row++) {
    const a: CellValue[] = [];
    const e: CellValue[] = [];
    for (let column = 1; column <= width; column++) {
      a.push(shown(sim.valueAt(name, a1(column, row))));
      e.push(shown(expectedCell(spec, row, column, sim.workbook.date1904)));
    }
    actual.push(a);
    expected.push(e);
  }
  expect(actual).toEqual(expected);
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(AddinError);
    return (error as AddinError).code;
  }
  throw new Error("expected the work to fail");
}

describe("OfficeWorkbookHost.read", () => {
  it("reads the purchase-plan fixture as the CLI does, in two syncs", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const book = await hostFor(sim).read();
    expect(book).toEqual(fixture);
    expect(sim.syncCount).toBe(2);
  });

  it("marks the sheets PropDesk wrote with their keys and learns the date system from Excel", async () => {
    const sim = simFromBook({ ...fixture, date1904: true });
    const host = hostFor(sim);
    await host.write(planSpecs(fixture).slice(0, 1));
    const book = await host.read();
    expect(book.date1904).toBe(true);
    expect(book.sheets.map((s) => [s.name, s.ownerKey])).toEqual([
      ...fixture.sheets.map((s) => [s.name, undefined]),
      [PLAN, "purchase-plan/plan/2027-01"],
    ]);
  });
});

describe("runJob with the purchase plan through OfficeWorkbookHost", () => {
  it("writes sheets showing exactly the SheetSpecs' values, as the CLI's output does", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const run = await runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS);
    expect(run.written).toEqual([
      { key: "purchase-plan/plan/2027-01", name: PLAN, replaced: false },
      { key: "purchase-plan/detail/2027-01", name: DETAIL, replaced: false },
      { key: "purchase-plan/2027-01/issues", name: ISSUES, replaced: false },
    ]);
    expect(sim.syncCount).toBe(4);
    const specs = planSpecs(fixture);
    specs.forEach((spec, i) => expectSheetShowsSpec(sim, run.written[i]?.name ?? "", spec));

    const cli = await readXlsxFile(FIXTURE);
    writeSheets(cli.workbook, specs);
    const cliPath = join(dir, "cli.xlsx");
    await saveXlsx(cli.workbook, cliPath);
    const fromCli = (await readXlsxFile(cliPath)).book;
    const fromAddin = await hostFor(sim).read();
    // Two known differences of the CLI's reading, not of the output: it keeps an empty-string cell as ""
    // where Excel shows an empty cell, and it sees no number format on empty cells.
    const empty = (value: CellValue | undefined) => value === null || value === "";
    const normalise = (book: BookData) =>
      book.sheets.map((s) => ({
        ...s,
        values: s.values.map((row) => row.map((v) => (v === "" ? null : shown(v)))),
        numberFormats: s.numberFormats?.map((row, r) =>
          row.map((f, c) => (empty(s.values[r]?.[c]) ? "General" : f)),
        ),
      }));
    expect(normalise(fromAddin)).toEqual(normalise(fromCli));
  });

  it("renders formats per block: number formats, styles, links, merges, widths, frozen panes and print setup", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    await runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS);
    const [plan] = planSpecs(fixture);
    if (plan === undefined) throw new Error("no plan spec");
    const money = plan.numberFormats.find((b) => b.format === "#,##0.00");
    if (money === undefined) throw new Error("no money column");
    expect(sim.numberFormatAt(PLAN, a1(money.left, money.bottom))).toBe("#,##0.00");
    expect(sim.lookAt(PLAN, "A1")).toMatchObject({
      font: { name: "等线", size: 16, bold: true },
      horizontalAlignment: "Center",
    });
    const header = plan.styles.find((s) => s.style === "header");
    expect(sim.lookAt(PLAN, a1(1, header?.top ?? 1))).toMatchObject({
      fill: "#D9D9D9",
      borders: { top: { style: "Continuous" }, left: { style: "Continuous" } },
      wrapText: true,
    });
    const snapshot = sim.snapshot().sheets.find((s) => s.name === PLAN);
    expect(snapshot?.merges.length).toBe(plan.merges.length);
    expect(snapshot?.freeze).toEqual(plan.freeze);
    expect(snapshot?.columnWidths.length).toBe(plan.columns.length);
    expect(sim.sheet(PLAN).pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(snapshot?.looks).toBeLessThan(50 * 30);
    expect(sim.lookAt(DETAIL, "N5").font).toMatchObject({ color: "#0563C1", underline: "Single" });
    expect(sim.formulaAt(DETAIL, "N5")).toMatch(/^=HYPERLINK\("#'[^']+'!A\d+","[^"]+"\)$/);
  });

  it("re-running replaces its own sheets in place and keeps their markers hidden", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const host = hostFor(sim);
    await runJob(host, PURCHASE_PLAN_JOB, PARAMS);
    const before = sim.snapshot();
    sim.workbook.moveSheet(sim.sheet(DETAIL), 0);
    sim.sheet(ISSUES).visibility = "Hidden";
    const again = await runJob(host, PURCHASE_PLAN_JOB, PARAMS);
    expect(again.written.map((w) => [w.name, w.replaced])).toEqual([
      [PLAN, true],
      [DETAIL, true],
      [ISSUES, true],
    ]);
    expect(sim.sheetNames()).toEqual([DETAIL, ...fixture.sheets.map((s) => s.name), PLAN, ISSUES]);
    expect(sim.sheet(ISSUES).visibility).toBe("Hidden");
    expect(sim.sheet(PLAN).id).not.toBe(before.sheets.find((s) => s.name === PLAN)?.id);
    expect(sim.names()).toEqual(before.names);
    expect(sim.names().every((n) => !n.visible)).toBe(true);
    expect(sim.sheetNames().some((n) => n.startsWith("~PropDesk"))).toBe(false);
  });

  it("never touches a user's sheet of the same name: the new one gets ' (2)'", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    sim.addSheet(PLAN, { values: [["the clerk's own plan"]] });
    const users = sim.snapshot().sheets.find((s) => s.name === PLAN);
    const host = hostFor(sim);
    const first = await runJob(host, PURCHASE_PLAN_JOB, PARAMS);
    const second = await runJob(host, PURCHASE_PLAN_JOB, PARAMS);
    expect(first.written[0]?.name).toBe(`${PLAN} (2)`);
    expect(second.written[0]).toEqual({
      key: "purchase-plan/plan/2027-01",
      name: `${PLAN} (2)`,
      replaced: true,
    });
    expect(sim.snapshot().sheets.find((s) => s.name === PLAN)).toEqual(users);
  });

  it("plans again when the workbook changed between read and write", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const host = hostFor(sim);
    await host.read();
    sim.addSheet(PLAN, { values: [["typed in meanwhile"]] });
    const written = await host.write(planSpecs(fixture));
    expect(written[0]?.name).toBe(`${PLAN} (2)`);
    expect(sim.valueAt(PLAN, "A1")).toBe("typed in meanwhile");
    expect(sim.sheetNames().some((n) => n.startsWith("~PropDesk"))).toBe(false);
  });

  it("cleans up temporary sheets an interrupted write left behind", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    sim.addSheet("~PropDesk zzzzzzzz", { values: [["half written"]] });
    await runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS);
    expect(sim.sheetNames().some((n) => n.startsWith("~PropDesk"))).toBe(false);
  });
});

describe("failures leave the workbook as it was", () => {
  it("refuses to replace its own sheet when a clerk protected it (sheet-protected)", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const host = hostFor(sim);
    await runJob(host, PURCHASE_PLAN_JOB, PARAMS);
    sim.sheet(DETAIL).protected = true;
    const before = sim.snapshot();
    const error = await runJob(host, PURCHASE_PLAN_JOB, PARAMS).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "sheet-protected", sheet: DETAIL });
    expect(sim.snapshot()).toEqual(before);
  });

  it("reports cell-edit mode (cell-editing) and changes nothing", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const before = sim.snapshot();
    sim.cellEditMode = true;
    expect(await codeOf(runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS))).toBe("cell-editing");
    expect(sim.snapshot()).toEqual(before);
  });

  it("maps Excel's other errors to unknown, and activate/select on a missing sheet too", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const host = hostFor(sim);
    expect(await codeOf(host.select("没有这张表", "A1"))).toBe("unknown");
  });

  it("reports payload-too-large when even small requests are refused, leaving nothing behind", async () => {
    const sim = await loadSimFromXlsx(FIXTURE, { payloadLimit: 2_000 });
    const host = hostFor(sim);
    await host.read();
    const before = sim.snapshot();
    expect(await codeOf(host.write(planSpecs(fixture)))).toBe("payload-too-large");
    expect(sim.snapshot()).toEqual(before);
  });

  it("halves its budget when Excel refuses a request it thought would fit", async () => {
    const { book } = makeRequestBook(5_000);
    const sim = simFromBook(book, { payloadLimit: 600_000 });
    const written = await hostFor(sim, { payloadBudget: 1_000_000 }).write(planSpecs(book));
    expect(written.map((w) => w.replaced)).toEqual([false, false, false]);
    expect(sim.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(sim.syncs.every((s) => s.requestBytes <= 600_000 || s.error !== undefined)).toBe(true);
  });

  for (const rerun of [false, true]) {
    it(`undoes a write that fails at any operation (${rerun ? "replacing its sheets" : "first run"})`, async () => {
      const base = simFromBook(fixture);
      const specs = planSpecs(fixture);
      const setUp = async (sim: ExcelSimulator) => {
        if (rerun) await hostFor(sim).write(specs);
      };
      await setUp(base);
      const ops = base.operationCount;
      await hostFor(base).write(specs);
      const total = base.operationCount - ops;
      const done = base.snapshot();
      const outcomes = new Set<string>();
      for (let at = 1; at <= total; at++) {
        const sim = simFromBook(fixture);
        await setUp(sim);
        const before = sim.snapshot();
        sim.failOnOperation(at);
        const outcome = await hostFor(sim)
          .write(specs)
          .then(
            () => "ok",
            (error: unknown) => (error as AddinError).code,
          );
        const after = sim.snapshot();
        outcomes.add(outcome);
        if (outcome === "ok") {
          expect(after, `failure at operation ${at}, finished instead`).toEqual(done);
        } else {
          expect(outcome, `failure at operation ${at}`).toBe("unknown");
          expect(after, `failure at operation ${at}`).toEqual(before);
        }
      }
      expect([...outcomes].sort()).toEqual(rerun ? ["ok", "unknown"] : ["unknown"]);
    });
  }
});

describe("navigation", () => {
  it("activates a sheet and selects a cell in one sync each", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    const host = hostFor(sim);
    await host.activate("客服部");
    expect([sim.activeSheet, sim.syncCount]).toEqual(["客服部", 1]);
    await host.select("工程部", "D12");
    expect([sim.activeSheet, sim.selection, sim.syncCount]).toEqual(["工程部", "工程部!D12", 2]);
  });
});

describe("sync counts and payload", () => {
  it("runs a 20,000-row purchase plan in at most 4 syncs, each under Excel on the web's limit", async () => {
    const { book } = makeRequestBook(20_000);
    const sim = simFromBook(book);
    await runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS);
    expect(sim.syncCount).toBeLessThanOrEqual(4);
    for (const s of sim.syncs) {
      expect(s.error).toBeUndefined();
      expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    }
    const firstRun = sim.syncCount;
    await runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS);
    expect(sim.syncCount - firstRun).toBeLessThanOrEqual(4);
  }, 60_000);

  it("keeps every sync of a 200,000-row plan under the limit, with syncs growing only with the chunks", async () => {
    const { book } = makeRequestBook(200_000);
    const sim = simFromBook(book);
    const host = hostFor(sim);
    const run = await runJob(host, PURCHASE_PLAN_JOB, PARAMS);
    const ok = sim.syncs.filter((s) => s.error === undefined);
    const refused = sim.syncs.filter((s) => s.error !== undefined);
    expect(refused.map((s) => s.error)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    for (const s of ok)
      expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    const requestBytes = ok.reduce((sum, s) => sum + s.requestBytes, 0);
    const responseBytes = ok.reduce((sum, s) => sum + s.responseBytes, 0);
    const chunks = Math.ceil(requestBytes / 4_000_000) + Math.ceil(responseBytes / 3_200_000);
    expect(sim.syncCount).toBeGreaterThan(4);
    expect(sim.syncCount).toBeLessThanOrEqual(chunks + 6);
    expect(sim.values(run.written[1]?.name ?? "").length).toBe(200_003);
  }, 120_000);
});

describe("xlsx bridge", () => {
  it("saves the simulated workbook so the CLI reads back what the add-in wrote", async () => {
    const sim = await loadSimFromXlsx(FIXTURE);
    await runJob(hostFor(sim), PURCHASE_PLAN_JOB, PARAMS);
    const path = join(dir, "addin.xlsx");
    await saveSimToXlsx(sim, path);
    const reread = await readXlsxFile(path);
    const fromSim = await hostFor(sim).read();
    expect(reread.book.sheets.map((s) => [s.name, s.ownerKey])).toEqual(
      fromSim.sheets.map((s) => [s.name, s.ownerKey]),
    );
    expect(reread.book.sheets.find((s) => s.name === PLAN)?.values).toEqual(
      fromSim.sheets.find((s) => s.name === PLAN)?.values,
    );
  });
});
