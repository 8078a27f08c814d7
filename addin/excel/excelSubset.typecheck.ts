/// <reference types="office-js" />
import type { ExcelContext, ExcelRunner } from "./excelSubset";
import type { OfficeHostOptions } from "./officeHost";

/** Compiles only while the real `Excel.RequestContext` is assignable to the subset the host is written against. */
export const asExcelContext: (context: Excel.RequestContext) => ExcelContext = (context) => context;

/** Compiles only while `Excel.run` can serve as the host's runner. */
export const excelRunner: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/** Compiles only while `Excel.run` itself can be handed to the host, as the task pane does. */
export const excelRunDirect: ExcelRunner = Excel.run;

/** Compiles only while `Office.context.requirements` can serve as the host's options. */
export const requirementsAsOptions = (): OfficeHostOptions => Office.context.requirements;
