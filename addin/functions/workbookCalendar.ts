import { functionContext, isHolidaySheetName, type FunctionContext } from "../../core/functions/index";
import type { CellValue, SheetData } from "../../core/light";
import type { ExcelContext, ExcelRange, ExcelRunner } from "../excel/excelSubset";
import { queueDateSystem } from "../excel/workbookState";

/** What the calendar needs of Office: a runner (`Excel.run`) and `Office.context.requirements.isSetSupported`. */
export interface WorkbookCalendarOptions {
  run: ExcelRunner;
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The cells of a holiday sheet read: a table of decades of holidays fits in it many times over. */
const HOLIDAY_BLOCK = "A1:Z5000";

/** An Office.js event source (ExcelApi 1.7+), which the host's Excel subset leaves out. */
interface ExcelEvent<A> {
  add(handler: (args: A) => Promise<unknown>): unknown;
}

/** The worksheet collection's events: `onChanged` (ExcelApi 1.9), `onAdded` and `onDeleted` (1.7), `onNameChanged` (1.17). */
interface WorksheetEvents {
  onChanged?: ExcelEvent<{ worksheetId: string }>;
  onAdded?: ExcelEvent<unknown>;
  onDeleted?: ExcelEvent<unknown>;
  onNameChanged?: ExcelEvent<unknown>;
}

/** `Application.calculate` (ExcelApi 1.1), also left out of the subset. */
interface Calculating {
  calculate?(calculationType: "Full"): void;
}

/** What one read of the workbook found. */
interface HolidayRead {
  sheets: SheetData[];
  ids: string[];
  date1904: boolean;
}

/**
 * The working calendar PropDesk's worksheet functions use in a workbook: the built-in China calendar, overridden by
 * the workbook's `节假日` / `節假日` / `Holidays` sheet when it has one, read once (two syncs) and kept. Where
 * Excel tells of changes (ExcelApi 1.9), an edit of that sheet, a sheet added or deleted, or (ExcelApi 1.17) renamed
 * reads it again, and when the calendar changed Excel recalculates in full, so every formula uses the new one;
 * elsewhere the calendar stays as first read until the add-in restarts.
 */
export class WorkbookCalendar {
  private context: FunctionContext | null = null;
  private loading: Promise<FunctionContext> | null = null;
  private signature = "";
  private holidaySheets = new Set<string>();
  private rereading: Promise<void> | null = null;
  private again = false;

  constructor(private readonly options: WorkbookCalendarOptions) {}

  /** The calendar once read, else null. */
  current(): FunctionContext | null {
    return this.context;
  }

  /**
   * The calendar, read on the first call and then kept; starts watching for changes. When the workbook cannot be
   * read (Excel busy in cell-edit mode) this call gets the built-in calendar and the next one reads again.
   */
  load(): Promise<FunctionContext> {
    this.loading ??= this.read().then(
      (read) => {
        this.adopt(read);
        void this.watch();
        return this.context ?? functionContext([], read.date1904);
      },
      (error: unknown) => {
        this.loading = null;
        console.warn("PropDesk: the holiday sheet could not be read; the built-in calendar is used", error);
        return functionContext([], false);
      },
    );
    return this.loading;
  }

  /** Reads the holiday sheets again (once more if asked again meanwhile); recalculates when the calendar changed. */
  reread(): Promise<void> {
    if (this.rereading !== null) {
      this.again = true;
      return this.rereading;
    }
    this.rereading = (async () => {
      do {
        this.again = false;
        const read = await this.read();
        if (signatureOf(read) === this.signature) continue;
        this.adopt(read);
        await this.recalculate();
      } while (this.again);
    })()
      .catch((error: unknown) => console.warn("PropDesk: the holiday sheet could not be read again", error))
      .finally(() => {
        this.rereading = null;
      });
    return this.rereading;
  }

  private adopt(read: HolidayRead): void {
    this.context = functionContext(read.sheets, read.date1904);
    this.signature = signatureOf(read);
    this.holidaySheets = new Set(read.ids);
  }

  /** The holiday sheets' cells and the date system: one sync for the sheets, one more for their cells if any. */
  private read(): Promise<HolidayRead> {
    const probeDate = this.options.isSetSupported("ExcelApi", "1.2");
    return this.options.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/id");
      const date1904 = queueDateSystem(context, undefined, probeDate);
      await context.sync();
      const chosen = worksheets.items.filter((ws) => isHolidaySheetName(ws.name));
      const ranges = chosen.map((ws) =>
        ws
          .getRange(HOLIDAY_BLOCK)
          .getUsedRangeOrNullObject(true)
          .load("values,numberFormat,rowIndex,columnIndex"),
      );
      if (chosen.length > 0) await context.sync();
      return {
        sheets: chosen.map((ws, i) => sheetOf(ws.name, ranges[i])),
        ids: chosen.map((ws) => ws.id),
        date1904: date1904(),
      };
    });
  }

  /** Listens to the workbook's sheet events where Excel has them (ExcelApi 1.9); elsewhere nothing is watched. */
  private async watch(): Promise<void> {
    const { isSetSupported } = this.options;
    if (!isSetSupported("ExcelApi", "1.9")) return;
    try {
      await this.options.run(async (context: ExcelContext) => {
        const events = context.workbook.worksheets as unknown as WorksheetEvents;
        if (events.onChanged === undefined) return;
        events.onChanged.add(async ({ worksheetId }) => {
          if (this.holidaySheets.has(worksheetId)) await this.reread();
        });
        events.onAdded?.add(() => this.reread());
        events.onDeleted?.add(() => this.reread());
        if (isSetSupported("ExcelApi", "1.17")) events.onNameChanged?.add(() => this.reread());
        await context.sync();
      });
    } catch (error) {
      console.warn("PropDesk: changes to the holiday sheet will not be followed", error);
    }
  }

  /** Asks Excel for a full recalculation, so formulas already computed use the new calendar. */
  private async recalculate(): Promise<void> {
    await this.options.run(async (context) => {
      const application = context.workbook.application as unknown as Calculating;
      if (typeof application.calculate !== "function") return;
      application.calculate("Full");
      await context.sync();
    });
  }
}

/** A holiday sheet's used cells (within the block read) as the core reads a sheet. */
function sheetOf(name: string, range: ExcelRange | undefined): SheetData {
  if (range === undefined || range.isNullObject) return { name, values: [], origin: { row: 1, column: 1 } };
  return {
    name,
    values: range.values.map((row) => row.map((value): CellValue => (value === "" ? null : value))),
    origin: { row: range.rowIndex + 1, column: range.columnIndex + 1 },
    numberFormats: range.numberFormat,
  };
}

/** What decides the calendar: the date system and the holiday sheets' names, positions and values. */
function signatureOf(read: HolidayRead): string {
  return JSON.stringify([read.date1904, read.sheets.map((s) => [s.name, s.origin, s.values])]);
}
