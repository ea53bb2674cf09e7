### The built-in emotions and context tags. They are stored by these ids (the English
### words) and shown in the reader's language; a person's own emotions and tags are
### shown as written (the default variant).

# An emotion's name as it reads in "Check-ins where you felt …".
emotion-name = { $emotion ->
    [amazed] amazed
    [amused] amused
    [angry] angry
    [annoyed] annoyed
    [anxious] anxious
    [ashamed] ashamed
    [brave] brave
    [calm] calm
    [confident] confident
    [content] content
    [disappointed] disappointed
    [discouraged] discouraged
    [disgusted] disgusted
    [drained] drained
    [embarrassed] embarrassed
    [excited] excited
    [frustrated] frustrated
    [grateful] grateful
    [guilty] guilty
    [happy] happy
    [hopeful] hopeful
    [hopeless] hopeless
    [indifferent] indifferent
    [irritated] irritated
    [jealous] jealous
    [joyful] joyful
    [lonely] lonely
    [overwhelmed] overwhelmed
    [passionate] passionate
    [peaceful] peaceful
    [proud] proud
    [relieved] relieved
    [sad] sad
    [satisfied] satisfied
    [scared] scared
    [stressed] stressed
    [surprised] surprised
    [worried] worried
   *[other] { $emotion }
}

# A tag's name; the id has "-" for spaces (current-events).
tag-name = { $tag ->
    [community] community
    [current-events] current events
    [dating] dating
    [education] education
    [family] family
    [fitness] fitness
    [friends] friends
    [health] health
    [hobbies] hobbies
    [identity] identity
    [money] money
    [partner] partner
    [self-care] self-care
    [spirituality] spirituality
    [tasks] tasks
    [travel] travel
    [weather] weather
    [work] work
   *[other] { $tag }
}
