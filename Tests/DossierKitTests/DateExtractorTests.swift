import Foundation
import Testing
@testable import DossierKit

/// The date extractor: explicit and relative dates, resolved against a publication date.
/// Sentences are written for these tests in several news styles.
@Suite struct DateExtractorTests {
    static let rules = try! Rules.bundled()
    let extractor = DateExtractor(rules: DateExtractorTests.rules)
    /// A Wednesday.
    let published = Day(year: 2024, month: 10, day: 23)!

    func dates(_ sentence: String, published: Day?) -> [DateMention] {
        let found = extractor.mentions(in: sentence, published: published)
        for d in found {
            #expect(sentence.contains(d.expression), "expression «\(d.expression)» is not in the sentence")
        }
        return found
    }

    func only(_ sentence: String, published: Day? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> DateMention? {
        let found = dates(sentence, published: published)
        #expect(found.count == 1, "expected one date, got \(found.map(\.expression))", sourceLocation: sourceLocation)
        return found.first
    }

    @Test func explicitDates() throws {
        let full = try #require(only("The treaty was signed on June 19, 2024, in Pyongyang."))
        #expect(full.expression == "on June 19, 2024")
        #expect(full.resolved == "2024-06-19" && full.granularity == .day && !full.isRelative)

        let wire = try #require(only("The ministry said on Sept. 25 that talks would resume.", published: published))
        #expect(wire.expression == "on Sept. 25" && wire.resolved == "2024-09-25")
        // Without a publication date a month-day has no year.
        let noYear = try #require(only("The ministry said on Sept. 25 that talks would resume."))
        #expect(noYear.resolved == nil && noYear.granularity == .day)

        #expect(try #require(only("The order took effect on 2024-12-04.")).resolved == "2024-12-04")
        #expect(try #require(only("Polls close on 22 October 2024 at 8 p.m.")).resolved == "2024-10-22")
        #expect(try #require(only("Results are due October 22nd.", published: published)).resolved == "2024-10-22")
        #expect(try #require(only("The deadline is the 3rd of May, 2025.")).resolved == "2025-05-03")
        #expect(try #require(only("Der Vertrag gilt ab 22.10.2024.")).resolved == "2024-10-22")
        #expect(try #require(only("Filed 10/22/2024 in federal court.")).resolved == "2024-10-22")

        let month = try #require(only("Kim and Putin met in June.", published: published))
        #expect(month.expression == "in June" && month.resolved == "2024-06" && month.granularity == .month)
        #expect(try #require(only("Kim and Putin met in June.")).resolved == nil)
        let monthYear = try #require(only("Prices have risen since August 2023."))
        #expect(monthYear.resolved == "2023-08" && monthYear.granularity == .month && monthYear.isStartOfPeriod)
        #expect(monthYear.expression == "since August 2023")

        let year = try #require(only("The war began in 2022."))
        #expect(year.expression == "in 2022" && year.resolved == "2022" && year.granularity == .year && !year.isRelative)
    }

    @Test func relativeDatesResolveAgainstPublication() throws {
        func resolved(_ sentence: String) throws -> String? {
            try #require(only(sentence, published: published)).resolved
        }
        #expect(try resolved("The committee met on Tuesday.") == "2024-10-22")
        #expect(try resolved("The committee met on Wednesday.") == "2024-10-23")  // on or before publication
        #expect(try resolved("The committee met on Thursday.") == "2024-10-17")
        #expect(try resolved("The committee met last Wednesday.") == "2024-10-16")
        #expect(try resolved("The committee meets next Monday.") == "2024-10-28")
        #expect(try resolved("Officials said yesterday that the dam held.") == "2024-10-22")
        #expect(try resolved("The fire started last night.") == "2024-10-22")
        #expect(try resolved("Talks resume tomorrow.") == "2024-10-24")
        #expect(try resolved("Envoys met last week.") == nil)  // no single day, month or year
        #expect(try resolved("Envoys met two weeks ago.") == "2024-10-09")
        #expect(try resolved("Envoys met 3 days ago.") == "2024-10-20")
        #expect(try resolved("Prices fell this month.") == "2024-10")
        #expect(try resolved("Prices fell last month.") == "2024-09")
        #expect(try resolved("Prices fell last year.") == "2023")
        #expect(try resolved("Elections are due next year.") == "2025")
        #expect(try resolved("A year ago the plant closed.") == "2023")
        #expect(try resolved("The plant closed last December.") == "2023-12")
        #expect(try resolved("The plant reopens next March.") == "2025-03")

        let tuesday = try #require(only("The committee met on Tuesday night.", published: published))
        #expect(tuesday.expression == "on Tuesday night" && tuesday.isRelative && tuesday.granularity == .day)

        // A weekday with its date: the explicit date wins.
        let both = try #require(only("The vote was held on Tuesday, Oct. 22, 2024."))
        #expect(both.expression == "on Tuesday, Oct. 22, 2024" && both.resolved == "2024-10-22" && !both.isRelative)
    }

    @Test func relativeDatesWithoutPublicationStayUnresolved() throws {
        let found = dates("Yesterday the minister said last week's attack and the one on Friday were linked; this year is worse.", published: nil)
        #expect(found.map(\.expression) == ["Yesterday", "last week", "on Friday", "this year"])
        #expect(found.allSatisfy { $0.resolved == nil && $0.isRelative })
        #expect(found.map(\.granularity) == [.day, .day, .day, .year])
    }

    @Test func yearAndMonthBoundaries() throws {
        let newYear = Day(year: 2024, month: 1, day: 3)!  // a Wednesday
        #expect(try #require(only("Exports fell last month.", published: newYear)).resolved == "2023-12")
        #expect(try #require(only("The strike began on Friday.", published: newYear)).resolved == "2023-12-29")
        #expect(try #require(only("The strike began two weeks ago.", published: newYear)).resolved == "2023-12-20")
    }

    @Test func periodsListsAndModifiers() {
        let found = dates("Since mid-2023 prices rose, in early June and July they fell, and in 2020 and 2022 too.", published: published)
        #expect(found.map(\.expression) == ["Since mid-2023", "in early June", "July", "in 2020", "2022"])
        #expect(found.map(\.resolved) == ["2023", "2024-06", "2024-07", "2020", "2022"])
        #expect(found.map(\.isStartOfPeriod) == [true, false, false, false, false])
        let since = dates("The border has been closed since last week.", published: published)
        #expect(since.first?.isStartOfPeriod == true && since.first?.expression == "since last week")
    }

    @Test func periodsThatAreNoSingleDayMonthOrYear() throws {
        // Weeks, weekends and seasons are found but stay unresolved, publication date or not.
        let found = dates("Storms hit over the weekend, after a dry spell last summer and rain this week.", published: published)
        #expect(found.map(\.expression) == ["over the weekend", "last summer", "this week"])
        #expect(found.allSatisfy { $0.resolved == nil && $0.isRelative })
        #expect(try #require(only("He scored 20 goals last season.", published: published)).resolved == nil)
        #expect(dates("The weekend was quiet and the season ended.", published: published).isEmpty)
    }

    @Test func earlierCountsBackLikeAgo() throws {
        let d = try #require(only("The toll reached 30, up from 18 a day earlier.", published: published))
        #expect(d.expression == "a day earlier" && d.resolved == "2024-10-22" && d.isRelative)
        #expect(try #require(only("Prices were lower three years earlier.", published: published)).resolved == "2021")
    }

    @Test func yearsAfterWeakCues() throws {
        let loss = try #require(only("The insurer reported a loss for 2023, its first in a decade."))
        #expect(loss.expression == "2023" && loss.resolved == "2023")
        #expect(dates("Budgets were set for 2025 and 2026.", published: nil).map(\.resolved) == ["2025", "2026"])
        #expect(dates("The army asked for 2000 volunteers.", published: published).isEmpty)
    }

    @Test func nonDates() {
        let none = [
            "He may come, and May God help us.",
            "Soldiers march in step.",
            "The 1990s were different.",
            "The army sent 1500 soldiers and 2,022 tanks.",
            "In the next three days and over the past two years nothing happened.",
            "The last week was hard and the next year will be too.",
            "The vote was 10/11/12 or 3/4.",
            "June Carter sang.",
            "Nothing happened on Feb. 30 or June 31.",
            "The 3-1 win came at 10:30.",
        ]
        for sentence in none {
            #expect(dates(sentence, published: published).isEmpty, "\(sentence) → \(dates(sentence, published: published).map(\.expression))")
        }
    }

    @Test func hostileInputNeverCrashes() {
        let huge = String(repeating: "2", count: 20_000)
        #expect(dates("In \(huge) nothing happened.", published: published).isEmpty)
        #expect(dates("32.13.2024 and 2024-13-45 and 99/99/2024", published: published).isEmpty)
        #expect(dates("Am Dienstag, dem 22. Oktober, wurde verhandelt.", published: published).isEmpty)
        _ = dates("“since", published: published)
        _ = dates("on", published: nil)
        _ = dates("last", published: published)
        _ = dates("Sept.", published: published)
        var words: [String] = []
        for _ in 0..<1000 { words.append("talks resumed on Tuesday and") }
        let found = dates(words.joined(separator: " ") + " ended.", published: published)
        #expect(found.count == 1000)
        #expect(found.allSatisfy { $0.resolved == "2024-10-22" })
    }

    @Test func articlesAreReadOnceHeadlineIncluded() throws {
        let cleaner = Cleaner(rules: Self.rules.clean)
        let raw = RawArticle(id: "dam", sourceFile: "articles/dam.txt", format: .text,
                             meta: ArticleMeta(title: "Dam bursts on Sunday after week of rain", published: published),
                             body: "Dam bursts on Sunday after week of rain\nThe dam gave way on Sunday, and repairs are planned for next month.",
                             contentHash: "0")
        let claims = extractor.extract(cleaner.clean(raw))
        #expect(claims.map(\.surface) == ["on Sunday", "on Sunday", "next month"])
        #expect(claims.map(\.inHeadline) == [true, false, false])
        #expect(claims.compactMap(\.date?.resolved) == ["2024-10-20", "2024-10-20", "2024-11"])
        #expect(claims.allSatisfy { $0.kind == .date && $0.text.contains($0.surface) })
    }

    @Test func sampleArticles() throws {
        let cleaner = Cleaner(rules: Self.rules.clean)
        let dir = TestSite.repository + "/Content/articles"
        var total = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).filter({ $0.hasSuffix(".txt") }).sorted() {
            let body = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            let article = cleaner.clean(RawArticle(id: name, sourceFile: "articles/" + name, format: .text,
                                                   meta: ArticleMeta(), body: body, contentHash: "0"))
            for c in extractor.extract(article) {
                #expect(c.text.contains(c.surface))
                let d = try #require(c.date)
                #expect(!d.isRelative || d.resolved == nil)  // no publication date in the samples
                total += 1
            }
        }
        #expect(total > 0)
    }

    @Test func weekdaysAndMonthsInSentencesAboutTheFuture() throws {
        // Published on Wednesday 23 October 2024.
        #expect(try #require(only("The trucks will arrive on Saturday at the latest.", published: published)).resolved == "2024-10-26")
        #expect(try #require(only("We’ll publish a full report by Friday.", published: published)).resolved == "2024-10-25")
        #expect(try #require(only("Heavy rain could continue until Thursday.", published: published)).resolved == "2024-10-24")
        // Without such a cue a bare weekday is the last one on or before publication.
        #expect(try #require(only("The trucks arrived on Saturday.", published: published)).resolved == "2024-10-19")
        #expect(try #require(only("Rescuers could not reach the village on Monday.", published: published)).resolved == "2024-10-21")
        #expect(try #require(only("Rescuers could not reach the village until Monday.", published: published)).resolved == "2024-10-21")
        // Another clause's future, a past or causal "due": no cue.
        #expect(try #require(only("Smith, who will retire, spoke on Monday.", published: published)).resolved == "2024-10-21")
        #expect(try #require(only("The probe was due to land on Monday.", published: published)).resolved == "2024-10-21")
        #expect(try #require(only("The match was called off due to the storm on Monday.", published: published)).resolved == "2024-10-21")
        // A month alone ahead of publication in the next year; behind it, in the same.
        #expect(try #require(only("Staff would receive a pay rise from April.", published: published)).resolved == "2025-04")
        #expect(try #require(only("A special election will be held in March.", published: published)).resolved == "2025-03")
        #expect(try #require(only("The report was published in March.", published: published)).resolved == "2024-03")
    }

    @Test func holidaysAndWeekdaysInNames() throws {
        #expect(try #require(only("Prices will be cut before Christmas.", published: published)).resolved == "2024-12-25")
        #expect(try #require(only("The shop stays closed until Christmas Eve.", published: published)).resolved == "2024-12-24")
        #expect(dates("The Christmas market drew crowds.", published: published).isEmpty)
        #expect(dates("The company denied a report in the Sunday Courier.", published: published).isEmpty)
        #expect(try #require(only("On Sunday Moscow said talks had failed.", published: published)).resolved == "2024-10-20")
    }
}
