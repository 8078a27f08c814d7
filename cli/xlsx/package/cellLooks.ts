import { STYLE_LOOKS, type CellRange, type SheetSpec, type StyleName } from "../../../core/index";

/** The named styles in a fixed order; a style's code is its position + 1 (0: no style set that part). */
export const STYLE_NAMES = Object.keys(STYLE_LOOKS) as StyleName[];

/**
 * A cell's look as one number: which named style last set each part (font, fill, borders, alignment), whether
 * it is a link, and its number format id. Cells with equal looks share one cell format.
 */
export type LookKey = number;

const FILL = 16;
const BORDER = 256;
const ALIGNMENT = 4096;
/** Added to a look when the cell is a link (its font gets the link colour and underline). */
export const LINK = 65536;
/** A look's number format id is counted in steps of this. */
export const FORMAT = 131072;

/** The parts of a look key. */
export function lookParts(key: LookKey): {
  font: number;
  fill: number;
  border: number;
  alignment: number;
  link: boolean;
  format: number;
} {
  return {
    font: key % FILL,
    fill: Math.floor(key / FILL) % 16,
    border: Math.floor(key / BORDER) % 16,
    alignment: Math.floor(key / ALIGNMENT) % 16,
    link: Math.floor(key / LINK) % 2 === 1,
    format: Math.floor(key / FORMAT),
  };
}

/**
 * The looks of a SheetSpec's cells row by row, without an object per cell: style blocks (later ones winning
 * part by part, as each named style replaces the parts it sets) and number-format blocks (later ones winning)
 * are swept down the rows, and a row is recomputed only where a block starts or ends.
 */
export class SheetLooks {
  /** The widest row, block or column list. */
  readonly width: number;
  /** The last row holding a cell or a style. */
  readonly height: number;
  private readonly keys: Float64Array;
  private readonly styles: BlockSweep;
  private readonly formats: BlockSweep;
  private readonly formatIds: number[];
  private readonly parts: Uint8Array[];

  /** `formatId` gives the workbook's id of a number format code. */
  constructor(
    private readonly spec: SheetSpec,
    formatId: (code: string) => number,
  ) {
    let width = spec.columns.length;
    let height = spec.cells.length;
    for (const row of spec.cells) width = Math.max(width, row.length);
    for (const block of [...spec.styles, ...spec.numberFormats]) {
      width = Math.max(width, block.right);
      height = Math.max(height, block.bottom);
    }
    this.width = width;
    this.height = height;
    this.keys = new Float64Array(this.width + 1);
    this.parts = [0, 1, 2, 3].map(() => new Uint8Array(this.width + 1));
    this.styles = new BlockSweep(spec.styles);
    this.formats = new BlockSweep(spec.numberFormats);
    this.formatIds = spec.numberFormats.map((block) => formatId(block.format));
  }

  /**
   * The look keys of a row, indexed by 1-based column (0: nothing set). Rows must be asked for in increasing
   * order; the array is reused for the next row.
   */
  row(row: number): Float64Array {
    const stylesChanged = this.styles.advance(row);
    const formatsChanged = this.formats.advance(row);
    if (stylesChanged || formatsChanged) this.compute();
    return this.keys;
  }

  private compute(): void {
    const [font, fill, border, alignment] = this.parts as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    for (const part of this.parts) part.fill(0);
    this.keys.fill(0);
    for (const i of this.styles.active) {
      const block = this.spec.styles[i];
      if (block === undefined) continue;
      const look = STYLE_LOOKS[block.style];
      const code = STYLE_NAMES.indexOf(block.style) + 1;
      for (let c = block.left; c <= block.right; c++) {
        if (look.font !== undefined) font[c] = code;
        if (look.fill !== undefined) fill[c] = code;
        if (look.borders !== undefined) border[c] = code;
        if (look.alignment !== undefined) alignment[c] = code;
      }
    }
    for (const i of this.formats.active) {
      const block = this.spec.numberFormats[i];
      const id = this.formatIds[i] ?? 0;
      if (block === undefined) continue;
      for (let c = block.left; c <= block.right; c++) this.keys[c] = id * FORMAT;
    }
    for (let c = 1; c <= this.width; c++) {
      const set = (font[c] ?? 0) + (fill[c] ?? 0) + (border[c] ?? 0) + (alignment[c] ?? 0);
      if (set === 0 && this.keys[c] === 0) continue;
      this.keys[c] =
        (this.keys[c] ?? 0) +
        (font[c] ?? 0) +
        (fill[c] ?? 0) * FILL +
        (border[c] ?? 0) * BORDER +
        (alignment[c] ?? 0) * ALIGNMENT;
    }
  }
}

/**
 * Which blocks of a list cover the current row, in list order, as rows are visited in increasing order; says
 * whether that set changed since the previous row.
 */
class BlockSweep {
  /** Indices of the blocks covering the current row, in list order. */
  active: number[] = [];
  private readonly byTop: number[];
  private next = 0;
  /** The first row after which some active block ends. */
  private firstBottom = Infinity;

  constructor(private readonly blocks: readonly CellRange[]) {
    this.byTop = blocks
      .map((_, i) => i)
      .filter((i) => {
        const b = blocks[i];
        return b !== undefined && b.top <= b.bottom && b.left <= b.right && b.left >= 1;
      })
      .sort((a, b) => (blocks[a]?.top ?? 0) - (blocks[b]?.top ?? 0) || a - b);
  }

  advance(row: number): boolean {
    let changed = false;
    if (row > this.firstBottom) {
      this.active = this.active.filter((i) => (this.blocks[i]?.bottom ?? 0) >= row);
      changed = true;
    }
    let added = false;
    while (this.next < this.byTop.length) {
      const i = this.byTop[this.next] ?? 0;
      const block = this.blocks[i];
      if (block === undefined || block.top > row) break;
      this.next++;
      if (block.bottom < row) continue;
      this.active.push(i);
      added = true;
    }
    if (added) this.active.sort((a, b) => a - b);
    if (changed || added)
      this.firstBottom = Math.min(...this.active.map((i) => this.blocks[i]?.bottom ?? Infinity), Infinity);
    return changed || added;
  }
}
