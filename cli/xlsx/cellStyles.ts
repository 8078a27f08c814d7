import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { StyleName } from "../../core/index";

/** The parts of an ExcelJS cell style a named style sets; a later style replaces each part it sets. */
export interface CellStyleParts {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

const thin = { style: "thin" } as const;
/** The font every PropDesk sheet uses (Excel's default for Chinese since Office 2016), so every style prints alike. */
const base: Partial<Font> = { name: "等线", size: 11 };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** How the ExcelJS host renders each named style of a SheetSpec. */
export const CELL_STYLES: Readonly<Record<StyleName, CellStyleParts>> = {
  title: { font: { ...base, bold: true, size: 16 }, alignment: { horizontal: "center", vertical: "middle" } },
  subtitle: { font: { ...base }, alignment: { horizontal: "center", vertical: "middle" } },
  header: {
    font: { ...base, bold: true },
    fill: solid("FFD9D9D9"),
    border: box,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  body: { font: { ...base }, border: box },
  group: { font: { ...base, bold: true }, fill: solid("FFDDEBF7"), border: box },
  subtotal: { font: { ...base, bold: true }, fill: solid("FFF2F2F2"), border: box },
  total: {
    font: { ...base, bold: true },
    fill: solid("FFBFBFBF"),
    border: { top: { style: "double" }, left: thin, bottom: thin, right: thin },
  },
  highlight: { fill: solid("FFFFFF00") },
  warning: { fill: solid("FFFCE4D6") },
  error: { fill: solid("FFFFC7CE") },
  note: { font: { ...base, italic: true, color: { argb: "FF808080" } } },
  signature: {
    font: { ...base },
    fill: { type: "pattern", pattern: "none" },
    border: {},
    alignment: { vertical: "middle" },
  },
  link: { font: { ...base, color: { argb: "FF0563C1" }, underline: true } },
};
