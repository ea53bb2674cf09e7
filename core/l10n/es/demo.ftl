### Datos de ejemplo para `hearth demo`: inventados, cotidianos, de nadie real.

demo-note = { $n ->
    [1] Fui al parque con una amiga.
    [2] Día largo, pero la cena me sentó bien.
    [3] Llamé a mi hermana; nos reímos mucho.
    [4] Dormí mal. Hoy me lo tomo con calma.
    [5] Terminé eso que llevaba tiempo posponiendo.
    [6] Tarde tranquila con un libro.
   *[7] Con nervios antes de la reunión, bien después.
}

demo-person-name = { $n ->
    [1] Sam
    [2] Mamá
   *[3] Alex
}
demo-person-help = { $n ->
    [1] escucha sin querer arreglarlo todo
    [2] llama los domingos
   *[3] sale a caminar conmigo
}
