import Foundation
import TuneBenchCore

/// The sha256 of a file's bytes, to prove a refused file was left unchanged.
public func fileSHA256(_ path: String) throws -> String {
    SHA256.hex(of: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
}
