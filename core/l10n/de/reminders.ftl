### Was eine Erinnerung sagt. Warm, kurz, abwechslungsreich, manchmal hin zu einem
### Menschen statt zur App. Nie Schuldgefühle, nie „verpasst“, keine Serien, keine
### Ausrufezeichen, höchstens 100 Zeichen.

reminder-gentle-1 = Wie fühlst du dich gerade? Ein Tippen genügt.
reminder-gentle-2 = Ein ruhiger Moment für dich: Wie läuft dein Tag?
reminder-gentle-3 = Wenn du magst, atme einmal durch und spür nach, wie es dir geht.
reminder-gentle-4 = { -brand } ist da, wann immer du einen Moment zum Nachdenken möchtest.
reminder-gentle-5 = Wie ist deine Energie heute? Ein Tippen sagt schon viel.
reminder-gentle-6 = Wie auch immer dein Tag war, hier ist Platz dafür.
reminder-gentle-7 = Ein kleiner Check-in, wenn es sich richtig anfühlt: Wie geht es dir?
reminder-gentle-8 = Was ist dir heute aufgefallen, ob groß oder klein?
reminder-people-1 = Gibt es jemanden, dem du heute Hallo sagen möchtest?
reminder-people-2 = Mit wem hast du heute gesprochen? Eine kurze Nachricht an jemanden kann viel bedeuten.
reminder-people-3 = Vielleicht ein guter Moment, jemanden anzurufen, der dir wichtig ist.
reminder-people-4 = Gibt es jemanden, der sich freuen würde, von dir zu hören?
reminder-slower-every-other-day = Wir melden uns vorerst etwas seltener. Du kannst das jederzeit in den Erinnerungen ändern.
reminder-slower-weekly = Wir melden uns vorerst etwa einmal pro Woche. Du kannst das jederzeit in den Erinnerungen ändern.
