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

## Confirmations and empty states.

# After saving; $entry is the saved entry's line.
cli-saved = Saved. { $entry }
cli-deleted = Deleted { $id }.
cli-list-empty = Nothing in this range yet.
# $date is ISO (2026-12-07); $line the core's one-line summary of today.
cli-today-heading = Today, { $date }: { $line }
# $query is quoted as typed.
cli-search-none = Nothing found for { $query }.
cli-history-none = Nothing more in your history.
# $command is the command for the next page; never translated.
cli-history-next = next page: { $command }
cli-history-start = (the start of your history)
cli-erase-nothing = Nothing to erase in { $dir }.
# Followed by the removed files, one a line.
cli-erase-done = Erased. The key is gone, so no copy of this journal can be read again. Removed:

## `hearth verify`. $sqlite is SQLite's own word ("ok").

cli-verify-checked = { $count ->
    [one] Checked { $count } record; SQLite check: { $sqlite }.
   *[other] Checked { $count } records; SQLite check: { $sqlite }.
}
# $table and $id name the record; $reason may stay in English.
cli-verify-damaged = damaged: { $table } { $id } ({ $reason })
cli-verify-integrity = not as Hearth left it: { $problem }
cli-verify-clean = Everything reads back intact.

## `hearth insights`. Dates are ISO; $mean a decimal.

cli-insights-span = { $from } to { $to }
cli-insights-span-start = from the start to { $to }
cli-insights-header = { $count ->
    [one] { $span }: { $count } check-in
   *[other] { $span }: { $count } check-ins
}
cli-insights-header-mean = { $count ->
    [one] { $span }: { $count } check-in, mean mood { $mean }
   *[other] { $span }: { $count } check-ins, mean mood { $mean }
}
# $values: short weekday names, each with its mean mood.
cli-insights-by-weekday = By weekday: { $values }
cli-insights-by-time = By time of day: { $values }
# Parts of the day (night 22–05, morning 05–12, afternoon 12–17, evening 17–22).
cli-time-of-day = { $key ->
    [night] night
    [morning] morning
    [afternoon] afternoon
   *[evening] evening
}
# $names: emotions, tags and activities, as the core names them.
cli-insights-not-enough = Not enough data yet for: { $names }

## `hearth people`, `tags`, `scales`.

cli-people-empty = No one listed yet. `hearth people add NAME --phone … --how "…"` adds someone you trust.
cli-people-removed = Removed { $name } from your people.
cli-tag-activity = { $name } (activity)
cli-tag-archived = { $name } [archived]
cli-tag-activity-archived = { $name } (activity) [archived]

## `hearth calendar`

# $levels: "1 very low, 2 low, …"; $empty is the glyph of a day without a check-in.
cli-calendar-legend = { $levels }, { $empty } no check-in
cli-calendar-year-heading = { $year }: mood by day ({ $legend })
cli-calendar-month-heading = { $month } { $year } ({ $legend }; + a note, reflection or thought record)
cli-calendar-count = { $counted ->
    [one] { $counted } of { $total } days has a check-in.
   *[other] { $counted } of { $total } days have a check-in.
}
# Row labels of the year view: at most three letters.
cli-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## `hearth reminders`. Times are HH:MM; $days short weekday names.

cli-reminders-none = No reminders planned (they may be off or paused).
cli-reminders-on = Reminders on at { $times }
cli-reminders-off = Reminders off at { $times }
cli-reminders-days = On { $days }
cli-reminders-quiet = Quiet { $start }–{ $end }
cli-reminders-paused = Paused until { $date }

## `hearth safety show`

cli-safety-nothing-yet = (nothing yet)

## `hearth export`, `import`, `backup`, `restore`

cli-export-wrote = Wrote { $path }.
cli-backup-written = Backup written to { $path }. Keep the passphrase somewhere safe: without it the backup cannot be opened.
# Terminal prompts; the typed passphrase is not shown.
cli-backup-passphrase-prompt = Backup passphrase:
cli-backup-passphrase-again = The same passphrase again:
# $action is imported or restored.
cli-import-heading = { $action ->
    [restored] Restored:
   *[imported] Imported:
}
cli-import-nothing-new = { $action ->
    [restored] Restored: nothing new ({ $count } already here, unchanged).
   *[imported] Imported: nothing new ({ $count } already here, unchanged).
}
# One line per kind of record; the kind's name comes first, then these counts.
cli-import-counts = { $created } created, { $updated } updated, { $unchanged } unchanged
# Kinds of record, by their ids in exports.
cli-record-kind = { $kind ->
    [check_ins] check-ins
    [reflections] reflections
    [thoughts] thought records
    [assessments] questionnaires
    [tags] tags
    [scales] scales
    [custom_emotions] own emotions
    [people] people
    [reminders] reminders
    [safety_plan] safety plan
   *[shell_settings] app settings
}
cli-import-note = Note: { $note }

## `hearth crisis`. Keep it calm and direct. Region names and line details come from
## the core. $setting is a locale variable as set (LANG=de_DE.UTF-8).

cli-crisis-from-locale = Showing { $region } because your system language is set to { $setting }. For another region: { $command }.
cli-crisis-none-for-locale = Hearth has no crisis line stored for { $region } (from { $setting }). These are the regions it has:
cli-crisis-none-for = Hearth has no crisis line stored for { $region }. These are the regions it has:
cli-crisis-unknown-locale = Hearth could not tell your region (your system language ({ $setting }) names none), so here is every region it has crisis lines for. If you are in danger right now, call your local emergency number.
cli-crisis-unknown-no-locale = Hearth could not tell your region (no system language is set), so here is every region it has crisis lines for. If you are in danger right now, call your local emergency number.
cli-crisis-own-people = Your own people are here too: `hearth people list`.
cli-crisis-region-heading = { $region } — emergency: { $numbers }
cli-crisis-one-region = To see one region: { $command }.
cli-crisis-emergency = Emergency: { $numbers }
cli-crisis-call = call: { $numbers }
cli-crisis-text = text: { $number }
cli-crisis-text-keyword = text: { $keyword } to { $number }
# $hours as the line publishes them; $source a web address; $checked an ISO date.
cli-crisis-hours = hours: { $hours }   (source: { $source }, checked { $checked })
# Alternatives: "999 or 112", "A, B or C".
cli-or-list = { $init } or { $last }

## Warnings about file permissions (after "hearth: "). $mode is octal, e.g. 755.

cli-warn-dir-open = warning: other users can see into { $dir } (mode { $mode }); run `chmod 700 { $dir }`
cli-warn-file-open = warning: { $file } can be read by other users (mode { $mode }), and whoever can read it can read your journal; run `chmod 600 { $file }`

# `--lang` named a language with no catalogue; the run goes on in English.
cli-lang-unavailable = Hearth has no translation for "{ $tag }" yet, so it speaks English.
