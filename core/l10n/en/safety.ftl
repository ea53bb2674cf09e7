### The safety plan (Stanley & Brown's seven steps), in Hearth's own words. $id is the
### section's stable id.

plan-heading = { $id ->
    [warning_signs] Signs a hard time is starting
    [on_my_own] Things I can do on my own
    [distractions] People and places that take my mind off things
    [people_to_ask] People I can ask for help
    [professionals] Professionals and services
    [safer_surroundings] Making my surroundings safer
   *[reasons_for_living] What matters to me
}
plan-help = { $id ->
    [warning_signs] Thoughts, feelings, situations or habits that tell you things are getting difficult. Noticing them early gives you more time to use the rest of this plan.
    [on_my_own] Small things that have helped you feel even a little steadier before: a walk, music, a shower, slow breathing, writing it down. Choose ones you can do almost anywhere.
    [distractions] Who or where helps you feel less alone or think about something else for a while: a friend to message, a café, a park, a library. You don't have to talk about how you feel.
    [people_to_ask] People you trust enough to tell that you are struggling. Add their numbers so they are one tap away.
    [professionals] Your doctor, therapist or a local mental health service, with their numbers. Crisis lines for your region are shown alongside this plan.
    [safer_surroundings] Ways to put distance between you and anything you could use to hurt yourself, such as asking someone to keep hold of it for a while. Small steps count.
   *[reasons_for_living] People, animals, plans, beliefs or small joys that make life worth living for you. Reading them in a hard moment can help.
}

## Crisis lines. Numbers and service names are never translated; regions are chosen by
## where the person is, not by language.

# $count is how many emergency numbers the region has (1 or 2); $first, $second the numbers.
crisis-danger = { $count ->
    [one] If you are in danger right now, call { $first }. The lines below are there to listen, and the people you trust are listed here too.
   *[other] If you are in danger right now, call { $first } or { $second }. The lines below are there to listen, and the people you trust are listed here too.
}
crisis-unknown-region = { -brand } has no crisis line stored for this region yet. If you are in danger right now, call your local emergency number. In many countries, including across the EU, 112 also reaches emergency services from a mobile phone, but not everywhere, so use your local number if you know it. The people you trust are listed here too; reaching out to one of them now can help.

# How to reach each line. $id is the line's stable id.
crisis-how = { $id ->
    [us_988] Call or text 988.
    [us_crisis_text_line] Text HOME to 741741.
    [ca_988] Call or text 988.
    [gb_samaritans] Call 116 123, free from any phone.
    [gb_shout] Text SHOUT to 85258.
    [ie_samaritans] Call 116 123, free from any phone.
    [au_lifeline] Call 13 11 14.
    [nz_1737] Call or text 1737, free.
   *[de_telefonseelsorge] Call 0800 111 0 111 or 0800 111 0 222, free.
}

region-name = { $code ->
    [US] United States
    [CA] Canada
    [GB] United Kingdom
    [IE] Ireland
    [AU] Australia
    [NZ] New Zealand
    [DE] Germany
   *[other] { $code }
}
