package app.hearth.logic

import uniffi.hearth.Person
import uniffi.hearth.PersonInput

/**
 * The trusted-people form's decisions, kept out of the screen: what the three typed
 * fields mean to the core, and whether the form adds a new person or edits one.
 */
object TrustedPeople {
    /**
     * The core's input from the fields as typed: the name trimmed (the core judges an
     * empty one and says so), blank phone and "how they help" left out.
     */
    fun input(name: String, phone: String, how: String): PersonInput =
        PersonInput(name = name.trim(), phone = FormText.optional(phone), howTheyHelp = FormText.optional(how))

    /**
     * The person the form is editing: the one with [editingId] among [people], or null
     * (the form adds) when nobody is being edited or that person is no longer there.
     */
    fun editing(people: List<Person>, editingId: String?): Person? =
        editingId?.let { id -> people.firstOrNull { it.id == id } }
}
