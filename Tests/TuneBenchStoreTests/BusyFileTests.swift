import Dispatch
import Foundation
import GRDB
import Testing
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Opening a project another process holds for a moment (a TUI checkpointing as it quits) waits for it.
@Suite struct BusyFileTests {
    @Test func openWaitsForAnExclusiveLockInsteadOfCallingTheFileUnreadable() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("p.tunebench")
        try ProjectStore.create(path: path, name: "busy").close()
        let holder = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.inDatabase { db in
                // Exclusive locking mode keeps readers out too, as a connection checkpointing on close does.
                try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                try db.execute(sql: "BEGIN EXCLUSIVE")
                try db.execute(sql: "UPDATE project SET name = name")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.5)
                try db.execute(sql: "COMMIT")
                try db.execute(sql: "PRAGMA locking_mode = NORMAL")
                _ = try Row.fetchOne(db, sql: "SELECT 1 FROM project")  // releases the lock
            }
            try? holder.close()
            done.signal()
        }
        locked.wait()
        let store = try ProjectStore.open(path: path)
        #expect(try store.metadata().name == "busy")
        try store.close()
        done.wait()
    }
}
