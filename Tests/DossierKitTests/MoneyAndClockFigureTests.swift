import Testing
@testable import DossierKit

/// Amounts in cents (spelled out, or "U.S. cents"), codes glued to bare digits ("RM150"), dots that
/// group thousands in currencies without decimals ("Rp 2.850"), scale words after a hyphen ("R340-million"),
/// shillings before or after the amount, exchange rates ("158 per dollar"), currencies named by their word, scaled amounts without binary-fraction noise,
/// hours of the day written as "hours" in translated copy, and things named by a number and "-er".
/// The sentences are written for these tests.
struct MoneyAndClockFigureTests {
    let reader = FigureReader()

    @Test func centsAreHundredthsOfTheCurrency() {
        let f = reader.figures("The miller lost 17 cents per share, against a profit of 6 cents a year earlier.")
        #expect(f.map(\.figure.value) == [0.17, 0.06])
        #expect(f.map(\.figure.unit) == ["USD", "USD"])
        let euro = reader.figure("The board proposed an interim dividend of 4.5 cent a share.")
        #expect(euro?.figure.value == 0.045)
        #expect(euro?.figure.unit == "EUR")
        // "per cent" stays a percentage.
        #expect(reader.figure("Sales rose 12 per cent.")?.figure.unit == "percent")
    }

    @Test func centsSpelledOutOrAfterTheCountrysLetters() {
        #expect(reader.figure("The processor said it lost nine cents per share.")?.figure.value == 0.09)
        // A spelled number ending the sentence has no word after it to read.
        #expect(reader.figures("It lost nine cents a share, then nine").first?.figure.value == 0.09)
        let us = reader.figures("Power costs up to 18 US cents per kilowatt-hour, and the loonie traded at 72.4 U.S. cents.")
        #expect(us.map(\.figure.value) == [0.18, 0.724])
        #expect(us.map(\.figure.unit) == ["USD", "USD"])
        // A lone "one cent" is no figure, as "one" never is.
        #expect(reader.figures("It was one cent.").isEmpty)
    }

    @Test func scaleWordsJoinedByAHyphen() {
        // Canadian and South African papers write "$1.2-billion", "R340-million".
        let f = reader.figures("The town owes Eskom R1.2-billion and the city will spend $340-million on transit.")
        #expect(f.map(\.figure.value) == [1_200_000_000, 340_000_000])
        #expect(f.map(\.figure.unit) == ["ZAR", "USD"])
        #expect(reader.figures("Scores were 3-1 and 2-0.").isEmpty)
    }

    @Test func anExchangeRateCountsTheCurrencyNamedBeforeIt() {
        let yen = reader.figure("The yen weakened past 158 per dollar on Friday.")
        #expect(yen?.figure.unit == "JPY")
        #expect(yen?.figure.subject == "yen per dollar")
        #expect(reader.figure("The rand traded at 17.2150 against the dollar.")?.figure.value == 17.215)
        // The currency may be named in the sentence before.
        let p = reader.paragraph(["The rupiah fell on Tuesday.", "Traders said it could test 17,000 per dollar."])
        #expect(p[1].first?.figure.unit == "IDR")
        // No currency named: no figure.
        #expect(reader.figures("Donors gave 5 per dollar raised.").isEmpty)
        // Three decimals stay decimals in a rate; the euro is quoted in dollars; a loan's currency lends nothing.
        #expect(reader.figure("The yen weakened to 157.855 per dollar.")?.figure.value == 157.855)
        #expect(reader.figure("The euro rose to 1.09 against the dollar.")?.figure.unit == "USD")
        let loan = reader.paragraph(["Egypt borrowed 5 billion euros last year.", "The pound could slide to 60 per dollar."])
        #expect(loan[1].allSatisfy { $0.figure.unit != "EUR" })
    }

    @Test func aCodeGluedToBareDigits() {
        let f = reader.figures("Hawkers pay RM90 now, a plate costs RM8 and the KD50 fine was paid.")
        #expect(f.map(\.figure.value).sorted() == [8, 50, 90])
        #expect(Set(f.map(\.figure.unit)) == ["MYR", "KWD"])
        // Model and flight names keep their digits.
        #expect(reader.figures("Flight MH17 was shot down and he bought a PS5.").isEmpty)
        #expect(reader.figures("Researchers studied the NPR1 gene and the BD2 variant.").isEmpty)
    }

    @Test func aCurrencyWithoutDecimalsGroupsThousandsWithADot() {
        #expect(reader.figure("Farmgate prices dropped to Rp 2.850 per kilogram this week.")?.figure.value == 2850)
        #expect(reader.figure("Fares rose to 7.500 yen.")?.figure.value == 7500)
        // A price in a currency with cents keeps its three decimals.
        #expect(reader.figure("Petrol costs €1.799 a litre.")?.figure.value == 1.799)
    }

    @Test func shillingsBeforeOrAfterTheAmount() {
        let f = reader.figures("Porters must be paid not less than shillings 30,000 per day, up from 20,000 shillings.")
        #expect(f.map(\.figure.value) == [30_000, 20_000])
        #expect(f.first?.figure.qualifier == .atLeast)
        #expect(f.allSatisfy { $0.figure.unitKind == .money })
    }

    @Test func currenciesNamedByTheirWord() {
        let f = reader.figures("The ministry set aside 52 million lari, the region 3.1 billion tenge and the co-operative 800,000 CFA francs.")
        #expect(f.map(\.figure.unit) == ["GEL", "KZT", "XOF"])
        #expect(f.map(\.figure.value) == [52_000_000, 3_100_000_000, 800_000])
    }

    @Test func currencyCodesOfEastAfricaAndTheGulf() {
        let f = reader.figures("The Shs14.6b road cost Shs3.2 billion more, a ride costs Rwf650,000 and the fine is up to BD 500.")
        #expect(f.map(\.figure.value) == [14_600_000_000, 3_200_000_000, 650_000, 500])
        #expect(f.map(\.figure.unit) == ["UGX", "UGX", "RWF", "BHD"])
        let gulf = reader.figures("Revenue fell to OMR 2.3 million, and profit rose to JD 8.4 million.")
        #expect(gulf.map(\.figure.unit) == ["OMR", "JOD"])
    }

    @Test func isoCodesInCapitalsBeforeOrAfterTheAmount() {
        let f = reader.figures("The fund lent NGN 410 billion, the port paid 97 million XOF and the mill owes 6 650 MDL.")
        #expect(f.map(\.figure.value) == [410_000_000_000, 97_000_000, 6_650])
        #expect(f.map(\.figure.unit) == ["NGN", "XOF", "MDL"])
        // After a preposition a code is no model name ("from XOF 200", unlike "the Airbus A 380").
        #expect(reader.figures("Tickets were sold from XOF 200 to XOF 500.").map(\.figure.unit) == ["XOF", "XOF"])
        // In lower case a code is a word, and a capitalised headline word stays one.
        #expect(reader.figure("The top 10 players all scored.")?.figure.unit == "players")
        #expect(reader.figure("ALL 5 MINERS RESCUED")?.figure.unit != "ALL")
    }

    @Test func aCapitalPGluedToAnAmountIsPhilippinePesos() {
        let f = reader.figures("Crop damage reached P2.3 billion, and each family gets P10,000.")
        #expect(f.map(\.figure.unit) == ["PHP", "PHP"])
        #expect(f.map(\.figure.value) == [2_300_000_000, 10_000])
        // Not before bare digits, nor standing apart.
        #expect(reader.figures("He filled in a P45 form.").isEmpty)
        #expect(reader.figure("See P 5 for the details of 40 schools.")?.figure.unit == "schools")
    }

    @Test func currencyWordsOfTheBalkans() {
        let f = reader.figures("Rose oil fetched 1,20 leva more, 40 stotinki above last year; the permit costs 500 lekë and the bonus 3.000 denari.")
        #expect(f.map(\.figure.unit) == ["BGN", "BGN", "ALL", "MKD"])
        #expect(f.map(\.figure.value) == [1.2, 0.4, 500, 3000])
    }

    @Test func currencyWordsOfCentralAsiaAndTheirHundredths() {
        let f = reader.figures("A fine of 20,000 somoni, 1,500 sum a kilo, 8,000 drams a month and 35 tetri per kilogram.")
        #expect(f.map(\.figure.unit) == ["TJS", "UZS", "AMD", "GEL"])
        #expect(f.last?.figure.value == 0.35)
    }

    @Test func aScaledDecimalIsTheWholeNumberItNames() {
        #expect(reader.figure("The firm reported a profit of $4.1 million.")?.figure.value == 4_100_000)
        #expect(reader.figure("Exports reached 0.7 billion euros.")?.figure.value == 700_000_000)
    }

    @Test func anHourOfTheDayWrittenAsHoursIsNoFigure() {
        #expect(reader.figures("The taxis may not circulate between 21 hours and 5 hours of the morning.").isEmpty)
        #expect(reader.figures("The fishmonger packs up towards 20 hours, and the ban applies from 22 hours.").isEmpty)
        // A duration stays one: how long, or a change in how long.
        let durations = reader.figures("The search lasted 20 hours, and waiting times fell from 18 hours to 11 hours.")
        #expect(durations.map(\.figure.value) == [20, 18, 11])
        #expect(reader.figures("Overtime is capped at 12 hours.").map(\.figure.value) == [12])
        #expect(reader.figures("Shifts went from 14 hours to 9 hours.").map(\.figure.value) == [14, 9])
    }

    @Test func aThingNamedByANumberAndErCountsNothing() {
        #expect(reader.figures("Her final two-pointer dropped through, and the town bought a double-decker and three-wheelers.").isEmpty)
        #expect(reader.figure("She scored six two-pointers.")?.figure.value == 6)
    }
}

/// South Asian amounts: currency abbreviations with a stop ("Rs. 148 million"), the taka, ngultrum and
/// rufiyaa, and lakh, crore and arba with their lower groups ("Rs 12 crore 50 lakh"). Sentences written for these tests.
struct SouthAsianMoneyFigureTests {
    let reader = FigureReader()

    @Test func currencyAbbreviationsWithAStopDoNotEndTheSentence() async throws {
        let article = """
        ---
        title: "Fence cost questioned"
        outlet: Island Daily
        published: 2025-06-02
        ---
        The electric fence was installed at a cost of Rs. 148 million in 2023, the committee heard.
        """
        let site = try TestSite(articles: ["fence.md": article])
        defer { site.remove() }
        try await site.build()
        let claims = try #require(site.export()["claims"] as? [[String: Any]])
        let money = claims.filter { $0["kind"] as? String == "figure" }
        #expect(money.compactMap { $0["value"] as? Double } == [148_000_000])
        #expect((money.first?["text"] as? String)?.hasPrefix("The electric fence") == true)
    }

    @Test func regionalCurrencyCodesAndWords() {
        #expect(reader.figures("Hilsa sold for Tk 1,400 a kilogram.").map(\.figure.unit) == ["BDT"])
        let nu = reader.figures("Cordyceps fetched Nu 1.12 million a kilogram, down from Nu 1.45m.")
        #expect(nu.map(\.figure.value) == [1_120_000, 1_450_000])
        #expect(nu.map(\.figure.unit) == ["BTN", "BTN"])
        #expect(reader.figure("Crews earned about 4,000 rufiyaa each.")?.figure.unit == "MVR")
    }

    @Test func lakhCroreAndArbaWithTheirLowerGroups() {
        #expect(reader.figures("Rs 12 crore 50 lakh was allocated.").map(\.figure.value) == [125_000_000])
        #expect(reader.figures("The trip costs Rs 1 lakh 40 thousand.").map(\.figure.value) == [140_000])
        #expect(reader.figures("Apples worth Rs 1 arba 10 crore were sold.").map(\.figure.value) == [1_100_000_000])
    }
}
