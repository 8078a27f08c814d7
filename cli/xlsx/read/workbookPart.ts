import type { ZipArchive } from "../zipArchive";
import type { ReadBudget } from "./readBudget";
import { MAX_TEXT_PART_BYTES } from "./readLimits";
import { scanPart } from "./scanPart";
import { XlsxReadError } from "./xlsxReadError";
import { XmlScanner } from "./xmlScanner";
import { xmlText } from "./xmlText";

/** A sheet as the workbook lists it: its name, visibility and the relationship to its part. */
export interface WorkbookSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  relationshipId: string;
}

/** A defined name: its name, the sheet it is local to (an index into the sheets), and what it refers to. */
export interface DefinedName {
  name: string;
  localSheetId: number | null;
  refersTo: string;
}

/** What the reader needs of `xl/workbook.xml`: the sheets in order, the date system and the defined names. */
export interface WorkbookPart {
  sheets: WorkbookSheet[];
  date1904: boolean;
  definedNames: DefinedName[];
}

const [SHEETS, SHEET, WORKBOOK_PR, DEFINED_NAME] = [0, 1, 2, 3];
const [NAME, STATE, ID, DATE_1904, LOCAL_SHEET_ID] = [0, 1, 2, 3, 4];

/**
 * Reads the workbook part (at most `MAX_TEXT_PART_BYTES`, as the package writer decodes it whole); throws
 * `XlsxReadError` when it is missing, not well-formed or too large.
 */
export async function readWorkbookPart(
  zip: ZipArchive,
  part: string,
  budget?: ReadBudget,
): Promise<WorkbookPart> {
  const workbook: WorkbookPart = { sheets: [], date1904: false, definedNames: [] };
  let inSheets = false;
  let name: DefinedName | null = null;
  const scanner = new XmlScanner(
    ["sheets", "sheet", "workbookPr", "definedName"],
    ["name", "state", "id", "date1904", "localSheetId"],
    {
      open(tag) {
        if (tag.element === SHEETS) inSheets = true;
        else if (tag.element === SHEET && inSheets) {
          const state = tag.value(STATE);
          workbook.sheets.push({
            name: tag.value(NAME) ?? "",
            state: state === "hidden" || state === "veryHidden" ? state : "visible",
            relationshipId: tag.value(ID) ?? "",
          });
        } else if (tag.element === WORKBOOK_PR) {
          const date1904 = tag.value(DATE_1904);
          workbook.date1904 = date1904 === "1" || date1904 === "true";
        } else if (tag.element === DEFINED_NAME) {
          const local = tag.value(LOCAL_SHEET_ID);
          name = {
            name: tag.value(NAME) ?? "",
            localSheetId: local === null ? null : Number(local),
            refersTo: "",
          };
          workbook.definedNames.push(name);
        }
      },
      close(element) {
        if (element === SHEETS) inSheets = false;
        else if (element === DEFINED_NAME) name = null;
      },
      text(bytes, start, end, cdata) {
        if (name !== null)
          name.refersTo += cdata ? bytes.toString("utf8", start, end) : xmlText(bytes, start, end);
      },
    },
  );
  if (!(await scanPart(zip, part, scanner, { limit: MAX_TEXT_PART_BYTES, budget })))
    throw new XlsxReadError("damaged", `the workbook part ${part} is missing`, { part });
  return workbook;
}
