package app.hearth.ui

import android.app.Activity
import android.os.Bundle
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import uniffi.hearth.AssessmentResult
import uniffi.hearth.Instrument
import uniffi.hearth.QuestionnaireDefinition
import uniffi.hearth.questionnaire

/**
 * The standard questionnaires, drawn exactly as the core publishes them (items, answer
 * words, licence notice and citation), scored by the core. A result with a safety signal
 * (e.g. PHQ-9 item 9 above 0) leads straight to the safety plan and crisis lines.
 */
class QuestionnaireActivity : Activity() {
    private lateinit var form: Form

    /** Counts redraws, so a slow load only adds to the page that asked for it. */
    private var page = 0

    /** The questionnaire being answered, if one is: kept across a recreate with its answers. */
    private var showing: Instrument? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form = Form(this)
        form.show()
        val answering = savedInstanceState?.getString(STATE_SHOWING)?.let { n -> Instrument.entries.firstOrNull { it.name == n } }
        if (answering != null) {
            form.restoreLater(savedInstanceState)
            show(questionnaire(answering))
        } else {
            chooser()
        }
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        showing?.let {
            outState.putString(STATE_SHOWING, it.name)
            form.saveState(outState)
        }
    }

    private fun chooser() {
        val f = form
        f.clear()
        showing = null
        val mine = ++page
        f.heading(getString(R.string.questionnaires_title))
        f.text(getString(R.string.questionnaires_intro))
        for (i in listOf(Instrument.PHQ9, Instrument.GAD7, Instrument.WHO5, Instrument.PHQ2, Instrument.GAD2)) {
            val def = questionnaire(i)
            val short = Words.instrument(i)
            // Published titles usually carry the short name already: "… (PHQ-9)".
            f.button(if (def.title.contains(short)) def.title else "$short · ${def.title}") { show(def) }
        }
        f.heading(getString(R.string.questionnaires_past), large = false)
        async({ Stores.use(this) { it.assessments(null) } }) { r ->
            // The person may have opened a questionnaire meanwhile: then this list belongs nowhere.
            if (mine != page) return@async
            r.onSuccess { list ->
                if (list.isEmpty()) f.text(getString(R.string.questionnaires_none), secondary = true)
                list.asReversed().take(20).forEach { f.text(pastLine(it)) }
            }
            r.onFailure { f.text(errorText(it)) }
        }
    }

    private fun pastLine(a: AssessmentResult): String {
        val date = java.time.OffsetDateTime.ofInstant(a.at, java.time.ZoneOffset.ofTotalSeconds(a.utcOffsetSeconds))
            .toLocalDate().format(Nav.mediumDate(this))
        return "$date · ${Words.instrument(a.instrument)} · ${a.summary}"
    }

    private fun show(def: QuestionnaireDefinition) {
        val f = form
        f.clear()
        page++
        showing = def.instrument
        f.heading(def.title)
        // The published English original, said in the reader's language (never a
        // machine translation of the items).
        def.languageNotice?.let { f.text(it, secondary = true) }
        val error = f.errorLine()
        f.text(def.stem)
        val groups = mutableListOf<RadioGroup>()
        def.items.forEachIndexed { n, item ->
            f.heading("${n + 1}. $item", large = false)
            groups += f.choices(
                label = null,
                options = def.options.map { it.label },
                descriptions = def.options.map { "${it.label} (${it.value})" },
            ).also { it.contentDescription = "${n + 1}. $item" }
        }
        var followUp: RadioGroup? = null
        def.followUp?.let { q ->
            f.heading(q, large = false)
            f.text(getString(R.string.questionnaires_optional), secondary = true)
            followUp = f.choices(null, def.followUpOptions.map { it.label }).also { it.contentDescription = q }
        }
        f.button(getString(R.string.questionnaires_submit)) {
            val answers = groups.map { g -> Form.selected(g).let { if (it < 0) null else def.options[it].value } }
            if (answers.any { it == null }) {
                error.showError(getString(R.string.questionnaires_unanswered))
                return@button
            }
            val extra = followUp?.let { Form.selected(it) }?.takeIf { it >= 0 }?.let { def.followUpOptions[it].value }
            submit(def, answers.filterNotNull() + listOfNotNull(extra), error)
        }
        f.button(getString(R.string.action_back)) { chooser() }
        f.heading(getString(R.string.questionnaires_about), large = false)
        f.text(def.notice, secondary = true)
        f.text(def.citation, secondary = true)
        f.drawn() // answers given before a recreate come back here
    }

    private fun submit(def: QuestionnaireDefinition, answers: List<Int>, error: TextView) {
        val now = Stores.clock.now()
        async({ Stores.use(this) { it.recordAssessment(def.instrument, answers, now, Stores.clock.offsetSeconds(now)) } }) { r ->
            r.onSuccess { result(def, it) }
            r.onFailure { error.showError(errorText(it)) }
        }
    }

    private fun result(def: QuestionnaireDefinition, a: AssessmentResult) {
        val f = form
        f.clear()
        page++
        showing = null
        f.heading(def.title)
        f.text(a.summary)
        f.text(getString(R.string.questionnaires_score, a.score, a.maxScore, a.band))
        if (a.safety) {
            // The core saw a sign of risk: the safety plan and crisis lines come first.
            f.heading(getString(R.string.questionnaires_safety_heading), large = false)
            f.text(getString(R.string.questionnaires_safety_text))
            f.button(getString(R.string.open_crisis_lines)) {
                Nav.open(this, SafetyActivity::class.java) { putExtra(SafetyActivity.EXTRA_CRISIS_FIRST, true) }
            }
            Nav.open(this, SafetyActivity::class.java) { putExtra(SafetyActivity.EXTRA_CRISIS_FIRST, true) }
        }
        f.text(getString(R.string.questionnaires_not_diagnosis), secondary = true)
        f.text(def.notice, secondary = true)
        f.button(getString(R.string.action_done)) { chooser() }
    }

    companion object {
        private const val STATE_SHOWING = "questionnaire"
    }
}
