import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import GRDBSQLite
import TuneBenchCore

extension ProjectStore {
    /// Imports a dataset file as a new dataset, streaming, a transaction per batch of records: other tunebench
    /// processes (a review, the browser) write between batches instead of waiting for the whole import.
    ///
    /// The dataset is stored incomplete (invisible to every read) and marked complete in the last transaction,
    /// after its examples are indexed by stable id and content hash (in key order, not batch by batch: random
    /// keys made every batch rewrite both indexes) and validated, so an interrupted import (even kill -9) never
    /// shows half a dataset; its leftovers are removed by the next import (``removeInterruptedImports()``), and a
    /// failed import removes its own.
    /// Bad records become problems with their line numbers and do not stop the import.
    /// - Parameter progress: the share of the file stored so far, after each batch (the validation pass after
    ///   the last batch is not measured).
    /// - Throws: `DatasetStoreError.nothingImported` (nothing stored) when no record could be imported,
    ///   `DatasetFileError` when the file cannot be read or its format not told.
    public func importDataset(file path: String, options: DatasetImportOptions,
                              progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetImportReport {
        let file = try DatasetFile(path: path, format: options.format, columnMapping: options.columnMapping,
                                   limit: options.recordLimit)
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var base = URL(fileURLWithPath: path)
        // `data.jsonl.gz` is named like `data.jsonl`: the compression suffix goes too.
        if file.stream.compression != nil, ["gz", "zst", "zstd"].contains(base.pathExtension.lowercased()) { base = base.deletingPathExtension() }
        let name = options.datasetName ?? (path == "-" ? "stdin" : DatasetName.derived(from: base.deletingPathExtension().lastPathComponent))
        if let why = DatasetName.problem(name) { throw DatasetStoreError.badDatasetName(name, why) }
        let processor = RecordProcessor(
            normaliser: Normaliser(format: file.format, columnMapping: file.columnMapping),
            counter: options.counter, formula: options.formula, checker: options.validation.checker)
        // Read-only first: a refused import (the name is taken) writes nothing, not even GRDB's WAL header.
        if try pool.read({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM dataset WHERE name = ? AND complete", arguments: [name]) }) == true {
            throw DatasetStoreError.datasetExists(name)
        }
        // A dead import of the same name must not block this one.
        try removeInterruptedImports()
        let datasetID = try pool.write { db -> Int64 in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM dataset WHERE name = ?", arguments: [name]) == true {
                throw DatasetStoreError.datasetExists(name)
            }
            try db.execute(
                sql: """
                    INSERT INTO dataset (name, format, column_mapping, token_counter, tokens_exact, checked_json_output,
                                         created_at, complete, importer)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
                    """,
                arguments: [name, file.format.rawValue, file.columnMapping?.description, options.counter.encodingName,
                            options.counter.isExact, options.validation.requireJSONOutput,
                            options.now.timeIntervalSince1970, ImporterIdentity.current.recorded])
            return db.lastInsertedRowID
        }
        do {
            return try storeExamples(of: file, name: name, fileName: fileName, datasetID: datasetID, path: path,
                                     processor: processor, options: options, progress: progress)
        } catch {
            try? removeIncompleteDataset(id: datasetID)
            throw error
        }
    }

    /// Stores the records a batch per transaction into the incomplete dataset `datasetID`, validates it and
    /// marks it complete.
    private func storeExamples(of file: DatasetFile, name: String, fileName: String, datasetID: Int64, path: String,
                               processor: RecordProcessor, options: DatasetImportOptions,
                               progress: (WorkProgress) -> Void) throws -> DatasetImportReport {
        var writer = ExampleWriter(datasetID: datasetID)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        var stored = 0
        var records = 0
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -16384") }
        defer { try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -2000") } }
        try ImportPipeline.run(source: file.source, processor: processor) { batch in
            try pool.write { db in try writer.write(batch, db: db) }
            Self.handOverWriteLock()
            stored += batch.storage.count
            records += batch.records.count
            progress(WorkProgress(records: records, bytes: min(stored, size ?? stored), totalBytes: size))
        }
        guard writer.imported > 0 else {
            throw DatasetStoreError.nothingImported(DatasetImportReport(
                dataset: name, format: file.format, imported: 0, problems: writer.problems, examplesWithErrors: 0,
                examplesWithWarnings: 0, fileName: fileName, fileSize: file.stream.bytesRead, sha256: file.stream.sha256))
        }
        Self.returnFreedMemory()
        try pool.writeWithoutTransaction { db in try Self.indexImportedExamples(of: datasetID, db: db) }
        // Validation reads the dataset in a read transaction (nobody else writes an incomplete dataset), then
        // writes its findings a chunk per transaction; the last one marks the dataset complete.
        return try pool.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN DEFERRED")
            do {
                try db.execute(
                    sql: "UPDATE dataset SET example_count = ?, problem_count = ?, not_object_count = ?, pending_count = ? WHERE id = ?",
                    arguments: [writer.imported, writer.problems.count, writer.notObjectLines, writer.imported, datasetID])
                try db.execute(sql: "COMMIT")
                try db.execute(sql: "BEGIN DEFERRED")
                let row = try DatasetRow(row: try Row.fetchOne(db, sql: "SELECT * FROM dataset WHERE id = ?", arguments: [datasetID])!)
                var validation = ValidationReport()
                try Self.validate(row, settings: options.validation, db: db, into: &validation) { _ in } pause: {
                    try db.execute(sql: "COMMIT")
                    Self.handOverWriteLock()
                    try db.execute(sql: "BEGIN IMMEDIATE")
                }
                let report = DatasetImportReport(
                    dataset: name, format: file.format, imported: writer.imported, problems: writer.problems,
                    examplesWithErrors: validation.examplesWithErrors, examplesWithWarnings: validation.examplesWithWarnings,
                    fileName: fileName, fileSize: file.stream.bytesRead, sha256: file.stream.sha256)
                try db.execute(
                    sql: """
                        INSERT INTO dataset_import (dataset_id, file_name, file_size, sha256, format, started_at, finished_at, imported, problems)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [datasetID, fileName, report.fileSize, report.sha256, file.format.rawValue,
                                options.now.timeIntervalSince1970, Date().timeIntervalSince1970, report.imported,
                                report.problems.count])
                try db.execute(sql: "UPDATE dataset SET complete = 1, importer = NULL WHERE id = ?", arguments: [datasetID])
                try db.execute(sql: "COMMIT")
                // Copy the WAL into the file now, beside readers and writers, rather than in the checkpoint SQLite
                // runs as the last connection closes, which locks the file against every other process.
                _ = try? db.checkpoint(.passive)
                return report
            } catch {
                if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
                throw error
            }
        }
    }
}

/// Inserts processed batches into `example` and `example_text`, keeping only counts and problems in memory.
///
/// The original bytes are bound straight from the batch buffer (SQLite copies them), skipping the String that
/// GRDB's arguments would need: the bytes were validated as UTF-8 already, and at a million records the extra
/// copy and check cost seconds.
struct ExampleWriter {
    let datasetID: Int64
    private(set) var imported = 0
    private(set) var problems: [ImportProblem] = []
    private(set) var notObjectLines = 0

    init(datasetID: Int64) {
        self.datasetID = datasetID
    }

    /// Stores one batch inside the caller's transaction on `db`.
    mutating func write(_ batch: ProcessedBatch, db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO example (dataset_id, key, line, message_count, total_tokens, assistant_tokens,
                                 content_hash, sketch, checks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertText = try db.cachedStatement(sql: "INSERT INTO example_text (id, original) VALUES (?, ?)")
        let insertProblem = try db.cachedStatement(sql: "INSERT INTO import_problem (dataset_id, line, reason) VALUES (?, ?, ?)")
        for record in batch.records {
            let facts = record.facts
            let sketch = facts.fingerprint.sketch.withUnsafeBytes { Data($0) }
            let checkText = facts.checks.encoded
            // A repeat of an identical earlier record gets the same id here; the index build after the last
            // batch gives it one of its own (``ProjectStore/indexImportedExamples(of:db:keysInMemory:)``).
            try insert.execute(arguments: [
                datasetID, Int64(bitPattern: facts.idHash), record.span.line, facts.tokens.messages,
                facts.tokens.total, facts.tokens.assistant, Int64(bitPattern: facts.fingerprint.exactHash), sketch,
                checkText,
            ])
            try Self.insertOriginal(insertText, db: db, id: db.lastInsertedRowID, bytes: batch.bytes(of: record))
            imported += 1
        }
        for problem in batch.problems {
            try insertProblem.execute(arguments: [datasetID, problem.line, problem.reason])
        }
        problems += batch.problems
        notObjectLines += batch.notObjectLines
    }

    private static func insertOriginal(_ insertText: Statement, db: Database, id: Int64, bytes: ArraySlice<UInt8>) throws {
        let statement = insertText.sqliteStatement
        sqlite3_reset(statement)
        sqlite3_bind_int64(statement, 1, id)
        let code = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return sqlite3_bind_text(statement, 2, "", 0, nil) }
            return sqlite3_bind_text(statement, 2, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                     Int32(buffer.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        guard code == SQLITE_OK, sqlite3_step(statement) == SQLITE_DONE else { throw DatabaseError.lastError(of: db) }
    }
}

extension ProjectStore {
    /// Hands memory freed by the import threads back to the system before the validation pass allocates its own:
    /// glibc keeps a heap arena per thread, and without this the two phases' peaks add up.
    static func returnFreedMemory() {
        #if canImport(Glibc)
        // malloc.h is not in Swift's Glibc module; look the function up instead.
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }
}
