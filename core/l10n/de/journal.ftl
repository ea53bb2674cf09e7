### Impulse zum Nachdenken und die Denkfallen eines Gedankenprotokolls.

prompt-people-close = Wem hast du dich heute nahe gefühlt?
prompt-people-reach-out = Gibt es jemanden, bei dem du dich gern melden würdest?
prompt-people-kindness = Was hat jemand Freundliches getan – oder du für jemanden?
prompt-day-notice = Was ist dir heute aufgefallen?
prompt-day-energy = Was hat dir heute Energie gegeben, und was hat sie dir genommen?
prompt-feel-name = Wenn dieses Gefühl sprechen könnte, was würde es sagen?
prompt-feel-body = Wo spürst du dieses Gefühl in deinem Körper?
prompt-care-small = Was ist eine kleine Sache, die dir gerade helfen würde?
prompt-care-enough = Was hast du heute geschafft, so klein es auch ist?
prompt-ahead-look = Worauf freust du dich?

distortion-title = { $id ->
    [all_or_nothing] Schwarz-Weiß-Denken
    [overgeneralisation] Übergeneralisieren
    [mental_filter] Mentaler Filter
    [disqualifying_the_positive] Das Positive abwerten
    [jumping_to_conclusions] Voreilige Schlüsse
    [magnification_minimisation] Übertreiben oder Kleinreden
    [emotional_reasoning] Gefühle als Beweis
    [should_statements] Muss- und Soll-Sätze
    [labelling] Etikettieren
   *[personalisation_and_blame] Personalisieren und Schuld zuweisen
}
distortion-description = { $id ->
    [all_or_nothing] Etwas als vollen Erfolg oder völliges Scheitern sehen, ohne etwas dazwischen.
    [overgeneralisation] Eine Sache, die schiefging, als Beweis nehmen, dass es immer schiefgehen wird.
    [mental_filter] An einem schmerzhaften Detail festhalten, bis es alles andere färbt.
    [disqualifying_the_positive] Gutes als Glück abtun oder als etwas, das nicht zählt.
    [jumping_to_conclusions] Entscheiden, was andere denken oder wie es ausgeht, bevor die Fakten da sind.
    [magnification_minimisation] Einen Fehler riesig wirken lassen oder eine Stärke winzig.
    [emotional_reasoning] Ein Gefühl als Beweis nehmen: Ich fühle mich nutzlos, also bin ich es.
    [should_statements] Sich selbst oder andere an starre Regeln von Sollen und Müssen binden.
    [labelling] Einen ganzen Menschen, oft sich selbst, mit einem harten Wort zusammenfassen.
   *[personalisation_and_blame] Die ganze Schuld für etwas auf sich nehmen oder sie ganz jemand anderem geben.
}
