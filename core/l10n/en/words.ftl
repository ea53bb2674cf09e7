### Small words other messages are built from: mood levels, weekdays, months, numbers.
### Translator notes: core/l10n/TRANSLATORS.md

-brand = Hearth

# A mood level 1–5. Never a judgement: "low", not "bad".
mood-word = { $mood ->
    [1] very low
    [2] low
    [4] good
    [5] very good
   *[3] okay
}

# Weekdays, 1 = Monday.
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
weekday-long = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}

# A month's name standing alone (as a calendar heading).
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# A date in full. $weekday and $month are the names above.
date-long = { $weekday }, { $day } { $month } { $year }

# A decimal number: whole part, separator, fraction digits.
number-decimal = { $whole }.{ $fraction }
