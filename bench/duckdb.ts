import { DuckDBDecimalValue, DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBAppender, DuckDBConnection, DuckDBValue } from "@duckdb/node-api";

/**
 * An in-memory DuckDB database used as a bench baseline: load a table once (untimed), then time only queries.
 * @example const db = await DuckBaseline.create(); await db.load("CREATE TABLE t (x INTEGER)", "t", (a) => { a.appendInteger(1); a.endRow(); });
 */
export class DuckBaseline {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /** Opens a fresh `:memory:` database and one connection to it. */
  static async create(): Promise<DuckBaseline> {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    return new DuckBaseline(instance, connection);
  }

  /** Creates a table and fills it through an appender; `fill` appends every row (values, then `endRow()`). */
  async load(createTableSql: string, table: string, fill: (appender: DuckDBAppender) => void): Promise<void> {
    await this.connection.run(createTableSql);
    const appender = await this.connection.createAppender(table);
    try {
      fill(appender);
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  /** Runs one SQL query and returns all its rows. */
  async query(sql: string): Promise<DuckDBValue[][]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRows();
  }

  /** Closes the connection and the database. */
  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** An amount in integer fen as a DuckDB `DECIMAL(18,2)` value, exactly (no float on the way). */
export function fenToDecimal(fen: number): DuckDBDecimalValue {
  return new DuckDBDecimalValue(BigInt(fen), 18, 2);
}

/** The integer fen of a DuckDB decimal with scale 2 (what `SUM` over `DECIMAL(18,2)` returns). */
export function decimalToFen(value: DuckDBValue): bigint {
  if (!(value instanceof DuckDBDecimalValue) || value.scale !== 2) {
    throw new Error(`expected a DuckDB DECIMAL with scale 2, got ${String(value)}`);
  }
  return value.value;
}
