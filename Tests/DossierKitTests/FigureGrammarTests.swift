import Testing
@testable import DossierKit

/// Number grammar of news copy read by the figure extractor: units written as abbreviations,
/// changes downwards, parts of a counted whole, approximate numbers, sizes and bounded durations.
/// The sentences are written for these tests.
struct FigureGrammarTests {
    let reader = FigureReader()

    @Test func indianDigitGrouping() {
        let f = reader.figures("Relief reached 3,12,400 households, and Rs 12,50,000 was paid to 1,250 farmers.")
        #expect(f.map(\.figure.value) == [312_400, 1_250_000, 1_250])
    }

    @Test func aHalfAfterAWholeNumber() {
        let f = reader.figures("The fraud earned him four and a half years; the ferry takes 2 and a half hours and carries one and a half million passengers.")
        #expect(f.map(\.figure.value) == [4.5, 2.5, 1_500_000])
        #expect(f.map(\.figure.unit) == ["years", "hours", "passengers"])
    }

    @Test func currencyLettersGluedToAnAmount() {
        let f = reader.figures("The ministry signed deals worth KD1.1bn, and the grant of R480,000 was withheld.")
        #expect(f.map(\.figure.value) == [1_100_000_000, 480_000])
        #expect(f.map(\.figure.unit) == ["KWD", "ZAR"])
        let naira = reader.figure("Pilgrims will pay N8.9m this year.")
        #expect(naira?.figure.value == 8_900_000)
        #expect(naira?.figure.unit == "NGN")
        // Model names keep their digits: no amount in "F16" or "A380".
        #expect(reader.figures("An F16 escorted the A380 over the G7 summit.").isEmpty)
    }

    @Test func penceAreHundredthsOfAPound() {
        let f = reader.figures("The stock slid 2.7% to 95p, and the final dividend of 1.7p a share was up from 1.3p.")
        #expect(f.map(\.figure.value) == [2.7, 0.95, 0.017, 0.013])
        #expect(f.map(\.figure.unit) == ["percent", "GBP", "GBP", "GBP"])
        let tickets = reader.figures("Tickets will cost between 40p and 60p, or 75 pence at the door.")
        #expect(tickets.first?.figure.qualifier == .between)
        #expect(tickets.first?.figure.low == 0.4)
        #expect(tickets.first?.figure.high == 0.6)
        #expect(tickets.map(\.figure.value) == [0.4, 0.75])
        // A percentage and a price are not the two ends of one range.
        #expect(reader.figures("The stock rose 5.2% to 171p.").map(\.figure.value) == [5.2, 1.71])
        // A video's resolution is no amount.
        #expect(reader.figures("The camera records at 1080p.").isEmpty)
    }

    @Test func translatedNumberShapes() {
        // Turkish style: the lower groups after the scale word.
        let tents = reader.figures("The agency said 3 thousand 270 stoves and 1 million 640 thousand blankets were shipped.")
        #expect(tents.map(\.figure.value) == [3_270, 1_640_000])
        // Romance languages: a plural scale word after a decimal comma.
        let budget = reader.figure("The new roof will cost 4,2 millions of euros.")
        #expect(budget?.figure.value == 4_200_000)
        #expect(budget?.figure.unit == "EUR")
        // Only after the word "thousand": "$50k 10 years ago" is no 50,010.
        #expect(!reader.figures("They raised $50k 10 years ago.").contains { $0.figure.value == 50_010 })
        let lira = reader.figure("The province set aside TL 75 million for repairs.")
        #expect(lira?.figure.unit == "TRY")
        #expect(lira?.figure.value == 75_000_000)
    }

    @Test func moneyWordsThatAreAlsoVerbs() {
        let f = reader.figures("A kilo of pears cost 4,350 won on Friday, and the Bears won 5 games.")
        #expect(f.map(\.figure.unit) == ["KRW", "games"])
        let shillings = reader.figures("The county budgeted Sh45 million, while sacks sold for between Sh2,100 and Sh2,400.")
        #expect(shillings.map(\.figure.value) == [45_000_000, 2_100])
        #expect(shillings.last?.figure.high == 2_400)
        #expect(shillings.allSatisfy { $0.figure.unit == "KES" })
    }

    @Test func childrenAndMultipliers() {
        let f = reader.figures("Ana Ruiz, a mother of three, lives with her 4 grandchildren.")
        #expect(f.map(\.figure.unit) == ["children", "grandchildren"])
        // A fraction of a time is a multiplier, not a count of occurrences.
        #expect(reader.figures("Net debt stood at 1.5 times earnings.").isEmpty)
        #expect(reader.figure("The cooperative leased 40,000 mu of wheat land.")?.figure.unit == "mu")
    }

    @Test func aWordThatOnlyLooksPluralModifiesTheCountedNoun() {
        let f = reader.figures("The union speaks for about 600 bus drivers and warned of 90 fewer daily bus runs at 12 gas depots.")
        #expect(f.map(\.figure.unit) == ["drivers", "runs", "depots"])
        #expect(f.map(\.figure.value) == [600, 90, 12])
        // A capitalised name is not a modifier: "7 Action News" is a station.
        #expect(reader.figures("Viewers wrote to 7 Action News emails desk.").isEmpty)
    }

    @Test func aSpelledDecimalIsReadDigitByDigit() {
        let f = reader.figure("Two point five million euros went missing from the pension fund.")
        #expect(f?.figure.value == 2_500_000)
        #expect(f?.figure.unit == "EUR")
        let g = reader.figure("Turnout was sixty-one point four percent, the returning officer said.")
        #expect(abs((g?.figure.value ?? 0) - 61.4) < 1e-9)
        #expect(g?.figure.unit == "percent")
    }

    @Test func aPointWithoutADigitIsNoDecimal() {
        let found = reader.figures("The mayor unveiled a nine point plan for 40 schools.")
        #expect(found.map(\.figure.value) == [40])
        // "at one point" is an idiom of time.
        let idiom = reader.figures("At one point two men climbed onto the roof of the depot.")
        #expect(idiom.map(\.figure.value) == [2])
    }

    @Test func aVoteTallyCountsVotes() {
        let found = reader.figures("The jury voted ten to two to convict the former mayor.")
        #expect(found.map(\.figure.value) == [10, 2])
        #expect(found.allSatisfy { $0.figure.unit == "votes" })
        let senate = reader.figures("The Senate voted 52-48 to confirm the judge.")
        #expect(senate.map(\.figure.value) == [52, 48])
        #expect(senate.allSatisfy { $0.figure.unit == "votes" })
    }

    @Test func aScoreIsNoTally() {
        #expect(reader.figures("Rovers won 3-1 at home.").isEmpty)
    }

    @Test func basisPointsAreAPercentUnit() {
        let f = reader.figure("The central bank raised its main rate by 75 basis points on Wednesday.")
        #expect(f?.figure.value == 75)
        #expect(f?.figure.unit == "basis points")
        #expect(f?.figure.unitKind == .percent)
    }

    @Test func pcIsPercent() {
        let f = reader.figure("Sales of electric cars rose 18pc in the first quarter, the dealers' body said.")
        #expect(f?.figure.value == 18)
        #expect(f?.figure.unit == "percent")
    }

    @Test func leiAndKinaAreMoney() {
        let f = reader.figure("The county council approved a budget of 41 million lei for the new bridge.")
        #expect(f?.figure.value == 41_000_000)
        #expect(f?.figure.unitKind == .money)
        let g = reader.figure("Port Moresby pledged 2 million kina to rebuild the market.")
        #expect(g?.figure.value == 2_000_000)
        #expect(g?.figure.unitKind == .money)
    }

    @Test func aChangeDownwardsCountsTheNounBeforeFrom() {
        let found = reader.figures("The airline cut daily flights from 12 to 8 after the strike.")
        #expect(found.map(\.figure.value) == [12, 8])
        #expect(found.allSatisfy { $0.figure.unit == "flights" })
        let homes = reader.figures("Planners reduced the number of flats from 300 to 240, the developer said.")
        #expect(homes.map(\.figure.value) == [300, 240])
        #expect(homes.allSatisfy { $0.figure.unit == "flats" })
    }

    @Test func aChangeUpwardsWithoutANounAfterIt() {
        let found = reader.figures("The club raised the number of season tickets from 9,000 to 11,500 this summer.")
        #expect(found.map(\.figure.value) == [9_000, 11_500])
        #expect(found.allSatisfy { $0.figure.unit == "tickets" })
    }

    @Test func partOfACountedWhole() {
        let found = reader.figures("Seven of 12 jurors voted to convict, the court heard.")
        #expect(found.map(\.figure.value) == [7, 12])
        #expect(found.allSatisfy { $0.figure.unit == "jurors" })
    }

    @Test func orSoMakesANumberApproximate() {
        let f = reader.figure("Only 200 or so residents turned up to the meeting on the bypass.")
        #expect(f?.figure.value == 200)
        #expect(f?.figure.qualifier == .about)
        #expect(f?.figure.unit == "residents")
        #expect(f?.figure.low == 180)
    }

    @Test func orSoCalledIsNoQualifier() {
        let found = reader.figures("They met two or so-called experts.")
        #expect(found.allSatisfy { $0.figure.qualifier != .about })
    }

    @Test func theFirstSideOfASizeTakesTheUnitOfTheSecond() {
        let found = reader.figures("The stolen drawing measures 40 by 30 cm and was found in a garage.")
        #expect(found.map(\.figure.value) == [40, 30])
        #expect(found.allSatisfy { $0.figure.unit == "cm" })
    }

    @Test func forcingANumberFromHomeCountsPeople() {
        let f = reader.figure("Floods in the delta forced 12,000 from their homes.")
        #expect(f?.figure.value == 12_000)
        #expect(f?.figure.unitKind == .people)
        let g = reader.figure("The wildfire is forcing more than 3,000 to evacuate.")
        #expect(g?.figure.value == 3_000)
        #expect(g?.figure.qualifier == .moreThan)
    }

    @Test func withinADurationAfterAPastEventMeasuresIt() {
        let f = reader.figure("Engineers restored the service within six hours, the operator said.")
        #expect(f?.figure.value == 6)
        #expect(f?.figure.unit == "hours")
    }

    @Test func withinADurationAfterAnIrregularPastMeasuresIt() {
        let f = reader.figure("The first ambulance was at the scene within 11 minutes, the trust said.")
        #expect(f?.figure.value == 11)
        #expect(f?.figure.unit == "minutes")
    }

    @Test func withinADurationWithNoPastVerbIsAWindow() {
        #expect(reader.figures("Within three weeks, the bridge reopened.").isEmpty)
    }

    @Test func withinADurationPassedMeasuresIt() {
        let f = reader.figure("Most claims were settled within seven days of the crash.")
        #expect(f?.figure.value == 7)
        #expect(f?.figure.unit == "days")
    }

    @Test func withinADurationInAConditionIsAWindow() {
        #expect(reader.figures("The union said members would walk out if managers did not reply within seven days.").isEmpty)
    }

    @Test func aPriceInThousandsWithADot() {
        let f = reader.figure("Each nurse who moves to the town receives a grant of 7.000 lei.")
        #expect(f?.figure.value == 7_000)
        let price = reader.figure("A litre of diesel cost $3.490 at the pump.")
        #expect(price?.figure.value == 3.49)
    }

    @Test func withinADurationAheadIsAWindow() {
        #expect(reader.figures("The storm could strengthen into a major hurricane within 36 hours.").isEmpty)
        #expect(reader.figures("The council will publish its decision within two weeks.").isEmpty)
    }

    @Test func pluralsInMenAgesBetweenCommasAndDottedThousandsOfMoney() {
        // "-men" plurals count people; "specimen" never follows a number.
        let fishermen = reader.figure("At least 14 fishermen were unaccounted for after the storm.")
        #expect(fishermen?.figure.value == 14 && fishermen?.figure.unit == "fishermen" && fishermen?.figure.qualifier == .atLeast)
        #expect(reader.figure("Three gunmen fled on foot.")?.figure.unit == "gunmen")
        // Translated copy gives an age between commas after a name: no figure.
        #expect(reader.figures("Giuseppe Barra, 68 years, has hunted truffles since boyhood.").isEmpty)
        // A price has three decimals only for tenths of a cent: "5.200 euro" groups thousands, "€1.799" does not.
        #expect(reader.figures("White truffles reached 5.200 euro the kilo, and petrol €1.799 a litre.").map(\.figure.value) == [5200, 1.799])
        // Nor on ten units or more: "38.250 euro" is thousands.
        #expect(reader.figure("The damage came to 38.250 euro in all.")?.figure.value == 38_250)
        // Except where the minor unit is a thousandth (fils), and in exchange rates.
        #expect(reader.figure("The fine was KD 12.750.")?.figure.value == 12.75)
        #expect(reader.figure("The rupee closed at 83.125 rupees to the dollar.")?.figure.value == 83.125)
    }

    @Test func spelledPartitivesConcentrationsAndGluedShillings() {
        // "Two of the nine board members": both numbers count, as with digits ("312 of the 450 seats").
        #expect(reader.figures("Two of the nine board members argued for a hike.").map(\.figure.value) == [2, 9])
        #expect(reader.figure("Gas levels reached nearly 700 ppm at ground level.")?.figure.unit == "ppm")
        let ore = reader.figure("Milk is currently about 40 øre a litre.")
        #expect(ore?.figure.value == 0.4 && ore?.figure.unit == "DKK")
        // A capital and lowercase letters glued to plain digits are a currency; model names stay names.
        let shillings = reader.figures("Farmers will be paid Sh30 a kilo, down from Sh41, and porters Sh 300 a day.")
        #expect(shillings.map(\.figure.value) == [30, 41, 300] && shillings.allSatisfy { $0.figure.unit == "KES" })
        #expect(reader.figures("The F16 and the Mk2 flew along Route 66.").isEmpty)
    }
}
