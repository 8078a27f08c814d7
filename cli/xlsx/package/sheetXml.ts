import {
  a1,
  columnLetter,
  DATE_FORMAT,
  isDateCell,
  isFormulaCell,
  isLinkCell,
  isoToExcelSerial,
  quoteSheetName,
  retargetSheetRefs,
  type PageBand,
  type SheetSpec,
} from "../../../core/index";
import { FORMAT, LINK, SheetLooks } from "./cellLooks";
import type { CellFormats } from "./cellFormats";
import { xmlAttribute, xmlText } from "./xmlText";

/** What writing one sheet needs of the whole write. */
export interface SheetXmlContext {
  /** Lower-cased wanted names of sheets written under another name, mapped to their actual names. */
  renamed: ReadonlyMap<string, string>;
  /** The workbook's date system, for date cells. */
  date1904: boolean;
  /** The workbook's cell formats, added to as new looks are met. */
  formats: CellFormats;
  /** The SpreadsheetML namespace of the workbook (transitional or strict). */
  namespace: string;
}

/** Text is handed on in pieces of about this many characters. */
const CHUNK = 1 << 16;
/** A4 in SpreadsheetML's paper sizes. */
const A4 = 9;

/**
 * A SheetSpec as a worksheet part, in chunks of text as it is produced: values (text as inline strings, dates as
 * serials), formulas with the core's results, cell formats, merges, column widths, freeze panes, internal links
 * and page setup. No object is made per cell.
 */
export function* sheetXml(spec: SheetSpec, context: SheetXmlContext): Generator<string> {
  const looks = new SheetLooks(spec, (code) => context.formats.numberFormatId(code));
  const { width, height } = looks;
  const letters = Array.from({ length: width + 1 }, (_, c) => (c === 0 ? "" : columnLetter(c)));
  let dateFormat: number | undefined;
  const links: string[] = [];
  const heights = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));

  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${xmlAttribute(context.namespace)}">`;
  if (spec.print?.fitToWidth === true) out += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  out += `<dimension ref="${width > 0 && height > 0 ? `A1:${a1(width, height)}` : "A1"}"/>`;
  out += `<sheetViews><sheetView workbookViewId="0">${paneXml(spec.freeze)}</sheetView></sheetViews>`;
  if (spec.columns.length > 0) {
    out += "<cols>";
    spec.columns.forEach((column, i) => {
      out += `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"/>`;
    });
    out += "</cols>";
  }
  out += "<sheetData>";

  for (let r = 1; r <= height; r++) {
    const cells = spec.cells[r - 1];
    const keys = looks.row(r);
    let row = "";
    for (let c = 1; c <= width; c++) {
      const cell = cells?.[c - 1] ?? null;
      let key = keys[c] ?? 0;
      const ref = `${letters[c]}${r}`;
      if (cell === null) {
        if (key !== 0) row += `<c r="${ref}" s="${context.formats.idOf(key)}"/>`;
        continue;
      }
      let value: string;
      if (typeof cell === "string") value = ` t="inlineStr"><is>${inlineText(cell)}</is>`;
      else if (typeof cell === "number") value = numberValue(cell);
      else if (typeof cell === "boolean") value = ` t="b"><v>${cell ? 1 : 0}</v>`;
      else if (isFormulaCell(cell)) {
        const formula = `<f>${xmlText(retargetSheetRefs(cell.formula, context.renamed))}</f>`;
        value =
          typeof cell.value === "number"
            ? `>${formula}<v>${numberText(cell.value)}</v>`
            : ` t="str">${formula}<v>${xmlText(cell.value)}</v>`;
      } else if (isDateCell(cell)) {
        if (key < FORMAT) {
          dateFormat ??= context.formats.numberFormatId(DATE_FORMAT);
          key += dateFormat * FORMAT;
        }
        value = numberValue(isoToExcelSerial(cell.date, context.date1904));
      } else if (isLinkCell(cell)) {
        key += LINK;
        const sheet = context.renamed.get(cell.sheet.toLowerCase()) ?? cell.sheet;
        const location = `${quoteSheetName(sheet)}!${cell.cell.replace(/\$/g, "")}`;
        links.push(
          `<hyperlink ref="${ref}" location="${xmlAttribute(location)}" display="${xmlAttribute(cell.text)}"/>`,
        );
        value = ` t="inlineStr"><is>${inlineText(cell.text)}</is>`;
      } else continue;
      const style = key === 0 ? "" : ` s="${context.formats.idOf(key)}"`;
      row += `<c r="${ref}"${style}${value}</c>`;
    }
    const height = heights.get(r);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    if (row !== "" || ht !== "") out += `<row r="${r}"${ht}>${row}</row>`;
    if (out.length >= CHUNK) {
      yield out;
      out = "";
    }
  }

  out += "</sheetData>";
  if (spec.merges.length > 0) {
    out += `<mergeCells count="${spec.merges.length}">`;
    for (const m of spec.merges) out += `<mergeCell ref="${a1(m.left, m.top)}:${a1(m.right, m.bottom)}"/>`;
    out += "</mergeCells>";
  }
  if (links.length > 0) {
    out += "<hyperlinks>";
    for (const link of links) {
      out += link;
      if (out.length >= CHUNK) {
        yield out;
        out = "";
      }
    }
    out += "</hyperlinks>";
  }
  out += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (spec.print !== undefined) {
    const tall = spec.print.onePage === true ? "1" : "0";
    const fit = spec.print.fitToWidth ? ` fitToWidth="1" fitToHeight="${tall}"` : "";
    out += `<pageSetup paperSize="${A4}" orientation="${spec.print.orientation}"${fit}/>`;
    out += headerFooterXml(spec.print.header, spec.print.footer);
    const breaks = (spec.print.breaks ?? []).filter((row) => row > 1);
    if (breaks.length > 0) {
      out += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`;
      for (const row of breaks) out += `<brk id="${row - 1}" max="16383" man="1"/>`;
      out += "</rowBreaks>";
    }
  }
  yield `${out}</worksheet>`;
}

/** The print titles of a sheet as its `_xlnm.Print_Titles` name gives them: `'Plan'!$3:$3`. */
export function printTitles(spec: SheetSpec, sheetName: string): string | undefined {
  const rows = spec.print?.repeatRows;
  return rows === undefined ? undefined : `${quoteSheetName(sheetName)}!$${rows.first}:$${rows.last}`;
}

/** The print area of a sheet as its `_xlnm.Print_Area` name gives it: `'Plan'!$A$1:$H$40`. */
export function printArea(spec: SheetSpec, sheetName: string): string | undefined {
  const area = spec.print?.area;
  if (area === undefined) return undefined;
  const corner = (column: number, row: number) => `$${columnLetter(column)}$${row}`;
  return `${quoteSheetName(sheetName)}!${corner(area.left, area.top)}:${corner(area.right, area.bottom)}`;
}

/** The `<headerFooter>` of a page header and footer, or nothing when neither is given. */
function headerFooterXml(header: PageBand | undefined, footer: PageBand | undefined): string {
  const band = (b: PageBand | undefined) =>
    b === undefined
      ? ""
      : `${b.left ? `&L${b.left}` : ""}${b.center ? `&C${b.center}` : ""}${b.right ? `&R${b.right}` : ""}`;
  const head = band(header);
  const foot = band(footer);
  if (head === "" && foot === "") return "";
  const odd = (tag: string, text: string) => (text === "" ? "" : `<${tag}>${xmlText(text)}</${tag}>`);
  return `<headerFooter>${odd("oddHeader", head)}${odd("oddFooter", foot)}</headerFooter>`;
}

function paneXml(freeze: SheetSpec["freeze"]): string {
  if (freeze === undefined || (freeze.rows <= 0 && freeze.columns <= 0)) return "";
  const { rows, columns } = freeze;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const x = columns > 0 ? ` xSplit="${columns}"` : "";
  const y = rows > 0 ? ` ySplit="${rows}"` : "";
  const topLeft = a1(columns + 1, rows + 1);
  return `<pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/** An inline string's `<t>`, keeping white space at its ends. */
function inlineText(text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}

function numberValue(value: number): string {
  return Number.isFinite(value) ? `><v>${numberText(value)}</v>` : ' t="e"><v>#NUM!</v>';
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : "0";
}
