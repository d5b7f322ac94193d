import Foundation
import Testing
@testable import DossierKit

/// Counts whose noun is left out or shared: modifiers joined by "and" before one noun, a part and
/// its whole as the subject of a clause, "there were" with no noun, "the first four … the remaining
/// four", headline verbs in the plural present, and the same number twice in one sentence, end to end;
/// also containers counted in TEU and "two too many", which counts nothing.
/// The sentences are written for these tests.
struct ElidedCountFigureTests {
    let reader = FigureReader()

    @Test func modifiersJoinedByAndShareTheirNoun() {
        let officials = reader.figure("The report cites nine current and former officials.")
        #expect(officials?.figure.unit == "officials")
        #expect(officials?.figure.subject.hasPrefix("current and former officials") == true)
        #expect(reader.figure("Inspectors closed 14 public and private primary schools.")?.figure.unit == "schools")
        // Not two clauses joined by "and", nor an adverb before it.
        #expect(reader.figures("The 12 arrived quickly and officers seized the boat.").isEmpty)
        #expect(reader.figures("He waited 20 minutes and then left.").map(\.figure.unit) == ["minutes"])
    }

    @Test func aPartAndItsWholeOpenAClause() {
        let p = reader.paragraph(["The paper interviewed eight nurses.", "Five of the eight said they had been threatened.", "Three said they had quit."])
        #expect(p[1].map(\.figure.value) == [5, 8])
        #expect(p[1].map(\.figure.unit) == ["nurses", "nurses"])
        #expect(p[2].map(\.figure.unit) == ["nurses"])
    }

    @Test func thereWereWithNoNounCountsWhatCameBefore() {
        let p = reader.paragraph(["Last spring volunteers counted more than 200 nests.", "This year there were fewer than 40, the survey found."])
        #expect(p[1].first?.figure.unit == "nests")
        #expect(p[1].first?.figure.qualifier == .lessThan)
        // A ratio is no count: "three times as many".
        let ratio = reader.paragraph(["Floods damaged 40 houses in 2015.", "Today there are three times as many houses there."])
        #expect(ratio[1].isEmpty)
    }

    @Test func firstAndRemainingNumbersAfterASpeechVerb() {
        let p = reader.paragraph(["The port ordered eight electric cranes.",
                                  "The operator said the first four would arrive in March, and the remaining four by the end of the year."])
        #expect(p[1].map(\.figure.value) == [4, 4])
        #expect(p[1].map(\.figure.unit) == ["cranes", "cranes"])
    }

    @Test func aWholeWithAQualifierAndLevelsAfterHitOrReached() {
        let p = reader.figures("Divers found only 11 of more than 300 known spawning grounds.")
        #expect(p.map(\.figure.value) == [11, 300])
        #expect(p.map(\.figure.unit) == ["grounds", "grounds"])
        #expect(reader.figure("Road deaths in the province hit 23 this year.")?.figure.unit == "deaths")
        // A noun after the number is what it counts, whatever the verb.
        #expect(reader.figure("The storm hit 40 homes.")?.figure.unit == "homes")
    }

    @Test func headlineVerbsInThePluralPresent() {
        let cases = reader.figure("Measles cases in the district climb to 61")
        #expect(cases?.figure.unit == "cases")
        #expect(cases?.figure.isUpdate == true)
    }

    @Test func containersCountedInTEU() {
        #expect(reader.figure("The port handled 2.4 million TEU last year.")?.figure.unit == "TEU")
    }

    @Test func twoTooManyIsAFigureOfSpeech() {
        #expect(reader.figures("One scandal is bad, but two scandals in a year is two too many.").map(\.figure.value) == [2])
    }

    /// The same words counted twice in one sentence are two claims, each marked in the text.
    @Test func theSameNumberTwiceInASentenceIsTwoClaims() async throws {
        let article = """
        ---
        title: "Port cranes delayed"
        outlet: Harbour Gazette
        published: 2025-03-04
        ---
        The operator ordered eight electric cranes last year. It said the first four would arrive in March, and the remaining four by December.
        """
        let site = try TestSite(articles: ["cranes.md": article])
        defer { site.remove() }
        try await site.build()
        let claims = try #require(site.export()["claims"] as? [[String: Any]])
        let fours = claims.filter { $0["kind"] as? String == "figure" && $0["value"] as? Double == 4 }
        #expect(fours.count == 2)
        #expect(Set(fours.compactMap { $0["id"] as? String }).count == 2)
        let page = try site.page("articles/cranes.html")
        for id in fours.compactMap({ $0["id"] as? String }) {
            #expect(page.contains("#\(id)\""))
        }
        #expect(try LinkCheck.problems(in: site.output).isEmpty)
    }
}
