### Palabras pequeñas con las que se forman otros mensajes.
### Notas para quien traduce: core/l10n/TRANSLATORS.md

-brand = Hearth

mood-word = { $mood ->
    [1] muy bajo
    [2] bajo
    [4] bien
    [5] muy bien
   *[3] regular
}

weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
weekday-long = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}

month-name = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}

date-long = { $weekday }, { $day } de { $month } de { $year }

number-decimal = { $whole },{ $fraction }
