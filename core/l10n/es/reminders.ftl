### Lo que dice un recordatorio. Cálido, breve, variado, a veces apuntando a una persona
### en vez de a la app. Nunca culpa, nunca «te lo perdiste», sin rachas, sin
### exclamaciones, 100 caracteres como mucho.

reminder-gentle-1 = ¿Cómo te sientes ahora mismo? Basta un toque.
reminder-gentle-2 = Un momento tranquilo para ti: ¿qué tal va el día?
reminder-gentle-3 = Si te apetece, respira hondo y nota cómo te sientes.
reminder-gentle-4 = { -brand } está aquí cuando quieras un momento para reflexionar.
reminder-gentle-5 = ¿Cómo va tu energía hoy? Un solo toque dice mucho.
reminder-gentle-6 = Haya sido como haya sido el día, aquí hay sitio para ello.
reminder-gentle-7 = Un pequeño registro, si te parece bien: ¿cómo estás?
reminder-gentle-8 = ¿Qué te ha llamado la atención hoy, grande o pequeño?
reminder-people-1 = ¿Hay alguien a quien te gustaría saludar hoy?
reminder-people-2 = ¿Con quién hablaste hoy? Un mensaje corto a alguien querido puede significar mucho.
reminder-people-3 = Quizá sea un buen momento para llamar a alguien que te importa.
reminder-people-4 = ¿Hay alguien a quien le alegraría saber de ti?
reminder-slower-every-other-day = Por ahora te escribiremos un poco menos. Puedes cambiarlo cuando quieras en Recordatorios.
reminder-slower-weekly = Por ahora te escribiremos una vez por semana. Puedes cambiarlo cuando quieras en Recordatorios.
