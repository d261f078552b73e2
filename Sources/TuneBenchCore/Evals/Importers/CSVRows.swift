import Foundation

/// RFC 4180 CSV: comma-separated, `"`-quoted fields with `""` escapes and embedded newlines, CRLF or LF.
enum CSVRows {
    struct Row {
        /// 1-based line on which the row starts.
        var line: Int
        var fields: [String]
    }

    static func parse(_ data: Data, fileName: String) throws(EvalInputError) -> [Row] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw EvalInputError(location: fileName, message: "not UTF-8 text")
        }
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, rowLine = 1
        var fieldStarted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
            field = ""
            fieldStarted = false
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted && field.isEmpty: inQuotes = true; fieldStarted = true
            case ",": fields.append(field); field = ""; fieldStarted = false
            case "\r": continue
            case "\n": endRow(); line += 1; rowLine = line
            default: field.unicodeScalars.append(scalar); fieldStarted = true
            }
        }
        if inQuotes { throw EvalInputError(location: "\(fileName):\(rowLine)", message: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
