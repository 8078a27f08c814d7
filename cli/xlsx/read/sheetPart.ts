import type { CellValue, MergedArea, SheetData } from "../../../core/index";
import type { ZipArchive } from "../zipArchive";
import { CellLog } from "./cellLog";
import { parseRange, readCellReference } from "./cellReference";
import { isoDateSerial } from "./isoDateSerial";
import { numberText } from "./numberText";
import type { ReadBudget } from "./readBudget";
import { scanPart } from "./scanPart";
import { sheetGrid } from "./sheetGrid";
import { XmlError } from "./xmlError";
import { XmlScanner, type XmlHandler, type XmlTag } from "./xmlScanner";
import { unescapeOoxml, xmlText } from "./xmlText";

/** What reading a sheet needs from the rest of the package. */
export interface SheetContext {
  sharedStrings: readonly (string | null)[];
  /** Number format code by style index. */
  formatCodes: readonly string[];
  date1904: boolean;
  /** The read's budget, each non-empty cell taken from it (the cell limit across sheets). */
  budget?: ReadBudget | undefined;
}

/**
 * Reads one worksheet part, streamed, into the grid Office.js `Range.values` gives for its used range (see
 * `sheetGrid`): shared and inline strings, numbers, booleans, errors as their text, formulas as their cached
 * value, merged areas. Numbers come as stored, date cells too (their serial, told apart by the number format
 * beside it); ISO date cells (`t="d"`) as their serial. Throws `XlsxReadError` when the part is damaged or too
 * large, or its cells take the read past its cell limit.
 */
export async function readSheetPart(
  zip: ZipArchive,
  part: string,
  name: string,
  context: SheetContext,
): Promise<SheetData> {
  const reader = new SheetReader(name, context);
  await scanPart(zip, part, new XmlScanner(ELEMENTS, ATTRIBUTES, reader), { budget: context.budget });
  return sheetGrid(name, reader.log, reader.merges, context.formatCodes);
}

/** Element names, the most frequent first (each tag is matched against them in order). */
const ELEMENTS = ["c", "v", "row", "f", "is", "t", "rPh", "sheetData", "mergeCells", "mergeCell"];
const [C, V, ROW, F, IS, T, RPH, SHEET_DATA, MERGE_CELLS, MERGE_CELL] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const ATTRIBUTES = ["r", "t", "s", "ref"];
const [ATTR_R, ATTR_T, ATTR_S, ATTR_REF] = [0, 1, 2, 3];

/** The cell types of the `t` attribute; a missing or unknown one reads as a number, as in ExcelJS. */
const CellType = {
  Number: 0,
  SharedString: 1,
  FormulaString: 2,
  InlineString: 3,
  Boolean: 4,
  Error: 5,
  Date: 6,
} as const;
type CellType = (typeof CellType)[keyof typeof CellType];

/** The handler that turns a worksheet's XML events into a `CellLog` and its merged areas. */
class SheetReader implements XmlHandler {
  readonly log = new CellLog();
  readonly merges: MergedArea[] = [];
  private readonly sharedStrings: readonly (string | null)[];
  private readonly date1904: boolean;
  private readonly budget: ReadBudget | undefined;
  private readonly reference = new Int32Array(2);

  private inSheetData = false;
  private inMergeCells = false;
  private row = 0;
  private column = 0;

  private inCell = false;
  private cellRow = 0;
  private cellColumn = 0;
  private type: CellType = CellType.Number;
  private style = 0;
  private formula = false;
  private inValue = false;
  private inFormula = false;
  private inInline = false;
  private phonetic = 0;
  /** Text pieces of the value so far: 0, 1 (kept as bytes, read when the cell closes) or more (joined in `joined`). */
  private pieces = 0;
  private pieceBytes: Buffer | null = null;
  private pieceStart = 0;
  private pieceEnd = 0;
  private pieceCdata = false;
  private joined = "";

  constructor(
    private readonly name: string,
    context: SheetContext,
  ) {
    this.sharedStrings = context.sharedStrings;
    this.date1904 = context.date1904;
    this.budget = context.budget;
  }

  open(tag: XmlTag): void {
    switch (tag.element) {
      case SHEET_DATA:
        this.inSheetData = true;
        break;
      case ROW:
        if (this.inSheetData) this.openRow(tag);
        break;
      case C:
        if (this.inSheetData) this.openCell(tag);
        break;
      case V:
        if (this.inCell) this.inValue = true;
        break;
      case F:
        if (this.inCell) {
          this.inFormula = true;
          if (tag.find(ATTR_T) !== -1) this.formula = true;
        }
        break;
      case IS:
        if (this.inCell) this.inInline = true;
        break;
      case T:
        if (this.inInline && this.phonetic === 0) this.inValue = true;
        break;
      case RPH:
        if (this.inCell) this.phonetic++;
        break;
      case MERGE_CELLS:
        this.inMergeCells = true;
        break;
      case MERGE_CELL:
        if (this.inMergeCells) this.addMerge(tag);
        break;
    }
  }

  close(element: number): void {
    switch (element) {
      case SHEET_DATA:
        this.inSheetData = false;
        break;
      case C:
        if (this.inCell) this.closeCell();
        break;
      case V:
      case T:
        this.inValue = false;
        break;
      case F:
        this.inFormula = false;
        break;
      case IS:
        this.inInline = false;
        break;
      case RPH:
        if (this.inCell) this.phonetic--;
        break;
      case MERGE_CELLS:
        this.inMergeCells = false;
        break;
    }
  }

  text(bytes: Buffer, start: number, end: number, cdata: boolean): void {
    if (this.inValue) {
      if (this.pieces === 0) {
        this.pieceBytes = bytes;
        this.pieceStart = start;
        this.pieceEnd = end;
        this.pieceCdata = cdata;
      } else {
        if (this.pieces === 1) this.joined = this.firstPiece();
        this.joined += cdata ? bytes.toString("utf8", start, end) : xmlText(bytes, start, end);
      }
      this.pieces++;
    } else if (this.inFormula && end > start) this.formula = true;
  }

  private openRow(tag: XmlTag): void {
    const i = tag.find(ATTR_R);
    const row = i === -1 ? NaN : numberText(tag.bytes, tag.starts[i] ?? 0, tag.ends[i] ?? 0);
    this.row = Number.isInteger(row) && row >= 1 ? row : this.row + 1;
    this.column = 0;
  }

  private openCell(tag: XmlTag): void {
    const r = tag.find(ATTR_R);
    const reference = this.reference;
    if (r !== -1 && readCellReference(tag.bytes, tag.starts[r] ?? 0, tag.ends[r] ?? 0, reference)) {
      this.cellRow = reference[0] ?? 0;
      this.cellColumn = reference[1] ?? 0;
    } else {
      if (r !== -1) throw new XmlError(`a cell reference Excel cannot have: ${tag.value(ATTR_R) ?? ""}`);
      this.cellRow = Math.max(this.row, 1);
      this.cellColumn = this.column + 1;
    }
    this.column = this.cellColumn;
    const s = tag.find(ATTR_S);
    this.style = s === -1 ? 0 : numberText(tag.bytes, tag.starts[s] ?? 0, tag.ends[s] ?? 0) || 0;
    this.type = cellType(tag);
    this.inCell = true;
    this.formula = false;
    this.inValue = false;
    this.inFormula = false;
    this.inInline = false;
    this.phonetic = 0;
    this.pieces = 0;
    this.pieceBytes = null;
  }

  private closeCell(): void {
    this.inCell = false;
    const value = this.pieces === 0 ? null : this.formula ? this.cachedResult() : this.constant();
    this.pieceBytes = null;
    if (value === null) return;
    this.budget?.cell(this.name);
    this.log.add(this.cellRow, this.cellColumn, this.style, value);
  }

  /** A formula's cached value, typed by the cell's `t`. */
  private cachedResult(): CellValue {
    switch (this.type) {
      case CellType.FormulaString:
        return unescapeOoxml(this.pieceText());
      case CellType.Boolean:
        return parseInt(this.pieceText(), 10) !== 0;
      case CellType.Error:
        return this.pieceText();
      case CellType.Date:
        return this.isoDate();
      default:
        return this.number();
    }
  }

  /** A constant cell's value, typed by its `t`. */
  private constant(): CellValue {
    switch (this.type) {
      case CellType.SharedString: {
        const index = this.pieceNumber();
        if (!(index >= 0 && index < this.sharedStrings.length))
          throw new XmlError(`a cell refers to shared string ${index}, which the table does not have`);
        return this.sharedStrings[index] ?? null;
      }
      case CellType.FormulaString:
      case CellType.InlineString:
        return unescapeOoxml(this.pieceText());
      case CellType.Boolean:
        return parseInt(this.pieceText(), 10) !== 0;
      case CellType.Error:
        return this.pieceText();
      case CellType.Date:
        return this.isoDate();
      default:
        return this.number();
    }
  }

  private number(): number | null {
    const value = this.pieceNumber();
    return Number.isFinite(value) ? value : null;
  }

  private isoDate(): number | null {
    const serial = isoDateSerial(this.pieceText(), this.date1904);
    return Number.isFinite(serial) ? serial : null;
  }

  /** The value's text read as a number, straight from the bytes when it came in one piece. */
  private pieceNumber(): number {
    const bytes = this.pieceBytes;
    return this.pieces === 1 && !this.pieceCdata && bytes !== null
      ? numberText(bytes, this.pieceStart, this.pieceEnd)
      : parseFloat(this.pieceText());
  }

  /** The value's text, entities decoded. */
  private pieceText(): string {
    return this.pieces === 1 ? this.firstPiece() : this.joined;
  }

  private firstPiece(): string {
    const bytes = this.pieceBytes;
    if (bytes === null) return "";
    return this.pieceCdata
      ? bytes.toString("utf8", this.pieceStart, this.pieceEnd)
      : xmlText(bytes, this.pieceStart, this.pieceEnd);
  }

  private addMerge(tag: XmlTag): void {
    const area = parseRange(tag.value(ATTR_REF) ?? "");
    if (area !== null) this.merges.push(area);
  }
}

/** The cell type its `t` attribute names, read from the bytes. */
function cellType(tag: XmlTag): CellType {
  const i = tag.find(ATTR_T);
  if (i === -1) return CellType.Number;
  const bytes = tag.bytes;
  const start = tag.starts[i] ?? 0;
  const length = (tag.ends[i] ?? 0) - start;
  if (length === 1) {
    switch (bytes[start]) {
      case 0x73:
        return CellType.SharedString;
      case 0x62:
        return CellType.Boolean;
      case 0x65:
        return CellType.Error;
      case 0x64:
        return CellType.Date;
      default:
        return CellType.Number;
    }
  }
  const text = bytes.toString("latin1", start, start + length);
  if (text === "str") return CellType.FormulaString;
  if (text === "inlineStr") return CellType.InlineString;
  return CellType.Number;
}
