import Testing
@testable import DossierKit

/// Speakers described by their trade ("a Rotterdam-based grain broker"), asides between the speaker and the
/// verb or the next quote ("asked about the orders", "38, whose son is missing", "orally"), and an age in
/// brackets before where the speaker is from. Sentences written for these tests.
@Suite struct AsideAndTradeSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aTradeNamesAnUnnamedSpeaker() {
        let text = [
            "\"Mills are simply not buying at these prices,\" a Rotterdam-based grain broker said, declining to be named.",
        ]
        #expect(speaker(text, "Mills are simply not buying") == "a Rotterdam-based grain broker")
    }

    @Test func aPassiveParticipleOfSpeechAsAnAside() {
        let text = [
            "Mr. Tanaka-Reyes, asked whether the plant was behind, conceded that \"a handful of orders\" had slipped.",
        ]
        #expect(speaker(text, "a handful of orders") == "Tanaka-Reyes")
    }

    @Test func aSplitQuoteAroundAnAgeAndARelativeClause() {
        let text = [
            "\"We lost the house and the goats,\" said Maya Gurung, 41, whose father and brother are still missing, \"and now we sleep at the school.\"",
            "\"The rice needed one more week,\" said Ravi Patil, who farms 4 acres near the river, \"and now it is flat.\"",
        ]
        #expect(speaker(text, "and now we sleep") == "Maya Gurung")
        #expect(speaker(text, "and now it is flat") == "Ravi Patil")
    }

    @Test func aMannerAdverbBeforeTheVerb() {
        let text = [
            "\"Then what is the use of the money?\" Justice K.M. Menon orally asked.",
        ]
        #expect(speaker(text, "Then what is the use") == "K.M. Menon")
    }

    @Test func anAgeInBracketsThenWhereTheSpeakerIsFrom() {
        let text = [
            "Another grower Nasima Akter (52) of Rajbari said, 'The cold store took half the price.'",
        ]
        #expect(speaker(text, "The cold store took") == "Nasima Akter")
    }
}
