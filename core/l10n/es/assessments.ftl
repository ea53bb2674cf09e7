### Las palabras propias de Hearth en torno a los cuestionarios. Las preguntas y
### respuestas no están aquí: se muestran tal como se publicaron (ver TRANSLATORS.md).

assessment-band = { $band ->
    [minimal] mínimo
    [mild] leve
    [moderate] moderado
    [moderately_severe] moderadamente grave
    [severe] grave
    [adequate] adecuado
    [low] bajo
    [very_low] muy bajo
    [below_cutoff] por debajo del punto de corte
   *[cutoff_reached] punto de corte alcanzado
}

assessment-safety-opening = Dijiste que has tenido pensamientos de que sería mejor morir o de hacerte daño. Gracias por contarlo con sinceridad; no tienes que cargarlo a solas. Aquí tienes tu plan de seguridad y las líneas de crisis, y escribir o llamar hoy a alguien de confianza o a una línea de crisis puede ayudar. Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.

assessment-summary-severity = { $band ->
    [minimal] Esta puntuación está en el rango mínimo. No es un diagnóstico y puede cambiar de una semana a otra. Si aun así algo te pesa, vale la pena hablarlo con alguien de confianza.
    [mild] Esta puntuación está en el rango leve. No es un diagnóstico; un profesional puede ayudarte a entenderla.
    [moderate] Esta puntuación está en el rango moderado. No es un diagnóstico, pero puede ayudarte hablarlo con un médico o terapeuta, y contarle a alguien cercano cómo te ha ido.
    [moderately_severe] Esta puntuación está en el rango moderadamente grave. No es un diagnóstico. Considera hablar pronto con un médico o terapeuta, y con alguien de confianza; no tienes que pasar por esto a solas.
   *[severe] Esta puntuación está en el rango grave. No es un diagnóstico, pero sugiere que las últimas dos semanas han sido muy duras. Busca pronto a un médico o terapeuta, y hoy mismo a alguien de confianza.
}

assessment-summary-wellbeing = { $band ->
    [very_low] Tu puntuación de bienestar es { $percent } de 100, que es muy baja. No es un diagnóstico, pero sugiere que las últimas dos semanas han sido difíciles. Considera hablar pronto con un médico o terapeuta, y cuéntale a alguien cercano cómo estás.
    [low] Tu puntuación de bienestar es { $percent } de 100, igual o por debajo de 50, el punto en que a menudo se mira con más atención. No es un diagnóstico, pero puede ayudarte hablar con alguien de confianza, y un médico o terapeuta puede ayudarte a ver cómo te has sentido.
   *[adequate] Tu puntuación de bienestar es { $percent } de 100, por encima de 50, el punto en que a menudo se mira con más atención. Es una instantánea de las últimas dos semanas, no un diagnóstico.
}

assessment-summary-short = { $band ->
    [cutoff_reached] Esta prueba breve dio { $total } de 6, igual o por encima del punto de corte habitual de { $cutoff }. No es un diagnóstico. El { $full }, más largo, puede dar una imagen más completa, y un médico o terapeuta puede ayudarte a entenderla.
   *[below_cutoff] Esta prueba breve dio { $total } de 6, por debajo del punto de corte habitual de { $cutoff }. No es un diagnóstico. Si aun así las cosas se sienten pesadas, el { $full }, más largo, pregunta por más cosas, y hablar con alguien de confianza puede ayudar.
}

assessment-original-language-notice = Este cuestionario aparece en su versión original en inglés, porque Hearth aún no incluye una traducción validada al español.
