import Foundation
import Testing
@testable import DossierKit

/// Figures whose unit the context gives (elliptical numbers, partitives, parallel clauses), and the
/// number grammar around them: ranges with "to", qualifiers, decimal commas, time windows.
/// Every sentence is written for these tests (none from the samples or the held-out articles).
@Suite struct FigureContextTests {
    let reader = FigureReader()
    func figures(_ sentence: String) -> [FoundFigure] { reader.figures(sentence) }
    func paragraph(_ sentences: String...) -> [[FoundFigure]] { reader.paragraph(sentences) }

    // MARK: elliptical numbers

    @Test func measureNounGivesTheUnit() throws {
        let quake = figures("The death toll from Tuesday's earthquake in the northern mountains has climbed to 1,240, officials said, up from 980 on Monday.")
        #expect(quake.map(\.figure.value) == [1240, 980])
        #expect(quake.allSatisfy { $0.figure.unit == "deaths" && $0.figure.unitKind == .people })
        #expect(quake.map(\.surface) == ["1,240", "980"])
        #expect(quake[0].figure.isUpdate && quake[0].figure.subject == "death toll")

        let toll = try #require(figures("By nightfall the toll had risen sharply to 63 after rescuers reached the village.").first)
        #expect(toll.figure.value == 63 && toll.figure.unit == "deaths" && toll.figure.isUpdate)

        let crowd = try #require(figures("City officials estimated the crowd at between 15,000 and 18,000.").first)
        #expect(crowd.figure.unit == "people" && crowd.figure.qualifier == .between)
        #expect(crowd.figure.low == 15_000 && crowd.figure.high == 18_000 && crowd.surface == "between 15,000 and 18,000")

        let passive = try #require(figures("The crowd was estimated at roughly 8,000.").first)
        #expect(passive.figure.unit == "people" && passive.figure.qualifier == .about)

        let size = try #require(figures("Stewards put the size of the crowd at 9,500.").first)
        #expect(size.figure.unit == "people")

        let evacuees = try #require(figures("The number of people evacuated from the river valley has now risen to 3,400.").first)
        #expect(evacuees.figure.value == 3400 && evacuees.figure.unit == "people")
    }

    @Test func earlierFigureGivesTheUnit() throws {
        let seats = figures("The Liberals won 58 of the 120 seats, up from 44 at the last election.")
        #expect(seats.map(\.figure.value) == [58, 120, 44])
        #expect(seats.allSatisfy { $0.figure.unit == "seats" })

        let rate = figures("Unemployment rose to 5.1% in March, up from 4.9 a year earlier.")
        #expect(rate.map(\.figure.value) == [5.1, 4.9])
        #expect(rate.allSatisfy { $0.figure.unit == "percent" })

        // "put the number at": the unit of the figure the paragraph gave just before.
        let march = paragraph("Union leaders said 40,000 workers joined the march.", "Police put the number at about 9,000.")
        let police = try #require(march[1].first)
        #expect(police.figure.value == 9000 && police.figure.unit == "workers" && police.figure.qualifier == .about)
        #expect(police.surface == "about 9,000")

        // An appositive: the noun before "estimated at" is what is counted.
        let ballots = try #require(figures("The result hinges on absentee ballots, estimated at about 60,000, which are counted on Friday.").first)
        #expect(ballots.figure.unit == "ballots" && ballots.figure.value == 60_000)
    }

    @Test func parallelClausesShareTheUnit() throws {
        let found = figures("Patients who sleep at least seven hours a night recover faster than those who sleep fewer than five.")
        #expect(found.map(\.figure.value) == [7, 5])
        #expect(found.allSatisfy { $0.figure.unit == "hours" })
        #expect(found[1].figure.qualifier == .lessThan)
    }

    @Test func partitives() throws {
        let ferry = figures("About 1,200 passengers were on board, and 300 of them were children.")
        #expect(ferry.map(\.figure.value) == [1200, 300])
        #expect(ferry[1].figure.unit == "passengers" && ferry[1].surface == "300 of them")

        let tickets = paragraph("The club sold 40,000 tickets within an hour.", "No more than 12,000 of those went to members.")
        let members = try #require(tickets[1].first)
        #expect(members.figure.value == 12_000 && members.figure.unit == "tickets" && members.figure.qualifier == .atMost)
        #expect(members.figure.low == 0 && members.figure.high == 12_000)

        // "them" finds its noun in the sentence before when no count was given.
        let trial = paragraph("The trial followed volunteers for a decade.", "Over that time, 210 of them developed diabetes.")
        #expect(trial[1].first?.figure.unit == "volunteers")

        let plant = try #require(figures("The strike idled some 3,100 of the plant's workers.").first)
        #expect(plant.figure.unit == "workers" && plant.figure.qualifier == .about)
        #expect(plant.figure.low == 2790 && plant.figure.high == 3410)
        #expect(try #require(figures("Officials said 40 of Norway's ferries were halted.").first).figure.unit == "ferries")
    }

    @Test func ellipsisNeedsACue() {
        // No cue, no measure noun: a bare number stays unread.
        #expect(figures("The meeting was moved to 10.").isEmpty)
        #expect(figures("Revenue rose to 5.2 billion.").isEmpty)
        // "fell 1.2% to 7,450": the level after a percent change is no percentage.
        #expect(figures("The index fell 1.2% to 7,450.").map(\.figure.unit) == ["percent"])
        // Years, dates and clock times never borrow a unit.
        let years = figures("Sales rose to 2,000 cars in 2021, up from 1,500 in 2020.")
        #expect(years.map(\.figure.value) == [2000, 1500])
        #expect(years.allSatisfy { $0.figure.unit == "cars" })
        #expect(figures("The death toll rose to 41 on March 3.").map(\.figure.value) == [41])
        #expect(paragraph("Rescuers pulled 12 people from the rubble.", "The alert went out at 6.40 in the morning.")[1].isEmpty)
        #expect(figures("Estimates put the death toll at 300 in 2019.").map(\.figure.value) == [300])
        // Who estimates is not what is counted (but a passive names what is).
        #expect(figures("Police estimated at least 300 had gathered.").isEmpty)
        #expect(figures("The death toll was estimated at 300.").first?.figure.unit == "deaths")
        // An earlier sentence lends its unit only to a clause that points back to it.
        #expect(paragraph("About 2,000 people were evacuated.", "Temperatures rose to 41 on Tuesday.")[1].isEmpty)
        #expect(paragraph("Some 3,000 homes lost power.", "Insurers put the damage at 40 by Friday.")[1].isEmpty)
        #expect(paragraph("Some 40,000 fans attended.", "The score stands at 2.")[1].isEmpty)
        let back = paragraph("Officials said 40 people had died.", "By evening it had risen to 45.")[1]
        #expect(back.map(\.figure.value) == [45] && back.first?.figure.unit == "people")
    }

    // MARK: number grammar

    @Test func rangesWithToAndDashes() throws {
        let repair = try #require(figures("Engineers said repairs could take 36 to 48 hours before pressure is restored.").first)
        #expect(repair.figure.value == 36 && repair.figure.unit == "hours" && repair.figure.qualifier == .between)
        #expect(repair.figure.low == 36 && repair.figure.high == 48 && repair.surface == "36 to 48 hours")
        let dash = try #require(figures("Forecasters expect 20–30 centimetres of snow.").first)
        #expect(dash.figure.value == 20 && dash.figure.high == 30 && dash.figure.qualifier == .between)
        // The time between two events is measured, and so is a wait; an offset with no second event is not.
        #expect(figures("The warning came three hours before the dam broke.").map(\.figure.value) == [3])
        #expect(figures("Fans waited three hours before the gates opened.").map(\.figure.value) == [3])
        #expect(figures("The dam broke. Three hours before, a warning had gone out.").isEmpty)
    }

    @Test func qualifiers() throws {
        func q(_ s: String) -> Figure.Qualifier? { figures(s).first?.figure.qualifier }
        #expect(q("The company employs some 300 engineers.") == .about)
        #expect(q("Fewer than 20 families remain.") == .lessThan)
        #expect(q("The court allows no more than 50 spectators.") == .atMost)
        #expect(q("As many as 400 homes lost power.") == .upTo)
    }

    @Test func decimalCommas() {
        let water = figures("The river stood 2,35 metres above its normal level.")
        #expect(water.map(\.figure.value) == [2.35])
        let damage = figures("Insurers put the damage at 4,5 Million Euro.")
        #expect(damage.map(\.figure.value) == [4_500_000] && damage.first?.figure.unit == "EUR")
        #expect(figures("The army sent 1,500 soldiers.").map(\.figure.value) == [1500])
    }

    @Test func timeWindowsAndMeasuredDurations() {
        #expect(figures("Up to 150 millimetres of rain fell in less than four hours.").map(\.figure.unit) == ["mm", "hours"])
        #expect(figures("The election is in less than two weeks.").isEmpty)
        #expect(figures("Talks resume in two weeks.").isEmpty)
        #expect(figures("By Jo Bloggs | Politics | 4 min read").isEmpty)
    }

    @Test func temperaturesAndFrequenciesCountNothing() {
        // A temperature measures; the count of patients in the same sentence is not borrowed for it.
        let heat = figures("Hospitals treated 310 patients as temperatures reached 41.5 degrees in the capital.")
        #expect(heat.map(\.figure.value) == [310])
        #expect(figures("The ocean could warm by up to two degrees by the end of the century.").isEmpty)
        #expect(figures("The driver made a 180-degree turn on the motorway.").isEmpty)
        // "four-weekly" is how often, not how many.
        let bins = figures("The council approved four-weekly collections for 52,000 homes.")
        #expect(bins.map(\.figure.value) == [52000])
    }
}

