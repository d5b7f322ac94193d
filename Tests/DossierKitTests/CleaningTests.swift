import Testing
@testable import DossierKit

/// The furniture rules, on page text from other kinds of sites than the samples.
@Suite struct CleaningTests {
    let cleaner = Cleaner(rules: try! Rules.bundled().clean)

    func clean(_ body: String, format: RawArticle.Format = .text, meta: ArticleMeta = ArticleMeta()) -> Article {
        cleaner.clean(RawArticle(id: "a", sourceFile: "articles/a.txt", format: format, meta: meta, body: body, contentHash: "0"))
    }

    func bodyText(_ a: Article) -> String {
        a.blocks.flatMap(\.sentences).map(\.text).joined(separator: " ")
    }

    @Test func removesShareBarsCommentFormsAndLinkLists() {
        let a = clean("""
        Menu
        Dam bursts after week of heavy rain
        Share this article
        Rescue teams searched the valley on Sunday after the dam gave way, officials said.
        Comments (12)
        Image
        About 400 homes were flooded, according to the regional government.
        Most Popular
        Ten things to do this weekend
        Why prices keep rising
        The river is expected to fall by Wednesday, forecasters said in a statement.
        Post a comment
        Your name
        You must be logged in to post a comment.
        """)
        #expect(a.title == "Dam bursts after week of heavy rain")
        let text = bodyText(a)
        #expect(text.contains("Rescue teams searched the valley"))
        #expect(text.contains("About 400 homes were flooded"))
        #expect(text.contains("The river is expected to fall"))
        for junk in ["Share this", "Comments (12)", "Image", "Most Popular", "Ten things", "Why prices", "Post a comment", "logged in", "Menu"] {
            #expect(!text.contains(junk), "\(junk) should have been removed")
        }
        let reasons = Set(a.removed.map(\.reason))
        #expect(reasons.contains("comment form or page footer"))
        #expect(reasons.contains { $0.hasPrefix("link list") })
    }

    @Test func aLinkToAnotherStoryGoesButALabelledParagraphStays() {
        let a = clean("""
        Pool to close in spring
        The council will close the pool in April, it said on Monday.
        READ MORE: 'Our town is being hollowed out' - traders react to bank closure
        Related: Leisure centre to raise prices
        Note: the figures were revised on Tuesday after the council corrected its budget paper.
        """)
        let text = bodyText(a)
        #expect(!text.contains("hollowed out"))
        #expect(!text.contains("Leisure centre"))
        #expect(text.contains("the figures were revised"))
    }

    @Test func siteBannerAndRepeatedHeadline() {
        let a = clean("""
        The Valley Courier
        Local news since 1921
        Storm closes mountain pass
        Weather
        Storm closes mountain pass
        The pass was closed on Friday after 40 centimetres of snow fell overnight, police said.
        """)
        #expect(a.title == "Storm closes mountain pass")
        #expect(!bodyText(a).contains("Valley Courier"))
        #expect(a.removed.contains { $0.text == "The Valley Courier" && $0.reason.contains("banner") })
        #expect(a.removed.contains { $0.text == "Weather" })
    }

    @Test func captionsStayCaptions() {
        let a = clean("""
        Ferry sinks off the coast
        At least 12 people died when the ferry sank, the coast guard said on Monday.
        FILE - Passengers board a ferry in the harbour, May 2, 2023. (AP Photo/Jane Doe, File)
        Divers recovered the bodies of two crew members on Tuesday.
        Survivors wait at the port. (Photo: Coast Guard)
        """)
        let captions = a.blocks.filter { $0.kind == .caption }
        #expect(captions.count == 2)
        #expect(!a.textSentences.contains { $0.text.contains("Passengers board") })
    }

    @Test func longFirstLineIsBodyAndTitleIsDerived() {
        let first = "The electoral commission said on Sunday that the governing party won 48.2 percent of the vote, ahead of the opposition alliance with 39 percent, in an election marked by low turnout."
        let a = clean(first + "\nTurnout was 51 percent.")
        #expect(a.headline.isEmpty)
        #expect(a.title.hasPrefix("The electoral commission said on Sunday"))
        #expect(a.title.hasSuffix("…"))
        #expect(bodyText(a).hasPrefix(first))
    }

    @Test func sourceCreditAndTranslationNoticeBecomeMetadata() {
        let a = clean("""
        Outage hits payment systems
        Card payments failed across the country for three hours on Friday, the bank said.
        This text was machine translated from German.
        Source: Daily Ledger
        """)
        #expect(a.meta.outlet == "Daily Ledger")
        #expect(a.meta.machineTranslated)
        #expect(!bodyText(a).contains("machine translated"))
    }

    @Test func metadataFromFrontMatterWinsOverTheText() {
        let a = clean("Outage hits payment systems\nCard payments failed for hours, the bank said.\nSource: Someone Else",
                      meta: ArticleMeta(outlet: "Harbor Times"))
        #expect(a.meta.outlet == "Harbor Times")
    }

    @Test func hardWrappedTextIsJoinedIntoParagraphs() {
        let a = clean("""
        Wildfire spreads north
        The fire had burned more than 20,000 hectares by Thursday evening and
        forced the evacuation of three villages, the regional fire service said in
        a statement that also warned of strong winds overnight and into the
        weekend, when temperatures are expected to climb again across the area.

        Firefighters from four neighbouring countries joined the effort on
        Friday, bringing the number of people fighting the fire to about 1,200,
        officials said, while aircraft dropped water on the hills above the
        coast and police closed the main road to the north of the peninsula.
        """)
        let paragraphs = a.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].sentences.count == 1)
    }

    @Test func markdownStructureIsKept() {
        let a = clean("""
        Opening paragraph with a [link](https://example.org/a.b) and *emphasis*. Second sentence here.

        ## Background

        - first item
        - second item

        > A block quote.
        """, format: .markdown, meta: ArticleMeta(title: "T"))
        // A simple list's items are text of their own; the block quote stays whole.
        #expect(a.blocks.map(\.kind) == [.paragraph, .heading, .item, .item, .other])
        #expect(a.blocks[2].markdown == "- first item")
        // An item that opens a block of its own (a nested list, a heading, a quote) keeps the list whole.
        for nested in ["- 1. first\n- 2. second", "- # heading\n- text", "- > quoted\n- text", "- ---\n- text"] {
            let b = clean(nested, format: .markdown, meta: ArticleMeta(title: "T"))
            #expect(b.blocks.map(\.kind) == [.other], "\(nested)")
        }
        #expect(a.blocks[0].sentences.map(\.text) == ["Opening paragraph with a link and emphasis.", "Second sentence here."])
    }

    /// A line with a list or quote right under it (no blank line) is two blocks, as cmark reads it: never a
    /// heading or paragraph with a list inside. Under a link-list label the list is the link list. A setext
    /// underline makes a heading.
    @Test func aListRightUnderALineIsABlockOfItsOwn() {
        let a = clean("""
        The club won on Sunday before 17,800 spectators.

        Related
        - Keeper fined over unpaid wages
        - Squad named for the qualifiers

        More from Football
        - Rivals fined over flares

        The key facts:
        - 3 goals

        Before the match:
        > A quote from the coach.
        """, format: .markdown, meta: ArticleMeta(title: "T"))
        let text = bodyText(a)
        for junk in ["Related", "Keeper fined", "Squad named", "More from Football", "Rivals fined"] {
            #expect(!text.contains(junk), "\(junk) should have been removed")
        }
        #expect(a.blocks.map(\.kind) == [.paragraph, .heading, .item, .heading, .other])
        #expect(a.blocks[2].markdown == "- 3 goals")
        // A line underlined with = or - is a heading (setext), not a paragraph holding one.
        let setext = clean("The club won on Sunday.\n\nBackground\n===\n\nThe league began in 1992.", format: .markdown, meta: ArticleMeta(title: "T"))
        #expect(setext.blocks.map(\.kind).suffix(2) == [.heading, .paragraph])
        #expect(setext.blocks[1].markdown == "Background")
        // A sentence that opens with the same words is no label.
        let b = clean("More from the same mine was sold abroad, officials said.\nIt fetched $4 million.")
        #expect(bodyText(b).contains("More from the same mine"))
    }

    @Test func sentenceIDsAreStableWhenParagraphsAreAdded() {
        let before = clean("Title line here\nFirst sentence is here. Second one follows.")
        let after = clean("Title line here\nA new opening paragraph was added above.\nFirst sentence is here. Second one follows.")
        let ids = Dictionary(uniqueKeysWithValues: before.blocks.flatMap(\.sentences).map { ($0.text, $0.id) })
        for s in after.blocks.flatMap(\.sentences) where ids[s.text] != nil {
            #expect(ids[s.text] == s.id)
        }
        // Repeated sentences get distinct anchors.
        let repeated = clean("Title line here\nIt rained. It rained.")
        let rids = repeated.blocks.flatMap(\.sentences).map(\.id)
        #expect(Set(rids).count == rids.count)
    }
}

@Suite struct SentenceSplitterTests {
    let splitter = try! Rules.bundled().clean.splitter

    func split(_ s: String) -> [String] { splitter.split(s).map { String(s[$0]) } }

    @Test func abbreviationsInitialsAndNumbers() {
        #expect(split("Gen. Smith arrived on Sept. 25. He said 8.5 million people left.") == ["Gen. Smith arrived on Sept. 25.", "He said 8.5 million people left."])
        #expect(split("John F. Kennedy spoke. The U.N. agreed.").count == 2)
        #expect(split("“We will not sit idle,” he said. “Never.”") == ["“We will not sit idle,” he said.", "“Never.”"])
        #expect(split("Is it over? Nobody knows! Wait… Then it ended.").count == 4)
        #expect(split("the value rose. and then fell").count == 1)
    }

    @Test func clockTimeThenAQuoteOpeningACapitalEndsTheSentence() {
        #expect(split("“We lost,” she said shortly after 11 p.m. “But we will be back.”") == ["“We lost,” she said shortly after 11 p.m.", "“But we will be back.”"])
        #expect(split("The polls closed at 8 p.m. \"Turnout was high,\" an official said.").count == 2)
        #expect(split("The service starts at 7 a.m. \"weekdays only\" trains run later.").count == 1)
        #expect(split("The U.S. \"Patriot\" batteries arrived.").count == 1)
    }

    @Test func germanClosingMarkAfterTheStopEndsTheSentence() {
        #expect(split("„Nobody was hurt.“ The road stays closed.") == ["„Nobody was hurt.“", "The road stays closed."])
        #expect(split("He said. “Next time we win.”") == ["He said.", "“Next time we win.”"])
    }
}
