import { a1, columnLetter, type CellValue, type Lang } from "../../core/light";
import type { ExcelSimulator } from "../excel-sim/index";
import { lookAt, type BorderLine, type CellLook } from "../excel-sim/cellLook";
import type { Rect } from "../excel-sim/cellRect";
import type { SimSheet } from "../excel-sim/simSheet";
import { cellText } from "./cellText";
import { previewText } from "./previewText";

/** At most this many rows and columns of a sheet are drawn. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 40;
/** An empty sheet still shows a grid this big, as Excel does. */
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
/** Excel's default column width, 8.43 characters, in pixels. */
const DEFAULT_COLUMN_PX = 64;
const GRIDLINE = "inset -1px -1px 0 #e1e1e1";

/** The page elements the workbook is drawn into. */
export interface WorkbookElements {
  grid: HTMLElement;
  tabs: HTMLElement;
  nameBox: HTMLElement;
  formula: HTMLElement;
  status: HTMLElement;
}

/**
 * Draws the simulator's workbook like a spreadsheet: the active sheet as a table (cell text set with
 * `textContent` only, never parsed as HTML), the selection outlined, the visible sheets as tabs, the
 * selected cell's formula and the sync count. Clicking a tab or a cell does what it does in Excel: it
 * activates the sheet or selects the cell in the simulator. Redraws only when something it shows changed.
 */
export class WorkbookView {
  private shown = "";
  private selectionShown = "";

  constructor(
    private readonly sim: ExcelSimulator,
    private readonly elements: WorkbookElements,
    private readonly lang: Lang,
  ) {
    elements.grid.addEventListener("click", (event) => {
      const cell = (event.target as Element | null)?.closest<HTMLElement>("td[data-cell]");
      const sheet = this.sim.workbook.active;
      const row = Number(cell?.dataset["row"]);
      const column = Number(cell?.dataset["column"]);
      if (!cell || !sheet || !row || !column) return;
      this.sim.workbook.selection = { sheet, rect: { top: row, left: column, bottom: row, right: column } };
      this.refresh();
    });
  }

  /** Redraws when the workbook, its active sheet, the selection or the sync count changed since the last draw. */
  refresh(): void {
    const { sim } = this;
    const key = [
      sim.syncCount,
      sim.operationCount,
      sim.activeSheet,
      sim.selection,
      sim.sheetNames().join("\u0000"),
    ].join("\u0001");
    if (key === this.shown) return;
    this.shown = key;
    this.draw();
  }

  private draw(): void {
    const { sim, elements, lang } = this;
    elements.status.textContent = previewText(lang, "syncs", { n: sim.syncCount });
    const active = sim.workbook.active;
    this.drawTabs(active);
    const { grid } = elements;
    const keep = grid.dataset["sheet"] === active?.id ? [grid.scrollTop, grid.scrollLeft] : [0, 0];
    grid.dataset["sheet"] = active?.id ?? "";
    grid.replaceChildren(...(active ? this.sheetTable(active) : []));
    [grid.scrollTop, grid.scrollLeft] = keep as [number, number];
    this.drawFormulaBar(active);
    const selection = sim.selection ?? "";
    if (selection !== this.selectionShown) {
      this.selectionShown = selection;
      grid.querySelector(".pv-selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  private drawTabs(active: SimSheet | null): void {
    const tabs = this.sim.workbook.sheets
      .filter((sheet) => sheet.visibility === "Visible")
      .map((sheet) => {
        const tab = document.createElement("button");
        tab.type = "button";
        tab.className = "pv-tab";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(sheet === active));
        tab.dataset["sheet"] = sheet.name;
        tab.textContent = sheet.name;
        tab.addEventListener("click", () => {
          this.sim.workbook.activate(sheet);
          this.refresh();
        });
        return tab;
      });
    this.elements.tabs.setAttribute("aria-label", previewText(this.lang, "sheets"));
    this.elements.tabs.replaceChildren(...tabs);
    this.elements.tabs.querySelector('[aria-selected="true"]')?.scrollIntoView({ inline: "nearest" });
  }

  private drawFormulaBar(active: SimSheet | null): void {
    const selection = this.sim.workbook.selection;
    const { nameBox, formula } = this.elements;
    if (!active || !selection || selection.sheet !== active) {
      nameBox.textContent = "";
      formula.textContent = "";
      return;
    }
    const { rect } = selection;
    const single = rect.top === rect.bottom && rect.left === rect.right;
    nameBox.textContent = single
      ? a1(rect.left, rect.top)
      : `${a1(rect.left, rect.top)}:${a1(rect.right, rect.bottom)}`;
    const value = this.sim.workbook.valueAt(active, rect.top, rect.left) ?? null;
    formula.textContent =
      active.formula(rect.top, rect.left) ??
      cellText(value, active.numberFormat(rect.top, rect.left), this.sim.workbook.date1904);
  }

  /** The sheet as a table with column letters and row numbers, plus a note when it is cut off. */
  private sheetTable(sheet: SimSheet): HTMLElement[] {
    const used = sheet.usedRect(false);
    if (used === null && sheet.merges.length === 0 && this.sim.workbook.selection?.sheet !== sheet) {
      const note = document.createElement("p");
      note.className = "pv-message";
      note.textContent = previewText(this.lang, "empty");
      return [note];
    }
    const rows = Math.min(Math.max(used?.bottom ?? 0, MIN_ROWS), MAX_ROWS);
    const columns = Math.min(Math.max(used?.right ?? 0, MIN_COLUMNS), MAX_COLUMNS);
    const selection = this.sim.workbook.selection;
    const selected = selection?.sheet === sheet ? selection.rect : null;
    const covered = coveredByMerges(sheet.merges);

    const table = document.createElement("table");
    table.className = "pv-table";
    const colgroup = document.createElement("colgroup");
    const widths = [40];
    for (let c = 1; c <= columns; c++) {
      const points = sheet.columnWidths.get(c);
      widths.push(points === undefined ? DEFAULT_COLUMN_PX : Math.max(8, Math.round((points * 4) / 3)));
    }
    for (const width of widths) {
      const col = document.createElement("col");
      col.style.width = `${width}px`;
      colgroup.append(col);
    }
    table.style.width = `${widths.reduce((sum, w) => sum + w, 0)}px`;

    const head = document.createElement("tr");
    head.append(document.createElement("th"));
    for (let c = 1; c <= columns; c++) {
      const th = document.createElement("th");
      th.textContent = columnLetter(c);
      if (selected && c >= selected.left && c <= selected.right) th.className = "pv-selected-head";
      head.append(th);
    }
    const thead = document.createElement("thead");
    thead.append(head);

    const body = document.createElement("tbody");
    for (let r = 1; r <= rows; r++) {
      const tr = document.createElement("tr");
      const th = document.createElement("th");
      th.textContent = String(r);
      if (selected && r >= selected.top && r <= selected.bottom) th.className = "pv-selected-head";
      tr.append(th);
      for (let c = 1; c <= columns; c++) {
        const span = covered.get(`${r},${c}`);
        if (span === null) continue;
        tr.append(this.cell(sheet, r, c, span, selected));
      }
      body.append(tr);
    }
    table.append(colgroup, thead, body);

    const out: HTMLElement[] = [table];
    if (used !== null && (used.bottom > MAX_ROWS || used.right > MAX_COLUMNS)) {
      const more = document.createElement("p");
      more.className = "pv-more";
      more.textContent = previewText(this.lang, "truncated", { rows: MAX_ROWS, columns: MAX_COLUMNS });
      out.push(more);
    }
    return out;
  }

  private cell(
    sheet: SimSheet,
    row: number,
    column: number,
    span: Rect | undefined,
    selected: Rect | null,
  ): HTMLTableCellElement {
    const { workbook } = this.sim;
    const value: CellValue = workbook.valueAt(sheet, row, column) ?? null;
    const td = document.createElement("td");
    td.dataset["cell"] = a1(column, row);
    td.dataset["row"] = String(row);
    td.dataset["column"] = String(column);
    td.textContent = cellText(value, sheet.numberFormat(row, column), workbook.date1904);
    if (span) {
      td.colSpan = span.right - span.left + 1;
      td.rowSpan = span.bottom - span.top + 1;
    }
    const look = sheet.looks.length > 0 ? lookAt(sheet.looks, row, column) : null;
    const align = horizontalAlign(look?.horizontalAlignment, value);
    if (align !== "left") td.style.textAlign = align;
    const classes: string[] = [];
    if (look?.wrapText) classes.push("pv-wrap");
    else if (
      typeof value === "string" &&
      align === "left" &&
      !span &&
      isEmpty(workbook.valueAt(sheet, row, column + 1))
    )
      classes.push("pv-spill");
    if (
      selected &&
      row >= selected.top &&
      row <= selected.bottom &&
      column >= selected.left &&
      column <= selected.right
    )
      classes.push("pv-selected");
    if (classes.length > 0) td.className = classes.join(" ");
    td.style.boxShadow = [...(look ? borderShadows(look.borders) : []), GRIDLINE].join(", ");
    if (look) applyFont(td, look);
    return td;
  }
}

/** For merged areas: the top-left cell maps to its area, the other cells to null (they are not drawn). */
function coveredByMerges(merges: readonly Rect[]): Map<string, Rect | null> {
  const map = new Map<string, Rect | null>();
  for (const merge of merges) {
    if (merge.bottom - merge.top > MAX_ROWS || merge.right - merge.left > MAX_COLUMNS) continue;
    for (let r = merge.top; r <= merge.bottom; r++)
      for (let c = merge.left; c <= merge.right; c++) map.set(`${r},${c}`, null);
    map.set(`${merge.top},${merge.left}`, merge);
  }
  return map;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** Excel's horizontal alignment as CSS; General puts numbers right, booleans in the centre, text left. */
function horizontalAlign(alignment: string | undefined, value: CellValue): "left" | "center" | "right" {
  switch (alignment) {
    case "Left":
      return "left";
    case "Right":
      return "right";
    case "Center":
    case "CenterAcrossSelection":
    case "Distributed":
      return "center";
    default:
      return typeof value === "number" ? "right" : typeof value === "boolean" ? "center" : "left";
  }
}

/** A cell's borders as inset box shadows (they neither shift the layout nor fight the gridlines). */
function borderShadows(borders: CellLook["borders"]): string[] {
  const out: string[] = [];
  const line = (border: BorderLine | undefined, x: number, y: number) => {
    if (!border || border.style === "None") return;
    const width = border.weight === "Thick" ? 3 : border.weight === "Medium" ? 2 : 1;
    out.push(`inset ${x * width}px ${y * width}px 0 ${border.color ?? "#000"}`);
  };
  line(borders.top, 0, 1);
  line(borders.bottom, 0, -1);
  line(borders.left, 1, 0);
  line(borders.right, -1, 0);
  return out;
}

function applyFont(td: HTMLElement, look: CellLook): void {
  const { font } = look;
  if (font.bold) td.style.fontWeight = "bold";
  if (font.italic) td.style.fontStyle = "italic";
  if (font.underline !== undefined && font.underline !== "None") td.style.textDecoration = "underline";
  if (font.color !== undefined) td.style.color = font.color;
  if (font.size !== undefined) td.style.fontSize = `${font.size}pt`;
  if (look.fill !== undefined) td.style.backgroundColor = look.fill;
  if (look.verticalAlignment === "Center") td.style.verticalAlign = "middle";
  else if (look.verticalAlignment === "Top") td.style.verticalAlign = "top";
  else td.style.verticalAlign = "bottom";
}
