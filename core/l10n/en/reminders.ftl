### What a reminder says. Warm, short, varied, sometimes pointing toward a person rather
### than the app. Never guilt, never "you missed", no streaks, no exclamation marks,
### at most 100 characters.

reminder-gentle-1 = How are you feeling right now? One tap is enough.
reminder-gentle-2 = A quiet moment for you: how's today going?
reminder-gentle-3 = If you like, take a breath and notice how you feel.
reminder-gentle-4 = { -brand } is here whenever you'd like a moment to reflect.
reminder-gentle-5 = How's your energy today? A single tap says plenty.
reminder-gentle-6 = Whatever today has been like, there's room for it here.
reminder-gentle-7 = A small check-in, if it feels right: how are you?
reminder-gentle-8 = What's one thing that stood out today, big or small?
reminder-people-1 = Is there someone you'd like to say hello to today?
reminder-people-2 = Who did you talk to today? A short message to a friend can mean a lot.
reminder-people-3 = Maybe a good moment to call someone you care about.
reminder-people-4 = Is there someone who'd be glad to hear from you?
reminder-slower-every-other-day = We'll check in a little less often for now. You can change this anytime in Reminder settings.
reminder-slower-weekly = We'll check in about once a week for now. You can change this anytime in Reminder settings.
