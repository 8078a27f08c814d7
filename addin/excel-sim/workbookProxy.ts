import { isoToExcelSerial } from "../../core/index";
import type {
  ExcelApplication,
  ExcelFunctionResult,
  ExcelFunctions,
  ExcelWorkbook,
} from "../excel/excelSubset";
import { SimNamedItemCollectionProxy } from "./namesProxy";
import { Binding, loadPaths, SimProxy, unknownProperty } from "./simProxy";
import type { SimContext } from "./simContext";
import { SimWorksheetCollectionProxy } from "./worksheetCollectionProxy";

/** The simulated `context.workbook`. */
export class SimWorkbookProxy implements ExcelWorkbook {
  readonly worksheets: SimWorksheetCollectionProxy;
  readonly names: SimNamedItemCollectionProxy;
  readonly application: ExcelApplication;
  readonly functions: ExcelFunctions;

  constructor(context: SimContext) {
    this.worksheets = new SimWorksheetCollectionProxy(context);
    this.names = new SimNamedItemCollectionProxy(context);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        context.enqueue("Application.suspendApiCalculationUntilNextSync", () => undefined),
    };
    this.functions = {
      date: (year, month, day) => new SimFunctionResult(context, year, month, day),
    };
  }
}

/** `workbook.functions.date(...)`: the serial of a date in the workbook's date system. */
class SimFunctionResult extends SimProxy<number> implements ExcelFunctionResult<number> {
  constructor(context: SimContext, year: number, month: number, day: number) {
    super(context, new Binding<number>());
    context.enqueue("Functions.date", () => {
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      this.binding.bind(isoToExcelSerial(iso, context.book.date1904));
    });
  }

  get value(): number {
    return this.read("value");
  }

  get error(): string {
    return this.read("error");
  }

  load(propertyNames: string): SimFunctionResult {
    const properties = loadPaths(propertyNames).map((p) => p.join("/"));
    for (const p of properties)
      if (p !== "value" && p !== "error") throw unknownProperty("FunctionResult", p);
    this.queueLoad("FunctionResult.load", properties, (serial, p) => (p === "value" ? serial : ""));
    return this;
  }
}
