import Foundation
import Testing
@testable import DossierKit

/// In a feature about one person, their unattributed words about themselves (`ProfileSubject`).
/// Sentences written for these tests.
@Suite struct ProfileSubjectTests {
    let speaker = AttributionFixture.speaker

    /// A profile of a lighthouse keeper: she is most of the names and pronouns in it.
    let profile = [
        "Ida Sorensen, 64, has climbed the 112 steps of the Hvide Sande light every night since 1989.",
        "Sorensen grew up two kilometres from the tower. She still lives in the keeper's cottage.",
        "“I knew every ship by its lights before I could read,” she says.",
        "The tower was automated in 2004. She stayed on as its caretaker.",
        "Each spring she paints the railings. Sorensen does it alone.",
        "The beam reaches 30 kilometres. She checks the lamp at dusk.",
        "“My job now is mostly paint and patience.”",
    ]

    @Test func firstPersonQuoteInAProfileIsTheSubjects() {
        #expect(speaker(profile, "My job now") == "Ida Sorensen")
    }

    @Test func anotherPersonNamedBeforeTheQuoteTakesItAway() {
        var text = profile
        text[5] = "The beam reaches 30 kilometres, said harbour master Lars Holm, who hired her."
        #expect(speaker(text, "My job now") == .some(nil))
    }

    @Test func aRelativeIntroducedBeforeTheQuoteTakesItAway() {
        var text = profile
        text[5] = "Her husband built the boat shed behind the cottage."
        #expect(speaker(text, "My job now") == .some(nil))
    }

    @Test func aQuoteWithoutFirstPersonIsNotGiven() {
        var text = profile
        text[6] = "“Paint and patience.”"
        #expect(speaker(text, "Paint and patience") == .some(nil))
    }

    @Test func anArticleAboutSeveralPeopleHasNoSubject() {
        let text = [
            "Councillor Rosa Lind and mayor Tom Erikson clashed over the harbour plan on Monday.",
            "Lind wants the old pier kept. Erikson wants it replaced.",
            "“I will not sign a plan that ruins the waterfront,” Lind said.",
            "Erikson said the pier was unsafe, and Lind disagreed.",
            "“My door is open.”",
        ]
        #expect(speaker(text, "My door is open") == .some(nil))
    }
}
