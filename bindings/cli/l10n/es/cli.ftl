### Las frases propias de la CLI de escritorio (`hearth`). Notas: core/l10n/TRANSLATORS.md.
### No traduzcas nunca comandos, opciones ni ids entre comillas invertidas.

cli-line-checkin = { $when }  ánimo { $mood } ({ $word })
cli-line-checkin-energy = { $when }  ánimo { $mood } ({ $word }), energía { $energy }
cli-line-checkin-connected = (en contacto con alguien)
cli-line-reflection = { $when }  reflexión
cli-line-reflection-prompt = { $when }  reflexión — { $prompt }
cli-line-assessment = { $when }  { $title }: { $score } de { $max } ({ $band })
cli-line-assessment-percent = { $when }  { $title }: { $score } de { $max } ({ $band }), { $percent } %
cli-line-thought = { $when }  registro de pensamientos: { $situation }
cli-line-thought-hot = pensamiento principal: { $text }
cli-line-thought-balanced = equilibrado: { $text }

cli-warn-damaged = { $count ->
    [one] aviso: no se pudo leer { $count } entrada dañada y se omitió: { $ids }. Ejecuta `hearth verify`.
    [many] aviso: no se pudieron leer { $count } entradas dañadas y se omitieron: { $ids }. Ejecuta `hearth verify`.
   *[other] aviso: no se pudieron leer { $count } entradas dañadas y se omitieron: { $ids }. Ejecuta `hearth verify`.
}
cli-error-write-output = no se pudo escribir la salida: { $reason }

cli-demo-seeded-store = Se crearon { $count ->
    [one] { $count } registro de ejemplo
    [many] { $count } registros de ejemplo
   *[other] { $count } registros de ejemplo
} a lo largo de { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} en { $dir }.
cli-demo-title = Demo de Hearth: un diario de ánimo privado y cifrado (datos de ejemplo, almacén desechable)
cli-demo-seeded = Se crearon { $count ->
    [one] { $count } registro
    [many] { $count } registros
   *[other] { $count } registros
} a lo largo de { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} en { $dir }.
cli-demo-sealed = Cada entrada está sellada con AES-256-GCM; el archivo no contiene estados de ánimo, notas ni fechas legibles.
cli-demo-mood-heading = { $days ->
    [one] Ánimo, último { $days } día (una barra por día):
    [many] Ánimo, últimos { $days } días (una barra por día):
   *[other] Ánimo, últimos { $days } días (una barra por día):
}
cli-demo-recent-heading = Los últimos registros:
cli-demo-integrity = { $checked ->
    [one] Integridad: { $checked } entrada revisada, { $damaged } dañadas.
    [many] Integridad: { $checked } entradas revisadas, { $damaged } dañadas.
   *[other] Integridad: { $checked } entradas revisadas, { $damaged } dañadas.
}
cli-demo-highlights-heading = Lo que destaca en los últimos 30 días:
cli-demo-next-reminder = Próximo recordatorio amable: { $when } — «{ $message }»
cli-demo-try-heading = Pruébalo con tu propio almacén:
cli-demo-try-note = salí a caminar con una amiga
cli-demo-closing = Hearth es una herramienta para darte cuenta, no un terapeuta. Si las cosas pesan, ayuda acudir a alguien de confianza.
cli-demo-deleted = (El almacén de ejemplo en { $dir } se ha borrado.)
cli-demo-not-deleted = (El almacén de ejemplo en { $dir } no se pudo borrar; bórralo con `rm -r { $dir }`.)

cli-assess-result = { $title }: { $score } de { $max } ({ $band })
cli-assess-result-percent = { $title }: { $score } de { $max } ({ $band }), { $percent } %
cli-assess-safety-pointer = Con `hearth safety show` ves tu plan, y con `hearth crisis --region XX`, líneas que atienden ahora mismo.
cli-assess-history-empty = Todavía no hay cuestionarios. `hearth assess questions phq9` te muestra uno.
cli-assess-answers-heading = Respuestas:

cli-saved = Guardado. { $entry }
cli-deleted = { $id } borrado.
cli-list-empty = Todavía no hay nada en este periodo.
cli-today-heading = Hoy, { $date }: { $line }
cli-search-none = No se encontró nada para { $query }.
cli-history-none = No hay nada más en tu historial.
cli-history-next = página siguiente: { $command }
cli-history-start = (el comienzo de tu historial)
cli-erase-nothing = No hay nada que borrar en { $dir }.
cli-erase-done = Borrado. La clave ya no existe, así que ninguna copia de este diario podrá volver a leerse. Se eliminó:

cli-verify-checked = { $count ->
    [one] Se revisó { $count } entrada; comprobación de SQLite: { $sqlite }.
    [many] Se revisaron { $count } entradas; comprobación de SQLite: { $sqlite }.
   *[other] Se revisaron { $count } entradas; comprobación de SQLite: { $sqlite }.
}
cli-verify-damaged = dañada: { $table } { $id } ({ $reason })
cli-verify-integrity = no está como Hearth lo dejó: { $problem }
cli-verify-clean = Todo se lee intacto.

cli-insights-span = del { $from } al { $to }
cli-insights-span-start = desde el comienzo hasta el { $to }
cli-insights-header = { $count ->
    [one] { $span }: { $count } registro
    [many] { $span }: { $count } registros
   *[other] { $span }: { $count } registros
}
cli-insights-header-mean = { $count ->
    [one] { $span }: { $count } registro, ánimo medio { $mean }
    [many] { $span }: { $count } registros, ánimo medio { $mean }
   *[other] { $span }: { $count } registros, ánimo medio { $mean }
}
cli-insights-by-weekday = Por día de la semana: { $values }
cli-insights-by-time = Por momento del día: { $values }
cli-time-of-day = { $key ->
    [night] noche
    [morning] mañana
    [afternoon] tarde
   *[evening] anochecer
}
cli-insights-not-enough = Aún no hay datos suficientes para: { $names }

cli-people-empty = Todavía no hay nadie. `hearth people add NOMBRE --phone … --how "…"` añade a alguien de confianza.
cli-people-removed = { $name } ya no está entre tus personas.
cli-tag-activity = { $name } (actividad)
cli-tag-archived = { $name } [archivada]
cli-tag-activity-archived = { $name } (actividad) [archivada]

cli-calendar-legend = { $levels }, { $empty } sin registro
cli-calendar-year-heading = { $year }: ánimo por día ({ $legend })
cli-calendar-month-heading = { $month } de { $year } ({ $legend }; + una nota, reflexión o registro de pensamientos)
cli-calendar-count = { $counted ->
    [one] { $counted } de { $total } días tiene un registro.
    [many] { $counted } de { $total } días tienen un registro.
   *[other] { $counted } de { $total } días tienen un registro.
}
cli-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sep
    [10] oct
    [11] nov
   *[12] dic
}

cli-reminders-none = No hay recordatorios previstos (quizá estén desactivados o en pausa).
cli-reminders-on = Recordatorios activados a las { $times }
cli-reminders-off = Recordatorios desactivados (horas: { $times })
cli-reminders-days = Días: { $days }
cli-reminders-quiet = Horas de silencio { $start }–{ $end }
cli-reminders-paused = En pausa hasta el { $date }

cli-safety-nothing-yet = (nada todavía)

cli-export-wrote = Se escribió { $path }.
cli-backup-written = Copia de seguridad escrita en { $path }. Guarda la frase de contraseña en un lugar seguro: sin ella no se puede abrir la copia.
cli-backup-passphrase-prompt = Frase de contraseña de la copia:
cli-backup-passphrase-again = La misma frase de contraseña otra vez:
cli-import-heading = { $action ->
    [restored] Restaurado:
   *[imported] Importado:
}
cli-import-nothing-new = { $action ->
    [restored] Restaurado: nada nuevo ({ $count } ya estaban aquí, sin cambios).
   *[imported] Importado: nada nuevo ({ $count } ya estaban aquí, sin cambios).
}
cli-import-counts = { $created } nuevos, { $updated } actualizados, { $unchanged } sin cambios
cli-record-kind = { $kind ->
    [check_ins] registros
    [reflections] reflexiones
    [thoughts] registros de pensamientos
    [assessments] cuestionarios
    [tags] etiquetas
    [scales] escalas
    [custom_emotions] emociones propias
    [people] personas
    [reminders] recordatorios
    [safety_plan] plan de seguridad
   *[shell_settings] ajustes de la app
}
cli-import-note = Nota: { $note }

cli-crisis-from-locale = Se muestra { $region } porque el idioma de tu sistema es { $setting }. Para otra región: { $command }.
cli-crisis-none-for-locale = Hearth no tiene ninguna línea de crisis guardada para { $region } (según { $setting }). Estas son las regiones que tiene:
cli-crisis-none-for = Hearth no tiene ninguna línea de crisis guardada para { $region }. Estas son las regiones que tiene:
cli-crisis-unknown-locale = Hearth no pudo saber tu región (el idioma de tu sistema, { $setting }, no indica ninguna), así que aquí tienes todas las regiones con líneas de crisis. Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.
cli-crisis-unknown-no-locale = Hearth no pudo saber tu región (no hay ningún idioma del sistema configurado), así que aquí tienes todas las regiones con líneas de crisis. Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.
cli-crisis-own-people = Tus propias personas también están aquí: `hearth people list`.
cli-crisis-region-heading = { $region } — emergencias: { $numbers }
cli-crisis-one-region = Para ver una sola región: { $command }.
cli-crisis-emergency = Emergencias: { $numbers }
cli-crisis-call = llamar: { $numbers }
cli-crisis-text = SMS: { $number }
cli-crisis-text-keyword = SMS: { $keyword } al { $number }
cli-crisis-hours = horario: { $hours }   (fuente: { $source }, revisado el { $checked })
cli-or-list = { $init } o { $last }

cli-warn-dir-open = aviso: otros usuarios pueden ver el contenido de { $dir } (modo { $mode }); ejecuta `chmod 700 { $dir }`
cli-warn-file-open = aviso: otros usuarios pueden leer { $file } (modo { $mode }), y quien pueda leerlo puede leer tu diario; ejecuta `chmod 600 { $file }`

cli-lang-unavailable = Hearth todavía no tiene traducción para «{ $tag }», así que habla inglés (English).
