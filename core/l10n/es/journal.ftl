### Preguntas para reflexionar y las trampas del pensamiento de un registro de pensamientos.

prompt-people-close = ¿Con quién te sentiste cerca hoy?
prompt-people-reach-out = ¿Hay alguien con quien te gustaría ponerte en contacto?
prompt-people-kindness = ¿Qué gesto amable tuvo alguien, o tuviste tú con alguien?
prompt-day-notice = ¿Qué te llamó la atención hoy?
prompt-day-energy = ¿Qué te dio energía hoy, y qué te la quitó?
prompt-feel-name = Si este sentimiento pudiera hablar, ¿qué diría?
prompt-feel-body = ¿En qué parte del cuerpo notas este sentimiento?
prompt-care-small = ¿Qué pequeña cosa te ayudaría ahora mismo?
prompt-care-enough = ¿Qué lograste hoy, por pequeño que sea?
prompt-ahead-look = ¿Qué es algo que esperas con ilusión?

distortion-title = { $id ->
    [all_or_nothing] Pensamiento de todo o nada
    [overgeneralisation] Generalización excesiva
    [mental_filter] Filtro mental
    [disqualifying_the_positive] Descalificar lo positivo
    [jumping_to_conclusions] Conclusiones precipitadas
    [magnification_minimisation] Magnificar o minimizar
    [emotional_reasoning] Razonamiento emocional
    [should_statements] Los «debería»
    [labelling] Etiquetar
   *[personalisation_and_blame] Personalización y culpa
}
distortion-description = { $id ->
    [all_or_nothing] Ver algo como un éxito total o un fracaso total, sin nada en medio.
    [overgeneralisation] Tomar una cosa que salió mal como prueba de que siempre saldrá mal.
    [mental_filter] Aferrarse a un detalle doloroso hasta que lo tiñe todo.
    [disqualifying_the_positive] Quitarle valor a lo bueno, como si fuera suerte o no contara.
    [jumping_to_conclusions] Decidir lo que piensan los demás, o cómo saldrán las cosas, antes de tener los hechos.
    [magnification_minimisation] Hacer que un error parezca enorme, o una fortaleza diminuta.
    [emotional_reasoning] Tomar un sentimiento como prueba: me siento inútil, así que debo de serlo.
    [should_statements] Exigirte a ti o a los demás reglas rígidas de «debería» y «tengo que».
    [labelling] Resumir a una persona entera, a menudo a ti, con una palabra dura.
   *[personalisation_and_blame] Cargar con toda la culpa de algo, o echársela toda a otra persona.
}
