### Las emociones y etiquetas incluidas. Se guardan con su id (la palabra inglesa) y se
### muestran en el idioma de quien lee; las propias de cada persona se muestran tal cual
### (la variante por defecto).

# Sustantivos, como en «… en los que sentiste …» (evitan el género gramatical).
emotion-name = { $emotion ->
    [amazed] asombro
    [amused] diversión
    [angry] enfado
    [annoyed] fastidio
    [anxious] ansiedad
    [ashamed] vergüenza
    [brave] valentía
    [calm] calma
    [confident] confianza
    [content] satisfacción
    [disappointed] decepción
    [discouraged] desánimo
    [disgusted] asco
    [drained] agotamiento
    [embarrassed] apuro
    [excited] entusiasmo
    [frustrated] frustración
    [grateful] gratitud
    [guilty] culpa
    [happy] felicidad
    [hopeful] esperanza
    [hopeless] desesperanza
    [indifferent] indiferencia
    [irritated] irritación
    [jealous] celos
    [joyful] alegría
    [lonely] soledad
    [overwhelmed] agobio
    [passionate] pasión
    [peaceful] paz
    [proud] orgullo
    [relieved] alivio
    [sad] tristeza
    [satisfied] plenitud
    [scared] miedo
    [stressed] estrés
    [surprised] sorpresa
    [worried] preocupación
   *[other] { $emotion }
}

tag-name = { $tag ->
    [community] comunidad
    [current-events] actualidad
    [dating] citas
    [education] educación
    [family] familia
    [fitness] ejercicio
    [friends] amistades
    [health] salud
    [hobbies] aficiones
    [identity] identidad
    [money] dinero
    [partner] pareja
    [self-care] autocuidado
    [spirituality] espiritualidad
    [tasks] tareas
    [travel] viajes
    [weather] clima
    [work] trabajo
   *[other] { $tag }
}
