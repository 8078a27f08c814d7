import type { BookData } from "../../core/light";
import type { AddinHost } from "../excel/addinHost";

/** The same host, awaiting `onRead(book)` after every read before handing the book on. */
export function observeReads(host: AddinHost, onRead: (book: BookData) => Promise<void> | void): AddinHost {
  return {
    sheetNames: () => host.sheetNames(),
    read: async (options) => {
      const book = await host.read(options);
      await onRead(book);
      return book;
    },
    write: (specs) => host.write(specs),
    activate: (sheet) => host.activate(sheet),
    select: (sheet, cell) => host.select(sheet, cell),
  };
}
