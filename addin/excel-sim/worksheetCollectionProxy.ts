import type { ExcelWorksheetCollection } from "../excel/excelSubset";
import { propertyNotLoaded, SimError } from "./simError";
import { loadPaths } from "./simProxy";
import type { SimContext } from "./simContext";
import type { SimSheet } from "./simSheet";
import { SimWorksheetProxy } from "./worksheetProxy";

/** The simulated `workbook.worksheets`. */
export class SimWorksheetCollectionProxy implements ExcelWorksheetCollection {
  private loadedItems: SimWorksheetProxy[] | null = null;

  constructor(private readonly context: SimContext) {}

  get items(): SimWorksheetProxy[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames: string): SimWorksheetCollectionProxy {
    const paths = loadPaths(propertyNames).map((p) => (p[0] === "items" ? p.slice(1) : p));
    const properties = paths.map((p) => p.join("/"));
    SimWorksheetProxy.checkLoadable(properties);
    this.context.enqueue("WorksheetCollection.load", () => {
      const items = this.context.book.sheets.map((sheet) => SimWorksheetProxy.bound(this.context, sheet));
      const commits = items.map((item) => item.loadNow(properties));
      this.context.respond(0, () => {
        for (const commit of commits) commit();
        this.loadedItems = items;
      });
    });
    return this;
  }

  add(name: string): SimWorksheetProxy {
    return SimWorksheetProxy.created(this.context, "WorksheetCollection.add", (book) => book.addSheet(name));
  }

  getItem(key: string): SimWorksheetProxy {
    return SimWorksheetProxy.created(this.context, "WorksheetCollection.getItem", (book) => {
      const sheet = book.find(key);
      if (sheet === undefined)
        throw new SimError("ItemNotFound", `The requested resource doesn't exist: worksheet "${key}".`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): SimWorksheetProxy {
    return SimWorksheetProxy.created(
      this.context,
      "WorksheetCollection.getItemOrNullObject",
      (book): SimSheet | null => book.find(key) ?? null,
    );
  }

  getActiveWorksheet(): SimWorksheetProxy {
    return SimWorksheetProxy.created(this.context, "WorksheetCollection.getActiveWorksheet", (book) => {
      if (book.active === null) throw new SimError("ItemNotFound", "There is no active worksheet.");
      return book.active;
    });
  }
}
