### Hearths eigene Worte rund um Fragebögen. Die Fragen und Antworten selbst stehen
### nicht hier: Sie erscheinen wie veröffentlicht (siehe TRANSLATORS.md).

assessment-band = { $band ->
    [minimal] minimal
    [mild] leicht
    [moderate] mittel
    [moderately_severe] mittelschwer
    [severe] schwer
    [adequate] ausreichend
    [low] niedrig
    [very_low] sehr niedrig
    [below_cutoff] unter dem Grenzwert
   *[cutoff_reached] Grenzwert erreicht
}

assessment-safety-opening = Du hast gesagt, dass du Gedanken hattest, dass du lieber tot wärst oder dir etwas antun könntest. Danke, dass du so ehrlich bist; damit musst du nicht allein bleiben. Dein Sicherheitsplan und Krisentelefone sind hier, und dich heute bei jemandem zu melden, dem du vertraust, oder bei einem Krisentelefon, kann helfen. Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.

assessment-summary-severity = { $band ->
    [minimal] Dieser Wert liegt im minimalen Bereich. Er ist keine Diagnose und kann sich von Woche zu Woche ändern. Wenn dich trotzdem etwas belastet, lohnt es sich, mit jemandem darüber zu sprechen, dem du vertraust.
    [mild] Dieser Wert liegt im leichten Bereich. Er ist keine Diagnose; eine Fachperson kann dir helfen, ihn einzuordnen.
    [moderate] Dieser Wert liegt im mittleren Bereich. Er ist keine Diagnose, aber es kann helfen, mit einer Ärztin, einem Arzt oder einer Therapeutin darüber zu sprechen und jemanden, der dir nahesteht, wissen zu lassen, wie es dir ging.
    [moderately_severe] Dieser Wert liegt im mittelschweren Bereich. Er ist keine Diagnose. Überleg dir bitte, bald mit einer Ärztin, einem Arzt oder einer Therapeutin zu sprechen, und mit jemandem, dem du vertraust; da musst du nicht allein durch.
   *[severe] Dieser Wert liegt im schweren Bereich. Er ist keine Diagnose, aber er deutet darauf hin, dass die letzten zwei Wochen sehr schwer waren. Bitte wende dich bald an eine Ärztin, einen Arzt oder eine Therapeutin, und noch heute an jemanden, dem du vertraust.
}

assessment-summary-wellbeing = { $band ->
    [very_low] Dein Wohlbefindens-Wert ist { $percent } von 100, das ist sehr niedrig. Er ist keine Diagnose, deutet aber darauf hin, dass die letzten zwei Wochen schwer waren. Überleg dir bitte, bald mit einer Ärztin, einem Arzt oder einer Therapeutin zu sprechen, und lass jemanden, der dir nahesteht, wissen, wie es dir geht.
    [low] Dein Wohlbefindens-Wert ist { $percent } von 100 und liegt damit bei oder unter 50, ab wo man oft genauer hinschaut. Er ist keine Diagnose, aber es kann helfen, mit jemandem zu sprechen, dem du vertraust, und eine Ärztin, ein Arzt oder eine Therapeutin kann mit dir anschauen, wie es dir ging.
   *[adequate] Dein Wohlbefindens-Wert ist { $percent } von 100 und liegt damit über 50, ab wo man oft genauer hinschaut. Er ist eine Momentaufnahme der letzten zwei Wochen, keine Diagnose.
}

assessment-summary-short = { $band ->
    [cutoff_reached] Dieser Kurztest ergab { $total } von 6, das liegt bei oder über dem üblichen Grenzwert von { $cutoff }. Er ist keine Diagnose. Der längere { $full } kann ein vollständigeres Bild geben, und eine Ärztin, ein Arzt oder eine Therapeutin kann dir helfen, ihn einzuordnen.
   *[below_cutoff] Dieser Kurztest ergab { $total } von 6, das liegt unter dem üblichen Grenzwert von { $cutoff }. Er ist keine Diagnose. Wenn es sich trotzdem schwer anfühlt, fragt der längere { $full } nach mehr, und mit jemandem zu sprechen, dem du vertraust, kann helfen.
}

assessment-original-language-notice = Dieser Fragebogen steht hier in seiner englischen Originalfassung, weil Hearth noch keine geprüfte deutsche Übersetzung davon enthält.
