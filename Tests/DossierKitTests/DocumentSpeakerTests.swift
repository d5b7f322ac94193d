import Foundation
import Testing
@testable import DossierKit

/// A document that characterises something speaks for the body that wrote it: "the inspectorate's report
/// described the wiring as “dangerous”". Sentences written for these tests.
@Suite struct DocumentSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aBodysReportSpeaksForTheBody() {
        let text = ["The fire inspectorate's report described the wiring in the school as “dangerous and outdated”."]
        #expect(speaker(text, "dangerous and outdated") == "the fire inspectorate")
    }

    @Test func aBodyCharacterisingSomethingIsTheSpeaker() {
        let text = ["Locusts reached the border on Friday, and the agency called the swarms “highly mobile”."]
        #expect(speaker(text, "highly mobile") == "the agency")
    }

    @Test func aPersonsLetterStaysWithoutASpeakerWhenThePersonIsUnknown() {
        let text = ["His letter called the decision “a betrayal”."]
        #expect(speaker(text, "a betrayal") == .some(nil))
    }
}
