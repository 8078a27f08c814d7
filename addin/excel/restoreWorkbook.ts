import type { ExcelContext } from "./excelSubset";
import { sheetOfReference } from "./workbookState";

/** What a write did or may have done, so that a failure can be undone. */
export interface WriteJournal {
  /** Names of the temporary sheets the write adds. */
  tempNames: string[];
  /** Their ids, once the sync that added them succeeded. */
  tempIds: string[] | null;
  /** PropDesk's earlier sheets the write replaces, with the names they had. */
  olds: { id: string; name: string }[];
  /** Every ownership marker the write touches; `oldSheetId` is the sheet it named before, `visible` how it was. */
  markers: { name: string; oldSheetId: string | null; visible: boolean }[];
}

/**
 * Puts the workbook back after a failed write, from what Excel shows now (one sync to look, one to act).
 * Deleting PropDesk's earlier sheets is the swap's last step, so if the swap was under way (`swapping`) and
 * any of them is gone, the new sheets are already in place and named: the write is finished instead
 * (`completed`). Otherwise (`rolled-back`) the
 * temporary sheets are deleted, the earlier sheets get their names back, and their markers are restored.
 */
export async function restoreWorkbook(
  context: ExcelContext,
  journal: WriteJournal,
  swapping: boolean,
): Promise<"completed" | "rolled-back"> {
  const { worksheets, names } = context.workbook;
  worksheets.load("items/name,items/id");
  names.load("items/name,items/value");
  await context.sync();
  const sheets = new Map(worksheets.items.map((ws) => [ws.id, ws.name]));
  const markers = new Map(names.items.map((item) => [item.name.toLowerCase(), sheetOfReference(item.value)]));
  let queued = 0;
  if (swapping && journal.olds.some((old) => !sheets.has(old.id))) {
    for (const old of journal.olds) {
      if (sheets.has(old.id)) {
        worksheets.getItem(old.id).delete();
        queued++;
      }
    }
    if (queued > 0) await context.sync();
    return "completed";
  }
  const tempNames = new Set(journal.tempNames.map((n) => n.toLowerCase()));
  const temps = new Set(journal.tempIds ?? []);
  for (const [id, name] of sheets) {
    if (temps.has(id) || tempNames.has(name.toLowerCase())) {
      worksheets.getItem(id).delete();
      queued++;
    }
  }
  const current = new Map(journal.olds.map((old) => [old.id, sheets.get(old.id) ?? old.name]));
  for (const old of journal.olds) {
    if (current.get(old.id) !== old.name) {
      worksheets.getItem(old.id).name = old.name;
      queued++;
    }
  }
  for (const marker of journal.markers) {
    const lower = marker.name.toLowerCase();
    const wanted = marker.oldSheetId === null ? null : (current.get(marker.oldSheetId) ?? null);
    const now = markers.get(lower);
    if (now === null && marker.oldSheetId === null) continue;
    if (now !== undefined && now !== null && wanted !== null && now.toLowerCase() === wanted.toLowerCase())
      continue;
    if (now !== undefined) {
      names.getItemOrNullObject(marker.name).delete();
      queued++;
    }
    if (marker.oldSheetId !== null) {
      const restored = names.add(marker.name, worksheets.getItem(marker.oldSheetId).getRange("A1"));
      restored.visible = marker.visible;
      queued++;
    }
  }
  if (queued > 0) await context.sync();
  return "rolled-back";
}
