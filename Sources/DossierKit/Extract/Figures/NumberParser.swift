/// A number read from the tokens of a sentence.
struct ParsedNumber: Sendable, Equatable {
    var value: Double
    /// First and last token of the number, scale words included ("8.5 million" = two tokens).
    var first: Int
    var last: Int
    /// "1.500" read with the dot as a thousands separator (German, Spanish… and their machine
    /// translations), used when the noun shows the number must be whole ("1.500 soldiers").
    var thousandsReading: Double?
    /// The factor of the scale word, 1 without one ("million" = 1e6).
    var scale: Double = 1
    var isSpelled = false
    /// One token of digits only, no separator or scale: "2022", "19", "737".
    var isPlainInteger = false
    /// The noun of a hyphenated spelled compound: "five-day" → "day".
    var compoundNoun: String?
    /// A lone "one" without scale: only counted before a percent unit ("one percent").
    var isLoneOne = false

    var hasScale: Bool { scale != 1 }
}

/// Reads numbers: digits with separators ("1,500", "12 000", "1.234.567"), decimals with scale
/// words ("8.5 million", "1.5bn", "$3m"), and spelled numbers ("twelve thousand",
/// "one hundred and twenty", "twenty-five", "a dozen", "half a million").
struct NumberParser: Sendable {
    let words: NumberWords

    /// The number starting at token `i`, or nil. `afterCurrency` allows the money-only scale
    /// letters ("$3m", "€50k").
    func parse(_ s: SentenceTokens, at i: Int, afterCurrency: Bool) -> ParsedNumber? {
        var n: ParsedNumber?
        if s.isNumber(i) { n = parseDigits(s, at: i, afterCurrency: afterCurrency) }
        else if s.isWord(i), words.canStart(s.lows[i], hyphenated: s.hasHyphen(i)) { n = parseWords(s, at: i) }
        guard var n else { return nil }
        addHalf(s, &n)
        return n
    }

    /// "three and a half years", "one and a half million people": a half after a whole number without a scale,
    /// and the scale word after the half.
    private func addHalf(_ s: SentenceTokens, _ n: inout ParsedNumber) {
        let k = n.last + 1
        guard !n.hasScale, n.value == n.value.rounded(), k + 2 < s.count, s.lows[k] == "and", s.lows[k + 1] == "a",
              s.lows[k + 2] == "half" else { return }
        n.value += 0.5
        n.last = k + 2
        n.isPlainInteger = false
        n.isLoneOne = false
        n.thousandsReading = nil
        if k + 3 < s.count, s.isWord(k + 3), let factor = words.scales[s.lows[k + 3]] {
            n.value *= factor
            n.scale = factor
            n.last = k + 3
        }
    }

    // MARK: digits

    private func parseDigits(_ s: SentenceTokens, at i: Int, afterCurrency: Bool) -> ParsedNumber? {
        guard let reading = Self.digitValue(s.tokens[i].text) else { return nil }
        var n = ParsedNumber(value: reading.value, first: i, last: i, thousandsReading: reading.thousands)
        n.isPlainInteger = s.isPlainDigits(i)
        // (Not after a year: "By 2030 100 million people".)
        let yearLike = n.isPlainInteger && (1000...2199).contains(n.value)
        if !yearLike, let (factor, end) = countingUnit(s, after: i) {
            n.value = (n.value * factor).rounded()
            n.thousandsReading = nil
            n.scale = factor
            n.last = end
            n.isPlainInteger = false
            return n
        }
        // "12 000": a group of three digits after a space continues the number (French, Swiss and
        // SI style). Only after a first group of at most three digits, so "2022 100" is two numbers.
        if n.isPlainInteger, s.tokens[i].text.utf8.count <= 3 {
            var j = i + 1
            var digitCount = s.tokens[i].text.utf8.count
            while s.isPlainDigits(j), !s.attached(j), s.tokens[j].text.utf8.count == 3,
                  digitCount + 3 <= FigureLimits.maxDigits, let g = Double(s.tokens[j].text) {
                n.value = n.value * 1000 + g
                n.last = j
                digitCount += 3
                j += 1
            }
            if n.last > i { n.isPlainInteger = false }
        }
        // A scale word: "8.5 million", "1.5bn", "3 bln", and after a currency sign "$3m"; Canadian and
        // South African papers hyphenate it: "$1.2-billion", "R340-million".
        var k = n.last + 1
        if s.isPunct(k, SentenceTokens.hyphenMarks), s.attached(k), s.attached(k + 1), s.isWord(k + 1), words.scales[s.lows[k + 1]] != nil {
            k += 1
        }
        if s.isWord(k) {
            let w = s.lows[k]
            var factor = words.scales[w] ?? words.hundred[w] ?? words.scaleAbbreviations[w]
            if factor == nil, afterCurrency, s.attached(k) { factor = words.moneyScales[w] }
            if let factor {
                // "4.1 million" is 4,100,000, not 4,099,999.9999999995: a product that is a whole number but
                // for the binary fraction's error is that number.
                let product = n.value * factor
                n.value = abs(product - product.rounded()) <= 1e-9 * abs(product) ? product.rounded() : product
                n.thousandsReading = nil
                n.scale = factor
                n.last = k
                n.isPlainInteger = false
                readLowerGroups(s, &n)
            }
        }
        return n
    }

    /// "38.62 100 million yuan", "1,286 ten thousand pieces", "4.5 hundred million": Chinese and Japanese count
    /// in units of ten thousand (万) and a hundred million (亿, 億), and machine translation writes the unit
    /// out after the number. The factor and the unit's last token, or nil.
    private func countingUnit(_ s: SentenceTokens, after i: Int) -> (Double, Int)? {
        let k = i + 1
        guard k + 1 < s.tokens.count, !s.attached(k) else { return nil }
        let next = s.lows[k + 1]
        if s.isPlainDigits(k), s.tokens[k].text == "100", next == "million" { return (1e8, k + 1) }
        if s.lows[k] == "hundred", next == "million" { return (1e8, k + 1) }
        if s.lows[k] == "ten" || s.isPlainDigits(k) && s.tokens[k].text == "10", next == "thousand" { return (1e4, k + 1) }
        return nil
    }

    /// "3 thousand 270 blankets", "1 million 640 thousand people", "Rs 12 crore 50 lakh", "Rs 1 arba 10 crore":
    /// translations (from Turkish, among others) and South Asian copy write the lower groups after the scale
    /// word, each with a smaller scale word of its own; after "thousand" the hundreds may follow bare. So
    /// "$3 million 10 days ago" and "$50k 10 years ago" stay two numbers.
    private func readLowerGroups(_ s: SentenceTokens, _ n: inout ParsedNumber) {
        // The scale written as a word: "$50k 10 years ago" is two numbers.
        guard var current = words.scales[s.lows[n.last]] else { return }
        var j = n.last + 1
        while let g = lowerGroup(at: j, in: s), let next = words.scales[s.low(j + 1)], next >= 1000, next < current {
            n.value += g * next
            n.last = j + 1
            j += 2
            current = next
        }
        if current == 1000, let g = lowerGroup(at: j, in: s) {
            n.value += g
            n.last = j
        }
    }

    /// A group of up to three digits standing apart at `j` ("50" in "Rs 12 crore 50 lakh"), or nil.
    private func lowerGroup(at j: Int, in s: SentenceTokens) -> Double? {
        guard s.isPlainDigits(j), !s.attached(j), s.tokens[j].text.utf8.count <= 3 else { return nil }
        return Double(s.tokens[j].text)
    }

    /// The value of one number token. Separators: a comma, apostrophe or (thin) space groups
    /// thousands; a single dot is a decimal point ("8.5"), several dots group thousands
    /// ("1.234.567"); with both, the last one is the decimal mark ("1.234,5", "1,234.5").
    /// A single comma before one or two digits is a decimal comma ("1,20 metres", "3,5 million"):
    /// thousands separators always group three digits. Anything else ("1,2,3", "12,3456") is not
    /// read: fewer figures rather than wrong ones.
    static func digitValue(_ text: String) -> (value: Double, thousands: Double?)? {
        // Most numbers are plain digits: read them without building groups.
        var plain = 0.0
        var plainDigits = 0
        for b in text.utf8 {
            guard b >= 0x30 && b <= 0x39 else { plainDigits = -1; break }
            plain = plain * 10 + Double(b - 0x30)
            plainDigits += 1
        }
        if plainDigits > 0 { return plainDigits <= FigureLimits.maxDigits ? (plain, nil) : nil }

        var groups: [String] = [""]
        var separators: [Character] = []
        var digitCount = 0
        for u in text.unicodeScalars {
            if u.isASCII, u.properties.numericType != nil {
                groups[groups.count - 1].unicodeScalars.append(u)
                digitCount += 1
            } else {
                separators.append(u == "." ? "." : u == "," ? "," : " ")
                groups.append("")
            }
        }
        guard digitCount > 0, digitCount <= FigureLimits.maxDigits else { return nil }
        if separators == [","], (1...2).contains(groups[1].count) {
            return Double(groups[0] + "." + groups[1]).map { ($0, nil) }
        }

        func thousands(_ gs: ArraySlice<String>) -> Double? {
            guard let head = gs.first, (1...3).contains(head.count) else { return nil }
            if gs.dropFirst().allSatisfy({ $0.count == 3 }) { return Double(gs.joined()) }
            // Indian grouping, "1,04,350", "2,94,000": thousands, then lakhs and crores in pairs of digits.
            guard separators.allSatisfy({ $0 == "," }), gs.count >= 3, head.count <= 2, gs.last?.count == 3,
                  gs.dropFirst().dropLast().allSatisfy({ $0.count == 2 }) else { return nil }
            return Double(gs.joined())
        }
        let kinds = Set(separators)
        if kinds.count == 1 {
            let sep = separators[0]
            if sep == ".", separators.count == 1 {
                guard let v = Double(groups[0] + "." + groups[1]) else { return nil }
                let alt = groups[1].count == 3 && groups[0] != "0" ? thousands(groups[...]) : nil
                return (v, alt)
            }
            return thousands(groups[...]).map { ($0, nil) }
        }
        // Two kinds: the last separator is the decimal mark and occurs once.
        guard kinds.count == 2, let decimal = separators.last, decimal == "." || decimal == ",",
              separators.dropLast().allSatisfy({ $0 != decimal }),
              let whole = thousands(groups.dropLast()), let fraction = Double("0." + groups[groups.count - 1]) else { return nil }
        return (whole + fraction, nil)
    }

    // MARK: words

    private enum Last { case start, article, half, halfArticle, unit, ten, hundred, scale, decimal }

    private func parseWords(_ s: SentenceTokens, at i: Int) -> ParsedNumber? {
        // "a", "an" and "half" are numbers only before a scale word ("a dozen", "half a million"):
        // settle the common case, "a" before anything else, with one lookup.
        let first = s.lows[i]
        if first == "a" || first == "an", words.scales[s.low(i + 1)] == nil, words.hundred[s.low(i + 1)] == nil { return nil }
        var total = 0.0
        var current = 0.0
        var last = Last.start
        var scale = 1.0
        var end = -1
        var compound: String?
        var usedOne = false
        var j = i
        tokens: while s.isWord(j) {
            let w = s.lows[j]
            if w == "and", last == .hundred || last == .scale, s.isWord(j + 1),
               words.cardinals[s.lows[j + 1]] != nil || words.tens[s.lows[j + 1]] != nil || s.hasHyphen(j + 1) {
                j += 1
                continue
            }
            // "fourteen point eight million": a decimal read out digit by digit; only a scale may follow.
            if words.decimalPoints.contains(w), last == .unit || last == .ten, scale == 1, words.digits[s.low(j + 1)] != nil {
                var fraction = 0.0
                var place = 0.1
                var k = j + 1
                while let d = words.digits[s.low(k)] {
                    fraction += d * place
                    place /= 10
                    k += 1
                }
                // "At one point two men climbed in": after a lone "one" only a scale word shows a decimal
                // ("one point two million").
                guard !usedOne || words.scales[s.low(k)] != nil else { break tokens }
                current += fraction
                end = k - 1
                j = k
                last = .decimal
                continue
            }
            let parts = s.hasHyphen(j) ? w.split(separator: "-").map(String.init) : [w]
            var took = false
            for (p, part) in parts.enumerated() {
                if let v = words.cardinals[part] {
                    guard last == .start || last == .hundred || last == .scale || (last == .ten && v < 10) else { break tokens }
                    current += v
                    last = .unit
                } else if let v = words.tens[part] {
                    guard last == .start || last == .hundred || last == .scale else { break tokens }
                    current += v
                    last = .ten
                } else if let v = words.one[part] {
                    // "one", "a", "an" open a number; "one" also ends one ("twenty-one", "a hundred and one").
                    if last == .start {
                        current = v
                        last = part == "one" ? .unit : .article
                        usedOne = true
                    } else if last == .half, part != "one" {
                        last = .halfArticle
                    } else if part == "one", last == .ten || last == .hundred || last == .scale {
                        current += v
                        last = .unit
                    } else { break tokens }
                } else if let v = words.half[part], last == .start {
                    current = v
                    last = .half
                } else if let v = words.hundred[part], last == .unit || last == .ten || last == .article {
                    current = (current == 0 ? 1 : current) * v
                    last = .hundred
                    scale = max(scale, v)
                } else if let v = words.scales[part], last != .start, last != .half {
                    total += (current == 0 ? 1 : current) * v
                    current = 0
                    last = .scale
                    scale = max(scale, v)
                } else if p > 0, took || last != .start {
                    // "five-day", "twenty-five-year-old": a number glued to a noun.
                    compound = parts[p...].joined(separator: "-")
                    end = j
                    break tokens
                } else {
                    break tokens
                }
                took = true
            }
            end = j
            j += 1
            if compound != nil { break }
        }
        guard end >= i, last != .article, last != .half, last != .halfArticle || scale > 1 else { return nil }
        // "a" and "half" need a scale word: "a dozen", "half a million", not "a soldier".
        if (s.lows[i] == "a" || s.lows[i] == "an" || s.lows[i].hasPrefix("half")), scale == 1 { return nil }
        if let compound, words.fractions.contains(compound.split(separator: "-").first.map(String.init) ?? "") { return nil }
        var n = ParsedNumber(value: total + current, first: i, last: end)
        n.isSpelled = true
        n.scale = scale
        n.compoundNoun = compound
        n.isLoneOne = usedOne && scale == 1 && total + current == 1
        return n
    }
}
