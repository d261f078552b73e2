import Foundation
import GRDB
import Testing
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct ProjectStoreTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    @Test func createThenReopenKeepsMetadataAndSettings() throws {
        let path = dir.path("p.tunebench")
        let created = try ProjectStore.create(path: path, name: "graphql", problem: "valid GraphQL", targetMetric: "98% valid")
        try created.setSetting("theme", to: "light")
        try created.close()

        let store = try ProjectStore.open(path: path)
        let metadata = try store.metadata()
        #expect(metadata.name == "graphql")
        #expect(metadata.problem == "valid GraphQL")
        #expect(metadata.targetMetric == "98% valid")
        #expect(try store.setting("theme") == "light")
        #expect(try store.schemaVersion() == ProjectStore.currentSchemaVersion)
        #expect(try store.appliedMigrations() == Migrations.names)
    }

    @Test func fileIsWALWithApplicationIDAndForeignKeys() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "x")
        let (mode, applicationID, foreignKeys) = try store.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int32.fetchOne(db, sql: "PRAGMA application_id"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(applicationID == ProjectStore.applicationID)
        #expect(foreignKeys == 1)
    }

    @Test func createRefusesToOverwriteUnlessForced() throws {
        let path = dir.path("p.tunebench")
        try ProjectStore.create(path: path, name: "first").close()
        #expect(throws: ProjectFileError.alreadyExists(path: path)) {
            try ProjectStore.create(path: path, name: "second")
        }
        try ProjectStore.create(path: path, name: "second", force: true).close()
        #expect(try ProjectStore.open(path: path).metadata().name == "second")
    }

    @Test func olderProjectIsMigratedInPlaceKeepingItsData() throws {
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/schema-v1", withExtension: "tunebench"))
        let path = dir.path("older.tunebench")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)

        let store = try ProjectStore.open(path: path)
        #expect(try store.appliedMigrations() == Migrations.names)
        #expect(try store.metadata().name == "older project")
        #expect(try store.metadata().problem == "kept across migrations")
        #expect(try store.setting("theme") == "light")
    }

    @Test func refusalsLeaveTheFileUnchanged() throws {
        let text = dir.path("notes.txt")
        try Data("just text\n".utf8).write(to: URL(fileURLWithPath: text))
        try expectRefusal(path: text, .notSQLite(path: text))

        let empty = dir.path("empty.tunebench")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        try expectRefusal(path: empty, .notSQLite(path: empty))

        let foreign = dir.path("foreign.db")
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(a); INSERT INTO t VALUES (1)") }
        try queue.close()
        try expectRefusal(path: foreign, .foreignDatabase(path: foreign, applicationID: 0))

        let future = dir.path("future.tunebench")
        try ProjectStore.create(path: future, name: "future").close()
        let writer = try DatabaseQueue(path: future)
        try writer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('from-a-newer-tunebench')") }
        try writer.close()
        try expectRefusal(path: future, .newerVersion(path: future, unknownMigrations: ["from-a-newer-tunebench"]))
    }

    @Test func missingDirectoryAndFIFOAreRefused() throws {
        let missing = dir.path("missing.tunebench")
        #expect(throws: ProjectFileError.missing(path: missing)) { try ProjectStore.open(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))

        #expect(throws: ProjectFileError.notRegularFile(path: dir.url.path, kind: "directory")) {
            try ProjectStore.open(path: dir.url.path)
        }
        let fifo = dir.path("pipe.tunebench")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: ProjectFileError.notRegularFile(path: fifo, kind: "FIFO")) { try ProjectStore.open(path: fifo) }
    }

    @Test func twoConnectionsWriteConcurrentlyWithoutLockErrors() async throws {
        let path = dir.path("shared.tunebench")
        try ProjectStore.create(path: path, name: "shared").close()
        let first = try ProjectStore.open(path: path)
        let second = try ProjectStore.open(path: path)
        let writes = 200
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (prefix, store) in [("a", first), ("b", second)] {
                group.addTask {
                    for index in 0..<writes { try store.setSetting("\(prefix)\(index)", to: "\(index)") }
                }
            }
            try await group.waitForAll()
        }
        let settings = try ProjectStore.open(path: path).allSettings()
        #expect(settings.count == 2 * writes)
    }

    private func expectRefusal(path: String, _ expected: ProjectFileError) throws {
        let before = try fileSHA256(path)
        #expect(throws: expected) { try ProjectStore.open(path: path) }
        #expect(try fileSHA256(path) == before, "refusing \(path) changed its bytes")
    }
}
