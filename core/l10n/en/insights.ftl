### Insights and the widget. Plain and warm: never guilt, never a diagnosis, never a
### claim that one thing causes another.

## Widget lines before today's first check-in.
widget-ask-1 = How are you, right now?
widget-ask-2 = One tap is enough, whenever you like.
widget-ask-3 = How is today treating you?
widget-ask-4 = A moment to notice how you feel.
widget-ask-5 = However today is going, it counts.

## Widget lines after a check-in today.
widget-thanks-1 = Thanks for checking in.
widget-thanks-2 = Noted. Be gentle with yourself.
widget-thanks-3 = Thank you. Tap again any time.
widget-thanks-4 = Checked in. Maybe say hi to someone today?
widget-thanks-5 = Got it. You're doing the noticing.

# The five mood buttons. $mood is 1–5; the visible label is the mood word, capitalised.
quick-mood-label = { $mood ->
    [1] Very low
    [2] Low
    [4] Good
    [5] Very good
   *[3] Okay
}
# For screen readers. $word is the mood word (mood-word).
quick-mood-a11y = Record mood: { $word }, { $mood } of 5

# After two weeks of low moods (shown with the safety plan and crisis lines).
safety-low-mood = Things seem to have felt heavy for a while. It could help to reach out to someone you trust, or to talk it over with a professional. Your safety plan and crisis lines are one tap away.

insight-none-yet = No check-ins in this range yet. Patterns appear after a few.
insight-note = These are patterns in your own check-ins. They show what tends to go together, not what causes what.

# $with and $without are mean moods (decimals); $days_with/$days_without are counts (each at least the minimum).
insight-connection = On days you connected with someone, your mood averaged { $with }, compared with { $without } on other days ({ $days_with } and { $days_without } days).
insight-connection-not-enough = Not enough data yet: connection is compared once there are { $needed } days with and { $needed } days without contact noted ({ $days_with } and { $days_without } so far).

# $kind: tag, emotion, scale or person. $name is shown as the person wrote it (or the
# built-in word in the reader's language). Counts are at least five on each side.
insight-association = { $kind ->
    [tag] Check-ins tagged { $name } averaged a mood of { $with }; others averaged { $without } ({ $count_with } and { $count_without } check-ins).
    [emotion] Check-ins where you felt { $name } averaged a mood of { $with }; others averaged { $without } ({ $count_with } and { $count_without } check-ins).
   *[other] Check-ins with { $name } averaged a mood of { $with }; others averaged { $without } ({ $count_with } and { $count_without } check-ins).
}
insight-association-not-enough = Not enough data yet for { $name } ({ $count_with } with, { $count_without } without; { $needed } of each needed).
# A custom scale's upper half, e.g. "sleep (high)".
insight-scale-high = { $scale } (high)
# A person removed from the trusted people since.
insight-person-unlisted = someone no longer listed
