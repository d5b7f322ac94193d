import Testing
@testable import DossierKit

/// The figure extractor for tests on sentences written for them: every figure's surface is
/// checked to be an exact part of its sentence (the page highlights it there).
struct FigureReader {
    static let rules = try! Rules.bundled()
    let extractor = FigureExtractor(rules: FigureReader.rules)

    /// The figures of one sentence read on its own.
    func figures(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) -> [FoundFigure] {
        paragraph([sentence], sourceLocation: sourceLocation)[0]
    }

    /// The only figure of a sentence.
    func figure(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) -> FoundFigure? {
        let found = figures(sentence, sourceLocation: sourceLocation)
        #expect(found.count == 1, "expected one figure, got \(found.map(\.surface))", sourceLocation: sourceLocation)
        return found.first
    }

    /// The figures of a paragraph, sentence by sentence.
    func paragraph(_ sentences: [String], sourceLocation: SourceLocation = #_sourceLocation) -> [[FoundFigure]] {
        let found = extractor.figures(inParagraph: sentences)
        for (s, fs) in zip(sentences, found) {
            for f in fs { #expect(s.contains(f.surface), "surface «\(f.surface)» is not in the sentence", sourceLocation: sourceLocation) }
        }
        return found
    }
}
