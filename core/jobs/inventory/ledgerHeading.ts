import type { CellValue } from "../../table/sheetData";
import { isBlankCell } from "../../table/rowKinds";
import { CATEGORY_COLUMN, ITEM_COLUMN, SPEC_COLUMN, UNIT_COLUMN } from "../../table/itemColumns";
import { foldTraditional } from "../../values/text";

/**
 * What a line naming the goods of a 收发存 ledger's block or sheet says (`物资名称：LED灯管  规格：T8  单位：支`):
 * each field it gives, null where it gives none.
 */
export interface ItemHeading {
  item: string | null;
  spec: string | null;
  unit: string | null;
  category: string | null;
}

/** The labels that name each field of a heading, Simplified (Traditional text is folded before matching). */
const HEADING_LABELS: readonly (readonly [keyof ItemHeading, readonly string[]])[] = [
  ["item", [...ITEM_COLUMN.synonyms, "材料名称", "商品名称", "物料名称", "存货名称", "货品名称", "物资"]],
  ["spec", SPEC_COLUMN.synonyms],
  ["unit", UNIT_COLUMN.synonyms],
  ["category", CATEGORY_COLUMN.synonyms],
];

const FIELD_OF = new Map<string, keyof ItemHeading>(
  HEADING_LABELS.flatMap(([field, labels]) => labels.map((l) => [l.toLowerCase(), field] as const)),
);

/**
 * A goods label followed by a colon, at the start of the line or after a space or a separator (so `单位` inside
 * `金额单位：元` is no label); the longest label first (`物资名称` before `名称`).
 */
const GOODS_LABEL = new RegExp(
  `(?<=^|[\\s,，;；、|/])(${[...FIELD_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join("|")})\\s*[:：]`,
  "giu",
);

/** Any other `label：` at the start of the line or after a space: where the value before it ends. */
const ANY_LABEL = /(?<=^|\s)[^\s:：]{1,10}\s*[:：]/gu;

/** Punctuation a value may end with before the next label (`LED灯管，规格：T8`). */
const TRAILING_SEPARATORS = /(?<![\s,，;；、|/])[\s,，;；、|/]+$/u;

/**
 * The goods a heading line names, or null when the row is no such line: a row of text only (in one cell or
 * several, a bare `物资名称：` followed by its value in the next cell) holding at least one goods label with a value:
 * 物资名称 / 品名 / 名称 (the item), 规格 / 规格型号, 单位 / 计量单位, 类别. Traditional labels (`物資名稱：`) are read
 * too. A line giving only the spec or the unit is the second line of a heading ({@link mergeHeadings}).
 * @example itemHeadingOf(["物资名称：LED灯管  规格：T8  单位：支"]) // { item: "LED灯管", spec: "T8", unit: "支", category: null }
 */
export function itemHeadingOf(cells: readonly CellValue[]): ItemHeading | null {
  const texts: string[] = [];
  for (const cell of cells) {
    if (isBlankCell(cell ?? null)) continue;
    if (typeof cell !== "string") return null;
    texts.push(cell.trim());
  }
  if (texts.length === 0) return null;
  const line = texts.join("  ").normalize("NFKC");
  const folded = foldTraditional(line);
  const text = folded.length === line.length ? folded : line;
  const labels = [...text.matchAll(GOODS_LABEL)];
  const stops = [...labels, ...text.matchAll(ANY_LABEL)].map((m) => m.index).sort((a, b) => a - b);
  const found: ItemHeading = { item: null, spec: null, unit: null, category: null };
  let any = false;
  for (const m of labels) {
    const field = FIELD_OF.get((m[1] ?? "").toLowerCase());
    if (field === undefined || found[field] !== null) continue;
    const from = m.index + m[0].length;
    const to = stops.find((s) => s >= from) ?? line.length;
    const value = line.slice(from, to).replace(TRAILING_SEPARATORS, "").trim();
    if (value === "") continue;
    found[field] = value;
    any = true;
  }
  return any ? found : null;
}

/** Two heading lines read as one (`物资名称：LED灯管` over `规格：T8  单位：支`): each field from the first that gives it. */
export function mergeHeadings(first: ItemHeading, then: ItemHeading): ItemHeading {
  return {
    item: first.item ?? then.item,
    spec: first.spec ?? then.spec,
    unit: first.unit ?? then.unit,
    category: first.category ?? then.category,
  };
}
