import { label, type Lang } from "../i18n/label";
import type { PageBand } from "./sheetSpec";

/**
 * Characters of the default font (Excel's column-width unit) one A4 page holds across at 100%, inside the default
 * margins (0.7 inch left and right): 174 mm portrait, 261 mm landscape at about 1.85 mm a character.
 */
export const PAGE_CHARACTERS = { portrait: 94, landscape: 141 } as const;

/** Points of one A4 page's height inside the default margins (0.75 inch top and bottom). */
export const PAGE_POINTS = { portrait: 734, landscape: 487 } as const;

/** The narrowest a sheet is printed to fit one page wide: below this its text is too small to sign against. */
export const MIN_PRINT_SCALE = 0.45;

/** Points of a row of one line of the default font (11 pt), and of each more line a wrapped cell takes. */
export const LINE_POINTS = 15;

/** Points of the title row (16 pt bold). */
export const TITLE_POINTS = 27;

const PAGE_OF = label("第 &P 页 共 &N 页", "第 &P 頁 共 &N 頁", "Page &P of &N");
const PRINTED = label("打印日期：&D", "列印日期：&D", "Printed &D");

/** Text as it prints in a page header or footer: `&` doubled, so a project named `A&B` is not read as a code. */
export function headerText(text: string): string {
  return text.replaceAll("&", "&&");
}

/** The most characters of a project or title put in a page header: Excel keeps 255 for the header as a whole. */
const HEADER_PART = 100;

/** The page header of a form: the project on the left, the sheet's title in the centre. */
export function pageHeader(title: string, project: string | null): PageBand {
  const band: PageBand = { center: headerText(title.slice(0, HEADER_PART)) };
  if (project !== null) band.left = headerText(project.slice(0, HEADER_PART));
  return band;
}

/** The page footer of a form: page P of N in the centre, the print date on the right. */
export function pageFooter(lang: Lang): PageBand {
  return { center: PAGE_OF[lang], right: PRINTED[lang] };
}

/** How much a sheet `width` characters wide is shrunk to print one page wide (1 when it fits). */
export function printScale(width: number, orientation: "portrait" | "landscape"): number {
  return Math.min(1, PAGE_CHARACTERS[orientation] / Math.max(1, width));
}

/**
 * The row a manual page break goes before so that the block of rows from `blockStart` to `lastRow` (notes and
 * signatures) is not printed on a page of its own or split from the table: the break is put before the last
 * `keep` rows of the body when the pages as estimated would part the block from the body. Undefined when no
 * break is needed or the block is longer than a page.
 */
export function keepWithTable(args: {
  heights: (row: number) => number;
  lastRow: number;
  bodyStart: number;
  bodyEnd: number;
  blockStart: number;
  repeatPoints: number;
  pagePoints: number;
  keep: number;
}): number | undefined {
  const { heights, lastRow, bodyEnd, blockStart, repeatPoints, pagePoints, keep } = args;
  const breaks: number[] = [];
  let used = 0;
  for (let row = 1; row <= lastRow; row++) {
    const height = heights(row);
    if (used + height > pagePoints && used > 0) {
      breaks.push(row);
      used = repeatPoints;
    }
    used += height;
  }
  let block = 0;
  for (let row = blockStart; row <= lastRow; row++) block += heights(row);
  if (block + repeatPoints + keep * 20 > pagePoints) return undefined;
  const parted = breaks.some((row) => row > bodyEnd && row <= lastRow);
  if (!parted) return undefined;
  const before = bodyEnd - keep + 1;
  return before > args.bodyStart ? before : undefined;
}
