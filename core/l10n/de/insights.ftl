### Einblicke und das Widget. Schlicht und warm: nie Schuldgefühle, nie eine Diagnose,
### nie die Behauptung, dass eines das andere verursacht.

widget-ask-1 = Wie geht es dir gerade?
widget-ask-2 = Ein Tippen genügt, wann immer du magst.
widget-ask-3 = Wie ist dein Tag bisher?
widget-ask-4 = Ein Moment, um zu spüren, wie es dir geht.
widget-ask-5 = Wie auch immer dein Tag läuft, er zählt.

widget-thanks-1 = Danke fürs Eintragen.
widget-thanks-2 = Notiert. Sei gut zu dir.
widget-thanks-3 = Danke. Tippe gern jederzeit wieder.
widget-thanks-4 = Eingetragen. Vielleicht magst du heute jemandem Hallo sagen?
widget-thanks-5 = Alles klar. Du nimmst dich wahr – das zählt.

quick-mood-label = { $mood ->
    [1] Sehr schwer
    [2] Schwer
    [4] Gut
    [5] Sehr gut
   *[3] Okay
}
quick-mood-a11y = Stimmung eintragen: { $word }, { $mood } von 5

safety-low-mood = Es scheint sich eine Weile schwer angefühlt zu haben. Es kann helfen, dich an einen Menschen zu wenden, dem du vertraust, oder mit einer Fachperson darüber zu sprechen. Dein Sicherheitsplan und die Krisentelefone sind nur einen Tipp entfernt.

insight-none-yet = In diesem Zeitraum gibt es noch keine Check-ins. Muster zeigen sich nach ein paar Einträgen.
insight-note = Das sind Muster in deinen eigenen Check-ins. Sie zeigen, was oft zusammen auftritt, nicht was was verursacht.

insight-connection = An Tagen, an denen du mit jemandem in Kontakt warst, lag deine Stimmung im Schnitt bei { $with }, an anderen Tagen bei { $without } ({ $days_with } und { $days_without } Tage).
insight-connection-not-enough = Noch zu wenige Daten: Kontakt wird verglichen, sobald es { $needed } Tage mit und { $needed } Tage ohne notierten Kontakt gibt (bisher { $days_with } und { $days_without }).

insight-association = { $kind ->
    [tag] Check-ins mit dem Tag { $name } lagen im Schnitt bei einer Stimmung von { $with }, die übrigen bei { $without } ({ $count_with } und { $count_without } Check-ins).
    [emotion] Check-ins, bei denen du dich { $name } gefühlt hast, lagen im Schnitt bei einer Stimmung von { $with }, die übrigen bei { $without } ({ $count_with } und { $count_without } Check-ins).
   *[other] Check-ins mit { $name } lagen im Schnitt bei einer Stimmung von { $with }, die übrigen bei { $without } ({ $count_with } und { $count_without } Check-ins).
}
insight-association-not-enough = Noch zu wenige Daten für { $name } ({ $count_with } mit, { $count_without } ohne; je { $needed } nötig).
insight-scale-high = { $scale } (hoch)
insight-person-unlisted = jemand, der nicht mehr aufgeführt ist
