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

    func figure(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) -> FoundFigure? {
        reader.figure(sentence, sourceLocation: sourceLocation)
    }

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

    @Test func partsOfAnEventAreMeasured() {
        // The first years of a career are measured from its start, not from now.
        #expect(figures("The coach said he barely slept for the first three years in the job.").map(\.figure.value) == [3])
        // A compound adjective gives the length of what it modifies.
        #expect(figures("Robbers emptied the vault in a six-minute raid.").map(\.figure.unit) == ["minutes"])
        #expect(figures("Robbers emptied the vault in six-minute raid.").map(\.figure.unit) == ["minutes"])
        #expect(figures("The results will come in six weeks.").isEmpty)
    }

    // MARK: numbers standing for a noun said before

    @Test func numberAsSubjectTakesTheNounSaidBefore() throws {
        let found = figures("Burglars took five bicycles from the shed; two have since been found.")
        #expect(found.map(\.figure.value) == [5, 2])
        #expect(found.last?.figure.unit == "bicycles" && found.last?.surface == "two")
        #expect(figures("Some 31 councillors backed the plan and a further 12 abstained.").map(\.figure.value) == [31, 12])
        #expect(figures("The ship carried six lifeboats, and the crew confirmed that all six had been launched.").map(\.figure.value) == [6, 6])
        let tigers = try #require(figures("Wild tigers are endangered, and fewer than 4,000 remain in Asia.").first)
        #expect(tigers.figure.unit == "tigers" && tigers.figure.qualifier == .lessThan)
        let homes = paragraph("The storm damaged 300 homes.", "By evening, 40 had been repaired.")[1]
        #expect(homes.map(\.figure.value) == [40] && homes.first?.figure.unit == "homes")
        // Not a subject, or no noun to stand for, or a number among names: nothing.
        #expect(figures("Smith, 71, was among them.").isEmpty)
        #expect(figures("Police said that 12 were arrested.").isEmpty)
        #expect(figures("Bus routes 7 and 9 are diverted until Monday.").isEmpty)
        #expect(figures("In 2019 was the last time.").isEmpty)
    }

    @Test func nounSearchStopsAtAVerbOrAnotherNumber() {
        let found = figures("Those four cannot store two months of firewood in one shed.")
        #expect(found.map(\.figure.value) == [2] && found.first?.surface == "two months")
        #expect(figures("Of the recruits, five saw three weeks of combat.").map(\.surface) == ["three weeks"])
    }

    @Test func tallyGivesTheSecondNumberTheFirstOnesNoun() {
        let found = figures("The motion was carried by 214 votes to 187.")
        #expect(found.map(\.figure.value) == [214, 187] && found.allSatisfy { $0.figure.unit == "votes" })
        // A level after a percent change is no tally.
        #expect(figures("Shares fell 3% to 240.").map(\.figure.value) == [3])
    }

    @Test func partOfACountNamedWithIncluding() {
        let found = figures("The convoy delivered 40 trucks of aid, including 12 for the northern camps.")
        #expect(found.map(\.figure.value) == [40, 12] && found.last?.figure.unit == "trucks")
        // With a noun of its own, the part counts that noun.
        #expect(figures("The club signed 5 players, including 2 goalkeepers.").map(\.figure.unit) == ["players", "goalkeepers"])
    }

    @Test func peopleCountedByWhatHappenedToThem() throws {
        let held = try #require(figures("Exam cancelled after leak, 5 held").first)
        #expect(held.figure.value == 5 && held.figure.unitKind == .people)
        // Before a plural noun the state only modifies it.
        let dogs = try #require(figures("Volunteers rehomed 40 rescued dogs last month.").first)
        #expect(dogs.figure.unit == "dogs" && dogs.surface == "40 rescued dogs")
    }

    // MARK: occurrences and multipliers

    @Test func timesCountsOccurrencesUnlessItCompares() throws {
        let calls = try #require(figures("Negotiators spoke with the gunman more than 40 times by phone.").first)
        #expect(calls.figure.value == 40 && calls.figure.unit == "times" && calls.figure.qualifier == .moreThan)
        #expect(figures("She has been arrested three times.").map(\.figure.value) == [3])
        #expect(figures("I have practised that a thousand times in training.").map(\.figure.value) == [1000])
        // A multiplier compares, it counts nothing.
        #expect(figures("Cases rose to nearly three times as many as last year.").isEmpty)
        #expect(figures("The new plant is four times bigger and five times the size of the old one.").isEmpty)
        // How often: "N times a day/year" counts occurrences; "N times a normal dose" compares.
        #expect(figures("The tablets are taken three times a day, and the ferry sails twice a week.").map(\.figure.value) == [3])
        #expect(figures("Inspectors visit the site four times a year.").first?.figure.unit == "times")
        #expect(figures("Patients were given five times a normal dose.").isEmpty)
    }

    // MARK: readings on a scale

    @Test func temperaturesAreReadingsNotAmounts() {
        #expect(figures("Temperatures reached 44.6 degrees Celsius in the south, and 300 people sought shelter.").map(\.figure.value) == [300])
        #expect(figures("Workers toiled in forty-degree heat.").isEmpty)
        #expect(figures("The sea was up to two degrees above average.").isEmpty)
        #expect(figures("After 40 people were evacuated, the fire risk was put at 4 on a scale of 5.").map(\.figure.value) == [40])
        // Not even a borrowed unit: "reached 44.6" would otherwise take the people's.
        #expect(figures("At least 23 people died as temperatures reached 44.6 degrees.").map(\.figure.value) == [23])
    }

    @Test func frequenciesAreNoAmounts() {
        #expect(figures("The council moves to three-weekly collections for 40,000 homes.").map(\.figure.value) == [40_000])
        #expect(figures("Patients take the drug on a four-hourly schedule.").isEmpty)
    }

    // MARK: amounts repeated without their noun

    @Test func bareAmountTakesTheUnitOfTheSameFigureElsewhere() throws {
        let found = paragraph("Regulator fines airline 2.5 million over delays", "The regulator fined the airline 2.5 million pounds on Monday.")
        let headline = try #require(found[0].first)
        #expect(headline.surface == "2.5 million" && headline.figure.unit == "GBP" && headline.figure.unitKind == .money)
        // No figure of that value: the bare amount stays unread, and so does a bare number without a scale word.
        #expect(paragraph("Regulator fines airline 3 million over delays", "The fine was 2.5 million pounds.")[0].isEmpty)
        #expect(paragraph("Airline pays 40 over delays", "It paid 40 pounds to each passenger.")[0].isEmpty)
    }

    @Test func lowercaseNounBeforeACountIsNoName() {
        #expect(figures("Firefighters gave the street 20 minutes to leave.").map(\.figure.value) == [20])
        #expect(figures("The flight 180 passengers had booked was cancelled.").map(\.figure.value) == [180])
        // Names stay names: capitalised, or with no unit after the number.
        #expect(figures("Route 66 closed and Article 5 applies, as in section 3.").isEmpty)
    }

    @Test func percentRangesMarkBothNumbers() throws {
        let range = try #require(figure("Between 12% and 15% of the turbines failed inspection."))
        #expect(range.figure.value == 12 && range.figure.high == 15 && range.figure.qualifier == .between && range.surface == "Between 12% and 15%")
        #expect(figures("Unemployment could reach 8 percent to 9 percent.").map(\.figure.value) == [8])
        let change = figures("The jobless rate rose from 5% to 7% in a year.")
        #expect(change.map(\.surface) == ["5%", "7%"] && change.allSatisfy { $0.figure.unit == "percent" })
        // A percent change followed by a level is no range.
        #expect(figures("The index fell 1.2% to 7,450.").map(\.figure.unit) == ["percent"])
    }

    @Test func compoundWithAUnitOfSeveralWords() throws {
        let tank = try #require(figure("A valve on a 5,000-cubic-metre tank failed."))
        #expect(tank.figure.value == 5000 && tank.figure.unit == "m3" && tank.surface == "5,000-cubic-metre")
        #expect(figure("They share a 40-square-metre flat.")?.figure.unitKind == .area)
        #expect(figures("It was a two-state-solution plan.").isEmpty)
    }

    // MARK: number formats

    @Test func dotGroupsThousandsInMeasuresWithThreeZeroEndedDecimals() {
        #expect(figures("The glacier ends at an altitude of 3.200 metres.").map(\.figure.value) == [3200])
        #expect(figures("The warehouse covered some 12.500 square metres.").map(\.figure.value) == [12_500])
        // A real decimal, a price or a rate keeps its point.
        #expect(figures("The rope was 2.375 metres long.").map(\.figure.value) == [2.375])
        #expect(figures("The bond pays 4.250% a year.").map(\.figure.value) == [4.25])
    }
}
