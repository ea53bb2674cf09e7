### Las palabras del calendario para lectores de pantalla: el color nunca es la única señal.

calendar-day = { $date }: ánimo { $word } ({ $mean }), { $count ->
    [one] 1 registro
    [many] { $count } de registros
   *[other] { $count } registros
}{ $extras }
calendar-day-empty = { $date }: sin registros{ $extras }
calendar-day-extras = { $has ->
    [note] , una nota
    [reflection] , una reflexión
    [thought] , un registro de pensamientos
    [note-reflection] , una nota, una reflexión
    [note-thought] , una nota, un registro de pensamientos
    [reflection-thought] , una reflexión, un registro de pensamientos
    [all] , una nota, una reflexión, un registro de pensamientos
   *[none] { "" }
}
