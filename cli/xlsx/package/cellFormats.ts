import {
  LINK_FONT,
  STYLE_LOOKS,
  type AlignmentLook,
  type FontLook,
  type StyleLook,
} from "../../../core/index";
import { lookParts, STYLE_NAMES, type LookKey } from "./cellLooks";
import type { StyleSheet } from "./styleSheet";
import { xmlAttribute } from "./xmlText";

/**
 * The cell format (`s`) of each look, written into the workbook's stylesheet the first time a look is met:
 * fonts, fills, borders and alignment as core's STYLE_LOOKS describe them (the add-in's looks too).
 */
export class CellFormats {
  private readonly ids = new Map<LookKey, number>();

  constructor(private readonly styles: StyleSheet) {}

  /** The number format id of a code, for looks. */
  numberFormatId(code: string): number {
    return this.styles.numberFormatId(code);
  }

  /** The cell format index of a look (never 0 for a look that sets something). */
  idOf(key: LookKey): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.cellFormatId(this.xfOf(key));
      this.ids.set(key, id);
    }
    return id;
  }

  private xfOf(key: LookKey): string {
    const parts = lookParts(key);
    const look = (code: number): StyleLook | undefined => {
      const name = STYLE_NAMES[code - 1];
      return name === undefined ? undefined : STYLE_LOOKS[name];
    };
    const styleFont = look(parts.font)?.font;
    const font = parts.link ? { ...styleFont, ...LINK_FONT } : styleFont;
    const fill = look(parts.fill)?.fill;
    const borders = look(parts.border)?.borders;
    const alignment = look(parts.alignment)?.alignment;

    const fontId = font === undefined ? 0 : this.styles.fontId(fontXml(font));
    const fillId = fill === undefined ? 0 : this.styles.fillId(fillXml(fill));
    const borderId = borders === undefined ? 0 : this.styles.borderId(borderXml(borders));
    let xf = `<xf numFmtId="${parts.format}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (parts.format !== 0) xf += ' applyNumberFormat="1"';
    if (font !== undefined) xf += ' applyFont="1"';
    if (fill !== undefined) xf += ' applyFill="1"';
    if (borders !== undefined) xf += ' applyBorder="1"';
    if (alignment === undefined) return `${xf}/>`;
    return `${xf} applyAlignment="1">${alignmentXml(alignment)}</xf>`;
  }
}

/** `#RRGGBB` as SpreadsheetML's opaque ARGB. */
function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

function fontXml(font: FontLook): string {
  let xml = "<font>";
  if (font.bold === true) xml += "<b/>";
  if (font.italic === true) xml += "<i/>";
  if (font.underline === true) xml += "<u/>";
  xml += `<sz val="${font.size}"/>`;
  if (font.color !== undefined) xml += `<color rgb="${argb(font.color)}"/>`;
  return `${xml}<name val="${xmlAttribute(font.name)}"/></font>`;
}

function fillXml(fill: string): string {
  if (fill === "none") return '<fill><patternFill patternType="none"/></fill>';
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(borders: NonNullable<StyleLook["borders"]>): string {
  const side = (name: "left" | "right" | "top" | "bottom"): string => {
    const line = borders[name];
    return line === undefined ? `<${name}/>` : `<${name} style="${line}"/>`;
  };
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

function alignmentXml(alignment: AlignmentLook): string {
  let xml = "<alignment";
  if (alignment.horizontal !== undefined) xml += ` horizontal="${alignment.horizontal}"`;
  if (alignment.vertical !== undefined)
    xml += ` vertical="${alignment.vertical === "middle" ? "center" : alignment.vertical}"`;
  if (alignment.wrapText === true) xml += ' wrapText="1"';
  return `${xml}/>`;
}
