### Sample data for `hearth demo` (core/src/demo.rs): invented, everyday, nobody real.
### Translator notes: core/l10n/TRANSLATORS.md

# A sample check-in note, 1–7. Short, first person, ordinary days.
demo-note = { $n ->
    [1] Walked to the park with a friend.
    [2] Long day, but dinner helped.
    [3] Called my sister; we laughed a lot.
    [4] Slept badly. Taking it slow.
    [5] Finished the thing I had been putting off.
    [6] Quiet evening with a book.
   *[7] Felt tense before the meeting, fine after.
}

# Sample trusted people, 1–3: a first name (or family word) common in the language.
demo-person-name = { $n ->
    [1] Sam
    [2] Mum
   *[3] Alex
}
# How each sample person helps (lower case, as a person would jot it down).
demo-person-help = { $n ->
    [1] listens without fixing
    [2] calls on Sundays
   *[3] walks with me
}
