import { columnLetter, type SheetSpec, type WrittenSheet } from "../../core/light";
import { AddinError } from "./addinError";
import type { ExcelContext, ExcelWorksheet } from "./excelSubset";
import { restoreWorkbook, type WriteJournal } from "./restoreWorkbook";
import { planChunks, type RowChunk } from "./rowChunks";
import { queueMerges, queueSheetLayout } from "./sheetLayout";
import { specGrid } from "./specGrid";
import { queueStateLoad, type WorkbookState } from "./workbookState";
import { planWrite, samePlan, type WritePlan } from "./writePlan";

/** How to write. */
export interface WriteSettings {
  /** Bytes of cell data one sync may carry (Excel on the web refuses requests over 5 MB). */
  budget: number;
  /** Print setup is written only where ExcelApi 1.9 is available. */
  pageLayout: boolean;
  /** `application.suspendApiCalculationUntilNextSync()` where ExcelApi 1.6 is available. */
  suspendCalculation: boolean;
  newTempName: () => string;
}

/** A write's outcome: the sheets written, or, when the workbook changed since `known`, the state to plan again from. */
export type WriteOutcome = { written: WrittenSheet[] } | { replan: WorkbookState };

/**
 * Writes the specs into new temporary sheets, then swaps them in; Excel never shows a half-written output
 * sheet and a failure leaves the workbook as it was. Syncs:
 *  1. the workbook's current state, the temporary sheets with all formats, and the first cell chunk;
 *  2. more cell chunks while they exceed one sync's budget;
 *  3. the last chunk, merges, and the swap: earlier PropDesk sheets renamed aside, temporary sheets renamed
 *     to their final names and moved to the earlier sheets' tab positions, markers re-pointed, earlier
 *     sheets deleted.
 * Names, links and formulas are planned from `known` (the state the last read saw) and checked against
 * the state loaded in sync 1; if they differ, the temporary sheets are removed and `replan` is returned.
 * PropDesk's own earlier sheet being protected stops the write with `sheet-protected`.
 */
export async function writeWorkbook(
  context: ExcelContext,
  specs: readonly SheetSpec[],
  known: WorkbookState,
  settings: WriteSettings,
): Promise<WriteOutcome> {
  const tempNames = specs.map(() => settings.newTempName());
  const plan = planWrite(specs, known, tempNames);
  const grids = plan.sheets.map((p) =>
    specGrid(p.spec, { date1904: known.date1904, finalNames: plan.finalNames, tempNames: plan.tempNames }),
  );
  const syncs = planChunks(grids, settings.budget);
  const journal: WriteJournal = {
    tempNames,
    tempIds: null,
    olds: plan.sheets.flatMap((p) => (p.old === null ? [] : [{ id: p.old.id, name: p.old.name }])),
    markers: plan.sheets.map((p) => ({
      name: p.marker,
      oldSheetId: p.old?.id ?? null,
      visible: p.oldMarker?.visible ?? false,
    })),
  };
  let swapping = false;
  const attempt = async <T>(step: () => Promise<T>): Promise<T | "completed"> => {
    try {
      return await step();
    } catch (error) {
      const outcome = await restoreWorkbook(context, journal, swapping).catch(() => "rolled-back" as const);
      if (outcome === "completed") return "completed";
      throw error;
    }
  };

  const load = queueStateLoad(context);
  const temps = plan.sheets.map((p) => {
    const sheet = context.workbook.worksheets.add(p.tempName);
    sheet.load("id");
    return sheet;
  });
  const first = await attempt(async () => {
    suspend(context, settings);
    plan.sheets.forEach((p, i) => {
      const sheet = temps[i];
      if (sheet !== undefined) queueSheetLayout(sheet, p.spec, settings.pageLayout);
    });
    if (syncs.length > 1) queueChunks(temps, syncs[0] ?? []);
    await context.sync();
    journal.tempIds = temps.map((t) => t.id);
    return load.state(known.date1904);
  });
  const tempIds = journal.tempIds ?? [];
  /** The temporary sheets for a later sync, found again by id (ids survive the renames of the swap). */
  const live = () => tempIds.map((id) => context.workbook.worksheets.getItem(id));
  if (first === "completed") return { written: writtenOf(plan) };

  const fresh = { ...first, sheets: first.sheets.filter((s) => !tempNames.includes(s.name)) };
  const check = planWrite(specs, fresh, tempNames);
  const locked = plan.sheets.find(
    (p) => p.old !== null && fresh.sheets.find((s) => s.id === p.old?.id)?.protected,
  );
  if (!samePlan(plan, check) || locked !== undefined) {
    await restoreWorkbook(context, journal, false);
    if (locked !== undefined)
      throw new AddinError("sheet-protected", `PropDesk's sheet "${locked.name}" is protected`, {
        sheet: locked.name,
      });
    return { replan: fresh };
  }

  const middle = syncs.slice(1, -1);
  const last = syncs.length > 1 ? (syncs[syncs.length - 1] ?? []) : (syncs[0] ?? []);
  await attempt(async () => {
    await syncChunkGroups(context, live, middle, settings);
    suspend(context, settings);
    const sheets = live();
    queueChunks(sheets, last);
    plan.sheets.forEach((p, i) => {
      const sheet = sheets[i];
      if (sheet !== undefined) queueMerges(sheet, p.spec);
    });
    queueSwap(context, check, sheets, settings);
    swapping = true;
    await context.sync();
  });
  return { written: writtenOf(plan) };
}

function writtenOf(plan: WritePlan): WrittenSheet[] {
  return plan.sheets.map((p) => ({ key: p.spec.key, name: p.name, replaced: p.old !== null }));
}

function suspend(context: ExcelContext, settings: WriteSettings): void {
  if (settings.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
}

/** Queues one sync's chunks: one `Range.formulas` set per chunk. */
function queueChunks(temps: readonly ExcelWorksheet[], chunks: readonly RowChunk[]): void {
  for (const chunk of chunks) {
    const width = chunk.rows[0]?.length ?? 0;
    const sheet = temps[chunk.sheet];
    if (sheet === undefined || width === 0) continue;
    const last = chunk.firstRow + chunk.rows.length - 1;
    sheet.getRange(`A${chunk.firstRow}:${columnLetter(width)}${last}`).formulas = chunk.rows;
  }
}

/** Sends chunk groups one sync after another (each waits for the previous: together they exceed one request). */
async function syncChunkGroups(
  context: ExcelContext,
  temps: () => ExcelWorksheet[],
  groups: readonly RowChunk[][],
  settings: WriteSettings,
): Promise<void> {
  const [group, ...rest] = groups;
  if (group === undefined) return;
  suspend(context, settings);
  queueChunks(temps(), group);
  await context.sync();
  await syncChunkGroups(context, temps, rest, settings);
}

/**
 * Queues the swap, in an order a failure can be undone from: earlier sheets renamed aside; temporary sheets
 * given their final names, earlier sheets' tab positions (highest first, so each lands right) and
 * visibility; markers re-pointed; then, last, the earlier sheets and any leftovers of an interrupted write
 * deleted.
 */
function queueSwap(
  context: ExcelContext,
  plan: WritePlan,
  temps: readonly ExcelWorksheet[],
  settings: WriteSettings,
): void {
  const { worksheets, names } = context.workbook;
  const olds = plan.sheets.flatMap((p) => (p.old === null ? [] : [p.old]));
  for (const old of olds) worksheets.getItem(old.id).name = settings.newTempName();
  plan.sheets.forEach((p, i) => {
    const sheet = temps[i];
    if (sheet !== undefined) sheet.name = p.name;
  });
  const moves = plan.sheets
    .map((p, i) => ({ p, sheet: temps[i] }))
    .filter((m) => m.p.old !== null)
    .sort((a, b) => (b.p.old?.position ?? 0) - (a.p.old?.position ?? 0));
  for (const { p, sheet } of moves) {
    if (sheet === undefined || p.old === null) continue;
    sheet.position = p.old.position;
    if (p.old.visibility !== "Visible") sheet.visibility = p.old.visibility;
  }
  plan.sheets.forEach((p, i) => {
    const sheet = temps[i];
    if (sheet === undefined) return;
    if (p.oldMarker !== null) names.getItemOrNullObject(p.oldMarker.name).delete();
    names.add(p.marker, sheet.getRange("A1")).visible = false;
  });
  for (const old of olds) worksheets.getItem(old.id).delete();
  for (const leftover of plan.leftovers) worksheets.getItem(leftover.id).delete();
}
