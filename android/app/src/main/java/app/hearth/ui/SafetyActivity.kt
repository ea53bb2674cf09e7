package app.hearth.ui

import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.telephony.TelephonyManager
import android.widget.EditText
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.FormText
import app.hearth.logic.TrustedPeople
import java.util.Locale
import uniffi.hearth.CrisisResources
import uniffi.hearth.Person
import uniffi.hearth.PersonInput
import uniffi.hearth.SafetyPlan
import uniffi.hearth.SafetyPlanSection
import uniffi.hearth.crisisResources
import uniffi.hearth.safetyPlanSections

/**
 * The safety plan (the person's own words, in the core's seven sections), trusted people,
 * and crisis lines for the region from the core's built-in table, which works offline.
 * Calling and texting hand the number to the dialer or messaging app (ACTION_DIAL,
 * ACTION_SENDTO): nothing is dialled by Hearth, so no phone permission is needed.
 */
class SafetyActivity : WritingActivity() {
    private val sectionFields = mutableMapOf<String, EditText>()
    private lateinit var error: TextView

    /** The id of the trusted person being edited, or null while the form adds someone. */
    private var editingId: String? = null

    private class Data(val plan: SafetyPlan, val people: List<Person>, val crisis: CrisisResources)

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        editingId = savedInstanceState?.getString(STATE_EDITING)
        form.show()
        load()
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        outState.putString(STATE_EDITING, editingId)
    }

    /** The region for crisis lines: the mobile network's or SIM's country, else the locale's. */
    private fun region(): String {
        val tm = getSystemService(TelephonyManager::class.java)
        val fromPhone = listOfNotNull(tm?.networkCountryIso, tm?.simCountryIso).firstOrNull { it.isNotBlank() }
        return (fromPhone ?: Locale.getDefault().country).uppercase(Locale.ROOT)
    }

    private fun load() {
        val crisis = crisisResources(region())
        async({ Stores.use(this) { Data(it.safetyPlan(), it.people(), crisis) } }) { r ->
            r.onSuccess(::draw)
            // Crisis lines need no store: show them even if the journal cannot be opened.
            r.onFailure { form.clear(); crisis(crisis); form.text(errorText(it)) }
        }
    }

    private fun draw(d: Data) {
        form.clear()
        sectionFields.clear()
        if (intent.getBooleanExtra(EXTRA_CRISIS_FIRST, false)) {
            crisis(d.crisis)
            people(d.people)
            plan(d.plan)
        } else {
            plan(d.plan)
            people(d.people)
            crisis(d.crisis)
        }
        // Drawn after the store has loaded: what was typed before a recreate comes back now.
        form.drawn()
    }

    private fun crisis(c: CrisisResources) {
        val f = form
        f.heading(getString(R.string.crisis_heading))
        f.text(c.message)
        for (n in c.emergencyNumbers) {
            f.button(getString(R.string.crisis_call_emergency, n)) { dial(n) }
        }
        for (line in c.lines) {
            f.heading(line.name, large = false)
            f.text(line.how)
            f.text(line.hours, secondary = true)
            for (p in line.phones) {
                f.button(getString(R.string.crisis_call, p), getString(R.string.crisis_call_description, line.name, p)) { dial(p) }
            }
            line.sms?.let { sms ->
                val label = line.smsKeyword?.let { getString(R.string.crisis_text_keyword, it, sms) } ?: getString(R.string.crisis_text, sms)
                f.button(label, getString(R.string.crisis_text_description, line.name, sms)) { text(sms, line.smsKeyword) }
            }
            f.text(getString(R.string.crisis_source, line.source, line.verified), secondary = true)
        }
    }

    private fun people(people: List<Person>) {
        val f = form
        f.heading(getString(R.string.people_heading))
        f.text(getString(R.string.people_intro), secondary = true)
        for (p in people) {
            f.text(listOfNotNull(p.name, p.howTheyHelp).joinToString(" · "))
            p.phone?.let { phone ->
                f.button(getString(R.string.people_call, p.name), getString(R.string.people_call_description, p.name, phone)) { dial(phone) }
                f.button(getString(R.string.people_text, p.name)) { text(phone, null) }
            }
            f.button(getString(R.string.people_edit, p.name)) { editingId = p.id; load() }
            f.button(getString(R.string.people_remove, p.name)) { askToRemove(p) }
        }
        val editing = TrustedPeople.editing(people, editingId)
        if (editing == null) editingId = null else f.heading(getString(R.string.people_editing, editing.name), large = false)
        val name = f.field(getString(R.string.people_name), value = editing?.name.orEmpty())
        val phone = f.field(getString(R.string.people_phone), value = editing?.phone.orEmpty(), inputType = android.text.InputType.TYPE_CLASS_PHONE)
        val how = f.field(getString(R.string.people_how), value = editing?.howTheyHelp.orEmpty())
        val err = f.errorLine()
        f.button(getString(if (editing == null) R.string.people_add else R.string.people_save_changes)) {
            val input = TrustedPeople.input(name.text.toString(), phone.text.toString(), how.text.toString())
            async({ Stores.use(this) { h -> if (editing == null) h.addPerson(input) else h.updatePerson(editing.id, input) } }) { r ->
                r.onSuccess {
                    Nav.toast(this, getString(if (editing == null) R.string.people_added else R.string.people_saved, it.name))
                    editingId = null
                    form.markSaved()
                    load()
                }
                r.onFailure { err.showError(errorText(it)) }
            }
        }
        if (editing != null) {
            f.button(getString(R.string.people_cancel_edit, editing.name)) { editingId = null; form.markSaved(); load() }
        }
    }

    /** Asks first, warmly: removing someone also takes them off past check-ins. */
    private fun askToRemove(p: Person) {
        confirm(
            getString(R.string.people_remove_title, p.name),
            getString(R.string.people_remove_message, p.name),
            getString(R.string.people_remove_yes),
            getString(R.string.people_remove_no, p.name),
        ) {
            async({ Stores.use(this) { it.removePerson(p.id) } }) { r ->
                r.onSuccess {
                    if (editingId == p.id) editingId = null
                    Nav.toast(this, getString(R.string.people_removed, p.name))
                    load()
                }
                r.onFailure { error.showError(errorText(it)) }
            }
        }
    }

    private fun plan(p: SafetyPlan) {
        val f = form
        f.heading(getString(R.string.plan_heading))
        f.text(getString(R.string.plan_intro), secondary = true)
        error = f.errorLine()
        for (s in safetyPlanSections()) section(s, p)
        f.button(getString(R.string.plan_save)) { savePlan() }
    }

    private fun section(s: SafetyPlanSection, p: SafetyPlan) {
        val f = form
        f.heading("${s.step}. ${s.heading}", large = false)
        f.text(s.help, secondary = true)
        val value = when (s.id) {
            "warning_signs" -> p.warningSigns.joinToString("\n")
            "on_my_own" -> p.onMyOwn.joinToString("\n")
            "distractions" -> FormText.contactLines(p.distractions)
            "people_to_ask" -> FormText.contactLines(p.peopleToAsk)
            "professionals" -> FormText.contactLines(p.professionals)
            "safer_surroundings" -> p.saferSurroundings.joinToString("\n")
            "reasons_for_living" -> p.reasonsForLiving.joinToString("\n")
            else -> ""
        }
        val hint = if (s.id in CONTACT_SECTIONS) getString(R.string.plan_contact_hint) else getString(R.string.plan_line_hint)
        sectionFields[s.id] = f.field(s.heading, value = value, hint = hint, multiline = true)
        if (s.id in CONTACT_SECTIONS) {
            for (c in listOf(p.distractions, p.peopleToAsk, p.professionals)[CONTACT_SECTIONS.indexOf(s.id)]) {
                c.phone?.let { phone -> f.button(getString(R.string.people_call, c.name), getString(R.string.people_call_description, c.name, phone)) { dial(phone) } }
            }
        }
    }

    private fun savePlan() {
        fun lines(id: String) = FormText.lines(sectionFields[id]?.text?.toString().orEmpty())
        fun contacts(id: String) = FormText.contacts(sectionFields[id]?.text?.toString().orEmpty())
        val plan = SafetyPlan(
            warningSigns = lines("warning_signs"),
            onMyOwn = lines("on_my_own"),
            distractions = contacts("distractions"),
            peopleToAsk = contacts("people_to_ask"),
            professionals = contacts("professionals"),
            saferSurroundings = lines("safer_surroundings"),
            reasonsForLiving = lines("reasons_for_living"),
        )
        async({ Stores.use(this) { it.saveSafetyPlan(plan) } }) { r ->
            r.onSuccess { Nav.toast(this, getString(R.string.plan_saved)); load() }
            r.onFailure { error.showError(errorText(it)) }
        }
    }

    private fun dial(number: String) = start(Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + FormText.dialable(number))))

    private fun text(number: String, keyword: String?) {
        val i = Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:" + FormText.dialable(number)))
        keyword?.let { i.putExtra("sms_body", it) }
        start(i)
    }

    private fun start(i: Intent) {
        try {
            startActivity(i)
        } catch (e: ActivityNotFoundException) {
            Nav.toast(this, getString(R.string.crisis_no_app))
        }
    }

    companion object {
        const val EXTRA_CRISIS_FIRST = "crisis_first"
        private const val STATE_EDITING = "people.editing"
        private val CONTACT_SECTIONS = listOf("distractions", "people_to_ask", "professionals")
    }
}
