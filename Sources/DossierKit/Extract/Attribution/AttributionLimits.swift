/// Every numeric limit of the quote and statement rules, in one place, with where the number comes from.
enum AttributionLimits {
    /// Longest quote piece (words) read from one paragraph. A paragraph of quoted speech in wire copy
    /// rarely passes 150 words; past twice that the marks are almost surely unbalanced (runaway quote).
    static let maxQuoteWords = 300
    /// Longest speaker phrase (tokens). "a senior South Korean presidential official from the office" is 9;
    /// a longer run before a verb is a clause, not a subject.
    static let maxSpeakerTokens = 14
    /// How far (tokens) before a quote a speech verb may stand and still introduce it: the longest object
    /// between "described" and "as “…”" in ordinary copy is about 20 tokens.
    static let maxVerbDistance = 40
    /// How far after a closing mark the attribution verb may come: `," the company's chief executive told reporters` is 8;
    /// `," Kim Tae-hoon, head of the Seoul Metro branch of the Korean Public Transport Workers' Union, told` is 22.
    static let maxTrailingAttribution = 24
    /// Longest proposition (tokens) kept in a statement: about one news clause.
    static let maxPropositionTokens = 28
    /// Paragraphs back within which "he said" prefers the last quoted speaker to any person merely mentioned
    /// (news copy re-names a speaker after a paragraph or two of someone else).
    static let pronounSpeakerParagraphs = 2
    /// How many tokens before a confirmation verb a negation ("have not yet publicly confirmed") may stand.
    static let negationReach = 5
    /// Words an unattributed all-capitalised quote may have and still be a title or name, not speech
    /// ("Operation Sea Breeze", "The Long Walk").
    static let maxTitleQuoteWords = 4
    /// Share of a headline quote's words an attributed quote in the body must hold to lend it its speaker:
    /// a translated headline rewords ("We have no other option" over "We do not have another option"),
    /// but keeps most of the words.
    static let minEchoShare = 0.6
    /// Longest role phrase read before a name (tokens): "South Korean Deputy National Security Advisor" is 6.
    static let maxRoleTokens = 8
    /// Longest subject read before the verb of a reported clause (tokens): "said the city's ageing water
    /// treatment plant could …" has 6; a subject much longer than that is rarely what the modal belongs to.
    static let maxReportedSubjectTokens = 10
    /// How far into a back-referring sentence its speech verb may stand: "This is what the farmer Jean
    /// Dupuis said" has it at 7.
    static let maxBackReferenceVerb = 8
    /// Longest relative clause skipped between a subject and its verb: ", which owns 75% of the mine," is 7,
    /// ", who was not involved in the research," is 7; a profile's ", who moved to Foz do Arelho from Manchester
    /// eight years ago and swims there most mornings," is 17, and still one clause between its commas.
    static let maxRelativeClauseTokens = 24
    /// Longest appositive read after a name ("head of the State Duma's Foreign Affairs Committee" is 10) or
    /// before one ("The spokesman of the municipal group of the PP, Javier Morales" is 9).
    static let maxAppositiveTokens = 12
    /// How close before a quote a passive speech verb makes its subject the listener: "was asked: “…”" is 2,
    /// "was accused of being “…”" 4; further back the passive belongs to a reported clause.
    static let passiveReach = 5
    /// How far before the comma of "from her mentor, Josef Ruda," the preposition may stand for the name to be
    /// an object's apposition rather than a subject: "from her old mentor" puts it 3 words before the role word's end.
    static let maxObjectRoleTokens = 4
    /// How far before a participle of speech a preposition may stand for the words between to be its object:
    /// "written to the Scottish Government asking" is 4.
    static let maxPrepositionObjectTokens = 4
    /// Longest bracket between a subject and its verb: "(Lab, Quay ward)" is 4 tokens inside, "(D-Calif.)" 5.
    static let maxBracketTokens = 6
    /// Longest aside between commas after a subject: "however", "visibly moved", "for his part" is 3.
    static let maxAsideTokens = 3
    /// Longest headline-style speaker before a colon ("South Korea's president: “…”").
    static let maxColonSpeakerTokens = 6
    /// Longest predicate between a subject and a colon before a quote: "was blunt" is 2, "had this to say"
    /// is 4; longer, the clause is about something else ("had a note in his pocket").
    static let maxColonPredicateTokens = 4
    /// How far after "rejected"/"dismissed" a claim noun or dismissive word must come for a denial:
    /// "dismissed the troop deployment and weapons transfer accusations as baseless" is 9.
    static let rejectionObjectWindow = 14
    /// Listener words after "told": "told the BBC", "told state television reporters".
    static let maxListenerTokens = 4
    /// A named listener after "to": "declared to La Gazette du Centre Mr. X" is 5 (its particles counted).
    static let maxNamedListenerTokens = 6
    /// "in front of the judge" between a verb-first speaker and the colon before the quote.
    static let maxOccasionTokens = 6
    /// Adverbials skipped after a reporting verb: "said later on Tuesday in a statement that" is 6.
    static let maxAdverbialTokens = 8
    /// How early an inner "that" must come for the content to start after it ("says it has reliable information that").
    static let innerThatReach = 8
    /// How far after "did not respond" the word "comment" may come: "to repeated requests for comment" is 5.
    static let commentReach = 8
    /// How far after "put" the "at" of an estimate may come: "put the number of protesters at" is 5.
    static let estimateObjectTokens = 8
    /// Words outside quotation marks a characterising verb's object needs to be a statement of its own:
    /// "called it “…”" is a quote; "called the result “…”" states what "it" is.
    static let minUnquotedObjectWords = 2
    /// Tokens between "neither" and "nor", and between "nor" and the verb: "neither the ministry of defence
    /// nor the army's general staff have confirmed".
    static let maxNeitherNorGap = 12
    /// How many paragraphs after an attributed quote an unattributed one may still continue it: a run of quotes
    /// is attributed once, with at most one paragraph of the reporter's narration between its parts; further
    /// on, copy names the speaker again.
    static let continuingParagraphs = 2
    /// When an article is about one person (`ProfileSubject`): that person's share of the names and "he"/"she"
    /// of the narration, and how many of them at least. A profile gives its subject most of them, often (the
    /// development feature: 0.75 of 32, its subject 24 times); a short report may give one person all of its
    /// two or three mentions, which says nothing, hence the count. In the development set three articles pass:
    /// the feature and two court reports about one defendant (0.69 with 9, 0.67 with 12).
    static let minProfileShare = 0.6
    static let minProfileMentions = 8
    /// Longest sentence (tokens) that may introduce the quote after it without a colon or a speech verb:
    /// "Morrow had a simple explanation." is 6, "The coach, former striker Dario Conti, was blunt." 10; a longer
    /// sentence tells something of its own rather than leading into someone's words.
    static let maxIntroducingTokens = 12

    /// A question-and-answer interview (`InterviewAnswers`): at least this many question paragraphs answered
    /// by a quotation, each question at most this many sentences ("You've been here ten weeks. What …?").
    static let minInterviewAnswers = 2
    static let maxQuestionSentences = 3
    /// Longest sentence read as a lead-in to an interview answer ("She laughs.", "He pauses for a moment."), tokens.
    static let maxLeadInTokens = 6

    /// Words of description between an appositive's comma and the name ("The teen, 16-year-old Marcus Webb,").
    static let maxDescribingTokens = 5
    /// Words between "who" and "name"/"as" in a relative clause that gives a speaker's name: "gave only his first
    /// name" is 4, "identified herself only as" 3.
    static let maxGivenNameClauseWords = 6

    /// An opening phrase of time without a comma before a sentence's subject ("At 11 a.m. Petrescu"), tokens.
    static let maxOpeningTimeTokens = 5

    /// A wire dateline ("KESTOWN, Oct 14 (Reuters) -") ends with its dash within this many tokens.
    static let maxDatelineTokens = 12
}
