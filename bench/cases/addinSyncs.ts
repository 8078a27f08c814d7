import ExcelJS from "exceljs";
import type { BookData, JobParams } from "../../core/index";
import { PURCHASE_PLAN_JOB } from "../../core/jobs/purchase-plan/job";
import { OfficeWorkbookHost } from "../../addin/excel/officeHost";
import { runJob } from "../../addin/runJob";
import { readSheet } from "../../cli/xlsx/readSheet";
import { writeSheets } from "../../cli/xlsx/writeSheets";
import { runJob as runCoreJob } from "../../core/index";
import { EXCEL_WEB_PAYLOAD_LIMIT } from "../../addin/excel-sim/excelSimulator";
import { simFromBook } from "../../addin/excel-sim/simFromBook";
import { makeRequestBook } from "../data/purchaseRequests";
import type { BenchCase } from "../harness";

const PARAMS: JobParams = { today: "2026-12-01", lang: "zh-CN", month: "2027-01" };

/** What a run through the add-in's host reports: the sheets written and every sync's payload. */
interface AddinRun {
  sheets: { name: string; rows: number }[];
  syncs: number;
  refused: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** What the CLI's host wrote. */
interface CliRun {
  sheets: { name: string; rows: number }[];
}

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** The purchase plan run by the add-in (read, core, write) through OfficeWorkbookHost on a fresh Excel simulator. */
async function runThroughAddin(book: BookData): Promise<AddinRun> {
  const sim = simFromBook(book);
  const run = await runJob(
    new OfficeWorkbookHost(sim.run, { isSetSupported: () => true }),
    PURCHASE_PLAN_JOB,
    PARAMS,
  );
  const ok = sim.syncs.filter((s) => s.error === undefined);
  return {
    sheets: run.written.map((w) => ({ name: w.name, rows: sim.sheet(w.name).usedRect(true)?.bottom ?? 0 })),
    syncs: sim.syncCount,
    refused: sim.syncCount - ok.length,
    maxRequestBytes: Math.max(0, ...ok.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...ok.map((s) => s.responseBytes)),
  };
}

/** The same through the CLI's host: an ExcelJS workbook holding the grids, read as Office.js would, planned, written. */
function runThroughCli(book: BookData): CliRun {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(sheet.origin.row + r, sheet.origin.column + c).value = value;
      }),
    );
  }
  const read: BookData = { sheets: workbook.worksheets.map((ws) => readSheet(ws, false)), date1904: false };
  const { written } = writeSheets(workbook, runCoreJob(PURCHASE_PLAN_JOB, read, PARAMS).sheets);
  return {
    sheets: written.map((w) => {
      const ws = workbook.getWorksheet(w.name);
      const data = ws === undefined ? null : readSheet(ws, false);
      return {
        name: w.name,
        rows: data === null || data.values.length === 0 ? 0 : data.origin.row + data.values.length - 1,
      };
    }),
  };
}

/** Syncs and payload of the add-in's Office.js host on the purchase plan, in the Excel simulator (Excel on the web's 5 MB limit). */
export const addinSyncs: BenchCase<BookData, AddinRun, CliRun> = {
  name: "addinSyncs",
  description:
    "the purchase plan inside Excel: runJob through OfficeWorkbookHost on the Excel simulator (read, core, write with " +
    "formats, markers and the swap), from a fresh simulated workbook of purchase requests in 50 department sheets; " +
    "figures: context.sync() calls (refused ones counted, e.g. a read over the response limit) and the largest request " +
    "and response payload of an accepted sync, against Excel on the web's 5 MB; " +
    "baseline: the CLI's host on the same grids (ExcelJS workbook, readSheet, the job, writeSheets)",
  sizes: [1_000, 20_000, 200_000],
  make: (size) => makeRequestBook(size).book,
  runCore: runThroughAddin,
  baseline: {
    label: "CLI host (ExcelJS)",
    run: async (book) => runThroughCli(book),
  },
  check(core, cli) {
    const names = (sheets: { name: string; rows: number }[]) =>
      sheets.map((s) => `${s.name}:${s.rows}`).join(", ");
    if (names(core.sheets) !== names(cli.sheets))
      throw new Error(`addinSyncs: the add-in wrote ${names(core.sheets)}, the CLI ${names(cli.sheets)}`);
    if (Math.max(core.maxRequestBytes, core.maxResponseBytes) >= EXCEL_WEB_PAYLOAD_LIMIT)
      throw new Error(
        `addinSyncs: a sync carried ${MB(Math.max(core.maxRequestBytes, core.maxResponseBytes))}`,
      );
  },
  figures: (core) =>
    `${core.syncs} syncs${core.refused > 0 ? ` (${core.refused} refused)` : ""}, ` +
    `max request ${MB(core.maxRequestBytes)}, max response ${MB(core.maxResponseBytes)}`,
};
