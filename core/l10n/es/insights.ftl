### Patrones y el widget. Sencillo y cálido: nunca culpa, nunca un diagnóstico, nunca
### afirmar que una cosa causa otra.

widget-ask-1 = ¿Cómo estás ahora mismo?
widget-ask-2 = Basta un toque, cuando quieras.
widget-ask-3 = ¿Qué tal te está tratando el día?
widget-ask-4 = Un momento para notar cómo te sientes.
widget-ask-5 = Vaya como vaya el día, cuenta.

widget-thanks-1 = Gracias por registrarlo.
widget-thanks-2 = Anotado. Trátate con cariño.
widget-thanks-3 = Gracias. Vuelve a tocar cuando quieras.
widget-thanks-4 = Registrado. ¿Y si hoy saludas a alguien?
widget-thanks-5 = Hecho. Te estás prestando atención.

quick-mood-label = { $mood ->
    [1] Muy bajo
    [2] Bajo
    [4] Bien
    [5] Muy bien
   *[3] Regular
}
quick-mood-a11y = Registrar ánimo: { $word }, { $mood } de 5

safety-low-mood = Parece que las cosas se han sentido pesadas desde hace un tiempo. Puede ayudar hablar con alguien de confianza, o con un profesional. Tu plan de seguridad y las líneas de crisis están a un toque.

insight-none-yet = Todavía no hay registros en este periodo. Los patrones aparecen después de unos cuantos.
insight-note = Son patrones en tus propios registros. Muestran lo que suele ir junto, no qué causa qué.

insight-connection = Los días en que conectaste con alguien, tu ánimo fue de { $with } de media, frente a { $without } los demás días ({ $days_with } y { $days_without } días).
insight-connection-not-enough = Aún no hay datos suficientes: la conexión se compara cuando haya { $needed } días con contacto anotado y { $needed } días sin él (por ahora { $days_with } y { $days_without }).

insight-association = { $kind ->
    [tag] Los registros con la etiqueta { $name } tuvieron un ánimo medio de { $with }; los demás, de { $without } ({ $count_with } y { $count_without } registros).
    [emotion] Los registros en los que sentiste { $name } tuvieron un ánimo medio de { $with }; los demás, de { $without } ({ $count_with } y { $count_without } registros).
   *[other] Los registros con { $name } tuvieron un ánimo medio de { $with }; los demás, de { $without } ({ $count_with } y { $count_without } registros).
}
insight-association-not-enough = Aún no hay datos suficientes para { $name } ({ $count_with } con, { $count_without } sin; se necesitan { $needed } de cada).
insight-scale-high = { $scale } (alto)
insight-person-unlisted = alguien que ya no está en la lista
