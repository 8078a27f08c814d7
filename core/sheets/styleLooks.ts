import type { StyleName } from "./sheetSpec";

/** A border line a style draws on a side of each cell. */
export type BorderLine = "thin" | "double";

/** The font a style sets; it replaces the whole font of the cells it covers. */
export interface FontLook {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB`; black when absent. */
  color?: string;
  underline?: boolean;
}

/** Alignment a style sets; it replaces the whole alignment of its cells. */
export interface AlignmentLook {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrapText?: boolean;
}

/**
 * How a named style looks, host-neutral: each part a style sets (font, fill, borders, alignment) replaces
 * that part of the cells it covers; parts it leaves out stay as earlier styles set them. `fill: "none"` and
 * `borders: {}` clear them.
 */
export interface StyleLook {
  font?: FontLook;
  fill?: string | "none";
  borders?: { top?: BorderLine; bottom?: BorderLine; left?: BorderLine; right?: BorderLine };
  alignment?: AlignmentLook;
}

/** The font of every PropDesk sheet (Excel's default for Chinese since Office 2016), so every style prints alike. */
const BASE = { name: "等线", size: 11 } as const;
const BOX = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

/** Every named style of a SheetSpec; the same table the CLI's ExcelJS styles express, so both hosts look alike. */
export const STYLE_LOOKS: Readonly<Record<StyleName, StyleLook>> = {
  title: { font: { ...BASE, bold: true, size: 16 }, alignment: { horizontal: "center", vertical: "middle" } },
  subtitle: { font: { ...BASE }, alignment: { horizontal: "center", vertical: "middle" } },
  header: {
    font: { ...BASE, bold: true },
    fill: "#D9D9D9",
    borders: BOX,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  body: { font: { ...BASE }, borders: BOX, alignment: { vertical: "middle" } },
  group: { font: { ...BASE, bold: true }, fill: "#DDEBF7", borders: BOX },
  subtotal: { font: { ...BASE, bold: true }, fill: "#F2F2F2", borders: BOX },
  total: { font: { ...BASE, bold: true }, fill: "#BFBFBF", borders: { ...BOX, top: "double" } },
  highlight: { fill: "#FFFF00" },
  warning: { fill: "#FCE4D6" },
  error: { fill: "#FFC7CE" },
  note: { font: { ...BASE, italic: true, color: "#808080" } },
  signature: { font: { ...BASE }, fill: "none", borders: {}, alignment: { vertical: "middle" } },
  link: { font: { ...BASE, color: "#0563C1", underline: true } },
  wrap: { alignment: { vertical: "middle", wrapText: true } },
  // names on a notice read from across the room (the duty rosters)
  large: {
    font: { ...BASE, bold: true, size: 16 },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
};

/** What a link cell adds to whatever font its styles gave it: blue, underlined, in the sheets' font. */
export const LINK_FONT: Readonly<Omit<FontLook, "bold" | "italic">> = {
  ...BASE,
  color: "#0563C1",
  underline: true,
};
