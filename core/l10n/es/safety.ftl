### El plan de seguridad (los siete pasos de Stanley y Brown), con las palabras de Hearth.

plan-heading = { $id ->
    [warning_signs] Señales de que empieza un momento difícil
    [on_my_own] Cosas que puedo hacer por mi cuenta
    [distractions] Personas y lugares que me ayudan a desconectar
    [people_to_ask] Personas a las que puedo pedir ayuda
    [professionals] Profesionales y servicios
    [safer_surroundings] Hacer mi entorno más seguro
   *[reasons_for_living] Lo que me importa
}
plan-help = { $id ->
    [warning_signs] Pensamientos, sentimientos, situaciones o hábitos que te indican que las cosas se están poniendo difíciles. Notarlos pronto te da más tiempo para usar el resto de este plan.
    [on_my_own] Pequeñas cosas que antes te ayudaron a sentirte un poco más estable: un paseo, música, una ducha, respirar despacio, escribirlo. Elige las que puedas hacer casi en cualquier sitio.
    [distractions] Quién o dónde te ayuda a sentirte menos solo o sola, o a pensar en otra cosa un rato: alguien a quien escribir, una cafetería, un parque, una biblioteca. No hace falta hablar de cómo te sientes.
    [people_to_ask] Personas en quienes confías lo suficiente para decirles que lo estás pasando mal. Añade sus números para tenerlas a un toque.
    [professionals] Tu médico, tu terapeuta o un servicio local de salud mental, con sus números. Las líneas de crisis de tu región aparecen junto a este plan.
    [safer_surroundings] Formas de poner distancia entre tú y cualquier cosa que pudieras usar para hacerte daño, como pedir a alguien que la guarde un tiempo. Los pasos pequeños cuentan.
   *[reasons_for_living] Personas, animales, planes, creencias o pequeñas alegrías que hacen que la vida valga la pena para ti. Leerlas en un momento difícil puede ayudar.
}

crisis-danger = { $count ->
    [one] Si estás en peligro ahora mismo, llama al { $first }. Las líneas de abajo están para escucharte, y las personas en quienes confías también aparecen aquí.
    [many] Si estás en peligro ahora mismo, llama al { $first } o al { $second }. Las líneas de abajo están para escucharte, y las personas en quienes confías también aparecen aquí.
   *[other] Si estás en peligro ahora mismo, llama al { $first } o al { $second }. Las líneas de abajo están para escucharte, y las personas en quienes confías también aparecen aquí.
}
crisis-unknown-region = { -brand } todavía no tiene guardada ninguna línea de crisis para esta región. Si estás en peligro ahora mismo, llama a tu número de emergencias local. En muchos países, también en toda la UE, el 112 comunica con emergencias desde un móvil, pero no en todas partes, así que usa tu número local si lo conoces. Las personas en quienes confías también aparecen aquí; escribir ahora a una de ellas puede ayudar.

# 988 atiende en español (marcar 2 al llamar, o enviar AYUDA por mensaje al 988):
# https://988lifeline.org/get-help/what-to-expect (comprobado el 2026-12-06).
crisis-how = { $id ->
    [us_988] Llama o envía un mensaje al 988. Para atención en español, marca 2 al llamar o envía AYUDA por mensaje al 988.
    [us_crisis_text_line] Envía HOME por mensaje al 741741.
    [ca_988] Llama o envía un mensaje al 988.
    [gb_samaritans] Llama al 116 123, gratis desde cualquier teléfono.
    [gb_shout] Envía SHOUT por mensaje al 85258.
    [ie_samaritans] Llama al 116 123, gratis desde cualquier teléfono.
    [au_lifeline] Llama al 13 11 14.
    [nz_1737] Llama o envía un mensaje al 1737, gratis.
   *[de_telefonseelsorge] Llama al 0800 111 0 111 o al 0800 111 0 222, gratis.
}

region-name = { $code ->
    [US] Estados Unidos
    [CA] Canadá
    [GB] Reino Unido
    [IE] Irlanda
    [AU] Australia
    [NZ] Nueva Zelanda
    [DE] Alemania
   *[other] { $code }
}
