import Foundation
import Testing
@testable import DossierKit

/// Translated copy puts the reporting verb after the quote, with the speaker after the verb («…», confides
/// the farmer). Every common reporting verb in every inflection attributes. Sentences written for these tests.
@Suite struct ReportingVerbInversionTests {
    let speaker = AttributionFixture.speaker

    @Test(arguments: ["confides", "confided", "concedes", "conceded", "relates", "estimates", "laments",
                      "specifies", "underlines", "insists", "stresses", "assures", "admits", "indicates",
                      "affirms", "declares", "recounts", "retorts", "deplores"])
    func invertedReportingVerbNamesTheSpeaker(_ verb: String) {
        let text = ["The harvest of the cooperative fell by a third this year.",
                    "«The frost took the buds in April», \(verb) the winegrower Paul Marchand."]
        #expect(speaker(text, "The frost took") == "Paul Marchand")
    }

    @Test func presentParticipleAfterACommaSharesTheSubject() {
        let text = ["Grain prices rose again, the ministry said on Monday, conceding “the reserves are too small”."]
        #expect(speaker(text, "the reserves are") == "the ministry")
    }

    @Test func estimatedAsAFigureQualifierIsNoSpeechVerb() {
        let text = ["An estimated 400 homes lost power, and the repairs were called “urgent” by engineers."]
        #expect(speaker(text, "urgent") != "An estimated 400 homes")
    }
}
