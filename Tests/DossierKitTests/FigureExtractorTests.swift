import Foundation
import Testing
@testable import DossierKit

/// The figure extractor on sentences written for these tests in many news styles (none taken
/// from the sample articles), plus hostile input and a run over the sample folder.
@Suite struct FigureExtractorTests {
    static let rules = FigureReader.rules
    let reader = FigureReader()
    var extractor: FigureExtractor { reader.extractor }

    func figures(_ sentence: String) -> [FoundFigure] { reader.figures(sentence) }
    func figure(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) -> FoundFigure? {
        reader.figure(sentence, sourceLocation: sourceLocation)
    }

    // MARK: news styles

    @Test func floodDeathToll() throws {
        let f = try #require(figure("The death toll from the floods in eastern Spain has risen to at least 217, with dozens still missing, regional officials said on Sunday."))
        #expect(f.figure.value == 217)
        #expect(f.figure.unit == "deaths")
        #expect(f.figure.unitKind == .people)
        #expect(f.figure.qualifier == .atLeast)
        #expect(f.figure.low == 217 && f.figure.high == nil && !f.figure.lowExclusive)
        #expect(f.figure.isUpdate)
        #expect(f.figure.subject == "death toll from the floods in eastern Spain")
        #expect(f.surface.hasSuffix("has risen to at least 217"))

        // "and 40 were injured": a bare number coordinated with the count before it counts the same.
        let ferryFigures = figures("At least 12 people died and 40 were injured when the overcrowded ferry capsized, the coast guard said.")
        #expect(ferryFigures.map(\.figure.value) == [12, 40])
        let ferry = try #require(ferryFigures.first)
        #expect(ferry.surface == "At least 12 people")
        #expect(ferry.figure.subject == "people")
        #expect(!ferry.figure.isUpdate)

        let dead = figures("Officials counted 1,800 dead and 4,000 injured, with another 900 missing.")
        #expect(dead.map(\.figure.unit) == ["dead", "injured", "missing"])
        #expect(dead.map(\.figure.value) == [1800, 4000, 900])
        #expect(dead.allSatisfy { $0.figure.unitKind == .people })
        let injured = try #require(figure("The blast left 40 people injured and a crater."))
        #expect(injured.figure.unit == "people" && injured.surface == "40 people")
    }

    @Test func companyOutageWithMoneyAndDurations() throws {
        let found = figures("The outage, which lasted nearly nine hours, disrupted about 8.5 million Windows computers and cost Fortune 500 companies an estimated $5.4 billion, according to insurer Parametrix.")
        #expect(found.map(\.surface) == ["nearly nine hours", "about 8.5 million Windows computers", "an estimated $5.4 billion"])
        let hours = found[0].figure
        #expect(hours.value == 9 && hours.unit == "hours" && hours.unitKind == .duration)
        #expect(hours.qualifier == .nearly && hours.low == 8.1 && hours.high == 9)
        let computers = found[1].figure
        #expect(computers.value == 8_500_000 && computers.unit == "computers" && computers.unitKind == .object)
        #expect(computers.qualifier == .about && computers.low == 7_650_000 && computers.high == 9_350_000)
        let cost = found[2].figure
        #expect(cost.value == 5_400_000_000 && cost.unit == "USD" && cost.unitKind == .money && cost.qualifier == .about)

        let fine = figures("The regulator fined the airline £3.2m and ordered it to refund 1,200 passengers within 30 days.")
        #expect(fine.map(\.surface) == ["£3.2m", "1,200 passengers"])
        #expect(fine[0].figure.unit == "GBP" && fine[0].figure.value == 3_200_000)
    }

    @Test func electionPercentages() throws {
        let found = figures("The Social Democrats won 25.7% of the vote, ahead of the conservatives on 24.1 percent, while turnout rose to 76.6 per cent from 71.4 per cent in 2017.")
        #expect(found.map(\.surface) == ["25.7%", "24.1 percent", "76.6 per cent", "71.4 per cent"])
        #expect(found.allSatisfy { $0.figure.unit == "percent" && $0.figure.unitKind == .percent })
        #expect(found[0].figure.subject == "vote")
        #expect(found[2].figure.subject == "turnout")
        #expect(found[2].figure.isUpdate)
        #expect(!found[3].figure.isUpdate)

        let turnout = try #require(figure("Turnout was 51 percent."))
        #expect(turnout.figure.subject == "Turnout")
        let points = try #require(figure("Support for the party fell by 3.5 percentage points."))
        #expect(points.figure.unit == "percentage points" && points.figure.unitKind == .percent)
        let seats = figures("The ruling party took 312 of the 450 seats.")
        #expect(seats.map(\.figure.value) == [312, 450])
        #expect(seats.allSatisfy { $0.figure.unit == "seats" })
    }

    @Test func wireCopy() throws {
        let found = figures("SEOUL, South Korea (AP) — North Korea has sent about 1,500 special forces troops to Russia, according to South Korea's spy agency, which said on Friday that up to 12,000 soldiers could eventually be deployed.")
        #expect(found.map(\.surface) == ["about 1,500 special forces troops", "up to 12,000 soldiers"])
        #expect(found[0].figure.subject == "special forces troops to Russia")
        #expect(found[0].figure.unit == "troops")
        #expect(found[1].figure.qualifier == .upTo && found[1].figure.low == 0 && found[1].figure.high == 12_000)

        let deployed = try #require(figure("The government is sending 2,500 troops stationed in the north to the affected towns."))
        #expect(deployed.figure.subject == "troops stationed in the north")
        let sent = try #require(figure("Officials say Moscow has moved 3,000 conscripts deployed to the Far East, the ministry said."))
        #expect(sent.figure.subject == "conscripts deployed to the Far East")
    }

    @Test func machineTranslatedSentence() throws {
        let found = figures("According to the secret service, 1.500 soldiers of the North Korean army are currently located in Russia, it is spoken about up to 12.000 soldiers.")
        #expect(found.map(\.figure.value) == [1500, 12_000])
        #expect(found[0].figure.subject == "soldiers of the North Korean army")
        #expect(found[1].surface == "up to 12.000 soldiers")
        // A dot before three digits stays a decimal point where fractions make sense, unless the
        // digits end in a zero, a precision English does not write ("1.500 tonnes" is 1,500).
        let tonnes = try #require(figure("The ship carried 1.125 tonnes of grain."))
        #expect(tonnes.figure.value == 1.125 && tonnes.figure.subject == "grain")
        #expect(figure("The ship carried 1.500 tonnes of grain.")?.figure.value == 1500)
    }

    @Test func courtCaseAndTransfer() throws {
        let court = figures("The jury awarded the family $2.1 million in damages, and the judge sentenced him to 25 years in prison.")
        #expect(court.map(\.surface) == ["$2.1 million", "25 years"])
        #expect(court[0].figure.subject == "damages")
        #expect(court[1].figure.subject == "years in prison" && court[1].figure.unitKind == .duration)

        let transfer = figures("The club agreed a fee of €105m plus €15m in add-ons for the 24-year-old, who scored 31 goals in 2023.")
        #expect(transfer.map(\.surface) == ["€105m", "€15m", "31 goals"])
        #expect(transfer[0].figure.subject == "fee")
        #expect(transfer[1].figure.subject == "add-ons")
        #expect(transfer[0].figure.unit == "EUR" && transfer[0].figure.value == 105_000_000)
    }

    @Test func sentenceCutOffMidway() throws {
        let found = figures("More than 3,000 homes were destroyed and up to 12,000")
        #expect(found.map(\.surface) == ["More than 3,000 homes"])
        #expect(found[0].figure.lowExclusive && found[0].figure.low == 3000 && found[0].figure.high == nil)
        #expect(figures("The agency said 1,500 North Korean").isEmpty)
        #expect(figures("Police said about").isEmpty)
        #expect(figures("12,000").isEmpty)
        #expect(figures("$").isEmpty)
        #expect(try #require(figure("Losses reached $40")).figure.value == 40)
    }

    // MARK: number grammar

    @Test func lastAsAVerbMeasuresADuration() throws {
        let weeks = try #require(figure("The committee stage will last six weeks."))
        #expect(weeks.figure.value == 6)
        let months = try #require(figure("Works could begin in spring and last about 18 months."))
        #expect(months.figure.value == 18 && months.figure.qualifier == .about)
        #expect(try #require(figure("Officials said they’ll last six weeks.")).figure.value == 6)
        // "the last 24 hours" places the event in time.
        #expect(figures("Rain fell heavily over the last 24 hours.").isEmpty)
    }

    @Test func casualtyVerbsCountPeople() throws {
        let kills = try #require(figure("Landslide kills at least 12 in mountain village"))
        #expect(kills.figure.value == 12 && kills.figure.unitKind == .people && kills.figure.qualifier == .atLeast)
        let both = figures("The blast tore through the market, killing 3 and injuring more than 40.")
        #expect(both.map(\.figure.value) == [3, 40])
        #expect(both.allSatisfy { $0.figure.unitKind == .people })
        // "killed 3 of the 4 crew members": the noun after "of" is the unit, not this rule's.
        #expect(!figures("The crash killed 3 of the 4 crew members.").contains { $0.figure.unit == "people" && $0.figure.value == 3 })
    }

    @Test func measureNounOfANumber() throws {
        let crowd = try #require(figure("A crowd of 9,300 watched the final."))
        #expect(crowd.figure.value == 9300 && crowd.figure.unitKind == .people)
        let majority = try #require(figure("The government won with a majority of 22."))
        #expect(majority.figure.value == 22)
    }

    @Test func bareNumberCoordinatedWithACount() throws {
        let anchor = figures("31 ships were waiting off Dover and 12 in the Thames estuary.")
        #expect(anchor.map(\.figure.value) == [31, 12])
        #expect(anchor.last?.figure.unit == anchor.first?.figure.unit)
        let votes = figures("In all 5,120 residents voted yes, 4,480 no.")
        #expect(votes.map(\.figure.value) == [5120, 4480])
        // A multiplier is no count.
        #expect(figures("The clinic saw 300 patients, nearly three times as many as last year.").map(\.figure.value) == [300])
    }

    @Test func moreCurrencyNames() throws {
        let rupiah = try #require(figure("The government set aside 40 billion rupiah for relief."))
        #expect(rupiah.figure.value == 40_000_000_000 && rupiah.figure.unit == "IDR")
        let baht = try #require(figure("Fines of up to 20,000 baht apply."))
        #expect(baht.figure.unit == "THB" && baht.figure.qualifier == .upTo)
    }

    @Test func scaledAmountAfterASumTakesItsCurrency() throws {
        let f = figures("The new bridge costs 12.5 million euros, of which the region pays up to 4 million.")
        #expect(f.map(\.figure.value) == [12_500_000, 4_000_000])
        #expect(f.last?.figure.unit == "EUR" && f.last?.figure.qualifier == .upTo)
    }

    @Test func spelledNumbers() throws {
        let found = figures("Twelve thousand residents, one hundred and twenty firefighters and a dozen drones were involved.")
        #expect(found.map(\.figure.value) == [12_000, 120, 12])
        #expect(found.map(\.figure.unit) == ["residents", "firefighters", "drones"])
        #expect(found.map(\.surface) == ["Twelve thousand residents", "one hundred and twenty firefighters", "a dozen drones"])

        #expect(try #require(figure("Rescuers found twenty-five survivors.")).figure.value == 25)
        #expect(try #require(figure("He owns two dozen companies.")).figure.value == 24)
        #expect(try #require(figure("The strike cost half a million euros.")).figure.value == 500_000)
        #expect(try #require(figure("One million people marched.")).figure.value == 1_000_000)
        let states = try #require(figure("The treaty is between two sovereign states."))
        #expect(states.surface == "two sovereign states" && states.figure.qualifier == nil)
        let percent = try #require(figure("Less than one percent of the aid arrived."))
        #expect(percent.figure.qualifier == .lessThan && percent.figure.highExclusive && percent.figure.subject == "aid")
        #expect(figures("One of the options is to wait, and one soldier said a few hundred left.").isEmpty)
        #expect(figures("Tens of thousands marched and dozens of people were hurt.").isEmpty)
    }

    @Test func separatorsAndScales() throws {
        #expect(try #require(figure("Some 3958 households lost water.")).figure.value == 3958)
        #expect(try #require(figure("Roughly 12 000 residents were evacuated.")).figure.value == 12_000)
        #expect(try #require(figure("Officials counted 1.234.567 votes.")).figure.value == 1_234_567)
        #expect(try #require(figure("The fund holds 1,234.5 tonnes of gold.")).figure.value == 1234.5)
        let bn = try #require(figure("The state lent the carmaker US$1.5bn."))
        #expect(bn.figure.value == 1_500_000_000 && bn.figure.unit == "USD" && bn.surface == "US$1.5bn")
        let crore = try #require(figure("The ministry approved Rs 500 crore for the dam."))
        #expect(crore.figure.value == 5_000_000_000 && crore.figure.unit == "INR")
        #expect(try #require(figure("Seoul pledged 3 billion won in aid.")).figure.unit == "KRW")
        #expect(try #require(figure("The estate sold for 5 million pounds.")).figure.unit == "GBP")
        let bomb = try #require(figure("They dropped a 200-pound bomb."))
        #expect(bomb.figure.unit == "lb" && bomb.figure.unitKind == .weight && bomb.figure.subject == "bomb")
        #expect(try #require(figure("The bank holds USD 40 million.")).surface == "USD 40 million")
    }

    @Test func compounds() throws {
        let alliance = try #require(figure("Diplomats briefed the 32-nation alliance on Monday."))
        #expect(alliance.surface == "32-nation")
        #expect(alliance.figure.value == 32 && alliance.figure.unit == "nations" && alliance.figure.subject == "alliance")
        let strike = try #require(figure("Rail workers began a five-day strike."))
        #expect(strike.figure.unit == "days" && strike.figure.unitKind == .duration && strike.surface == "five-day")
        let force = try #require(figure("A 15,000-strong force guarded the summit."))
        #expect(force.figure.unitKind == .people && force.figure.value == 15_000)
        #expect(try #require(figure("Crews cleared a 10-km stretch of road.")).figure.unit == "km")
        #expect(figures("It is a two-way street and a two-thirds majority.").isEmpty)
    }

    @Test func rangesAndQualifierIntervals() throws {
        let between = try #require(figure("Between 10,000 and 12,000 troops were deployed."))
        #expect(between.figure.qualifier == .between && between.figure.value == 10_000)
        #expect(between.figure.low == 10_000 && between.figure.high == 12_000)
        #expect(between.surface == "Between 10,000 and 12,000 troops")
        let dash = try #require(figure("Witnesses saw 10-12 drones."))
        #expect(dash.figure.low == 10 && dash.figure.high == 12 && dash.figure.qualifier == .between)
        let scaled = try #require(figure("The war displaced between 10 and 12 million people."))
        #expect(scaled.figure.low == 10_000_000 && scaled.figure.high == 12_000_000)
        let money = try #require(figure("Repairs will cost $120 million to $150 million."))
        #expect(money.figure.low == 120_000_000 && money.figure.high == 150_000_000)

        func interval(_ sentence: String) throws -> (Figure.Qualifier?, Double?, Double?, Bool, Bool) {
            let f = try #require(figure(sentence)).figure
            return (f.qualifier, f.low, f.high, f.lowExclusive, f.highExclusive)
        }
        #expect(try interval("About 400 homes flooded.") == (.about, 360, 440, false, false))
        #expect(try interval("Almost 300 homes flooded.") == (.nearly, 270, 300, false, false))
        #expect(try interval("Up to 300 homes flooded.") == (.upTo, 0, 300, false, false))
        #expect(try interval("Over 300 homes flooded.") == (.moreThan, 300, nil, true, false))
        #expect(try interval("No fewer than 300 homes flooded.") == (.atLeast, 300, nil, false, false))
        #expect(try interval("Fewer than 300 homes flooded.") == (.lessThan, 0, 300, false, true))
        #expect(try interval("No more than 300 homes flooded.") == (.atMost, 0, 300, false, false))
        #expect(try interval("Exactly 300 homes flooded.") == (.exactly, 300, 300, false, false))
        #expect(try interval("The storm flooded 300 homes.") == (nil, 300, 300, false, false))
    }

    @Test func updates() throws {
        #expect(try #require(figure("The number of evacuees has soared to 4,300.")).figure.isUpdate)
        #expect(try #require(figure("The virus has killed 1,234 people so far, officials said.")).figure.isUpdate)
        #expect(try #require(figure("The count of displaced residents now stands at 9,000 residents.")).figure.isUpdate)
        #expect(try #require(figure("Arrests increased to 300 arrests.")).figure.isUpdate)
        let change = figures("The toll rose from 12 to 40 people after rescuers reached the village.")
        #expect(change.map(\.surface) == ["12", "40 people"])
        #expect(change.map(\.figure.isUpdate) == [false, true])
        #expect(change[0].figure.unit == "people")
        #expect(!(try #require(figure("Police arrested 300 protesters.")).figure.isUpdate))
    }

    // MARK: what is not a figure

    @Test func nonFigures() {
        let none = [
            "The war began in 2022 and the talks resumed on June 19.",
            "The treaty was signed on Sept. 25, 2024, and ratified on 2024-10-22.",
            "The blast happened at 10:30 p.m. and the next one at 3pm.",
            "A 34-year-old man and a woman aged 70 were arrested.",
            "The victim, 70 years old, was found near Gate 5.",
            "It was the 76th anniversary and the second round of talks.",
            "Call +1 555 123 4567 or (02) 9555 1234 for help.",
            "The F-16 fighters, Windows 7 computers and Boeing 737 jets were old.",
            "Article 5 of the treaty and Resolution 2231 apply, as does No. 10.",
            "Over the past two years prices doubled; two years ago they fell.",
            "In the next three days and within 48 hours, nothing changed.",
            "One of the options is to wait.",
            "The 1990s and the '80s were different, and the vote was 3-1.",
            "In 2022 protesters stormed the building.",
            "The plan ran 24/7.",
        ]
        for sentence in none {
            #expect(figures(sentence).isEmpty, "\(sentence) → \(figures(sentence).map(\.surface))")
        }
        // Names before a number: a weekday or a news agency is no model name.
        #expect(figures("On Tuesday 12 drones were shot down, a spokesman told Reuters 40 people had died.").map(\.surface) == ["12 drones", "40 people"])
        #expect(figures("Operators rolled out 5G and 3D maps.").isEmpty)
        #expect(try! #require(figure("In total, 2000 soldiers left.")).figure.value == 2000)
        // A four-digit number before a known unit is a count, not a year.
        #expect(try! #require(figure("The army sent 2000 soldiers.")).figure.value == 2000)
    }

    // MARK: subjects

    @Test func subjectsStopAtClauseBoundaries() throws {
        #expect(try #require(figure("Rescue workers pulled 14 survivors from the rubble, officials said.")).figure.subject == "survivors from the rubble")
        #expect(try #require(figure("At least 12 people died in the floods.")).figure.subject == "people")
        #expect(try #require(figure("About 1,200 migrants were rescued off the coast of Libya.")).figure.subject == "migrants")
        #expect(try #require(figure("Police said 40 North Korean soldiers in Russia's Kursk region were wounded.")).figure.subject == "North Korean soldiers in Russia's Kursk region")
        #expect(try #require(figure("Kim tested 12 Hwasong-19 missiles.")).figure.subject == "Hwasong-19 missiles")
        #expect(try #require(figure("The storm dumped 40 centimetres of snow.")).figure.subject == "snow")
        let long = try #require(figure("Officials said 3,000 soldiers sent to the front near the eastern city of Pokrovsk in the Donetsk region were killed."))
        #expect(long.figure.subject.split(separator: " ").count <= FigureLimits.maxSubjectWords)
        #expect(long.figure.subject.hasPrefix("soldiers sent to the front"))
    }

    // MARK: hostile input

    @Test func hostileInputNeverCrashes() {
        let huge = String(repeating: "9", count: 20_000)
        #expect(figures("They counted \(huge) soldiers.").isEmpty)
        #expect(figures("The sum was $\(huge).").isEmpty)
        // "12,34" is a decimal comma (a thousands group has three digits); "1,2,3" is nothing.
        #expect(figures("The price is 12,34 euros and 1,2,3 items.").map(\.figure.value) == [12.34])
        #expect(figures("They found 1,2,3 items and 12,3456 boxes.").isEmpty)
        #expect(figures("Mehr als 1.500 Soldaten wurden nach Russland geschickt.").isEmpty)
        #expect(figures("북한군 1만2000명이 러시아에 파병됐다.").isEmpty)
        #expect(figures("В Россию отправлены 1500 солдат.").isEmpty)
        #expect(figures("朝鲜向俄罗斯派遣了1500名士兵。").isEmpty)
        for odd in ["“1,500 soldiers", "- - 3 -", "$$$ 5", "% 12 %", "between and", "up to", "1.", ".5 percent", "12,", "0 soldiers 0"] {
            _ = figures(odd)  // surfaces are checked inside
        }
        // A 5,000-word sentence: read in one pass, every figure found.
        var words: [String] = []
        for i in 0..<1000 { words.append("crews moved \(i + 2) trucks and") }
        let sentence = words.joined(separator: " ") + " more."
        let found = figures(sentence)
        #expect(found.count == 1000)
        #expect(found.last?.figure.value == 1001)
    }

    // MARK: articles

    @Test func headlineIsReadOnce() {
        let cleaner = Cleaner(rules: Self.rules.clean)
        let raw = RawArticle(id: "quake", sourceFile: "articles/quake.txt", format: .text,
                             meta: ArticleMeta(title: "Quake kills at least 40 people in mountain region"),
                             body: "Quake kills at least 40 people in mountain region\nRescuers said on Tuesday that at least 40 people had died and 300 buildings had collapsed.",
                             contentHash: "0")
        let claims = extractor.extract(cleaner.clean(raw))
        #expect(claims.filter(\.inHeadline).map(\.surface) == ["at least 40 people"])
        #expect(claims.filter { !$0.inHeadline }.map(\.surface) == ["at least 40 people", "300 buildings"])
        #expect(claims.allSatisfy { $0.kind == .figure && $0.text.contains($0.surface) })
    }

    @Test func sampleArticlesGoThroughCleanerAndExtractor() throws {
        let cleaner = Cleaner(rules: Self.rules.clean)
        let dir = TestSite.repository + "/Content/articles"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!names.isEmpty)
        var total = 0
        for name in names {
            let body = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            let article = cleaner.clean(RawArticle(id: name, sourceFile: "articles/" + name, format: .text,
                                                   meta: ArticleMeta(), body: body, contentHash: "0"))
            let claims = extractor.extract(article)
            let sentences = Dictionary(article.textSentences.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
            for c in claims {
                #expect(sentences[c.sentenceID] == c.text)
                #expect(c.text.contains(c.surface))
                let f = try #require(c.figure)
                #expect(f.value > 0 && !f.unit.isEmpty)
                #expect(f.low.map { $0 <= f.value } ?? true)
            }
            total += claims.count
        }
        #expect(total >= names.count)
    }
}
