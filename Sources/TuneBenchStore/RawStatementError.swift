import GRDB
import GRDBSQLite

extension DatabaseError {
    /// The error of the connection's last failed call, for code that steps or binds SQLite statements itself.
    static func lastError(of db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: sqlite3_errcode(db.sqliteConnection)),
                      message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}
