import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// The value stored for a settings key, or nil.
    public func setting(_ key: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// Stores a settings value, replacing any earlier one; nil removes the key.
    public func setSetting(_ key: String, to value: String?) throws {
        try pool.write { db in try Self.writeSetting(key, value, db: db) }
    }

    /// Every setting, keyed by name.
    public func allSettings() throws -> [String: String] {
        try pool.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM setting") { result[row["key"]] = row["value"] }
            return result
        }
    }
}

extension ProjectStore {
    /// Changes a setting the user chose (nil removes it) as a logged change of `scope`, so that pane's undo puts
    /// the earlier value back.
    /// - Returns: the logged change, or nil when the setting already had this value.
    @discardableResult
    public func changeSetting(_ key: String, to value: String?, scope: EditScope, now: Date = Date()) throws -> EditOutcome? {
        try pool.write { db in
            let before = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
            guard before != value else { return nil }
            let edit = Edit.setting(SettingEdit(scope: scope, key: key, before: before, after: value))
            try Self.writeSetting(key, value, db: db)
            let sequence = try Self.logApply(edit, references: EditReferences(), now: now, db: db)
            return try Self.applied(edit, sequence: sequence, db: db)
        }
    }

    /// Applies a logged setting change after checking the setting has the value it expects.
    static func performSetting(_ change: SettingEdit, db: Database) throws {
        let current = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [change.key])
        guard current == change.before else { throw EditStoreError.changedElsewhere("the setting \(change.key)") }
        try writeSetting(change.key, change.after, db: db)
    }

    static func writeSetting(_ key: String, _ value: String?, db: Database) throws {
        if let value {
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        } else {
            try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
        }
    }
}
