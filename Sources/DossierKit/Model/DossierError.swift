/// An error that names the file (and line, where known) it is about.
public struct DossierError: Error, Sendable, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return file.isEmpty ? message : "\(file): \(message)"
    }
}

/// A stage failure: wraps the error with the stage's name so the message says where the build stopped.
public struct StageError: Error, Sendable, CustomStringConvertible {
    public let stage: String
    public let underlying: any Error

    public var description: String { "\(stage): \(underlying)" }
}

/// A problem that does not stop the build (unless --strict): a skipped article, a stale cache.
public struct BuildWarning: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { file.isEmpty ? message : "\(file): \(message)" }
}
