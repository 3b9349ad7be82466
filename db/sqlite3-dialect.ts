// A Kysely dialect for the `sqlite3` package (node-sqlite3). Kysely ships a SQLite dialect only for
// better-sqlite3's synchronous API, so we reuse its adapter, introspector and query compiler and
// write just the driver: one writing connection with writes serialised by a mutex, transactions
// with BEGIN IMMEDIATE so writers queue instead of failing halfway (docs/stack.md trap 2), and one
// read-only connection so pages keep reading while a long import writes (decision 012).
import { AsyncLocalStorage } from "node:async_hooks";
import sqlite3 from "sqlite3";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from "kysely";

export class NestedDatabaseUseError extends Error {
  constructor() {
    super(
      "The database was used outside the running transaction, from inside it. " +
        "Inside withTransaction(db, trx => …) use `trx`, not `db` (one connection: this would wait forever).",
    );
    this.name = "NestedDatabaseUseError";
  }
}

/**
 * SQLite does support transactional DDL, so migrations can run all-or-nothing.
 * We serialise access to the one connection in our own driver (which can spot nested use), so
 * Kysely's own mutex is switched off: with it, nested use would wait forever before reaching us.
 */
class Sqlite3Adapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
  get supportsMultipleConnections(): boolean {
    return true;
  }
}

export interface Sqlite3DialectConfig {
  /** File path, or ":memory:". */
  filename: string;
  busyTimeoutMs?: number;
}

export class Sqlite3Dialect implements Dialect {
  constructor(private readonly config: Sqlite3DialectConfig) {}
  createAdapter() {
    return new Sqlite3Adapter();
  }
  createDriver(): Driver {
    return new Sqlite3Driver(this.config);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

// Marks the async context that holds the connection inside withTransaction(), so a nested
// `db` call there fails at once with a clear message instead of waiting for itself.
const transactionContext = new AsyncLocalStorage<{ holding: boolean }>();

export function runInTransactionContext<T>(fn: () => Promise<T>): Promise<T> {
  return transactionContext.run({ holding: false }, fn);
}

class Sqlite3Driver implements Driver {
  private databases: sqlite3.Database[] = [];
  private writer: Sqlite3Connection | null = null;
  /** A second, read-only connection for reads outside transactions (decision 012); none for ":memory:". */
  private reader: Sqlite3Connection | null = null;
  private readonly writeLock = new Mutex();

  constructor(private readonly config: Sqlite3DialectConfig) {}

  async init(): Promise<void> {
    const busy = this.config.busyTimeoutMs ?? 5000;
    const writerDatabase = await openDatabase(this.config.filename, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
    this.databases.push(writerDatabase);
    this.writer = new Sqlite3Connection(writerDatabase);
    writerDatabase.configure("busyTimeout", busy);
    await this.writer.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${busy}`));
    await this.writer.executeQuery(CompiledQuery.raw("pragma foreign_keys = on"));
    if (this.config.filename === ":memory:") return; // one in-memory database cannot be shared
    await this.writer.executeQuery(CompiledQuery.raw("pragma journal_mode = wal"));
    await this.writer.executeQuery(CompiledQuery.raw("pragma synchronous = normal"));
    // WAL lets this connection read the last committed state while the writer holds a long transaction.
    const readerDatabase = await openDatabase(this.config.filename, sqlite3.OPEN_READONLY);
    this.databases.push(readerDatabase);
    readerDatabase.configure("busyTimeout", busy);
    this.reader = new Sqlite3Connection(readerDatabase);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const store = transactionContext.getStore();
    if (store?.holding) throw new NestedDatabaseUseError();
    const connection = new RoutedConnection(this.writer!, this.reader, this.writeLock);
    // Inside withTransaction the one acquire is the transaction's: it takes the writer at once.
    if (store) {
      await connection.bindToWriter();
      store.holding = true;
    }
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).bindToWriter();
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const store = transactionContext.getStore();
    if (store) store.holding = false;
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    const databases = this.databases;
    this.databases = [];
    for (const database of databases) {
      await new Promise<void>((resolve, reject) => database.close((err) => (err ? reject(err) : resolve())));
    }
  }
}

// Statements that only read. Anything else (writes, PRAGMAs, DDL) goes to the writer.
const READ_ONLY = /^\s*(select|values|explain)\b/i;
const WRITES = /\b(insert|update|delete|replace|returning)\b/i;

function isReadOnly(sql: string): boolean {
  return READ_ONLY.test(sql) || (/^\s*with\b/i.test(sql) && !WRITES.test(sql));
}

/**
 * What Kysely holds for one query or one transaction. Outside a transaction, reads go to the
 * reader and each write takes the writer just for that statement; a transaction holds the writer
 * from BEGIN to release, so its reads see its own writes.
 */
class RoutedConnection implements DatabaseConnection {
  private bound = false;

  constructor(
    private readonly writer: Sqlite3Connection,
    private readonly reader: Sqlite3Connection | null,
    private readonly writeLock: Mutex,
  ) {}

  async bindToWriter(): Promise<void> {
    if (this.bound) return;
    await this.writeLock.lock();
    this.bound = true;
  }

  release(): void {
    if (!this.bound) return;
    this.bound = false;
    this.writeLock.unlock();
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.bound) return this.writer.executeQuery<R>(compiledQuery);
    if (this.reader && isReadOnly(compiledQuery.sql)) return this.reader.executeQuery<R>(compiledQuery);
    await this.writeLock.lock();
    try {
      return await this.writer.executeQuery<R>(compiledQuery);
    } finally {
      this.writeLock.unlock();
    }
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    // Not used by the app; reading the rows and handing them out in chunks is enough.
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}

// node-sqlite3 cannot tell whether a statement returns rows: statements that can return rows go to
// all(), the rest to run(), which reports `changes` and `lastID`.
const RETURNS_ROWS = /^\s*(select|pragma|with|values|explain)\b|\breturning\b/i;

class Sqlite3Connection implements DatabaseConnection {
  constructor(private readonly database: sqlite3.Database) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery;
    const params = parameters as unknown[];
    return new Promise((resolve, reject) => {
      if (RETURNS_ROWS.test(sql)) {
        this.database.all(sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] })));
      } else {
        this.database.run(sql, params, function (err) {
          if (err) return reject(err);
          resolve({
            rows: [],
            numAffectedRows: BigInt(this.changes ?? 0),
            insertId: this.lastID === undefined ? undefined : BigInt(this.lastID),
          });
        });
      }
    });
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    // The directory is small; reading the rows and handing them out in chunks is enough.
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}

function openDatabase(filename: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(filename, mode, (err) => (err ? reject(err) : resolve(database)));
  });
}

class Mutex {
  private queue: (() => void)[] = [];
  private locked = false;

  lock(): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  unlock(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.locked = false;
  }
}
