import type { BookData } from "./sheetData";

/** Labels that name the project on a sheet's title lines (`项目：阳光花园`). */
const PROJECT_LABELS = ["项目名称", "项目", "項目名稱", "項目", "管理处", "管理處", "物业项目", "Project"];
/** Rows from the top of a sheet searched for the label. */
const TITLE_ROWS = 6;

/** The value of a `label：value` text when its label names the project, cut at a wide gap or the next label. */
function labelledProject(text: string): string | null {
  const trimmed = text.trim();
  for (const label of PROJECT_LABELS) {
    if (!trimmed.toLowerCase().startsWith(label.toLowerCase())) continue;
    const rest = trimmed.slice(label.length).trimStart();
    const colon = rest[0];
    if (colon !== "：" && colon !== ":") continue;
    let value = rest.slice(1).trim();
    const gap = value.search(/\s{2}|\u3000/);
    if (gap > 0) value = value.slice(0, gap);
    const next = value.search(/[：:]/);
    if (next > 0) {
      const head = value.slice(0, next);
      const space = head.lastIndexOf(" ");
      value = space > 0 ? head.slice(0, space) : head;
    }
    value = value.trim();
    return value === "" || /^_+$/.test(value) ? null : value;
  }
  return null;
}

/**
 * The project a workbook is of, as its input sheets' title lines name it (`项目：阳光花园` in the first rows above
 * a table), the first found in sheet order; null when none names one. PropDesk's own sheets are not looked at.
 */
export function projectNameOf(book: BookData): string | null {
  for (const sheet of book.sheets) {
    if (sheet.ownerKey !== undefined) continue;
    for (const row of sheet.values.slice(0, TITLE_ROWS))
      for (const cell of row) {
        if (typeof cell !== "string") continue;
        const project = labelledProject(cell);
        if (project !== null) return project;
      }
  }
  return null;
}
