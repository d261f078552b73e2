/// Why the terminal could not be taken over.
public struct CursesError: Error, Equatable, CustomStringConvertible {
    public var description: String
}
