### Die eigenen Sätze der Desktop-CLI (`hearth`). Hinweise: core/l10n/TRANSLATORS.md.
### Befehle, Optionen und IDs in Backticks nie übersetzen.

cli-line-checkin = { $when }  Stimmung { $mood } ({ $word })
cli-line-checkin-energy = { $when }  Stimmung { $mood } ({ $word }), Energie { $energy }
cli-line-checkin-connected = (mit jemandem in Kontakt)
cli-line-reflection = { $when }  Reflexion
cli-line-reflection-prompt = { $when }  Reflexion — { $prompt }
cli-line-assessment = { $when }  { $title }: { $score } von { $max } ({ $band })
cli-line-assessment-percent = { $when }  { $title }: { $score } von { $max } ({ $band }), { $percent } %
cli-line-thought = { $when }  Gedankenprotokoll: { $situation }
cli-line-thought-hot = heißer Gedanke: { $text }
cli-line-thought-balanced = ausgewogen: { $text }

cli-warn-damaged = { $count ->
    [one] Warnung: { $count } beschädigter Eintrag konnte nicht gelesen werden und wurde übersprungen: { $ids }. Führe `hearth verify` aus.
   *[other] Warnung: { $count } beschädigte Einträge konnten nicht gelesen werden und wurden übersprungen: { $ids }. Führe `hearth verify` aus.
}
cli-error-write-output = Die Ausgabe konnte nicht geschrieben werden: { $reason }

cli-demo-seeded-store = { $count ->
    [one] { $count } Beispiel-Check-in
   *[other] { $count } Beispiel-Check-ins
} über { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} in { $dir } angelegt.
cli-demo-title = Hearth-Demo: ein privates, verschlüsseltes Stimmungstagebuch (Beispieldaten, Wegwerf-Speicher)
cli-demo-seeded = { $count ->
    [one] { $count } Check-in
   *[other] { $count } Check-ins
} über { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} in { $dir } angelegt.
cli-demo-sealed = Jeder Eintrag ist mit AES-256-GCM versiegelt; die Datei enthält keine lesbaren Stimmungen, Notizen oder Daten.
cli-demo-mood-heading = { $days ->
    [one] Stimmung, letzter { $days } Tag (ein Balken pro Tag):
   *[other] Stimmung, letzte { $days } Tage (ein Balken pro Tag):
}
cli-demo-recent-heading = Die letzten Check-ins:
cli-demo-integrity = { $checked ->
    [one] Integrität: { $checked } Eintrag geprüft, { $damaged } beschädigt.
   *[other] Integrität: { $checked } Einträge geprüft, { $damaged } beschädigt.
}
cli-demo-highlights-heading = Was in den letzten 30 Tagen auffällt:
cli-demo-next-reminder = Nächste sanfte Erinnerung: { $when } – „{ $message }“
cli-demo-try-heading = Probier es mit deinem eigenen Speicher aus:
cli-demo-try-note = mit einer Freundin spazieren gewesen
cli-demo-closing = Hearth ist ein Werkzeug zum Wahrnehmen, kein Therapeut. Wenn sich etwas schwer anfühlt, hilft es, sich bei jemandem zu melden, dem du vertraust.
cli-demo-deleted = (Der Beispiel-Speicher in { $dir } wurde gelöscht.)
cli-demo-not-deleted = (Der Beispiel-Speicher in { $dir } konnte nicht gelöscht werden; entferne ihn mit `rm -r { $dir }`.)

cli-assess-result = { $title }: { $score } von { $max } ({ $band })
cli-assess-result-percent = { $title }: { $score } von { $max } ({ $band }), { $percent } %
cli-assess-safety-pointer = Mit `hearth safety show` siehst du deinen Plan, mit `hearth crisis --region XX` Krisentelefone, die jetzt erreichbar sind.
cli-assess-history-empty = Noch keine Fragebögen. `hearth assess questions phq9` zeigt dir einen.
cli-assess-answers-heading = Antworten:
