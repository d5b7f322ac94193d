import Foundation
import Testing
@testable import DossierKit

@Suite struct StatementExtractorTests {
    let extractor = StatementExtractor(rules: AttributionFixture.rules)

    func statements(headline: String? = nil, _ paragraphs: [String]) -> [Claim] {
        let claims = extractor.extract(AttributionFixture.article(headline: headline, paragraphs))
        for c in claims { #expect(c.text.contains(c.surface), "surface must be part of the sentence") }
        return claims
    }

    /// The one statement of a one-sentence article.
    func statement(_ sentence: String) -> Statement? {
        let c = statements([sentence])
        #expect(c.count <= 1)
        return c.first?.statement
    }

    @Test func accordingToAsserts() {
        let s = statement("According to the coast guard, 12 fishermen are still missing off the coast.")
        #expect(s?.stance == .asserted)
        #expect(s?.source == "the coast guard")
        #expect(s?.proposition == "12 fishermen are still missing off the coast")
        let after = statement("Turnout reached 61 percent, according to the electoral commission.")
        #expect(after?.source == "the electoral commission")
        #expect(after?.proposition == "Turnout reached 61 percent")
        let anonymous = statement("According to reports, the striker will move to Madrid.")
        #expect(anonymous?.stance == .asserted)
        #expect(anonymous?.source == nil)
    }

    @Test func reportedSpeechAsserts() {
        let s = statement("The airline said on Tuesday that all flights would resume by noon.")
        #expect(s?.stance == .asserted)
        #expect(s?.source == "the airline")
        #expect(s?.proposition == "all flights would resume by noon")
        let told = statement("Acme's chief executive told reporters the company had not been hacked.")
        #expect(told?.stance == .asserted)
        #expect(told?.proposition == "the company had not been hacked")
        let says = statement("The government says it has reliable information that the ferry was overloaded.")
        #expect(says?.source == "the government")
        #expect(says?.proposition == "the ferry was overloaded")
        let tail = statement("The bridge will stay closed until Friday, police said.")
        #expect(tail?.stance == .asserted)
        #expect(tail?.source == "police")
        #expect(tail?.proposition == "The bridge will stay closed until Friday")
    }

    @Test func confirmationWithSources() {
        let s = statement("The health ministry confirmed that 14 patients had died.")
        #expect(s?.stance == .confirmed)
        #expect(s?.source == "the health ministry")
        #expect(s?.proposition == "14 patients had died")
        #expect(s?.cue == "confirmed")
        let after = statement("After the ministry and the army confirmed the deaths, the president declared a day of mourning.")
        #expect(after?.stance == .confirmed)
        #expect(after?.source == "the ministry and the army")
        #expect(after?.proposition == "the deaths")
    }

    @Test func denials() {
        let s = statement("The company denied the allegations of fraud.")
        #expect(s?.stance == .denied)
        #expect(s?.source == "the company")
        #expect(s?.proposition == "the allegations of fraud")
        let both = statement("However, both the club and the player deny any wrongdoing.")
        #expect(both?.stance == .denied)
        #expect(both?.source == "the club and the player")
        let dismissed = statement("The club has dismissed the reports as pure speculation.")
        #expect(dismissed?.stance == .denied)
        #expect(dismissed?.proposition == "the reports")
        // Not denials: a court dismissing a case, a passive, a negated denial.
        #expect(statement("The court dismissed the case on Monday.") == nil)
        #expect(statement("He was denied bail.") == nil)
        #expect(statement("The mayor did not deny that the budget was overspent.")?.stance != .denied)
    }

    @Test func notConfirmed() {
        let neither = statement("Neither the police nor the hospital confirmed the identity of the victims.")
        #expect(neither?.stance == .notConfirmed)
        #expect(neither?.source == "the police and the hospital")
        #expect(neither?.proposition == "the identity of the victims")
        let has = statement("The army has not confirmed the figure.")
        #expect(has?.stance == .notConfirmed)
        #expect(has?.source == "the army")
        let declined = statement("A spokesman declined to confirm the report.")
        #expect(declined?.stance == .notConfirmed)
        #expect(declined?.source == "a spokesman")
        #expect(declined?.cue == "declined to confirm")
        let verified = statement("The claims could not be independently verified.")
        #expect(verified?.stance == .notConfirmed)
        #expect(verified?.source == nil)
        #expect(verified?.proposition == "The claims")
    }

    @Test func hedges() {
        let r = statement("The suspect reportedly fled to Spain.")
        #expect(r?.stance == .hedged)
        #expect(r?.cue == "reportedly")
        let believed = statement("The rebels are believed to control the airport.")
        #expect(believed?.stance == .hedged)
        #expect(believed?.cue == "are believed to")
        let unconfirmed = statement("According to unconfirmed reports, the striker will sign on Friday.")
        #expect(unconfirmed?.stance == .hedged)
        #expect(unconfirmed?.source == nil)
        let could = statement("The storm could reach the coast by Sunday.")
        #expect(could?.stance == .hedged)
        #expect(could?.cue == "could")
        // A modal in a condition or a question hedges nothing.
        #expect(statement("If the talks fail, prices may rise.") == nil)
        #expect(statement("Could the storm reach the coast?") == nil)
    }

    @Test func quotesAloneAreNotStatements() {
        #expect(statement("“We are ready,” the coach said.") == nil)
        #expect(statement("The minister said: “We are ready.”") == nil)
        #expect(statement("“We deny everything,” the lawyer said.") == nil)
        let that = statement("The minister said that “the army is ready.”")
        #expect(that?.stance == .asserted)
        #expect(that?.source == "the minister")
    }

    @Test func strongestStanceWinsAndOnePerSentence() {
        let c = statements(["The ministry said the report was false and denied any wrongdoing. Officials reportedly met on Sunday, police confirmed."])
        #expect(c.count == 2)
        #expect(c.first?.statement?.stance == .denied)
        #expect(c.first?.statement?.source == "the ministry")
        #expect(c.last?.statement?.stance == .confirmed)
    }

    @Test func sourcesResolveToFullNames() {
        let c = statements(headline: "Kremlin denies troop build-up", [
            "Foreign Minister Penny Wong spoke in Canberra on Monday.",
            "Wong confirmed that the embassy had been closed.",
            "Later, the foreign minister said the staff were safe.",
        ])
        #expect(c.first?.inHeadline == true)
        #expect(c.first?.statement?.stance == .denied)
        #expect(c.first?.statement?.source == "Kremlin")
        #expect(c.contains { $0.statement?.stance == .confirmed && $0.statement?.source == "Penny Wong" })
        #expect(c.contains { $0.statement?.stance == .asserted && $0.statement?.source == "Penny Wong" })
    }

    @Test func withheldAnswersAreNotConfirmed() {
        let declined = statement("The airline declined to say how many flights were cancelled.")
        #expect(declined?.stance == .notConfirmed)
        #expect(declined?.source == "the airline")
        let silent = statement("The company did not respond to a request for comment.")
        #expect(silent?.stance == .notConfirmed)
        #expect(silent?.source == "the company")
        #expect(statement("The minister could not be reached for comment.")?.stance == .notConfirmed)
        #expect(statement("The ministry did not immediately respond to requests for comment on Tuesday.")?.stance == .notConfirmed)
        #expect(statement("The results have not been independently replicated.")?.stance == .notConfirmed)
        let neither = statement("Neither airline has confirmed the merger.")
        #expect(neither?.stance == .notConfirmed)
    }

    @Test func chargesAndCharacterisationsAssert() {
        let accused = statement("The opposition leader accused the government of hiding the true death toll.")
        #expect(accused?.stance == .asserted)
        #expect(accused?.source == "the opposition leader")
        #expect(accused?.cue == "accused")
        let called = statement("Coach Maria Silva called the referee's decision “a disgrace”.")
        #expect(called?.stance == .asserted)
        #expect(called?.source == "Maria Silva")
        let described = statement("The central bank described the slowdown as temporary.")
        #expect(described?.source == "the central bank")
        // All that is said is quoted: a quote, not a statement; and "called a strike" names nothing.
        #expect(statement("The mayor called it “a tragedy”.") == nil)
        #expect(statement("The union called a strike for Monday.") == nil)
        #expect(statement("Residents told a different story.") == nil)
        #expect(statement("The move drew sharp criticism from neighbouring states and international observers.") == nil)
        #expect(statement("The mayor mentioned the weather.") == nil)
    }

    @Test func estimatesEvidenceAndCourtReporting() {
        let put = statement("Organisers put the number of marchers at more than 50,000.")
        #expect(put?.stance == .asserted)
        #expect(put?.source == "Organisers")
        let bracket = statement("The state rail operator (SNR) put the cost at 40 million euros.")
        #expect(bracket?.source == "the state rail operator")
        #expect(statement("Storm losses put at $2 million") == nil)
        let data = statement("Figures from the statistics office show unemployment rose to 6 percent in May.")
        #expect(data?.stance == .asserted)
        #expect(data?.source == "the statistics office")
        let study = statement("A study published in May found that the drug cut deaths by 20 percent.")
        #expect(study?.source == "a study")  // "May" here is a month, not a modal
        #expect(study?.proposition == "the drug cut deaths by 20 percent")
        let court = statement("The court heard that the defendant had moved the money abroad.")
        #expect(court?.stance == .asserted)
        #expect(court?.source == nil)
        #expect(court?.proposition == "the defendant had moved the money abroad")
    }

    @Test func moreHedges() {
        #expect(statement("The storm appeared to weaken overnight.")?.stance == .hedged)
        #expect(statement("It is likely that the vote will be delayed.")?.stance == .hedged)
        #expect(statement("The damage amounts after first estimates to 2 million euros.")?.stance == .hedged)
        // A modal before a trailing attribution hedges, tentative or not (the development annotations mark
        // "The fire may have started …, the newspaper reported" hedged).
        let study = statement("Prices may rise further next year, a study by the central bank suggests.")
        #expect(study?.stance == .hedged)
        #expect(study?.source == "the central bank")
        #expect(statement("Prices may rise further next year, the minister said.")?.stance == .hedged)
        let suggesting = statement("Analysts are suggesting that the merger could collapse.")
        #expect(suggesting?.stance == .hedged)
        #expect(suggesting?.source == "Analysts")
    }

    @Test func reportedSpeechAfterAdverbialsAndFrontedAs() {
        let event = statement("The coach said at a news conference on Friday that the striker would stay.")
        #expect(event?.stance == .asserted)
        #expect(event?.proposition == "the striker would stay")
        let two = statement("The government said that 40 people died and that 12 were missing.")
        #expect(two?.proposition.hasPrefix("40 people died") == true)
        let about = statement("The governor said about 300 homes had been damaged.")
        #expect(about?.source == "the governor")
        #expect(about?.proposition == "about 300 homes had been damaged")
        let warns = statement("The weather service warns of heavy snow on Monday.")
        #expect(warns?.stance == .asserted)
        #expect(warns?.source == "the weather service")
        let fronted = statement("As the police reported, the road was closed for three hours.")
        #expect(fronted?.source == "the police")
        #expect(fronted?.proposition == "the road was closed for three hours")
        let relative = statement("The airline, which operates 300 flights a day, said that all flights would resume.")
        #expect(relative?.source == "the airline")
        let named = statement("The national rail company, Railco, warned that delays could last a week.")
        #expect(named?.source == "Railco")
    }

    @Test func twoSourcesInTwoClausesGiveTwoStatements() {
        let two = statements(["The ministry said that 12 people had died, while the army denied that soldiers had fired on the crowd."])
        #expect(two.count == 2)
        #expect(Set(two.compactMap { $0.statement?.stance }) == [.asserted, .denied])
        #expect(Set(two.compactMap { $0.statement?.source }) == ["the ministry", "the army"])
        let framed = statements(["The agency reported that the council met after the police said that the suspect had fled."])
        #expect(framed.count == 2)
        // One source reporting another's words inside its own claim is one statement.
        #expect(statements(["The minister said that the army had denied the reports."]).count == 1)
        #expect(statements(["After the ministry confirmed the deaths, the president declared a day of mourning."]).count == 1)
    }

    @Test func lexiconTableFindsEveryWordAndNothingElse() {
        let vocab = AttributionVocabulary(rules: AttributionFixture.rules)
        #expect(vocab.speechVerbs.allSatisfy { vocab.classes(of: $0).contains(.speechVerbs) })
        #expect(vocab.titles.allSatisfy { vocab.classes(of: $0).contains([.titles, .roleNoun]) })
        #expect(vocab.negation.allSatisfy { vocab.classes(of: $0).contains(.negation) })  // "can’t": non-ASCII
        #expect(vocab.classes(of: "officials").contains(.roleNoun))
        #expect(vocab.classes(of: "") == [])
        #expect(vocab.classes(of: "saidx") == [])
        #expect(vocab.classes(of: "Said") == [])  // lookups are of lowercased words
    }

    @Test func hostileInputDoesNotCrash() {
        let words = (0..<5_000).map { _ in "said that" }.joined(separator: " ")
        let c = statements([words + ".", String(repeating: "neither nor confirmed ", count: 300),
                            "Президент заявил, что войска не будут отправлены.", "denied"])
        #expect(c.allSatisfy { $0.statement!.proposition.split(separator: " ").count <= AttributionLimits.maxPropositionTokens })
    }
}
