/// Every numeric threshold of the date extractor, with where it comes from.
enum DateLimits {
    /// Four-digit numbers read as years. News text dates events from the 19th century on; earlier
    /// four-digit numbers are far more often counts ("1500 soldiers"), later ones are not years yet.
    static let plausibleYears = 1800...2100

    /// Days of a month, before checking the month itself.
    static let maxDayOfMonth = 31

    /// Largest count read in "… ago" ("three weeks ago"); bigger numbers are not relative dates.
    static let maxAgoCount = 999

    /// Year used to check a day of a month when the year is unknown: a leap year, so "Feb. 29" passes.
    static let leapYear = 2000

    /// Tokens read back from a weekday or month for the future marker of its clause ("will arrive on
    /// Saturday"). A clause rarely runs past a few dozen words; the bound keeps a huge sentence linear.
    static let maxClauseTokens = 40
}
