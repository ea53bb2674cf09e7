### The calendar's words for screen readers: colour is never the only signal.

# A day with check-ins. $date is date-long; $word the mood word of the rounded mean;
# $mean the mean mood (a decimal); $count the check-ins; $extras is calendar-day-extras.
calendar-day = { $date }: mood { $word } ({ $mean }), { $count ->
    [one] 1 check-in
   *[other] { $count } check-ins
}{ $extras }
calendar-day-empty = { $date }: no check-in{ $extras }
# What else was written that day, continuing the sentence above.
calendar-day-extras = { $has ->
    [note] , a note
    [reflection] , a reflection
    [thought] , a thought record
    [note-reflection] , a note, a reflection
    [note-thought] , a note, a thought record
    [reflection-thought] , a reflection, a thought record
    [all] , a note, a reflection, a thought record
   *[none] { "" }
}
