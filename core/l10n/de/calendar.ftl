### Die Worte des Kalenders für Screenreader: Farbe ist nie das einzige Signal.

calendar-day = { $date }: Stimmung { $word } ({ $mean }), { $count ->
    [one] 1 Check-in
   *[other] { $count } Check-ins
}{ $extras }
calendar-day-empty = { $date }: kein Check-in{ $extras }
calendar-day-extras = { $has ->
    [note] , eine Notiz
    [reflection] , eine Reflexion
    [thought] , ein Gedankenprotokoll
    [note-reflection] , eine Notiz, eine Reflexion
    [note-thought] , eine Notiz, ein Gedankenprotokoll
    [reflection-thought] , eine Reflexion, ein Gedankenprotokoll
    [all] , eine Notiz, eine Reflexion, ein Gedankenprotokoll
   *[none] { "" }
}
