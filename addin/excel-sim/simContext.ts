import type { ExcelContext } from "../excel/excelSubset";
import { SimError } from "./simError";
import type { SimWorkbook } from "./simWorkbook";
import { SimWorkbookProxy } from "./workbookProxy";

/** What one `context.sync()` carried: request and response payload in bytes, queued operations, and its error. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  error?: string;
}

/** What a request context needs of the simulator behind it. */
export interface SimEngine {
  readonly workbook: SimWorkbook;
  /** Bytes a request, and a response, may carry (Excel on the web: 5 MB). */
  readonly payloadLimit: number;
  /** True while a user is editing a cell. */
  inCellEditMode(): boolean;
  /** Called before each queued operation runs; throws an injected failure. */
  beforeOperation(label: string): void;
  recordSync(record: SyncRecord): void;
}

interface Operation {
  label: string;
  requestBytes: number;
  run(): void;
}

/**
 * The simulator's `RequestContext`: proxies queue operations here; `sync()` checks the request payload,
 * runs the operations in order against the workbook (an error stops the batch, leaving earlier operations
 * applied, as in Excel), checks the response payload, and only then makes loaded values readable.
 */
export class SimContext implements ExcelContext {
  readonly workbook: SimWorkbookProxy;
  private queue: Operation[] = [];
  private responses: { bytes: number; commit: () => void }[] = [];
  private open = true;

  constructor(readonly engine: SimEngine) {
    this.workbook = new SimWorkbookProxy(this);
  }

  /** The simulated workbook the operations act on. */
  get book(): SimWorkbook {
    return this.engine.workbook;
  }

  /** Operations waiting for the next sync. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues an operation; `requestBytes` is what it adds to the request (values, formulas, number formats). */
  enqueue(label: string, run: () => void, requestBytes = 0): void {
    if (!this.open)
      throw new SimError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts (the batch has finished).",
      );
    this.queue.push({ label, run, requestBytes });
  }

  /** Called while an operation runs: adds to the response, and what to make readable if the sync succeeds. */
  respond(bytes: number, commit: () => void): void {
    this.responses.push({ bytes, commit });
  }

  /** Sends the queued operations to the simulated Excel. */
  async sync(): Promise<void> {
    if (!this.open) throw new SimError("InvalidRequestContext", "The request context is no longer valid.");
    const operations = this.queue;
    this.queue = [];
    this.responses = [];
    await Promise.resolve();
    const record: SyncRecord = {
      requestBytes: operations.reduce((sum, op) => sum + op.requestBytes, 0),
      responseBytes: 0,
      operations: operations.length,
    };
    try {
      this.execute(operations, record);
    } catch (error) {
      record.error = error instanceof SimError ? error.code : String(error);
      this.engine.recordSync(record);
      throw error;
    }
    this.engine.recordSync(record);
    for (const response of this.responses) response.commit();
    this.responses = [];
  }

  /** Ends the batch: proxies of this context can no longer be used. */
  close(): void {
    this.open = false;
  }

  private execute(operations: Operation[], record: SyncRecord): void {
    if (this.engine.inCellEditMode())
      throw new SimError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    if (record.requestBytes > this.engine.payloadLimit)
      throw new SimError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${record.requestBytes} bytes) has exceeded the limit of ${this.engine.payloadLimit} bytes.`,
      );
    for (const op of operations) {
      try {
        this.engine.beforeOperation(op.label);
        op.run();
      } catch (error) {
        throw error instanceof SimError ? error.at(op.label) : error;
      }
    }
    record.responseBytes = this.responses.reduce((sum, r) => sum + r.bytes, 0);
    if (record.responseBytes > this.engine.payloadLimit)
      throw new SimError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit of ${this.engine.payloadLimit} bytes.`,
      );
  }
}
