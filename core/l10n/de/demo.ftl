### Beispieldaten für `hearth demo`: erfunden, alltäglich, niemand Echtes.

demo-note = { $n ->
    [1] Mit einer Freundin zum Park spaziert.
    [2] Langer Tag, aber das Abendessen hat gutgetan.
    [3] Meine Schwester angerufen; wir haben viel gelacht.
    [4] Schlecht geschlafen. Ich lass es heute langsam angehen.
    [5] Endlich erledigt, was ich ewig vor mir hergeschoben habe.
    [6] Ruhiger Abend mit einem Buch.
   *[7] Vor dem Meeting angespannt, danach ging es.
}

demo-person-name = { $n ->
    [1] Sam
    [2] Mama
   *[3] Alex
}
demo-person-help = { $n ->
    [1] hört zu, ohne gleich Lösungen zu suchen
    [2] ruft sonntags an
   *[3] geht mit mir spazieren
}
