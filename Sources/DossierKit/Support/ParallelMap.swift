import Foundation

/// Maps over a collection on all cores with structured concurrency, keeping the input order.
/// Work is cut into a few chunks per core so that tiny items do not drown in task overhead.
public func parallelMap<T: Sendable, R: Sendable>(
    _ items: [T], _ transform: @escaping @Sendable (T) throws -> R
) async throws -> [R] {
    if items.count < 2 { return try items.map(transform) }
    let chunks = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    let size = (items.count + chunks - 1) / chunks
    return try await withThrowingTaskGroup(of: (Int, [R]).self) { group in
        for start in stride(from: 0, to: items.count, by: size) {
            let slice = Array(items[start..<min(start + size, items.count)])
            group.addTask { (start, try slice.map(transform)) }
        }
        var parts: [(Int, [R])] = []
        for try await part in group { parts.append(part) }
        parts.sort { $0.0 < $1.0 }
        return parts.flatMap { $0.1 }
    }
}

