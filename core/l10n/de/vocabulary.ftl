### Die eingebauten Gefühle und Tags. Gespeichert werden sie unter ihrer englischen Id,
### gezeigt in der Sprache der lesenden Person; eigene Gefühle und Tags bleiben, wie sie
### geschrieben wurden (die Standard-Variante).

# Adjektive, wie sie in „… bei denen du dich … gefühlt hast“ stehen.
emotion-name = { $emotion ->
    [amazed] erstaunt
    [amused] amüsiert
    [angry] wütend
    [annoyed] genervt
    [anxious] ängstlich
    [ashamed] beschämt
    [brave] mutig
    [calm] ruhig
    [confident] zuversichtlich
    [content] zufrieden
    [disappointed] enttäuscht
    [discouraged] entmutigt
    [disgusted] angewidert
    [drained] erschöpft
    [embarrassed] verlegen
    [excited] begeistert
    [frustrated] frustriert
    [grateful] dankbar
    [guilty] schuldig
    [happy] glücklich
    [hopeful] hoffnungsvoll
    [hopeless] hoffnungslos
    [indifferent] gleichgültig
    [irritated] gereizt
    [jealous] eifersüchtig
    [joyful] fröhlich
    [lonely] einsam
    [overwhelmed] überfordert
    [passionate] leidenschaftlich
    [peaceful] friedlich
    [proud] stolz
    [relieved] erleichtert
    [sad] traurig
    [satisfied] erfüllt
    [scared] verängstigt
    [stressed] gestresst
    [surprised] überrascht
    [worried] besorgt
   *[other] { $emotion }
}

tag-name = { $tag ->
    [community] Gemeinschaft
    [current-events] Zeitgeschehen
    [dating] Dating
    [education] Bildung
    [family] Familie
    [fitness] Fitness
    [friends] Freunde
    [health] Gesundheit
    [hobbies] Hobbys
    [identity] Identität
    [money] Geld
    [partner] Partnerschaft
    [self-care] Selbstfürsorge
    [spirituality] Spiritualität
    [tasks] Aufgaben
    [travel] Reisen
    [weather] Wetter
    [work] Arbeit
   *[other] { $tag }
}
