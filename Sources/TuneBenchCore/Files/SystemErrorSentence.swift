import Foundation

/// Turns the errors Foundation and the system throw (`NSError` in the Cocoa or POSIX domain, `POSIXError`) into
/// one sentence naming the file and the reason, so no `Error Domain=...` dump reaches the user.
public enum SystemErrorSentence {
    /// The sentence for `error`, or nil when it is not a file-system error.
    public static func describe(_ error: any Error) -> String? {
        if let error = error as? FileWriteError { return error.description }
        if let error = error as? POSIXError { return FileWriteError.reason(errno: error.code.rawValue) }
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let reason: String
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = FileWriteError.reason(errno: Int32(underlying.code))
        } else if ns.domain == NSPOSIXErrorDomain {
            reason = FileWriteError.reason(errno: Int32(ns.code))
        } else if let path, isDirectory(path), ns.code == CocoaError.Code.fileReadUnknown.rawValue {
            // Foundation reads a folder as a file and fails with no cause (code 256) on Linux.
            reason = "is a directory"
        } else {
            reason = cocoaReason(ns.code)
        }
        let writing = (CocoaError.Code.fileWriteUnknown.rawValue...CocoaError.Code.fileWriteVolumeReadOnly.rawValue).contains(ns.code)
        guard let path else { return reason }
        return "cannot \(writing ? "write" : "read") \(path): \(reason)"
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    private static func cocoaReason(_ code: Int) -> String {
        switch CocoaError.Code(rawValue: code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: "no such file or directory"
        case .fileReadNoPermission, .fileWriteNoPermission: "permission denied"
        case .fileWriteOutOfSpace: "no space left on device"
        case .fileWriteVolumeReadOnly: "read-only file system"
        case .fileReadCorruptFile: "the file is damaged or not in the expected format"
        case .fileReadInapplicableStringEncoding: "the file is not valid UTF-8 text"
        case .fileReadTooLarge: "the file is too large to read into memory"
        default: "the operation failed (code \(code))"
        }
    }
}
