### Reflection prompts and the thinking traps of a thought record.

## Prompts. Several turn toward other people, because connection is what most reliably helps.
prompt-people-close = Who did you feel close to today?
prompt-people-reach-out = Is there someone you'd like to reach out to?
prompt-people-kindness = What is something kind someone did, or you did for someone?
prompt-day-notice = What stood out to you today?
prompt-day-energy = What gave you energy today, and what took it away?
prompt-feel-name = If this feeling could speak, what would it say?
prompt-feel-body = Where do you notice this feeling in your body?
prompt-care-small = What is one small thing that would help you right now?
prompt-care-enough = What did you manage today, however small?
prompt-ahead-look = What is something you are looking forward to?

## Thinking traps (cognitive distortions), named kindly. $id is the stable id.
distortion-title = { $id ->
    [all_or_nothing] All-or-nothing thinking
    [overgeneralisation] Overgeneralisation
    [mental_filter] Mental filter
    [disqualifying_the_positive] Disqualifying the positive
    [jumping_to_conclusions] Jumping to conclusions
    [magnification_minimisation] Magnification or minimisation
    [emotional_reasoning] Emotional reasoning
    [should_statements] Should statements
    [labelling] Labelling
   *[personalisation_and_blame] Personalisation and blame
}
# One line in Hearth's own words.
distortion-description = { $id ->
    [all_or_nothing] Seeing something as total success or total failure, with nothing in between.
    [overgeneralisation] Treating one thing that went wrong as proof it will always go wrong.
    [mental_filter] Holding on to one painful detail until it colours everything else.
    [disqualifying_the_positive] Brushing off good things as luck or as not counting.
    [jumping_to_conclusions] Deciding what others think, or how things will turn out, before the facts are in.
    [magnification_minimisation] Making a mistake feel huge, or a strength feel tiny.
    [emotional_reasoning] Taking a feeling as evidence: I feel useless, so I must be.
    [should_statements] Holding yourself or others to rigid rules of should and must.
    [labelling] Summing up a whole person, often yourself, with one harsh word.
   *[personalisation_and_blame] Carrying all the blame for something, or placing it all on someone else.
}
