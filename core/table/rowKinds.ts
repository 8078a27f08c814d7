import type { CellValue } from "./sheetData";
import { normalizeHeader } from "../values/text";
import { isBlankText, isTrimSpace } from "../values/trim";
import type { NameTest } from "./sections";

/** Every total word has one of these letters; other cells (receipt numbers, names) skip normalisation. */
const MAY_BE_TOTAL = /[合计計小总總共TtSsＴｔＳｓ]/;

const TOTAL_WORDS = new Set(["合计", "小计", "总计", "共计", "total", "subtotal", "grandtotal", "sum"]);

/** True when every cell of the row is empty or white space. */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}

/** True for null, the empty string and white space. */
export function isBlankCell(cell: CellValue): boolean {
  return cell === null || (typeof cell === "string" && isBlankText(cell));
}

/**
 * True for a total row named by a total word alone: a text cell equal to 合计/合計/小计/小計/总计/總計/Total/
 * Subtotal among the row's first two non-empty cells. The table reader tells rows with {@link rowKindOf}, which
 * also takes labels that contain a total word (办公用品小计, 本月合计).
 */
export function isTotalRow(cells: readonly CellValue[]): boolean {
  let seen = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (typeof cell === "string" && MAY_BE_TOTAL.test(cell) && TOTAL_WORDS.has(normalizeHeader(cell)))
      return true;
    if (++seen >= 2) return false;
  }
  return false;
}

/** What a row below a table's header is, as {@link rowKindOf} tells it. */
export type RowKind = typeof ROW_DATA | typeof ROW_TOTAL | typeof ROW_SECTION | typeof ROW_NOTES;
/** A data row (or a row the reader must read to know more: blank, a repeated header, an unlabelled total). */
export const ROW_DATA = 0;
/** A subtotal or total row named by its label: 小计, 办公用品小计, 1栋小计, 本月合计, Total… */
export const ROW_TOTAL = 1;
/** A section heading: 一、办公用品, （二）工程材料, 1栋, or a name a table's sections take (工程部). */
export const ROW_SECTION = 2;
/** A notes or signature row (制表人：, 审核：, 说明：…): the table ends above it. */
export const ROW_NOTES = 3;

/** How many text cells before the first number are the row's label cells (where total words are looked for). */
const LABEL_CELLS = 2;

const SUM = /^\s*[SsＳｓ][UuＵｕ][MmＭｍ]\s*[:：]?\s*$/u;

/**
 * A quick look before any normalisation: true when a text may name a total - it holds 计 or 計 (every Chinese
 * total word ends in one), a `to` (Total, Subtotal, full-width too), or may be `Sum`.
 */
function mayNameTotal(text: string): boolean {
  return (scanLabel(text) & MAY_TOTAL) !== 0;
}

/** {@link scanLabel}: the text may name a total. */
const MAY_TOTAL = 1;
/** {@link scanLabel}: the text holds a colon (`：` or `:`), as a `label：value` note does. */
const COLON = 2;

/** {@link CHAR_KINDS}: the letter t (of "total"), which names a total when an o follows. */
const LETTER_T = 4;
/** {@link CHAR_KINDS}: the letter o. */
const LETTER_O = 8;

/** What each UTF-16 code unit may say about a label, so a cell is scanned with one lookup per character. */
const CHAR_KINDS = ((): Uint8Array => {
  const kinds = new Uint8Array(0x10000);
  for (const c of "计計") kinds[c.charCodeAt(0)] = MAY_TOTAL;
  for (const c of ":：") kinds[c.charCodeAt(0)] = COLON;
  for (const c of "tTｔＴ") kinds[c.charCodeAt(0)] = LETTER_T;
  for (const c of "oOｏＯ") kinds[c.charCodeAt(0)] = LETTER_O;
  return kinds;
})();

/** One pass over a label cell's characters: {@link MAY_TOTAL} and {@link COLON}. */
function scanLabel(text: string): number {
  const n = text.length;
  let found = 0;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const kind = CHAR_KINDS[text.charCodeAt(i)]!;
    if (kind === 0) {
      previous = 0;
      continue;
    }
    if (kind === LETTER_O) {
      if (previous === LETTER_T) found |= MAY_TOTAL;
    } else if (kind !== LETTER_T) found |= kind;
    previous = kind;
  }
  if (n <= 8 && (found & MAY_TOTAL) === 0) {
    const f = text.charCodeAt(0);
    if (((f | 0x20) === 0x73 || f === 0xff53 || f === 0xff33 || isTrimSpace(f)) && SUM.test(text))
      found |= MAY_TOTAL;
  }
  return found;
}

/** Words a total label contains, after header normalisation (Traditional folded: 合計, 總計, 本頁合計). */
const TOTAL_PARTS = ["小计", "合计", "总计", "累计", "共计", "total"];

/**
 * True when a label names a subtotal or total row: it contains 小计, 合计, 总计, 累计, 共计 or Total anywhere
 * (办公用品小计, 1栋小计, 本月合计, 当日合计, 本页合计, Subtotal; Traditional forms fold), or is `Sum`.
 * @example isTotalLabel("1栋小计") === true
 */
export function isTotalLabel(text: string): boolean {
  if (!mayNameTotal(text)) return false;
  const key = normalizeHeader(text);
  if (key === "sum") return true;
  for (const part of TOTAL_PARTS) if (key.includes(part)) return true;
  return false;
}

const NOTE_LABEL = /^\s*([^:：\s\d０-９][^:：]{0,11}?)\s*[:：]/u;
const NOTE_WORDS = new Set(
  [
    "制表",
    "编制",
    "编表",
    "填表",
    "填报",
    "制单",
    "审核",
    "复核",
    "审批",
    "批准",
    "核准",
    "审定",
    "会计",
    "出纳",
    "财务",
    "主管",
    "总务",
    "记账",
    "经办",
    "经手",
    "验收",
    "库管",
    "仓管",
    "保管",
    "主任",
    "副总",
    "签字",
    "签名",
    "签章",
    "盖章",
    "日期",
  ].map((w) => normalizeHeader(w)),
);
const NOTE_SUFFIX = /(?:人|员|者|经理|签字|签名|签章|盖章|日期)$/u;
const NOTE_PREFIX = /^(?:注|说明|备注|附注)/u;

/**
 * True when a cell opens a notes or signature line: `label：…` where the label is a signer (制表人, 审核, 经办人,
 * 项目负责人, 考勤员, 客服部经理…), a date line (日期) or a note (说明, 备注, 注1…).
 * @example isNoteLabel("项目负责人：____") === true
 */
export function isNoteLabel(text: string): boolean {
  const label = NOTE_LABEL.exec(text)?.[1];
  if (label === undefined) return false;
  const key = normalizeHeader(label);
  return NOTE_WORDS.has(key) || NOTE_SUFFIX.test(key) || NOTE_PREFIX.test(key);
}

/** A row whose first non-empty cell is a note label and whose other cells are text (or the value after a `label：`). */
function isNotesRow(cells: readonly CellValue[]): boolean {
  let first = true;
  let afterBareLabel = false;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (first) {
      if (typeof cell !== "string" || !isNoteLabel(cell)) return false;
      first = false;
    } else if (typeof cell !== "string" && !afterBareLabel) return false;
    afterBareLabel = typeof cell === "string" && /[:：]\s*$/u.test(cell);
  }
  return !first;
}

const ORDINAL = "[一二三四五六七八九十百零〇]{1,3}";
const NUMBER = "[0-9０-９]{1,2}";
/** The ordinal that opens a heading: 一、 / 一. / （一） / (1) / 1、 / 1. (not 1.5) / 第一部分. */
const HEADING_ORDINAL = new RegExp(
  `^\\s*(?:${ORDINAL}\\s*[、.．,，]|[（(]\\s*(?:${ORDINAL}|${NUMBER})\\s*[）)]|${NUMBER}\\s*[、．]|${NUMBER}\\.(?![0-9])|第${ORDINAL}[部分章节类项组]+\\s*[、.．:：]?)\\s*`,
  "u",
);
/** A building heading, kept whole: 1栋, 2号楼, 3幢, A座. */
const BUILDING_HEADING =
  /^\s*(?:[0-9０-９]{1,3}\s*(?:栋|棟|幢|号楼|號樓|座)|[A-Za-zＡ-Ｚａ-ｚ]\s*(?:栋|棟|幢|座))\s*[:：]?\s*$/u;
/** A lone ordinal in its own cell (一 / 一、 / （一）), the heading's name in the next cell. */
const BARE_ORDINAL = new RegExp(
  `^\\s*(?:${ORDINAL}\\s*[、.．]?|[（(]\\s*(?:${ORDINAL}|${NUMBER})\\s*[）)])\\s*$`,
  "u",
);
/** The longest heading name: a longer line is a sentence, not a heading. */
const HEADING_NAME_MAX = 30;

/** A section heading: its name (the text less its ordinal and a trailing colon) and the index of its cell. */
export interface Heading {
  name: string;
  cell: number;
}

function nameOf(text: string): string {
  return text.replace(/(?<!\s)\s*[:：]\s*$/u, "").trim();
}

function headingName(text: string, bare: NameTest | null): string | null {
  if (BUILDING_HEADING.test(text)) return nameOf(text);
  const ordinal = HEADING_ORDINAL.exec(text);
  const name = nameOf(ordinal === null ? text : text.slice(ordinal[0].length));
  if (name === "" || name.length > HEADING_NAME_MAX || /^[0-9０-９.．,，\s%％-]+$/u.test(name)) return null;
  if (ordinal !== null) return name;
  return bare !== null && bare.test(name) ? name : null;
}

/**
 * The section heading a row is, or null: a row of one text cell that opens with an ordinal (`一、办公用品`,
 * `（二）工程材料`, `二、保洁物资：`, `1. 办公用品`), names a building (`1栋`), or is a name `bare` takes (a table's
 * section names, such as `工程部`); or a lone ordinal cell (`一`, `（二）`) followed by one text cell, its name.
 */
export function headingOf(cells: readonly CellValue[], bare: NameTest | null): Heading | null {
  let first = -1;
  let second = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? null;
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string") return null;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return null;
  }
  if (first < 0) return null;
  const text = cells[first] as string;
  if (second < 0) {
    const name = headingName(text, bare);
    return name === null ? null : { name, cell: first };
  }
  if (!BARE_ORDINAL.test(text)) return null;
  const name = nameOf(cells[second] as string);
  if (name === "" || name.length > HEADING_NAME_MAX || /^[0-9０-９.．,，\s]+$/u.test(name)) return null;
  return { name, cell: second };
}

/**
 * What a row below a header is, decided cheaply for the usual data row (it stops at its first number after
 * four label cells at most): a total row when one of its label cells (its first text cells before a number, a
 * leading serial number skipped) contains a total word ({@link isTotalLabel}) and no key text cell other than
 * that one holds text ({@link fillsOtherKey}: `keyText` lists the indexes of the table's key text columns, such
 * as item, spec and unit, so a full line whose 类别 says 合计, or an item named 合计器 with its unit, is data); a
 * notes or signature row ({@link isNoteLabel} first, the rest text); a section heading ({@link headingOf}); else
 * data. Blank rows, repeated headers and unlabelled totals are the reader's to tell.
 */
export function rowKindOf(
  cells: readonly CellValue[],
  bare: NameTest | null,
  keyText: readonly number[] = [],
): RowKind {
  let seen = 0;
  let labels = 0;
  let labelZone = true;
  let strings = true;
  // the first non-empty cell, when it is text holding a colon (a note may start there)
  let first: string | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined) continue;
    if (typeof cell === "string") {
      if (isBlankText(cell)) continue;
      if (labelZone) {
        const found = scanLabel(cell);
        if ((found & MAY_TOTAL) !== 0 && isTotalLabel(cell) && !fillsOtherKey(cells, i, keyText))
          return ROW_TOTAL;
        if (seen === 0 && (found & COLON) !== 0) first = cell;
        if (++labels >= LABEL_CELLS) labelZone = false;
      }
      seen++;
    } else {
      strings = false;
      // a serial number (序号) before the label does not end the label cells
      if (++seen > 1 || typeof cell !== "number") labelZone = false;
    }
    if (!labelZone && seen > 2) break;
  }
  if (first !== null && isNoteLabel(first) && isNotesRow(cells)) return ROW_NOTES;
  if (strings && seen <= 2 && seen > 0 && headingOf(cells, bare) !== null) return ROW_SECTION;
  return ROW_DATA;
}

/**
 * True when a key text cell of the row other than `label` (the cell holding a total word) holds text: the row
 * says what it is about (an item and its unit, a unit and its customer), so it is data whatever its label says.
 * A number there is a total's figure spilled left, not a key.
 */
export function fillsOtherKey(
  cells: readonly CellValue[],
  label: number,
  keyText: readonly number[],
): boolean {
  for (const index of keyText) {
    if (index === label) continue;
    const cell = cells[index];
    if (typeof cell === "string" && !isBlankText(cell)) return true;
  }
  return false;
}
