import type { BookData, ReadBookOptions, SheetSpec, WrittenSheet } from "../../core/light";
import { AddinError } from "./addinError";
import type { AddinHost } from "./addinHost";
import type { ExcelContext, ExcelRunner } from "./excelSubset";
import { readWorkbook } from "./readWorkbook";
import { newTempSheetName } from "./tempSheetName";
import { toAddinError } from "./toAddinError";
import { queueDateSystem, queueStateLoad, type WorkbookState } from "./workbookState";
import type { WriteSettings } from "./writeWorkbook";

/** Bytes of cell data per sync: Excel on the web refuses requests over 5 MB; the rest is left for the operations' own JSON. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/** Smallest budget a write falls back to when Excel still finds a request too large. */
const MIN_PAYLOAD_BUDGET = 500_000;

/** What the host needs besides the runner; `Office.context.requirements` itself will do. */
export interface OfficeHostOptions {
  /** `Office.context.requirements.isSetSupported`: optional features are used only where supported. */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** The workbook's date system when known; otherwise asked of Excel (ExcelApi 1.2), else the 1900 system. */
  date1904?: boolean;
  /** Bytes of cell data per sync; {@link DEFAULT_PAYLOAD_BUDGET} by default. */
  payloadBudget?: number;
  /** The most cells a read takes (`MAX_READ_CELLS`, 5,000,000, by default). */
  maxReadCells?: number;
  /** Names for temporary sheets; random `~PropDesk xxxxxxxx` by default. */
  newTempName?: () => string;
}

/**
 * PropDesk's workbook host over the Excel JavaScript API, built on a runner (`Excel.run` in Excel, the
 * simulator's `run` in tests). Reads everything in two syncs, writes new sheets aside and swaps them in
 * (two syncs when the cells fit one request, one more per further 4 MB), and turns Excel's errors into
 * {@link AddinError}s with stable codes. It remembers the workbook state of its last read, so a write that
 * follows a read plans without an extra sync.
 */
export class OfficeWorkbookHost implements AddinHost {
  private known: WorkbookState | null = null;

  constructor(
    private readonly run: ExcelRunner,
    private readonly options: OfficeHostOptions,
  ) {}

  /** The workbook's sheet names in tab order, in one sync. */
  sheetNames(): Promise<string[]> {
    return this.guard(() =>
      this.run(async (context) => {
        const { worksheets } = context.workbook;
        worksheets.load("items/name");
        await context.sync();
        return worksheets.items.map((ws) => ws.name);
      }),
    );
  }

  /**
   * Every sheet's used range with number formats and ownership, in two syncs (more past Excel on the web's response
   * limit, or for a used range beyond the first block: a large one read only where its cells are, the read refused
   * with `sheet-too-large` past 5,000,000 cells; see `readWorkbook`).
   */
  read(options: ReadBookOptions = {}): Promise<BookData> {
    return this.guard(async () => {
      const { book, state } = await this.run((context) =>
        readWorkbook(context, {
          budget: this.budget(),
          ownSheetContents: options.ownSheetContents ?? true,
          probeDate: this.supports("1.2"),
          merges: this.supports("1.13"),
          specialCells: this.supports("1.9"),
          ...(this.options.maxReadCells === undefined ? {} : { maxCells: this.options.maxReadCells }),
          ...(this.options.date1904 === undefined ? {} : { date1904: this.options.date1904 }),
        }),
      );
      this.known = state;
      return book;
    });
  }

  /** Writes the specs (see `writeWorkbook`); on `payload-too-large` it tries again with half the budget. */
  write(specs: SheetSpec[]): Promise<WrittenSheet[]> {
    if (specs.length === 0) return Promise.resolve([]);
    return this.guard(() => this.writeWithin(specs, this.budget()));
  }

  /** Shows a sheet, in one sync. */
  activate(sheet: string): Promise<void> {
    return this.guard(() =>
      this.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
    );
  }

  /** Selects a cell such as `D12` on a sheet (activating it), in one sync. */
  select(sheet: string, cell: string): Promise<void> {
    return this.guard(() =>
      this.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),
    );
  }

  private async writeWithin(specs: SheetSpec[], budget: number): Promise<WrittenSheet[]> {
    const settings: WriteSettings = {
      budget,
      pageLayout: this.supports("1.9"),
      suspendCalculation: this.supports("1.6"),
      newTempName: this.options.newTempName ?? (() => newTempSheetName()),
    };
    try {
      // The writer is not in the pane's first load: it comes with a run's code (the chunk `run`, see
      // jobLoader.ts), which a write follows, so this import costs nothing by then.
      const { writeWorkbook } = await import(/* webpackChunkName: "run" */ "./writeWorkbook");
      return await this.run(async (context) => {
        const known = this.known ?? (await this.loadState(context));
        this.known = null;
        const first = await writeWorkbook(context, specs, known, settings);
        if ("written" in first) return first.written;
        const second = await writeWorkbook(context, specs, first.replan, settings);
        if ("written" in second) return second.written;
        throw new AddinError("unknown", "The workbook kept changing while PropDesk was writing to it");
      });
    } catch (error) {
      const mapped = toAddinError(error);
      if (mapped.code !== "payload-too-large" || budget / 2 < MIN_PAYLOAD_BUDGET) throw mapped;
      return this.writeWithin(specs, budget / 2);
    }
  }

  /** The workbook's state in one sync, for a write not preceded by a read. */
  private async loadState(context: ExcelContext): Promise<WorkbookState> {
    const load = queueStateLoad(context);
    const date1904 = queueDateSystem(context, this.options.date1904, this.supports("1.2"));
    await context.sync();
    return load.state(date1904());
  }

  private supports(version: string): boolean {
    return this.options.isSetSupported("ExcelApi", version);
  }

  private budget(): number {
    return this.options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toAddinError(error);
    }
  }
}
