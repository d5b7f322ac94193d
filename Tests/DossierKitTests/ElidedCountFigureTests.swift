import Foundation
import Testing
@testable import DossierKit

/// Counts whose noun is left out or shared: modifiers joined by "and" before one noun, a part and
/// its whole as the subject of a clause, "of which 612" and "among them five", a change from a dated
/// level, "there were" with no noun, "the first four … the remaining four", headline verbs in the
/// plural present, and the same number twice in one sentence, end to end; also containers counted
/// in TEU and "two too many", which counts nothing.
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

    @Test func aPronounBeforeTheNumberCountsThePhraseBeforeIt() {
        #expect(reader.figures("The flood hit 2,310 households, of which 612 are housed in schools.").map(\.figure.unit) == ["households", "households"])
        let staff = reader.figures("The chain employs 4,000 people, of whom about 1,200 are personal trainers.")
        #expect(staff.map(\.figure.value) == [4000, 1200])
        #expect(staff.last?.figure.qualifier == .about)
        #expect(reader.figures("Officials counted 14 persons injured, among them five in Halba.").map(\.figure.unit) == ["people", "people"])
        #expect(reader.figures("The survey counted 31 dugongs, nine of which had drowned.").map(\.figure.unit) == ["dugongs", "dugongs"])
        // The phrase just before is what the pronoun stands for, even a sum of money.
        let francs = reader.figures("The works cost 8.6 million francs, of which the canton pays 2 million.")
        #expect(francs.map(\.figure.value) == [8_600_000, 2_000_000])
        #expect(francs.first?.figure.unit == francs.last?.figure.unit)
        // A pronoun closing the figure before it is no lead: "11 of them two-wheeler riders".
        #expect(reader.figures("He said 14 persons, 11 of them two-wheeler riders, had died.").map(\.figure.value) == [14, 11])
    }

    @Test func aChangeFromADatedLevelToAnother() {
        let nurses = reader.figures("The number of school nurses fell from 2,915 in 2010 to 1,906 last year.")
        #expect(nurses.map(\.figure.value).sorted() == [1906, 2915])
        #expect(nurses.allSatisfy { $0.figure.unit == "nurses" })
        let organists = reader.figures("The number of organists has fallen from about 600 in 1995 to fewer than 250 today.")
        #expect(organists.map(\.figure.unit) == ["organists", "organists"])
        #expect(Set(organists.compactMap(\.figure.qualifier)) == [.about, .lessThan])
        #expect(reader.figures("Exports rose from 4,000 tonnes in 2020 to 5,100 last year.").count == 2)
        // Years alone are no levels, nor is a journey a change.
        #expect(reader.figures("Prices rose from 2010 to 2015.").isEmpty)
        #expect(reader.figures("He moved from Leeds in 2010 to Paris.").isEmpty)
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
