import Testing
import TuneBenchCore

@Suite struct SHA256Tests {
    // Vectors from FIPS 180-4 examples and NIST CAVP (SHA256ShortMsg / the million-'a' long message).
    @Test func knownVectors() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var h = SHA256()
        for chunk in stride(from: 0, to: bytes.count, by: 37) {
            let slice = Array(bytes[chunk..<min(chunk + 37, bytes.count)])
            slice.withUnsafeBytes { h.update(bufferPointer: $0) }
        }
        #expect(h.hexDigest() == SHA256.hex(of: bytes))
    }

    @Test func aCopyForksTheHashAndDigestDoesNotConsumeIt() {
        var h = SHA256()
        h.update(Array("ab".utf8))
        var fork = h
        h.update(Array("c".utf8))
        fork.update(Array("x".utf8))
        #expect(h.hexDigest() == SHA256.hex(of: Array("abc".utf8)))
        #expect(h.hexDigest() == h.hexDigest())
        #expect(fork.hexDigest() == SHA256.hex(of: Array("abx".utf8)))
    }
}
