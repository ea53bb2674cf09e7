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
