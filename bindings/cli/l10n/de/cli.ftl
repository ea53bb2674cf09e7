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

cli-saved = Gespeichert. { $entry }
cli-deleted = { $id } gelöscht.
cli-list-empty = In diesem Zeitraum gibt es noch nichts.
cli-today-heading = Heute, { $date }: { $line }
cli-search-none = Nichts gefunden für { $query }.
cli-history-none = Mehr gibt es in deinem Verlauf nicht.
cli-history-next = nächste Seite: { $command }
cli-history-start = (der Anfang deines Verlaufs)
cli-erase-nothing = In { $dir } gibt es nichts zu löschen.
cli-erase-done = Gelöscht. Der Schlüssel ist weg, daher kann keine Kopie dieses Tagebuchs je wieder gelesen werden. Entfernt:

cli-verify-checked = { $count ->
    [one] { $count } Eintrag geprüft; SQLite-Prüfung: { $sqlite }.
   *[other] { $count } Einträge geprüft; SQLite-Prüfung: { $sqlite }.
}
cli-verify-damaged = beschädigt: { $table } { $id } ({ $reason })
cli-verify-integrity = nicht so, wie Hearth es hinterlassen hat: { $problem }
cli-verify-clean = Alles lässt sich unversehrt lesen.

cli-insights-span = { $from } bis { $to }
cli-insights-span-start = vom Anfang bis { $to }
cli-insights-header = { $count ->
    [one] { $span }: { $count } Check-in
   *[other] { $span }: { $count } Check-ins
}
cli-insights-header-mean = { $count ->
    [one] { $span }: { $count } Check-in, Stimmung im Schnitt { $mean }
   *[other] { $span }: { $count } Check-ins, Stimmung im Schnitt { $mean }
}
cli-insights-by-weekday = Nach Wochentag: { $values }
cli-insights-by-time = Nach Tageszeit: { $values }
cli-time-of-day = { $key ->
    [night] nachts
    [morning] morgens
    [afternoon] nachmittags
   *[evening] abends
}
cli-insights-not-enough = Noch nicht genug Daten für: { $names }

cli-people-empty = Noch niemand eingetragen. `hearth people add NAME --phone … --how "…"` fügt jemanden hinzu, dem du vertraust.
cli-people-removed = { $name } aus deinen Menschen entfernt.
cli-tag-activity = { $name } (Aktivität)
cli-tag-archived = { $name } [archiviert]
cli-tag-activity-archived = { $name } (Aktivität) [archiviert]

cli-calendar-legend = { $levels }, { $empty } kein Check-in
cli-calendar-year-heading = { $year }: Stimmung pro Tag ({ $legend })
cli-calendar-month-heading = { $month } { $year } ({ $legend }; + eine Notiz, Reflexion oder ein Gedankenprotokoll)
cli-calendar-count = { $counted ->
    [one] An { $counted } von { $total } Tagen gibt es einen Check-in.
   *[other] An { $counted } von { $total } Tagen gibt es einen Check-in.
}
cli-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mär
    [4] Apr
    [5] Mai
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Okt
    [11] Nov
   *[12] Dez
}

cli-reminders-none = Keine Erinnerungen geplant (vielleicht sind sie aus oder pausiert).
cli-reminders-on = Erinnerungen an, um { $times }
cli-reminders-off = Erinnerungen aus (eingestellt: { $times })
cli-reminders-days = An: { $days }
cli-reminders-quiet = Ruhezeit { $start }–{ $end }
cli-reminders-paused = Pausiert bis { $date }

cli-safety-nothing-yet = (noch nichts)

cli-export-wrote = { $path } geschrieben.
cli-backup-written = Sicherung in { $path } geschrieben. Bewahre die Passphrase gut auf: Ohne sie lässt sich die Sicherung nicht öffnen.
cli-backup-passphrase-prompt = Passphrase der Sicherung:
cli-backup-passphrase-again = Dieselbe Passphrase noch einmal:
cli-import-heading = { $action ->
    [restored] Wiederhergestellt:
   *[imported] Importiert:
}
cli-import-nothing-new = { $action ->
    [restored] Wiederhergestellt: nichts Neues ({ $count } schon vorhanden, unverändert).
   *[imported] Importiert: nichts Neues ({ $count } schon vorhanden, unverändert).
}
cli-import-counts = { $created } neu, { $updated } aktualisiert, { $unchanged } unverändert
cli-record-kind = { $kind ->
    [check_ins] Check-ins
    [reflections] Reflexionen
    [thoughts] Gedankenprotokolle
    [assessments] Fragebögen
    [tags] Tags
    [scales] Skalen
    [custom_emotions] eigene Gefühle
    [people] Menschen
    [reminders] Erinnerungen
    [safety_plan] Sicherheitsplan
   *[shell_settings] App-Einstellungen
}
cli-import-note = Hinweis: { $note }

cli-crisis-from-locale = Angezeigt wird { $region }, weil deine Systemsprache auf { $setting } steht. Für eine andere Region: { $command }.
cli-crisis-none-for-locale = Für { $region } (aus { $setting }) hat Hearth kein Krisentelefon gespeichert. Diese Regionen sind vorhanden:
cli-crisis-none-for = Für { $region } hat Hearth kein Krisentelefon gespeichert. Diese Regionen sind vorhanden:
cli-crisis-unknown-locale = Hearth konnte deine Region nicht erkennen (deine Systemsprache { $setting } nennt keine), deshalb siehst du hier alle Regionen mit Krisentelefonen. Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.
cli-crisis-unknown-no-locale = Hearth konnte deine Region nicht erkennen (es ist keine Systemsprache eingestellt), deshalb siehst du hier alle Regionen mit Krisentelefonen. Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.
cli-crisis-own-people = Deine eigenen Menschen sind auch da: `hearth people list`.
cli-crisis-region-heading = { $region } — Notruf: { $numbers }
cli-crisis-one-region = Eine einzelne Region: { $command }.
cli-crisis-emergency = Notruf: { $numbers }
cli-crisis-call = anrufen: { $numbers }
cli-crisis-text = SMS: { $number }
cli-crisis-text-keyword = SMS: { $keyword } an { $number }
cli-crisis-hours = erreichbar: { $hours }   (Quelle: { $source }, geprüft am { $checked })
cli-or-list = { $init } oder { $last }

cli-warn-dir-open = Warnung: Andere Nutzer können in { $dir } hineinsehen (Modus { $mode }); führe `chmod 700 { $dir }` aus
cli-warn-file-open = Warnung: { $file } ist für andere Nutzer lesbar (Modus { $mode }), und wer die Datei lesen kann, kann dein Tagebuch lesen; führe `chmod 600 { $file }` aus

cli-lang-unavailable = Hearth hat für „{ $tag }“ noch keine Übersetzung und spricht deshalb Englisch (English).
