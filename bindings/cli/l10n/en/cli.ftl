### The desktop CLI's own sentences (`hearth`). The core's words (mood words, weekdays,
### insights, reminders) come from core/l10n. Translator notes: core/l10n/TRANSLATORS.md
### ("The CLI" section). Never translate commands, flags or ids inside backticks.

## Entry lines in `list`, `today`, `show`, `search` and the demo.
## $when is a short weekday with an ISO date and time ("Mon 2026-12-07 09:30").

# $word is the mood word of the level ("good").
cli-line-checkin = { $when }  mood { $mood } ({ $word })
cli-line-checkin-energy = { $when }  mood { $mood } ({ $word }), energy { $energy }
# After a check-in's line when the person connected with someone.
cli-line-checkin-connected = (connected with someone)
cli-line-reflection = { $when }  reflection
# $prompt is the reflection prompt the person answered.
cli-line-reflection-prompt = { $when }  reflection — { $prompt }
# $title is a questionnaire's short name (PHQ-9); $band its range word.
cli-line-assessment = { $when }  { $title }: { $score } of { $max } ({ $band })
cli-line-assessment-percent = { $when }  { $title }: { $score } of { $max } ({ $band }), { $percent }%
# A CBT thought record and, on the lines below, its hot and balanced thoughts.
cli-line-thought = { $when }  thought record: { $situation }
cli-line-thought-hot = hot thought: { $text }
cli-line-thought-balanced = balanced: { $text }

## Warnings and errors of the CLI itself (after "hearth: ").

cli-warn-damaged = { $count ->
    [one] warning: { $count } damaged record could not be read and was skipped: { $ids }. Run `hearth verify`.
   *[other] warning: { $count } damaged records could not be read and were skipped: { $ids }. Run `hearth verify`.
}
# $reason is the system's explanation (may stay in English).
cli-error-write-output = could not write the output: { $reason }

## `hearth demo`

# Two counts in one sentence: check-ins, then days.
cli-demo-seeded-store = { $count ->
    [one] Seeded { $count } sample check-in
   *[other] Seeded { $count } sample check-ins
} over { $days ->
    [one] { $days } day
   *[other] { $days } days
} into { $dir }.
cli-demo-title = Hearth demo: a private, encrypted mood journal (sample data, throwaway store)
cli-demo-seeded = { $count ->
    [one] Seeded { $count } check-in
   *[other] Seeded { $count } check-ins
} over { $days ->
    [one] { $days } day
   *[other] { $days } days
} into { $dir }.
cli-demo-sealed = Every entry is sealed with AES-256-GCM; the file holds no readable moods, notes or dates.
# Above a sparkline of daily mood.
cli-demo-mood-heading = { $days ->
    [one] Mood, last { $days } day (one bar a day):
   *[other] Mood, last { $days } days (one bar a day):
}
cli-demo-recent-heading = The last few check-ins:
cli-demo-integrity = { $checked ->
    [one] Integrity: { $checked } record checked, { $damaged } damaged.
   *[other] Integrity: { $checked } records checked, { $damaged } damaged.
}
cli-demo-highlights-heading = What stands out in the last 30 days:
# $when is a short weekday and a time ("Mon 09:00"); $message the reminder's words.
cli-demo-next-reminder = Next gentle reminder: { $when } — "{ $message }"
cli-demo-try-heading = Try it on your own store:
# The note in the example command; keep it short and everyday.
cli-demo-try-note = walked with a friend
cli-demo-closing = Hearth is a tool for noticing, not a therapist. If things feel heavy, reaching out to someone you trust helps.
cli-demo-deleted = (The sample store in { $dir } has been deleted.)
cli-demo-not-deleted = (The sample store in { $dir } could not be deleted; remove it with `rm -r { $dir }`.)

## `hearth assess`. Questionnaire titles, items and answer labels are shown as
## published (English); only Hearth's own words are here.

# $title is the questionnaire's published name; $band the range word.
cli-assess-result = { $title }: { $score } of { $max } ({ $band })
cli-assess-result-percent = { $title }: { $score } of { $max } ({ $band }), { $percent }%
cli-assess-safety-pointer = See `hearth safety show` for your plan and `hearth crisis --region XX` for lines that answer now.
cli-assess-history-empty = No questionnaires yet. `hearth assess questions phq9` shows one.
# Above the answer labels (which stay as published).
cli-assess-answers-heading = Answers:
