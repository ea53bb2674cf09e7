### Kleine Wörter, aus denen andere Meldungen gebaut sind.
### Hinweise für Übersetzende: core/l10n/TRANSLATORS.md

-brand = Hearth

mood-word = { $mood ->
    [1] sehr schwer
    [2] schwer
    [4] gut
    [5] sehr gut
   *[3] okay
}

weekday-short = { $day ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}
weekday-long = { $day ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}

month-name = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}

date-long = { $weekday }, { $day }. { $month } { $year }

number-decimal = { $whole },{ $fraction }
