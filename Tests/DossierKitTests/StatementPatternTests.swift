import Foundation
import Testing
@testable import DossierKit

/// Statement patterns beyond "X said that …": a claim opening with a number, a participle sharing the
/// subject, listeners with an article, a second statement after ", a claim X denied" or in a clause of
/// its own, and what must stay no statement. Sentences written for these tests.
@Suite struct StatementPatternTests {
    let extractor = StatementExtractor(rules: AttributionFixture.rules)

    func statements(_ paragraphs: [String]) -> [Statement] {
        let claims = extractor.extract(AttributionFixture.article(paragraphs))
        for c in claims { #expect(c.text.contains(c.surface), "surface must be part of the sentence") }
        return claims.compactMap(\.statement)
    }

    @Test func reportedClaimOpeningWithANumber() {
        let s = statements(["The airport said 340 flights had been cancelled by midday."])
        #expect(s.count == 1)
        #expect(s.first?.stance == .asserted)
        #expect(s.first?.source == "the airport")
        #expect(s.first?.proposition == "340 flights had been cancelled by midday")
        let money = statements(["The auditor said $4 million could not be accounted for."])
        #expect(money.first?.source == "the auditor")
    }

    @Test func unnamedAndRefusingSources() {
        let passive = statements(["In its bulletin, it was stated that 43 buildings had been damaged."])
        #expect(passive.first?.stance == .asserted)
        #expect(passive.first?.source == nil)
        #expect(passive.first?.proposition == "43 buildings had been damaged")
        // "it is believed that" stays a hedge.
        #expect(statements(["It is believed that 40 people died."]).first?.stance == .hedged)
        let ruleOut = statements(["The minister has refused to rule out recovering the overpayments."])
        #expect(ruleOut.first?.stance == .notConfirmed)
        let rejected = statements(["The employer rejected the union's description of the plant as unsafe."])
        #expect(rejected.first?.stance == .denied)
        #expect(rejected.first?.source == "the employer")
    }

    @Test func participleAfterACommaSharesTheSubject() {
        let disputed = statements(["The club disputed those figures, saying the stadium had been full."])
        #expect(disputed.first?.stance == .denied)
        #expect(disputed.first?.source == "the club")
        let adding = statements(["“We will rebuild,” the mayor said, adding that the city had applied for federal aid."])
        #expect(adding.count == 1)
        #expect(adding.first?.stance == .asserted)
        #expect(adding.first?.source == "the mayor")
        #expect(adding.first?.proposition == "the city had applied for federal aid")
    }

    @Test func toldWithAnArticleBeforeTheListener() {
        let s = statements(["The witness told the court that she had seen the car leave at midnight."])
        #expect(s.first?.stance == .asserted)
        #expect(s.first?.source == "the witness")
    }

    @Test func claimSummedUpByAnotherSource() {
        let denied = statements(["The landlord said tenants had been warned in March, a claim the residents' association denied."])
        #expect(denied.map(\.stance) == [.denied, .asserted])
        #expect(denied.first?.source == "the residents' association")
        #expect(denied.last?.source == "the landlord")
        #expect(denied.last?.proposition == "tenants had been warned in March")
        let unconfirmed = statements(["The operator said 90% of homes had power again, a figure the regulator has not confirmed."])
        #expect(Set(unconfirmed.map(\.stance)) == [.asserted, .notConfirmed])
        #expect(unconfirmed.first { $0.stance == .notConfirmed }?.source == "the regulator")
    }

    @Test func secondSourceInAClauseOfItsOwn() {
        let but = statements(["The carmaker reported a sharp drop in sales, but its chief executive said the worst was over."])
        #expect(but.count == 2)
        let declined = statements(["The video could not be independently verified, and the army declined to comment."])
        #expect(declined.map(\.stance) == [.notConfirmed, .notConfirmed])
        #expect(declined.last?.source == "the army")
        // A noun compound is no clause of its own: "a flood warning remains".
        let warning = statements(["Heavy rain is expected on Friday, the weather service said, and a flood warning remains in place."])
        #expect(!warning.contains { $0.cue == "warning" })
    }

    /// The source hedges its own claim with "likely to" (the development sets from heldout2 on annotate it
    /// hedged); a "likely" only in a later "and that" clause leaves the first claim asserted.
    @Test func likelyInsideReportedSpeechHedgesTheSourcesClaim() {
        let s = statements(["Engineers said the bridge was likely to reopen in May."])
        #expect(s.map(\.stance) == [.hedged])
        #expect(s.first?.source == "engineers" || s.first?.source == "Engineers")
        let later = statements(["Engineers said 12 homes had been lost, including a school, and that the number was likely to rise."])
        #expect(later.first?.stance == .asserted)
    }

    @Test func passiveReportingVerbsNameNoSource() {
        let s = statements(["The cover had been agreed in advance and that nobody would be harmed."])
        #expect(!s.contains { $0.source == "The cover" || $0.source == "the cover" })
        let told = statements(["Staff were told that the branch would close in June."])
        #expect(!told.contains { $0.source?.lowercased() == "staff" })
    }

    @Test func accordingToANounThatIsAlsoASpeechVerb() {
        let s = statements(["Temperatures reached 44C, according to the state weather service."])
        #expect(s.first?.source == "the state weather service")
        let post = statements(["The fire was contained, according to a post by the county fire department."])
        #expect(s.count == 1 && post.count == 1)
    }

    @Test func reportedGuessAboutThePastOrLikelihoodIsHedged() {
        let past = statements(["Investigators said the fire may have started in the kitchen."])
        #expect(past.first?.stance == .hedged)
        #expect(past.first?.source?.lowercased() == "investigators")
        let likely = statements(["The agency said the number of victims was likely to rise."])
        #expect(likely.first?.stance == .hedged)
        #expect(likely.first?.source == "the agency")
        // A forecast with a plain modal is offered as a possibility: hedged, by the annotation policy.
        let forecast = statements(["The agency said the river could reach its peak on Friday."])
        #expect(forecast.first?.stance == .hedged)
    }

    @Test func beliefAndInferenceHedgeWithoutAModal() {
        let believe = statements(["Detectives believe the stolen engines were shipped abroad within days."])
        #expect(believe.first?.stance == .hedged)
        #expect(believe.first?.source == "Detectives")
        let suggest = statements(["Early sampling suggests the spill reached the estuary overnight."])
        #expect(suggest.first?.stance == .hedged)
        #expect(statements(["The fire was started deliberately, investigators believe."]).first?.stance == .hedged)
        // Saying stays asserting.
        #expect(statements(["Detectives said the stolen engines were shipped abroad within days."]).first?.stance == .asserted)
    }

    @Test func aRoleThenWhereTheyAreIsTheDescribedPersonNotThePlace() {
        let s = statements(["A ministry official in Nouakchott said the government planned to extend the flights."])
        #expect(s.first?.source == "a ministry official in Nouakchott")
    }

    @Test func relativeClauseInsideWhatWasSaid() {
        let s = statements(["Police said Jane Roe, who ran the club for a decade, had taken the money over six years."])
        #expect(s.first?.stance == .asserted)
        #expect(s.first?.source == "police" || s.first?.source == "Police")
        #expect(s.first?.proposition.hasSuffix("had taken the money over six years") == true)
    }

    @Test func verbBaseFormModifyingANounIsNoVerb() {
        let media = statements(["North Korean state media said the launch had been a success."])
        #expect(media.first?.source == "North Korean state media")
        let guidelines = statements(["He faces ten years in prison, though state guidelines are expected to call for far less."])
        #expect(guidelines.first?.stance == .hedged)
        // A plural subject before the verb keeps it a verb: a place, a parenthesis, a count of people.
        #expect(statements(["Doctors in Gaza say supplies are running out."]).first?.source?.lowercased() == "doctors in gaza")
        #expect(statements(["Residents, however, say prices are too high."]).first?.stance == .asserted)
        #expect(statements(["A majority say the plan is unfair."]).first?.stance == .asserted)
    }

    @Test func aReportThatRejectsSomethingIsNoDenialBySomeoneAfterTheVerb() {
        #expect(!statements(["The report, commissioned by the council, rejected calls for a ban."]).contains { $0.stance == .denied && $0.source == "calls for a ban" })
    }

    @Test func disputingAClaimByPronounOrThatClauseIsADenial() {
        let s = statements(["Mayor Paul Brandt said the river was safe.", "Lena Ortiz, a campaigner with a river trust, disputed that."])
        #expect(s.last?.stance == .denied)
        #expect(s.last?.source == "Lena Ortiz")
        let clause = statements(["The club disputed that the match had been fixed."])
        #expect(clause.first?.stance == .denied)
        #expect(clause.first?.proposition == "the match had been fixed")
        // Rejecting an offer is no denial.
        let offer = statements(["The union rejected the offer on Friday."])
        #expect(!offer.contains { $0.stance == .denied })
    }

    @Test func notWantingToConfirmIsNotConfirming() {
        let want = statements(["The mayor did not want to confirm whether the pool would close."])
        #expect(want.first?.stance == .notConfirmed)
        #expect(want.first?.source == "the mayor")
        let wished = statements(["The prosecutor has not wished to confirm this information."])
        #expect(wished.first?.stance == .notConfirmed)
    }

    @Test func translatedSoAttributionEndingTheSentence() {
        let name = statements(["Chief Inspector Anna Vogt said the road would reopen.", "The shops will lose up to a third of their turnover, so Vogt."])
        #expect(name.last?.stance == .asserted)
        #expect(name.last?.source == "Anna Vogt")
        #expect(name.last?.proposition == "The shops will lose up to a third of their turnover")
        let role = statements(["The journey takes 15 minutes longer, so a spokesman of the transport company."])
        #expect(role.first?.source != nil)
        // English "so" opening a clause, and a quote's own attribution, are no statements of this kind.
        #expect(statements(["Taxes were too low, so the council raised them."]).isEmpty)
        #expect(statements(["„Nobody was hurt“, so Vogt."]).isEmpty)
    }

    @Test func modalBeforeATrailingAttributionHedges() {
        let first = statements(["The works could begin in spring and last about a year, said the city engineer."])
        #expect(first.first?.stance == .hedged)
        #expect(first.first?.source == "the city engineer")
        let reported = statements(["The fire may have started in the kitchen, the newspaper reported."])
        #expect(reported.first?.stance == .hedged)
        // A modal in a later clause of what is reported is the source's own plan or forecast.
        let later = statements(["Talks will continue, and the city could consider new taxes, an official told reporters."])
        #expect(later.first?.stance == .asserted)
    }

    @Test func translatedRejectionWithTheClaimFirst() {
        let s = statements(["Rumours, after which the contracts were signed before the vote, rejected city councillor Paul Weber decisively."])
        #expect(s.first?.stance == .denied)
        #expect(s.first?.source == "Paul Weber")
        #expect(s.first?.proposition.hasPrefix("Rumours, after which") == true)
        let reproach = statements(["Mayor Anna Lenz rejected on Wednesday the reproach that the city had known of the danger."])
        #expect(reproach.first?.stance == .denied)
        #expect(reproach.first?.source == "Anna Lenz")
    }

    @Test func asClauseAttributesTheClaimBeforeIt() {
        let s = statements(["Governor Rosa Lind denied that logging had worsened the floods, as environmental groups have claimed."])
        #expect(s.map(\.stance) == [.denied, .asserted])
        #expect(s.last?.source == "environmental groups")
        #expect(s.last?.proposition == "logging had worsened the floods")
        let plain = statements(["The plant will close in May, as the union said."])
        #expect(plain.first?.stance == .asserted && plain.first?.source == "the union")
    }

    @Test func phrasalReportingVerb() {
        let inverted = statements(["The repairs will take between 10 and 12 weeks, pointed out the councillor."])
        #expect(inverted.first?.stance == .asserted)
        #expect(inverted.first?.source == "the councillor")
        #expect(inverted.first?.cue == "pointed out")
        let plain = statements(["The mayor pointed out that the reservoir was at 11 percent."])
        #expect(plain.first?.source == "the mayor")
        #expect(plain.first?.proposition == "the reservoir was at 11 percent")
        let auxiliary = statements(["The road will stay closed until Friday, has announced the prefecture."])
        #expect(auxiliary.first?.source == "the prefecture")
    }

    @Test func rejectingCriticismOrResponsibilityIsADenial() {
        #expect(statements(["The minister rejected criticism from unions that the plan came too late."]).first?.stance == .denied)
        #expect(statements(["The contractor rejected any responsibility for the collapse."]).first?.stance == .denied)
    }

    @Test func notCommentingIsNotConfirming() {
        let s = statements(["The league said it would not comment on individual cases."])
        #expect(s.first?.stance == .notConfirmed)
        #expect(statements(["The club has not commented."]).first?.stance == .notConfirmed)
    }

    @Test func confirmedAsAnAdjectiveOfACount() {
        let s = statements(["The number of people confirmed dead rose to 31 on Tuesday, the coast guard said."])
        #expect(s.map(\.stance) == [.asserted])
        #expect(s.first?.source == "the coast guard")
    }

    @Test func emphasisAndProhibitionAreNoHedge() {
        #expect(!statements(["For small shops, the timing could hardly have been worse."]).contains { $0.stance == .hedged })
        #expect(!statements(["The delay could scarcely have come at a worse moment, the mayor said."]).contains { $0.stance == .hedged })
        #expect(statements(["The toll may not be final, officials said."]).first?.stance == .hedged)
        #expect(statements(["The storm could reach the coast by Friday."]).first?.stance == .hedged)
    }

    @Test func leavingAQuestionOpenIsNotConfirming() {
        let fronted = statements(["Whether the club will appeal, chairman Tom Berg left open yet."])
        #expect(fronted.first?.stance == .notConfirmed)
        #expect(fronted.first?.source == "Tom Berg")
        #expect(fronted.first?.proposition == "Whether the club will appeal")
        let plain = statements(["The ministry left open whether the tax would rise."])
        #expect(plain.first?.stance == .notConfirmed && plain.first?.source == "the ministry")
        #expect(!statements(["The gate was left open all night."]).contains { $0.stance == .notConfirmed })
        #expect(!statements(["The ruling left open the possibility of an appeal."]).contains { $0.stance == .notConfirmed })
    }

    @Test func aModalOnTheReportedVerbHedgesTheClaim() {
        let cost = statements(["The regulator said the repairs could cost up to $40 million."])
        #expect(cost.first?.stance == .hedged)
        #expect(cost.first?.source == "the regulator")
        let weeks = statements(["The utility said that the outage may last several weeks."])
        #expect(weeks.first?.stance == .hedged)
        // A modal inside a clause of the reported claim, a negated "could" (inability) and a
        // "would" future leave the claim asserted.
        let inner = statements(["The hospital said patients who could not travel had been treated at home."])
        #expect(inner.first?.stance == .asserted)
        let unable = statements(["The owner said he could not find the money to repair the roof."])
        #expect(unable.first?.stance == .asserted)
        let future = statements(["The airline said it would resume flights to the island on Monday."])
        #expect(future.first?.stance == .asserted)
    }

    @Test func relativeClauseAfterALowercaseNounInsideWhatWasSaid() {
        // ", which was built in 1890," sits inside the reported clause; the relative before the name is a role.
        let s = statements(["His widow, Ann Lowe, said the house, which was built in 1890, had no working smoke alarms."])
        #expect(s.count == 1)
        #expect(s.first?.stance == .asserted)
        #expect(s.first?.source == "Ann Lowe")
        #expect(s.first?.proposition == "the house, which was built in 1890, had no working smoke alarms")
    }

    @Test func translatedBackReferenceNamesWhoReportedTheSentenceBefore() {
        // German "Das teilte die Bahn mit" word for word: the sentence only says who reported the one before.
        let active = statements(["Two trains collided near the border. This communicated the railway company on Sunday evening."])
        #expect(active.count == 1)
        #expect(active.first?.stance == .asserted)
        #expect(active.first?.source == "the railway company")
        let passive = statements(["The hall was evacuated at noon. This was announced by the city council on Friday."])
        #expect(passive.first?.source == "the city council")
        // "That said," and an object that is nobody are no reports.
        #expect(statements(["That said, the railway company reopened the line on Monday."]).isEmpty)
        #expect(statements(["This announced the end of the old timetable."]).isEmpty)
    }

    @Test func wouldNotSayIsARefusalDidNotSayIsNot() {
        let refused = statements(["The club's owner would not say whether the stadium would be sold."])
        #expect(refused.count == 1)
        #expect(refused.first?.stance == .notConfirmed)
        #expect(refused.first?.source == "The club's owner" || refused.first?.source == "the club's owner")
        #expect(statements(["The hospital wouldn't immediately say how many patients were moved."]).first?.stance == .notConfirmed)
        // "did not say how many" reports what a statement left out: no stance of its own.
        #expect(statements(["The report did not say how many homes were lost."]).isEmpty)
    }

    @Test func allegedAndCalculatedReportWhatFollows() {
        let alleged = statements(["The union alleged that managers had changed the timesheets."])
        #expect(alleged.first?.stance == .asserted)
        #expect(alleged.first?.source == "the union")
        let calculated = statements(["Engineers at the water board calculated that the reservoir holds 40 million cubic metres."])
        #expect(calculated.first?.stance == .asserted)
        #expect(calculated.first?.source == "Engineers at the water board" || calculated.first?.source == "engineers at the water board")
        // After an article, "alleged" describes a noun: no one alleges anything in the sentence.
        #expect(statements(["Police arrested a man over the alleged fraud on Monday."]).isEmpty)
    }
}

