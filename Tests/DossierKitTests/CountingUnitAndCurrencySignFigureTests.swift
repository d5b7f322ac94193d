import Testing
@testable import DossierKit

/// Chinese and Japanese counting units as machine translation writes them ("38.62 100 million yuan",
/// "1,286 ten thousand pieces"), currency signs with letters before them (GH¢, TT$, NT$, L$) on both ends
/// of a range, glued dalasis, codes of West African currencies, and "4 hours of the morning" as a clock time.
/// The sentences are written for these tests.
struct CountingUnitAndCurrencySignFigureTests {
    let reader = FigureReader()

    @Test func tenThousandAndAHundredMillionAreUnitsOfCounting() {
        let f = reader.figures("The group realized revenue 52.07 100 million yuan and shipped 2,315 ten thousand sets, against 3.4 hundred million yuan of costs.")
        #expect(f.map(\.figure.value) == [5_207_000_000, 23_150_000, 340_000_000])
        #expect(f.map(\.figure.unit) == ["CNY", "sets", "CNY"])
        // "28 100 million" is 2.8 billion, not 28,100 million read as a group of thousands.
        #expect(reader.figure("The funds raised will not exceed 28 100 million yuan.")?.figure.value == 2_800_000_000)
        // A year before the unit is no number to multiply.
        #expect(!reader.figures("In 2024 10 thousand people left the valley.").contains { $0.figure.value > 1_000_000 })
        // A plain "100 million" stays what it says.
        #expect(reader.figure("The town spent 100 million yen on the bridge.")?.figure.value == 100_000_000)
    }

    @Test func lettersBeforeADollarOrCediSign() {
        let f = reader.figures("The utility lost NT$640 million, a retune costs J$9,000 and a bag of rice L$3,400.")
        #expect(f.map(\.figure.unit) == ["TWD", "JMD", "LRD"])
        let cedis = reader.figures("The club was fined GH¢40,000 and paid GH¢1.2 million in bonuses.")
        #expect(cedis.map(\.figure.value) == [40_000, 1_200_000])
        #expect(cedis.map(\.figure.unit) == ["GHS", "GHS"])
    }

    @Test func aRangeWithTheSignAndItsLettersOnBothAmounts() {
        let f = reader.figures("Porters earn between GH¢60 and GH¢90 a day.")
        #expect(f.count == 1)
        #expect(f.first?.figure.qualifier == .between)
        #expect(f.first?.figure.high == 90)
    }

    @Test func westAfricanCurrencies() {
        let f = reader.figures("Onions sold for D1,750 a bag, the state released 3 billion FCFA and each family gets NLe 8,000.")
        #expect(f.map(\.figure.unit) == ["GMD", "XOF", "SLE"])
        #expect(f.map(\.figure.value) == [1_750, 3_000_000_000, 8_000])
        // A capital D before bare digits is a road or a vitamin, not money.
        #expect(reader.figures("The D914 was closed for repairs.").isEmpty)
    }

    @Test func hoursOfTheMorningAreAClockTime() {
        #expect(reader.figures("The water reached the roof at 5 hours of the morning.").isEmpty)
        #expect(reader.figure("Rescuers searched for 5 hours in the dark.")?.figure.value == 5)
        // "in the morning" says when the hours were spent, not what hour it was.
        #expect(reader.figure("Volunteers sorted parcels for 4 hours in the morning.")?.figure.value == 4)
    }
}
