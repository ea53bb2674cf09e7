### Der Sicherheitsplan (die sieben Schritte nach Stanley & Brown), in Hearths eigenen Worten.

plan-heading = { $id ->
    [warning_signs] Zeichen, dass eine schwere Zeit beginnt
    [on_my_own] Was ich selbst tun kann
    [distractions] Menschen und Orte, die mich auf andere Gedanken bringen
    [people_to_ask] Menschen, die ich um Hilfe bitten kann
    [professionals] Fachleute und Hilfsangebote
    [safer_surroundings] Meine Umgebung sicherer machen
   *[reasons_for_living] Was mir wichtig ist
}
plan-help = { $id ->
    [warning_signs] Gedanken, Gefühle, Situationen oder Gewohnheiten, die dir zeigen, dass es schwierig wird. Wenn du sie früh bemerkst, bleibt dir mehr Zeit für den Rest dieses Plans.
    [on_my_own] Kleine Dinge, die dir früher geholfen haben, dich etwas stabiler zu fühlen: ein Spaziergang, Musik, eine Dusche, langsames Atmen, etwas aufschreiben. Wähle Dinge, die du fast überall tun kannst.
    [distractions] Wer oder was dir hilft, dich weniger allein zu fühlen oder eine Weile an etwas anderes zu denken: jemand, dem du schreiben kannst, ein Café, ein Park, eine Bibliothek. Du musst nicht darüber sprechen, wie es dir geht.
    [people_to_ask] Menschen, denen du genug vertraust, um ihnen zu sagen, dass es dir schlecht geht. Füge ihre Nummern hinzu, damit sie nur einen Tipp entfernt sind.
    [professionals] Deine Ärztin oder dein Arzt, deine Therapeutin oder dein Therapeut oder ein örtlicher psychosozialer Dienst, mit ihren Nummern. Krisentelefone für deine Region stehen neben diesem Plan.
    [safer_surroundings] Wege, Abstand zu allem zu schaffen, womit du dich verletzen könntest, zum Beispiel jemanden bitten, es eine Weile für dich aufzubewahren. Kleine Schritte zählen.
   *[reasons_for_living] Menschen, Tiere, Pläne, Überzeugungen oder kleine Freuden, die das Leben für dich lebenswert machen. Sie in einem schweren Moment zu lesen, kann helfen.
}

crisis-danger = { $count ->
    [one] Wenn du gerade in Gefahr bist, ruf die { $first } an. Die Telefone unten sind da, um zuzuhören, und die Menschen, denen du vertraust, stehen auch hier.
   *[other] Wenn du gerade in Gefahr bist, ruf die { $first } oder die { $second } an. Die Telefone unten sind da, um zuzuhören, und die Menschen, denen du vertraust, stehen auch hier.
}
crisis-unknown-region = { -brand } hat für diese Region noch kein Krisentelefon gespeichert. Wenn du gerade in Gefahr bist, ruf die örtliche Notrufnummer an. In vielen Ländern, auch überall in der EU, erreicht die 112 vom Handy aus den Notruf, aber nicht überall – nimm also deine örtliche Nummer, wenn du sie kennst. Die Menschen, denen du vertraust, stehen auch hier; dich jetzt bei einem von ihnen zu melden, kann helfen.

# Die Dienste sprechen die Sprache ihres Landes; nur übersetzt, wie man sie erreicht.
crisis-how = { $id ->
    [us_988] Anrufen oder SMS an 988.
    [us_crisis_text_line] SMS mit HOME an 741741.
    [ca_988] Anrufen oder SMS an 988.
    [gb_samaritans] 116 123 anrufen, kostenlos von jedem Telefon.
    [gb_shout] SMS mit SHOUT an 85258.
    [ie_samaritans] 116 123 anrufen, kostenlos von jedem Telefon.
    [au_lifeline] 13 11 14 anrufen.
    [nz_1737] 1737 anrufen oder eine SMS schicken, kostenlos.
   *[de_telefonseelsorge] 0800 111 0 111 oder 0800 111 0 222 anrufen, kostenlos.
}

region-name = { $code ->
    [US] Vereinigte Staaten
    [CA] Kanada
    [GB] Vereinigtes Königreich
    [IE] Irland
    [AU] Australien
    [NZ] Neuseeland
    [DE] Deutschland
   *[other] { $code }
}
