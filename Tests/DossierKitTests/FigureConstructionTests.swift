import Foundation
import Testing
@testable import DossierKit

/// Constructions of English number grammar that decide whether a number counts something: the time
/// between two events, occurrences counted with "times", numbers standing for a noun left out.
/// Every sentence is written for these tests (none from the samples or the held-out articles).
@Suite struct FigureConstructionTests {
    let reader = FigureReader()
    func figures(_ sentence: String) -> [FoundFigure] { reader.figures(sentence) }
    func paragraph(_ sentences: String...) -> [[FoundFigure]] { reader.paragraph(sentences) }

    // MARK: durations

    @Test func durationBetweenTwoEventsIsMeasured() throws {
        let gap = try #require(figures("The ferry sank about 40 minutes after the captain sent a distress call.").first)
        #expect(gap.figure.value == 40 && gap.figure.unit == "minutes" && gap.figure.qualifier == .about)
        #expect(figures("Voting closed nearly two hours before the count began.").map(\.figure.value) == [2])
        #expect(figures("The club raised 2,000 signatures in 30 days after the closure was announced.").map(\.figure.value) == [2000, 30])
        // Offsets without a second event, and windows relative to now, stay unread.
        #expect(figures("The striker signed three years ago.").isEmpty)
        #expect(figures("The results came two days later.").isEmpty)
        #expect(figures("Prices have doubled over the past two years before the reform.").isEmpty)
    }
}
