### Hearth's own words around questionnaires (core/src/assessments). The questionnaire
### items and answer labels are NOT here: they are shown as published, and only a
### validated translation may replace them (see `validated_translation` in the code).
### Rules: say the range, say it is not a diagnosis, name no condition, never call a
### score "safe" or "normal", point toward people. Translator notes: TRANSLATORS.md

# The range a score is in. Keys are stable ids.
assessment-band = { $band ->
    [minimal] minimal
    [mild] mild
    [moderate] moderate
    [moderately_severe] moderately severe
    [severe] severe
    [adequate] adequate
    [low] low
    [very_low] very low
    [below_cutoff] below cutoff
   *[cutoff_reached] cutoff reached
}

# Shown before any number whenever PHQ-9 item 9 is above 0, whatever the total.
assessment-safety-opening = You said you have had thoughts that you would be better off dead or of hurting yourself. Thank you for being honest about that; you don't have to carry it alone. Your safety plan and crisis lines are here, and reaching out today to someone you trust or to a crisis line can help. If you are in danger right now, call your local emergency number.

# PHQ-9 and GAD-7, by range.
assessment-summary-severity = { $band ->
    [minimal] This score is in the minimal range. It is not a diagnosis, and it can change from one week to the next. If something is weighing on you anyway, it is worth talking it over with someone you trust.
    [mild] This score is in the mild range. It is not a diagnosis; a professional can help you make sense of it.
    [moderate] This score is in the moderate range. It is not a diagnosis, but it may help to talk it over with a doctor or therapist, and to let someone close to you know how things have been.
    [moderately_severe] This score is in the moderately severe range. It is not a diagnosis. Please consider talking with a doctor or therapist soon, and with someone you trust; you don't have to work through this alone.
   *[severe] This score is in the severe range. It is not a diagnosis, but it suggests the last two weeks have been very hard. Please reach out to a doctor or therapist soon, and to someone you trust today.
}

# WHO-5: $percent is 0–100.
assessment-summary-wellbeing = { $band ->
    [very_low] Your well-being score is { $percent } out of 100, which is very low. It is not a diagnosis, but it suggests the last two weeks have been hard. Please consider talking with a doctor or therapist soon, and let someone close to you know how you are doing.
    [low] Your well-being score is { $percent } out of 100, at or below the 50 that is often used as a point to look more closely. It is not a diagnosis, but it may help to talk with someone you trust, and a doctor or therapist can help you look at how you have been feeling.
   *[adequate] Your well-being score is { $percent } out of 100, above the 50 that is often used as a point to look more closely. It is a snapshot of the last two weeks, not a diagnosis.
}

# PHQ-2 / GAD-2: $total of 6, $cutoff (3), $full the longer form's name (PHQ-9, GAD-7).
assessment-summary-short = { $band ->
    [cutoff_reached] This short check scored { $total } out of 6, at or above the usual cutoff of { $cutoff }. It is not a diagnosis. The longer { $full } can give a fuller picture, and a doctor or therapist can help you make sense of it.
   *[below_cutoff] This short check scored { $total } out of 6, below the usual cutoff of { $cutoff }. It is not a diagnosis. If things still feel heavy, the longer { $full } asks about more, and talking with someone you trust can help.
}

# Shown above a questionnaire when no validated translation into the reader's language
# is included, so the original English is shown. Warm and plain; one line.
assessment-original-language-notice = This questionnaire is shown in its original English, because Hearth does not include a validated translation of it yet.
