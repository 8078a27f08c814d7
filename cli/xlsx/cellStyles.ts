import type { Alignment, Borders, Fill, Font } from "exceljs";
import { STYLE_LOOKS, type StyleLook, type StyleName } from "../../core/index";

/** The parts of an ExcelJS cell style a named style sets; a later style replaces each part it sets. */
export interface CellStyleParts {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

/** `#RRGGBB` as ExcelJS's ARGB. */
function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** A host-neutral look (core's STYLE_LOOKS, shared with the add-in) as ExcelJS style parts. */
export function excelJsParts(look: StyleLook): CellStyleParts {
  const parts: CellStyleParts = {};
  if (look.font) {
    const { name, size, bold, italic, color, underline } = look.font;
    parts.font = { name, size };
    if (bold) parts.font.bold = true;
    if (italic) parts.font.italic = true;
    if (underline) parts.font.underline = true;
    if (color) parts.font.color = { argb: argb(color) };
  }
  if (look.fill !== undefined) {
    parts.fill =
      look.fill === "none"
        ? { type: "pattern", pattern: "none" }
        : { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  }
  if (look.borders) {
    parts.border = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const line = look.borders[side];
      if (line) parts.border[side] = { style: line };
    }
  }
  if (look.alignment) parts.alignment = { ...look.alignment };
  return parts;
}

/** How the ExcelJS host renders each named style of a SheetSpec: the same looks as the add-in. */
export const CELL_STYLES: Readonly<Record<StyleName, CellStyleParts>> = Object.fromEntries(
  Object.entries(STYLE_LOOKS).map(([name, look]) => [name, excelJsParts(look)]),
) as Record<StyleName, CellStyleParts>;
